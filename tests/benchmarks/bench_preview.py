"""Document preview and printing figures: making the PDF, rasterising its pages with PDFium for the screen
(100 % and 200 %) and for a 300 dpi printer, and painting into a PDF-file QPrinter. Reported, never asserted."""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _best(fn: Callable[[], Any], rounds: int = 3) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(rounds):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return min(times), result


def main() -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from desktop.core.services import documents
    from desktop.ui.pageview import page_sizes, render_pages
    from tests.core.documents.helpers import source_with_lines

    app = QApplication.instance() or QApplication([])
    screen = 96 / 72
    for lines, kind in ((60, "declaration"), (200, "invoice")):
        source = source_with_lines(lines)
        made, data = _best(lambda: documents.document_bytes(kind, source, "zh-en"))  # noqa: B023
        pages = len(page_sizes(data))
        print(f"{kind} of {lines} lines: {pages} pages, {len(data) / 1024:.0f} KiB, made in {made * 1000:.0f} ms")
        for label, scale in (("100 %", screen), ("200 %", 2 * screen), ("print 300 dpi", 300 / 72)):
            took, images = _best(lambda: render_pages(data, scale))  # noqa: B023
            megabytes = sum(i.sizeInBytes() for i in images) / 2**20
            print(
                f"  render {label:>13}: {took * 1000:6.0f} ms ({took / pages * 1000:5.1f} ms/page), "
                f"{megabytes:6.1f} MiB of pixels"
            )
        with tempfile.TemporaryDirectory() as tmp:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setResolution(300)
            out = Path(tmp) / "printed.pdf"
            printer.setOutputFileName(str(out))
            per_page = []
            start = time.perf_counter()
            painter = QPainter(printer)
            for index in range(pages):
                t0 = time.perf_counter()
                image = render_pages(data, 300 / 72, [index])[0]
                if index:
                    printer.newPage()
                area = painter.viewport()
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
                per_page.append(time.perf_counter() - t0)
            painter.end()
            total = time.perf_counter() - start
            print(
                f"  print to a 300 dpi PDF printer: {total * 1000:.0f} ms, median page "
                f"{statistics.median(per_page) * 1000:.0f} ms, file {out.stat().st_size / 2**20:.1f} MiB"
            )
    del app


if __name__ == "__main__":
    main()
