"""The page view of a PDF: PDFium (pypdfium2) rasterises its pages to QImage in a worker, zoomable on screen.

:class:`PageView` shows the pages one under the other and renders only what fits :data:`PIXEL_BUDGET`;
:func:`render_pages` is also what printing uses. PDFium is not thread-safe: every call holds :data:`_PDFIUM`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QWheelEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.ui import lang

log = logging.getLogger(__name__)

ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
#: Page pixels the preview keeps at once; past it only the pages around the one in view are rendered.
PIXEL_BUDGET = 160 * 2**20

# PDFium is not thread-safe: every call into it, from any worker, holds this lock.
_PDFIUM = threading.Lock()


# ---------------------------------------------------------------------------------------- rendering


def page_sizes(data: bytes) -> list[tuple[float, float]]:
    """Width and height in points of every page of a PDF."""
    import pypdfium2

    with _PDFIUM:
        pdf = pypdfium2.PdfDocument(data)
        try:
            sizes = []
            for index in range(len(pdf)):
                width, height = pdf[index].get_size()
                sizes.append((float(width), float(height)))
            return sizes
        finally:
            pdf.close()


def _to_image(page: Any, scale: float) -> QImage:
    bitmap = page.render(scale=scale, prefer_bgrx=True, rev_byteorder=True)  # RGBx bytes, any byte order
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
    return image.copy()  # own the pixels before PDFium frees its bitmap


def render_pages(
    data: bytes, scale: float, pages: Sequence[int] | None = None, device_ratio: float = 1.0
) -> list[QImage]:
    """Pages of a PDF as images (worker thread): ``scale`` pixels per point; all pages unless ``pages``."""
    import pypdfium2

    out = []
    with _PDFIUM:
        pdf = pypdfium2.PdfDocument(data)
        try:
            for index in range(len(pdf)) if pages is None else pages:
                page = pdf[index]
                try:
                    image = _to_image(page, scale)
                finally:
                    page.close()
                image.setDevicePixelRatio(device_ratio)
                out.append(image)
        finally:
            pdf.close()
    return out


# ---------------------------------------------------------------------------------------- page view


class PageView(QScrollArea):
    """The pages of one PDF, one under the other, zoomable (Ctrl+wheel; the panel adds Ctrl++, Ctrl+-, Ctrl+0)."""

    zoom_changed = Signal(float)
    page_changed = Signal(int, int)  # current page (1-based), page count
    rendered = Signal(int)  # pages whose pixels for the current zoom just came in

    def __init__(self, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.zoom = 1.0
        self.data = b""
        self.sizes: list[tuple[float, float]] = []
        self.images: list[QImage | None] = []  # None: not rendered (far from view in a long document)
        self.labels: list[QLabel] = []
        self._scales: dict[int, float] = {}  # page → scale of the pixels it shows
        self._pending: set[int] = set()  # pages being rendered for the current PDF and zoom
        self._generation = 0  # bumped when the PDF or the zoom changes: older pixels are dropped
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setSingleShot(True)
        self._scroll_timer.setInterval(120)
        self._scroll_timer.timeout.connect(self._render)
        self.setWidgetResizable(True)
        self.setBackgroundRole(self.palette().ColorRole.Dark)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.canvas = QWidget(self)
        self.canvas.setBackgroundRole(self.palette().ColorRole.Dark)
        self.column = QVBoxLayout(self.canvas)
        self.column.setSpacing(12)
        self.column.setContentsMargins(12, 12, 12, 12)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.message = QLabel(self.canvas)
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setForegroundRole(self.palette().ColorRole.BrightText)
        self.message.setMinimumWidth(360)
        self.column.addWidget(self.message)
        self.setWidget(self.canvas)
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    @property
    def page_count(self) -> int:
        return len(self.sizes)

    def pixels_per_point(self) -> float:
        return self.zoom * self.logicalDpiX() / 72.0

    def show_message(self, text: str) -> None:
        """Text instead of pages (making the PDF, or why it could not be made)."""
        self._generation += 1
        self._clear_pages()
        self.data, self.sizes, self.images = b"", [], []
        self._scales, self._pending = {}, set()
        self.message.setText(text)
        self.message.show()
        self.page_changed.emit(0, 0)

    def set_pdf(self, data: bytes, sizes: list[tuple[float, float]]) -> None:
        self._clear_pages()
        self.data, self.sizes, self.images = data, list(sizes), [None] * len(sizes)
        self._scales, self._pending = {}, set()
        self._generation += 1
        self.message.hide()
        for n in range(len(sizes)):
            label = QLabel(self.canvas)
            label.setAutoFillBackground(True)
            label.setBackgroundRole(self.palette().ColorRole.Base)
            label.setFrameShape(QFrame.Shape.Box)
            label.setScaledContents(True)
            label.setAccessibleName(self.tr("Page {page} of {count}").format(page=n + 1, count=len(sizes)))
            self.column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.labels.append(label)
        self._layout_pages()
        self.verticalScrollBar().setValue(0)
        self._render()
        self._on_scrolled()

    def _clear_pages(self) -> None:
        for label in self.labels:
            self.column.removeWidget(label)
            label.deleteLater()
        self.labels = []

    def _page_size(self, index: int) -> QSize:
        w, h = self.sizes[index]
        ppp = self.pixels_per_point()
        return QSize(max(1, round(w * ppp)), max(1, round(h * ppp)))

    def _layout_pages(self) -> None:
        for index, label in enumerate(self.labels):
            label.setFixedSize(self._page_size(index))

    def wanted_pages(self) -> list[int]:
        """Every page, or in a document too big for :data:`PIXEL_BUDGET` the pages around the one in view."""
        count = len(self.sizes)
        if not count:
            return []
        ratio = self.devicePixelRatioF()
        per_page = [4 * self._page_size(i).width() * self._page_size(i).height() * ratio * ratio for i in range(count)]
        if sum(per_page) <= PIXEL_BUDGET:
            return list(range(count))
        room = max(1, int(PIXEL_BUDGET // max(per_page)))
        first = max(0, min(self.current_page() - 1 - room // 2, count - room))
        return list(range(first, min(count, first + room)))

    def _render(self) -> None:
        if not self.data:
            return
        ratio = self.devicePixelRatioF()
        scale = self.pixels_per_point() * ratio
        pages = [i for i in self.wanted_pages() if self._scales.get(i) != scale and i not in self._pending]
        if not pages:
            return
        self._pending.update(pages)
        generation = self._generation
        self.runner.run(
            render_pages,
            self.data,
            scale,
            pages,
            ratio,
            on_done=lambda images: self._on_rendered(generation, scale, pages, images),
            on_error=self._on_render_failed,
            owner=self,
        )

    def _on_rendered(self, generation: int, scale: float, pages: list[int], images: list[QImage]) -> None:
        if generation != self._generation:
            return  # the zoom or the PDF changed while these were rendered
        self._pending.difference_update(pages)
        for index, image in zip(pages, images, strict=True):
            self.labels[index].setPixmap(QPixmap.fromImage(image))
            self.images[index] = image
            self._scales[index] = scale
        keep = set(self.wanted_pages())
        for index in [i for i in self._scales if i not in keep]:  # far from view: give the memory back
            self.labels[index].clear()
            self.images[index] = None
            del self._scales[index]
        self.rendered.emit(len(pages))

    def _on_render_failed(self, exc: BaseException) -> None:
        log.warning("rendering the preview failed: %s", exc)
        self.show_message(self.tr("The pages cannot be shown: {reason}").format(reason=lang.error_text(exc)))

    def set_zoom(self, zoom: float) -> None:
        zoom = min(max(zoom, ZOOMS[0]), ZOOMS[-1])
        if abs(zoom - self.zoom) < 1e-6:
            return
        bar = self.verticalScrollBar()
        position = bar.value() / max(1, bar.maximum()) if bar.maximum() else 0.0
        self.zoom = zoom
        self._generation += 1
        self._pending = set()
        if self.labels:
            self._layout_pages()  # the old pixels stretch at once; sharp ones follow from the worker
            self.canvas.adjustSize()
            bar.setValue(round(position * bar.maximum()))
            self._render()
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOMS if z > self.zoom + 1e-6), ZOOMS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOMS) if z < self.zoom - 1e-6), ZOOMS[0]))

    def fit_width(self) -> None:
        if not self.sizes:
            return
        widest = max(w for w, _h in self.sizes)
        room = self.viewport().width() - 2 * 12 - self.verticalScrollBar().sizeHint().width()
        self.set_zoom(room / (widest * self.logicalDpiX() / 72.0))

    def current_page(self) -> int:
        if not self.labels:
            return 0
        middle = self.verticalScrollBar().value() + self.viewport().height() // 2
        for index, label in enumerate(self.labels):
            if label.geometry().bottom() + self.column.spacing() >= middle:
                return index + 1
        return len(self.labels)

    def _on_scrolled(self, _value: int = 0) -> None:
        self.page_changed.emit(self.current_page(), self.page_count)
        if self.data and len(self._scales) < len(self.sizes):
            self._scroll_timer.start()  # pages coming into view are rendered once the scrolling pauses

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if event.angleDelta().y() > 0:
                self.zoom_in()
            elif event.angleDelta().y() < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)
