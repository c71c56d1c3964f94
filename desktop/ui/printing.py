"""Printing the document a :class:`~desktop.ui.documents.DocumentPreview` shows: the print dialog, then one page
rendered in a worker and painted at a time, so a long document never holds the GUI thread and can be cancelled.

Its texts keep the preview's translation context ("DocumentPreview").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QImage, QPageLayout, QPainter
from PySide6.QtWidgets import QDialog

from desktop.ui import lang
from desktop.ui.pageview import render_pages

PRINT_DPI_MAX = 300  # enough for text on paper; a 1200 dpi A4 raster would be half a gigabyte


class _PrintJob:
    def __init__(self, printer: Any, painter: QPainter, pages: list[int], scale: float) -> None:
        self.printer, self.painter, self.pages, self.scale = printer, painter, pages, scale
        self.done = 0
        self.cancelled = False


class PreviewPrinting:
    """The print run of one preview: at most one job at a time, cancelled between pages."""

    def __init__(self, preview: Any) -> None:
        self.preview = preview
        self.job: _PrintJob | None = None

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancelled = True

    def start(self, printer: Any) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        count = self.preview.view.page_count
        if count == 0:
            return
        self.preview.clear_banner()
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setDocName(self.preview.file_name)
            width, height = self.preview.view.sizes[0]
            orientation = QPageLayout.Orientation
            printer.setPageOrientation(orientation.Landscape if width > height else orientation.Portrait)
            dialog = QPrintDialog(printer, self.preview)
            title = QCoreApplication.translate("DocumentPreview", "Print {document}")
            dialog.setWindowTitle(title.format(document=self.preview.file_name))
            dialog.setMinMax(1, count)
            self.preview.print_dialog = dialog
            try:
                accepted = dialog.exec() == QDialog.DialogCode.Accepted
            finally:
                self.preview.print_dialog = None
                dialog.deleteLater()
            if not accepted:
                text = QCoreApplication.translate(
                    "DocumentPreview", "Printing cancelled: nothing was sent to the printer."
                )
                self.preview.show_note(text)
                return
        first, last = printer.fromPage(), printer.toPage()
        pages = list(range(first - 1, min(last, count))) if first > 0 else list(range(count))
        dpi = min(printer.resolution(), PRINT_DPI_MAX)
        painter = QPainter()
        if not pages or not painter.begin(printer):
            self.preview.show_error(QCoreApplication.translate(
                "DocumentPreview", "The printer cannot be started. Check that it is connected and try again."
            ))
            return
        self.job = _PrintJob(printer, painter, pages, dpi / 72.0)
        self.preview._update_buttons()
        self._print_next()

    def _print_next(self) -> None:
        job = self.job
        if job is None:
            return
        if job.cancelled:
            job.printer.abort()
            text = QCoreApplication.translate("DocumentPreview", "Printing cancelled after {n} of {count} pages.")
            self._finish_print(text.format(n=job.done, count=len(job.pages)))
            return
        if job.done == len(job.pages):
            self._finish_print(None)
            return
        text = QCoreApplication.translate("DocumentPreview", "Printing page {n} of {count}…")
        self.preview.show_note(text.format(n=job.done + 1, count=len(job.pages)))
        self.preview.ctx.runner.run(
            render_pages,
            self.preview.data,
            job.scale,
            [job.pages[job.done]],
            on_done=self._on_print_page_rendered,
            on_error=self._on_print_failed,
            owner=self.preview,
        )

    def _on_print_page_rendered(self, images: list[QImage]) -> None:
        job = self.job
        if job is None:
            return
        if not job.cancelled:
            if job.done and not job.printer.newPage():
                self._on_print_failed(
                    OSError(QCoreApplication.translate("DocumentPreview", "the printer refused a new page"))
                )
                return
            image = images[0]
            area = job.painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = area.x() + (area.width() - size.width()) // 2
            job.painter.drawImage(QRect(x, area.y(), size.width(), size.height()), image)
            job.done += 1
        self._print_next()

    def _on_print_failed(self, exc: BaseException) -> None:
        job = self.job
        if job is not None:
            job.printer.abort()
        text = QCoreApplication.translate("DocumentPreview", "Printing failed: {reason}")
        self._finish_print(text.format(reason=lang.error_text(exc)), error=True)

    def _finish_print(self, problem: str | None, error: bool = False) -> None:
        job, self.job = self.job, None
        if job is not None and job.painter.isActive():
            job.painter.end()
        self.preview._update_buttons()
        if problem is None and job is not None:
            text = QCoreApplication.translate("DocumentPreview", "{count} page(s) sent to the printer.", "", job.done)
            self.preview.show_note(text.format(count=job.done))
            self.preview.printed.emit(job.done)
            self.preview._record("printer")
        elif problem is not None:
            (self.preview.show_error if error else self.preview.show_note)(problem)
