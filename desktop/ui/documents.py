"""Trade documents inside the app: document choice, page preview, printing and save-as.

The PDF comes from the core (``Backend.document_pdf``) in a worker; PDFium (pypdfium2) rasterises its pages
to QImage in a worker too; the GUI thread only shows and paints them. :class:`DocumentPreview` is the panel
(document and language choice, zoomable page view with page count, Print, Save as) used by the Documents page
and by :class:`DocumentsDialog`, which the declaration and booking editors open for their filing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import lang
from desktop.ui.doc_choices import KINDS, LANGS, default_doc_lang, doc_lang_key, kind_name, lang_name, write_file
from desktop.ui.pageview import PageView, page_sizes
from desktop.ui.printing import PreviewPrinting

log = logging.getLogger(__name__)

#: What a document producer returns: the PDF and a suggested file name.
Produced = tuple[bytes, str]
#: Called on the GUI thread with (kind, language); returns the job to run in a worker, or None (nothing chosen).
Producer = Callable[[str, str], Callable[[], Produced] | None]
#: Called on the GUI thread with (output, kind) after a print or save; returns a job for a worker, or None.
Recorder = Callable[[str, str], Callable[[], Any] | None]

# ---------------------------------------------------------------------------------------- the panel


class DocumentPreview(QWidget):
    """Choose a document and its languages, see its pages, print it (Ctrl+P) or save it (Ctrl+Shift+S)."""

    loaded = Signal(int)  # page count of the PDF now shown
    printed = Signal(int)  # pages sent to the printer
    saved = Signal(str)  # the file written
    failed = Signal(str)  # an error shown to the user

    def __init__(
        self,
        ctx: Any,
        producer: Producer,
        kinds: Sequence[str] = KINDS,
        parent: QWidget | None = None,
        recorder: Recorder | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.producer = producer
        self.recorder = recorder
        self.data = b""
        self.file_name = "document.pdf"
        self.shown_key: tuple[str, str] | None = None  # (kind, lang) of the PDF in ``data``
        self.last_path: Path | None = None
        self.print_dialog: Any = None  # the QPrintDialog while it is open (tests)
        self.printing = PreviewPrinting(self)
        self._making = False
        self._after_make: list[Callable[[], None]] = []

        self.kind = QComboBox(self)
        for kind in kinds:
            self.kind.addItem("", kind)
        self.doc_lang = QComboBox(self)
        for code in LANGS:
            self.doc_lang.addItem("", code)
        self.apply_remembered_lang()
        self.kind_label = QLabel(self)
        self.kind_label.setBuddy(self.kind)
        self.lang_label = QLabel(self)
        self.lang_label.setBuddy(self.doc_lang)
        self.kind.activated.connect(self._on_choice_activated)
        self.doc_lang.activated.connect(self._on_choice_activated)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview)
        self.zoom_out_button = QToolButton(self)
        self.zoom_in_button = QToolButton(self)
        self.fit_button = QToolButton(self)
        self.zoom_label = QLabel(self)
        self.page_label = QLabel(self)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(lambda: self.print_document())
        self.cancel_print_button = QPushButton(self)
        self.cancel_print_button.clicked.connect(self.cancel_printing)
        self.cancel_print_button.hide()
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(lambda: self.save_as())
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.view = PageView(ctx.runner, self)
        self.view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.zoom_out_button.clicked.connect(self.view.zoom_out)
        self.zoom_in_button.clicked.connect(self.view.zoom_in)
        self.fit_button.clicked.connect(self.view.fit_width)
        self.view.zoom_changed.connect(self._on_view_zoom_changed)
        self.view.page_changed.connect(self._on_view_page_changed)

        choose = QHBoxLayout()
        choose.addWidget(self.kind_label)
        choose.addWidget(self.kind, 1)
        choose.addWidget(self.lang_label)
        choose.addWidget(self.doc_lang, 1)
        choose.addWidget(self.preview_button)
        if len(kinds) < 2:
            self.kind_label.hide()
            self.kind.hide()
        tools = QHBoxLayout()
        for tool in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            tools.addWidget(tool)
        tools.addSpacing(12)
        tools.addWidget(self.page_label)
        tools.addStretch(1)
        for w in (self.cancel_print_button, self.print_button, self.save_button):
            tools.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(choose)
        layout.addLayout(tools)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)
        for keys, slot in (
            (QKeySequence.StandardKey.Print, lambda: self.print_document()),
            (QKeySequence("Ctrl+Shift+S"), lambda: self.save_as()),
            (QKeySequence.StandardKey.ZoomIn, self.view.zoom_in),
            (QKeySequence("Ctrl+="), self.view.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.view.zoom_out),
            (QKeySequence("Ctrl+0"), lambda: self.view.set_zoom(1.0)),
        ):
            shortcut = QShortcut(keys, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self.retranslate()
        self._update_buttons()

    # --- language
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        if self.ctx.qsettings.value(doc_lang_key(self._username())) is None:  # not chosen: follow the UI language
            self.apply_remembered_lang()
        for i in range(self.kind.count()):
            self.kind.setItemText(i, kind_name(str(self.kind.itemData(i))))
        for i in range(self.doc_lang.count()):
            self.doc_lang.setItemText(i, lang_name(str(self.doc_lang.itemData(i))))
        self.kind_label.setText(self.tr("&Document"))
        self.lang_label.setText(self.tr("&Languages"))
        self.kind.setAccessibleName(self.tr("Document"))
        self.doc_lang.setAccessibleName(self.tr("Languages of the document"))
        self.preview_button.setText(self.tr("Pre&view"))
        self.preview_button.setToolTip(self.tr("Make the document from the saved data and show its pages"))
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (Ctrl+-)"))
        self.zoom_out_button.setAccessibleName(self.tr("Zoom out"))
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (Ctrl++)"))
        self.zoom_in_button.setAccessibleName(self.tr("Zoom in"))
        self.fit_button.setText(self.tr("Fit width"))
        self.fit_button.setAccessibleName(self.tr("Fit the page width"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setToolTip(self.tr("Print the document (Ctrl+P)"))
        self.cancel_print_button.setText(self.tr("Cancel printing"))
        self.save_button.setText(self.tr("&Save as…"))
        self.save_button.setToolTip(self.tr("Save the PDF to a file (Ctrl+Shift+S)"))
        self.view.setAccessibleName(self.tr("Pages of the document"))
        self.banner.setAccessibleName(self.tr("Document message"))
        self._on_view_zoom_changed(self.view.zoom)
        self._on_view_page_changed(self.view.current_page(), self.view.page_count)
        if not self.data and not self._making:
            self.view.show_message(self.tr("Choose a document and press Preview."))

    # --- state
    def _username(self) -> str:
        backend = getattr(self.ctx, "backend", None)
        settings = getattr(self.ctx, "settings", None)
        return str(getattr(backend, "username", "") or getattr(settings, "last_username", "") or "")

    def apply_remembered_lang(self) -> None:
        """The languages this user chose last, else the default for the UI language."""
        remembered = self.ctx.qsettings.value(doc_lang_key(self._username()))
        code = str(remembered) if remembered in LANGS else default_doc_lang(lang.current())
        self.doc_lang.setCurrentIndex(max(self.doc_lang.findData(code), 0))

    def selection(self) -> tuple[str, str]:
        return str(self.kind.currentData()), str(self.doc_lang.currentData())

    def select(self, kind: str | None = None, doc_lang: str | None = None) -> None:
        if kind is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        if doc_lang is not None:
            self.doc_lang.setCurrentIndex(max(self.doc_lang.findData(doc_lang), 0))

    @property
    def busy(self) -> bool:
        return self._making or self.printing.job is not None

    def _update_buttons(self) -> None:
        printing = self.printing.job is not None
        self.preview_button.setEnabled(not self.busy)
        self.print_button.setEnabled(not self.busy)
        self.save_button.setEnabled(not self._making)
        self.cancel_print_button.setVisible(printing)
        has_pages = bool(self.view.page_count)
        for w in (self.zoom_in_button, self.zoom_out_button, self.fit_button):
            w.setEnabled(has_pages)

    def _on_view_zoom_changed(self, zoom: float) -> None:
        self.zoom_label.setText(self.tr("{percent}%").format(percent=round(zoom * 100)))

    def _on_view_page_changed(self, page: int, count: int) -> None:
        text = self.tr("Page {page} of {count}").format(page=page, count=count) if count else ""
        self.page_label.setText(text)

    def _on_choice_activated(self, _index: int) -> None:
        self.ctx.qsettings.setValue(doc_lang_key(self._username()), self.selection()[1])
        if self.shown_key is not None:  # a preview is open: follow the new choice
            self.preview()

    def invalidate(self) -> None:
        """The underlying record changed: the next action makes the PDF again."""
        self.shown_key = None
        self.data = b""
        self.view.show_message(self.tr("Choose a document and press Preview."))
        self._update_buttons()

    def show_error(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet("QLabel { color: palette(bright-text); background: #b3261e; padding: 6px; }")
        self.banner.show()
        self.failed.emit(text)

    def show_note(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setStyleSheet("QLabel { padding: 6px; }")
        self.banner.show()

    def clear_banner(self) -> None:
        self.banner.hide()
        self.banner.clear()

    # --- making the PDF
    def preview(self) -> None:
        """Make the chosen document and show its pages."""
        self._make(None)

    def _make(self, then: Callable[[], None] | None) -> None:
        if then is not None:
            self._after_make.append(then)
        if self._making:
            return
        key = self.selection()
        job = self.producer(*key)
        if job is None:
            self._after_make.clear()
            self.view.show_message(self.tr("Nothing to show yet: choose a shipment or save the draft first."))
            return
        self._making = True
        self.clear_banner()
        self.view.show_message(self.tr("Making the document…"))
        self._update_buttons()

        def work() -> tuple[bytes, str, list[tuple[float, float]]]:
            data, name = job()
            return data, name, page_sizes(data)

        self.ctx.runner.run(
            work,
            on_done=lambda result: self._on_made(key, result),
            on_error=self._on_make_failed,
            owner=self,
        )

    def _on_made(self, key: tuple[str, str], result: tuple[bytes, str, list[tuple[float, float]]]) -> None:
        self._making = False
        self.data, self.file_name, sizes = result
        self.shown_key = key
        self.view.set_pdf(self.data, sizes)
        self._update_buttons()
        self.loaded.emit(len(sizes))
        if key != self.selection():  # chosen again while it was being made
            self._after_make.clear()
            self.preview()
            return
        pending, self._after_make = self._after_make, []
        for then in pending:
            then()

    def _on_make_failed(self, exc: BaseException) -> None:
        self._making = False
        self._after_make.clear()
        self.shown_key, self.data = None, b""
        log.info("document not made: %r", exc)
        text = self.tr("The document cannot be made: {reason}").format(reason=lang.error_text(exc))
        self.view.show_message(text)
        self.show_error(text)
        self._update_buttons()

    def _with_pdf(self, then: Callable[[], None]) -> None:
        if self.data and self.shown_key == self.selection():
            then()
        else:
            self._make(then)

    # --- printing
    def print_document(self, printer: Any = None) -> None:
        """Print the chosen document: the print dialog first unless ``printer`` is given (a set-up QPrinter)."""
        if self.printing.job is not None:
            return
        self._with_pdf(lambda: self._print(printer))

    def _print(self, printer: Any) -> None:
        self.printing.start(printer)

    def cancel_printing(self) -> None:
        self.printing.cancel()

    # --- saving
    def save_as(self, path: str | Path | None = None) -> None:
        """Save the chosen document: the file dialog first unless ``path`` is given."""
        self._with_pdf(lambda: self._save(path))

    def default_folder(self) -> Path:
        remembered = str(self.ctx.qsettings.value("documents/folder", "") or "")
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _save(self, path: str | Path | None) -> None:
        if not self.data:
            return
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the document as"),
                str(self.default_folder() / self.file_name),
                self.tr("PDF documents (*.pdf)"),
            )
            if not chosen:
                return
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        self.clear_banner()
        self.save_button.setEnabled(False)
        self.ctx.runner.run(
            write_file,
            target,
            self.data,
            on_done=self._on_saved,
            on_error=lambda exc: self._on_save_failed(target, exc),
            owner=self,
        )

    def _on_saved(self, path: Path) -> None:
        self.last_path = path
        self.ctx.qsettings.setValue("documents/folder", str(path.parent))
        self._update_buttons()
        self.show_note(self.tr("Saved: {file}").format(file=str(path)))
        self.saved.emit(str(path))
        self._record("file")

    def _on_save_failed(self, target: Path, exc: BaseException) -> None:
        self._update_buttons()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else lang.error_text(exc)
        self.show_error(
            self.tr(
                "{file} cannot be written: {reason}. The document is still here: save it to another folder."
            ).format(file=str(target), reason=reason)
        )

    def _record(self, output: str) -> None:
        """Note the print or save in the audit log (in a worker; a failure there only goes to the log)."""
        job = self.recorder(output, self.shown_key[0] if self.shown_key else "") if self.recorder else None
        if job is not None:
            self.ctx.runner.run(job, on_error=lambda exc: log.warning("audit entry failed: %s", exc))


# ---------------------------------------------------------------------------------------- dialog


class DocumentsDialog(QDialog):
    """The documents of one filing (and of its shipment): preview, print, save as."""

    def __init__(
        self,
        ctx: Any,
        producer: Producer,
        kinds: Sequence[str],
        title: str,
        parent: QWidget | None = None,
        recorder: Recorder | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.subject = title
        self.preview = DocumentPreview(ctx, producer, kinds, self, recorder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        geometry = ctx.qsettings.value("documents/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 1000)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Documents of {subject}").format(subject=self.subject))

    def open_preview(self, kind: str | None = None) -> None:
        """Show the dialog and the pages of ``kind`` (the first document unless given)."""
        if kind is not None:
            self.preview.select(kind)
        self.show()
        self.raise_()
        self.activateWindow()
        if self.preview.shown_key != self.preview.selection():
            self.preview.preview()

    def done(self, result: int) -> None:
        self.preview.cancel_printing()
        self.ctx.qsettings.setValue("documents/geometry", self.saveGeometry())
        super().done(result)

    def closeEvent(self, event: Any) -> None:
        self.preview.cancel_printing()
        self.ctx.qsettings.setValue("documents/geometry", self.saveGeometry())
        super().closeEvent(event)
