"""The forwarder's batch commands in the main window: spreadsheet import and export in the File menu, and a
Batch menu for bulk check / derive / submit of the selected rows, copy as template, a new shipment with the
client's defaults and the per-client overview."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu

from desktop.ui import lang

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow

SHEET_FILTER = "*.xlsx *.xlsm *.csv *.tsv *.txt"


class BatchMenus(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialogs: list[Any] = []  # the open import / bulk / overview windows (tests look at them)
        file_menu = window.file_menu
        before = window.menus.file_tail
        self.sheet_separator = file_menu.insertSeparator(before)
        self.import_sheet_action = self._action(file_menu, "import-sheet", self.import_sheet_dialog, before,
                                                "Ctrl+Shift+I")
        self.template_action = self._action(file_menu, "sheet-template", self.template_dialog, before)
        self.export_goods_action = self._action(file_menu, "export-goods", self.export_goods_dialog, before)
        self.export_list_action = self._action(file_menu, "export-list", self.export_list_dialog, before)
        self.menu = QMenu(window)
        self.menu.setObjectName("batch-menu")
        window.menuBar().insertMenu(window.view_menu.menuAction(), self.menu)
        self.check_action = self._action(self.menu, "bulk-check", lambda: self.bulk("check"))
        self.derive_action = self._action(self.menu, "bulk-derive", lambda: self.bulk("derive"))
        self.submit_action = self._action(self.menu, "bulk-submit", lambda: self.bulk("submit"))
        self.menu.addSeparator()
        self.copy_action = self._action(self.menu, "copy-template", self.copy_as_template)
        self.defaults_action = self._action(self.menu, "new-with-defaults", self.new_with_defaults)
        self.menu.addSeparator()
        self.overview_action = self._action(self.menu, "client-overview", self.show_overview, keys="Ctrl+Shift+O")
        self.retranslate()

    def _action(self, menu: QMenu, name: str, slot: Any, before: QAction | None = None,
                keys: str | None = None) -> QAction:
        action = QAction(menu)
        action.setObjectName(name)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        if before is not None:
            menu.insertAction(before, action)
        else:
            menu.addAction(action)
        return action

    def retranslate(self) -> None:
        self.import_sheet_action.setText(self.tr("Import goods from a &spreadsheet…"))
        self.template_action.setText(self.tr("Save the goods import &template…"))
        self.export_goods_action.setText(self.tr("Export the shipment's &goods to a spreadsheet…"))
        self.export_list_action.setText(self.tr("Export the list &as a spreadsheet…"))
        self.menu.setTitle(self.tr("Ba&tch"))  # Alt+B is the shipment's "Create / refresh &booking"
        self.check_action.setText(self.tr("&Check the selected rows"))
        self.derive_action.setText(self.tr("&Derive drafts again for the selected rows"))
        self.submit_action.setText(self.tr("&Submit the selected rows"))
        self.copy_action.setText(self.tr("Copy the selected shipment as a &template"))
        self.defaults_action.setText(self.tr("&New shipment with this client's defaults"))
        self.overview_action.setText(self.tr("Clients &overview"))
        for dialog in self.dialogs:
            dialog.retranslate()

    # ------------------------------------------------------------------ helpers
    def _ready(self) -> bool:
        if self.window.ctx.backend is None or self.window.company() is None:
            self.window.show_login(self.tr("Log in first."))
            return False
        return True

    def _file_dialog(self, title: str, save: bool, suggested: str = "") -> Path | None:
        dialog = QFileDialog(self.window, title)
        dialog.setObjectName("sheet-file-dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setNameFilters([self.tr("Spreadsheets ({patterns})").format(patterns=SHEET_FILTER),
                               self.tr("All files (*)")])
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("xlsx")
            if suggested:
                dialog.selectFile(suggested)
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        chosen = Path(dialog.selectedFiles()[0]) if dialog.exec() and dialog.selectedFiles() else None
        dialog.deleteLater()
        return chosen

    def _keep(self, dialog: Any) -> Any:
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r: self.dialogs.remove(dialog) if dialog in self.dialogs else None)
        return dialog

    def current_list(self) -> Any:
        """The list page on screen (shipments, declarations or bookings), or None."""
        section = self.window.stack.currentWidget()
        for page in self.window.lists.values():
            if section is not None and section.isAncestorOf(page) and page.isVisible():
                return page
        return None

    def _saved_shipment_editor(self) -> Any:
        editor = self.window.current_editor()
        if editor is not None and editor.kind == "shipment" and editor.doc_id and not editor.dirty:
            return editor
        return None

    # ------------------------------------------------------------------ spreadsheets
    def import_sheet_dialog(self) -> None:
        if not self._ready():
            return
        path = self._file_dialog(self.tr("Import goods from a spreadsheet"), save=False)
        if path is not None:
            self.import_sheet(path)

    def import_sheet(self, path: Path) -> Any:
        """Preview ``path``; into the open saved shipment when there is one, else a new shipment of the company
        with the client's defaults."""
        from desktop.ui.sheetimport import SheetImportDialog

        editor = self._saved_shipment_editor()
        company = self.window.company()
        assert company is not None
        dialog = self._keep(SheetImportDialog(self.window, path, company_id=company.id,
                                              shipment_id=editor.doc_id if editor is not None else ""))
        dialog.imported.connect(lambda sid, e=editor: self._on_imported(sid, e))
        dialog.open()
        dialog.start()
        return dialog

    def _on_imported(self, shipment_id: str, editor: Any) -> None:
        if editor is not None:
            self.window.close_editor(editor)  # it shows the goods before the import
        for page in self.window.lists.values():
            page.refresh()
        self.window.open_document("shipment", shipment_id)
        self.window.show_message(self.tr("Goods imported."))

    def template_dialog(self) -> None:
        from desktop.core.sheets.writing import write_template

        path = self._file_dialog(self.tr("Save the goods import template"), save=True,
                                 suggested=self.tr("goods-template") + ".xlsx")
        if path is not None:
            self.window.ctx.runner.run(write_template, path, lang.current(), owner=self.window,
                                       on_done=lambda p: self.window.show_message(
                                           self.tr("Written to {file}.").format(file=str(p))),
                                       on_error=self.window.show_error)

    def export_goods_dialog(self) -> None:
        from desktop.core.services import sheets

        editor = self._saved_shipment_editor()
        if editor is None:
            self.window.show_message(self.tr("Open and save the shipment whose goods you want to export."))
            return
        path = self._file_dialog(self.tr("Export goods"), save=True, suggested=f"{editor.file_stem()}-goods.xlsx")
        if path is not None:
            backend = self.window.ctx.backend
            self.window.ctx.runner.run(sheets.export_goods, backend.store, editor.doc_id, path, lang.current(),
                                       author=backend.username or "export", owner=self.window,
                                       on_done=lambda p: self.window.show_message(
                                           self.tr("Written to {file}.").format(file=str(p))),
                                       on_error=self.window.show_error)

    def export_list_dialog(self) -> None:
        from desktop.core.sheets.writing import write_table
        from desktop.ui.lists import COLUMNS

        page = self.current_list()
        if page is None or page.model is None:
            self.window.show_message(self.tr("Show the list of shipments, declarations or bookings to export."))
            return
        path = self._file_dialog(self.tr("Export list"), save=True, suggested=f"{page.kind}s.xlsx")
        if path is None:
            return
        columns = COLUMNS[page.kind]
        headers = [QCoreApplication.translate(c.context, str(c.title)) for c in columns]
        source, query = self.window.ctx.backend.source(page.kind), page.model.query

        def work() -> Path:
            rows = source.page(query, 0, source.count(query))
            return write_table(path, headers, [[r.get(c.key) for c in columns] for r in rows], title=page.kind)

        self.window.ctx.runner.run(work, owner=self.window, on_error=self.window.show_error,
                                   on_done=lambda p: self.window.show_message(
                                       self.tr("Written to {file}.").format(file=str(p))))

    # ------------------------------------------------------------------ bulk
    def selection(self) -> tuple[str, list[str], dict[str, str]]:
        page = self.current_list()
        if page is None:
            return "", [], {}
        ids = page.selected_ids()
        labels = {i: page.row_label(i) for i in ids}
        return page.kind, ids, labels

    def bulk(self, operation: str) -> Any:
        from desktop.ui.bulkview import BulkDialog

        if not self._ready():
            return None
        kind, ids, labels = self.selection()
        if not ids:
            self.window.show_message(self.tr("Select the rows first (Ctrl+click, Shift+click or Ctrl+A)."))
            return None
        dialog = self._keep(BulkDialog(self.window, operation, [(kind, i) for i in ids], labels))
        dialog.finished_run.connect(self._refresh_lists)
        dialog.open()
        dialog.start()
        return dialog

    def _refresh_lists(self, _counts: object = None) -> None:
        for page in self.window.lists.values():
            page.refresh()

    def copy_as_template(self) -> None:
        from desktop.core.services import sheets

        kind, ids, _labels = self.selection()
        editor = self._saved_shipment_editor()
        source = ids[0] if kind == "shipment" and ids else (editor.doc_id if editor is not None else "")
        if not source:
            self.window.show_message(self.tr("Select the shipment to copy first."))
            return
        self.window.ctx.runner.run(sheets.copy_as_template, self.window.ctx.backend.store, source, owner=self.window,
                                   on_done=lambda s: self.window.show_editor("shipment", s, new=True),
                                   on_error=self.window.show_error)

    def new_with_defaults(self) -> None:
        from desktop.core.services import sheets

        if not self._ready():
            return
        company = self.window.company()
        assert company is not None
        self.window.ctx.runner.run(sheets.client_defaults, self.window.ctx.backend.store, company.id,
                                   owner=self.window, on_error=self.window.show_error,
                                   on_done=lambda s: self.window.show_editor("shipment", s, new=True))

    def show_overview(self) -> Any:
        from desktop.ui.overview import ClientOverviewDialog

        if not self._ready():
            return None
        dialog = self._keep(ClientOverviewDialog(self.window))
        dialog.open()
        dialog.load()
        return dialog
