"""The main window's File and Help menus and what they do: new, import and export exchange files, recent files,
close tab, log in / out, switch user, quit; the user guide, the log folder, the self-test and About.

Other parts of the app add their own actions to ``window.file_menu`` / ``window.help_menu`` (before
``menus.file_tail``, the separator above the account actions, to stay among the file commands).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from desktop.ui import lang

if TYPE_CHECKING:
    from desktop.ui.mainwindow import MainWindow

log = logging.getLogger(__name__)
RECENT_KEY = "files/recent"
RECENT_MAX = 8
EXCHANGE_FILTER = "*.json"


class FileMenuEntry(QObject):
    """A File menu action that opens one dialog (Workspace…, Carriers…, Single Window settings…): the action among
    the file commands, named by :meth:`title`, renamed with an open dialog on a language change."""

    object_name = ""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: Any = None
        self.action = QAction(window.file_menu)
        self.action.setObjectName(self.object_name)
        self.action.triggered.connect(lambda _checked=False: self.open_dialog())
        window.file_menu.insertAction(window.menus.file_tail, self.action)
        self.retranslate()

    def title(self) -> str:
        raise NotImplementedError

    def open_dialog(self) -> Any:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.action.setText(self.title())
        if self.dialog is not None:
            self.dialog.retranslate()


class MainMenus(QObject):
    """Builds the File menu (now) and the Help menu (:meth:`add_help`, after the window's own menus)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.setObjectName("file-menu")
        self.new_action = self._action(self.file_menu, "new", QKeySequence.StandardKey.New, window.new_shipment)
        self.import_action = self._action(self.file_menu, "import", QKeySequence.StandardKey.Open, self.import_dialog)
        self.export_action = self._action(self.file_menu, "export", "Ctrl+E", self.export_dialog)
        self.recent_menu = self.file_menu.addMenu("")
        self.recent_menu.setObjectName("recent-menu")
        self.recent_menu.aboutToShow.connect(self.fill_recent)
        self.close_tab_action = self._action(
            self.file_menu, "close-tab", "Ctrl+W", window.close_current_editor
        )
        self.file_tail = self.file_menu.addSeparator()
        self.login_action = self._action(self.file_menu, "login", None, lambda: window.show_login())
        self.switch_user_action = self._action(
            self.file_menu, "switch-user", None, lambda: window.log_out(switch_user=True)
        )
        self.logout_action = self._action(self.file_menu, "logout", None, window.log_out)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, "quit", QKeySequence.StandardKey.Quit, window.close)
        self.help_menu: QMenu | None = None
        self.update_session(False)
        self.fill_recent()

    def _action(self, menu: QMenu, name: str, keys: Any, slot: Any) -> QAction:
        action = menu.addAction("")
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def add_help(self) -> QMenu:
        menu = self.help_menu = self.window.menuBar().addMenu("")
        menu.setObjectName("help-menu")
        self.guide_action = self._action(menu, "user-guide", QKeySequence.StandardKey.HelpContents, self.show_guide)
        self.log_folder_action = self._action(menu, "log-folder", None, self.open_log_folder)
        self.selftest_action = self._action(menu, "self-test", None, self.run_self_test)
        menu.addSeparator()
        self.about_action = self._action(menu, "about", None, self.show_about)
        return menu

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New shipment"))
        self.import_action.setText(self.tr("&Import exchange file…"))
        self.export_action.setText(self.tr("&Export to exchange file…"))
        self.recent_menu.setTitle(self.tr("&Recent files"))
        self.close_tab_action.setText(self.tr("&Close tab"))
        self.login_action.setText(self.tr("&Log in…"))
        self.switch_user_action.setText(self.tr("S&witch user…"))
        self.logout_action.setText(self.tr("Log &out"))
        self.quit_action.setText(self.tr("&Quit"))
        if self.help_menu is not None:
            self.help_menu.setTitle(self.tr("&Help"))
            self.guide_action.setText(self.tr("&User guide"))
            self.log_folder_action.setText(self.tr("Open the &log folder"))
            self.selftest_action.setText(self.tr("Run the &self-test"))
            self.about_action.setText(self.tr("&About Corridor Desk"))
        self.fill_recent()

    def update_session(self, logged_in: bool) -> None:
        """Which commands make sense now: logged out only "Log in" and the files' own."""
        self.login_action.setVisible(not logged_in)
        self.logout_action.setVisible(logged_in)
        self.switch_user_action.setEnabled(logged_in)
        for action in (self.import_action, self.export_action, self.recent_menu.menuAction()):
            action.setEnabled(logged_in)

    # ------------------------------------------------------------------ recent files
    def recent(self) -> list[str]:
        value = self.window.ctx.qsettings.value(RECENT_KEY, [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(v) for v in items if v][:RECENT_MAX]

    def remember(self, path: Path) -> None:
        text = str(Path(path).resolve())
        items = [text] + [p for p in self.recent() if p != text]
        self.window.ctx.qsettings.setValue(RECENT_KEY, items[:RECENT_MAX])
        self.fill_recent()

    def fill_recent(self) -> None:
        self.recent_menu.clear()
        items = self.recent()
        for n, path in enumerate(items, start=1):
            action = self.recent_menu.addAction(f"&{n} {Path(path).name}")
            action.setToolTip(path)
            action.setData(path)
            action.triggered.connect(lambda _checked=False, p=path: self.import_files([Path(p)]))
        if not items:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            clear = self.recent_menu.addAction(self.tr("Clear the list"))
            clear.triggered.connect(self._clear_recent)

    def _clear_recent(self) -> None:
        self.window.ctx.qsettings.setValue(RECENT_KEY, [])
        self.fill_recent()

    # ------------------------------------------------------------------ files
    def file_dialog(self, title: str, save: bool) -> QFileDialog:
        """A Qt file dialog (the same on every OS, translated with the app, testable offscreen)."""
        dialog = QFileDialog(self.window, title)
        dialog.setObjectName("exchange-file-dialog")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setNameFilters([self.tr("Exchange files (*.json)"), self.tr("All files (*)")])
        recent = self.recent()
        if recent:
            dialog.setDirectory(str(Path(recent[0]).parent))
        if save:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix("json")
        else:
            dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        return dialog

    def import_dialog(self) -> None:
        if not self.window.companies:
            self.window.show_login(self.tr("Log in to import files."))
            return
        dialog = self.file_dialog(self.tr("Import exchange files"), save=False)
        if dialog.exec() and dialog.selectedFiles():
            self.import_files([Path(p) for p in dialog.selectedFiles()])
        dialog.deleteLater()

    def export_dialog(self) -> None:
        editor = self.window.current_editor()
        if editor is None or not editor.doc_id:
            self.window.show_message(self.tr("Open the shipment, declaration or booking to export first."))
            return
        if editor.dirty or editor.never_saved:
            self.window.show_message(self.tr("Save the record before exporting it."))
            return
        dialog = self.file_dialog(self.tr("Export to exchange file"), save=True)
        dialog.selectFile(f"{editor.file_stem()}.json")
        if dialog.exec() and dialog.selectedFiles():
            self.export_file(editor.kind, editor.doc_id, Path(dialog.selectedFiles()[0]))
        dialog.deleteLater()

    def import_files(self, paths: list[Path]) -> None:
        """Import exchange files in a worker; each is reported, a bad one does not stop the others."""
        window = self.window
        backend = window.ctx.backend
        if backend is None or not window.companies:
            window.show_login(self.tr("Log in to import files."))
            return
        allowed = {c.id for c in window.companies}

        def work() -> list[tuple[Path, Any, BaseException | None]]:
            out: list[tuple[Path, Any, BaseException | None]] = []
            for path in paths:
                try:
                    out.append((path, backend.import_file(path, allowed), None))
                except Exception as exc:  # reported per file below
                    out.append((path, None, exc))
            return out

        window.ctx.runner.run(work, on_done=self._on_imported, on_error=window.show_error, owner=window)

    def _on_imported(self, outcome: list[tuple[Path, Any, BaseException | None]]) -> None:
        window = self.window
        problems = []
        opened = None
        for path, result, exc in outcome:
            if exc is not None:
                problems.append(self.tr("{file}: {error}").format(file=path.name, error=lang.error_text(exc)))
                continue
            self.remember(path)
            opened = opened or result
        for page in window.lists.values():
            page.refresh()
        if opened is not None:
            if opened.company_id and opened.company_id != window.company_id:
                window.switch_company(opened.company_id)
            window.open_document(opened.kind, opened.id)
            window.show_message(
                self.tr("Imported {n} of {total} files.").format(n=len(outcome) - len(problems), total=len(outcome))
            )
        if problems:
            self.last_problems = problems
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("Import"),
                self.tr("Some files were not imported."),
                QMessageBox.StandardButton.NoButton,
                window,
            )
            box.setObjectName("import-problems")
            box.setInformativeText("\n".join(problems))
            box.addButton(self.tr("Close"), QMessageBox.ButtonRole.AcceptRole)
            box.open()

    def export_file(self, kind: str, doc_id: str, path: Path) -> None:
        window = self.window

        def done(_result: object) -> None:
            self.remember(path)
            window.show_message(self.tr("Written to {file}.").format(file=str(path)))

        window.ctx.runner.run(
            window.ctx.backend.export_file, kind, doc_id, path, on_done=done, on_error=window.show_error, owner=window
        )

    # ------------------------------------------------------------------ help
    def show_guide(self) -> Any:
        from desktop.ui.help import UserGuide

        guide = UserGuide(self.window)
        guide.show()
        return guide

    def open_log_folder(self) -> bool:
        folder = self.window.ctx.paths.logs
        folder.mkdir(parents=True, exist_ok=True)
        self.window.show_message(self.tr("Log folder: {path}").format(path=str(folder)))
        return bool(self.window.open_url(QUrl.fromLocalFile(str(folder))))

    def run_self_test(self, only: tuple[str, ...] | None = None) -> None:
        from desktop.ui.help import show_self_test

        show_self_test(self.window, only)

    def show_about(self) -> QMessageBox:
        from desktop.ui.help import about_box

        box = about_box(self.window)
        box.open()
        return box


def open_url(url: QUrl) -> bool:
    """Hand a folder or file to the desktop (file manager, browser)."""
    return bool(QDesktopServices.openUrl(url))
