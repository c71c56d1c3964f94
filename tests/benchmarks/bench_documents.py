"""Documents: each of the five PDFs with 50 items against a bare reportlab table of the same rows, same run.

The bare table uses the same embedded font, the same row texts and a repeated header; once with plain string
cells (no wrapping) and once with Paragraph cells (what wrapping long names needs). Figures are medians of a few
runs; the goal is ≤ 1.5× the Paragraph baseline.
"""

from __future__ import annotations

import io
import statistics
import time
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from desktop.core.documents import DocumentKind, render
from desktop.core.documents.base import CJK_FONT, register_fonts
from tests.core.documents.helpers import CREATED, source_with_lines

ITEMS = 50
RUNS = 5


def _median(fn: Callable[[], object]) -> float:
    fn()  # warm up (font loading, caches)
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _rows() -> list[list[str]]:
    source = source_with_lines(ITEMS)
    assert source.shipment is not None
    return [
        [str(n), f"{ln.name_zh}\n{ln.name_en}", ln.commodity_code, str(ln.quantity), ln.unit, str(ln.unit_price),
         str(ln.total)]
        for n, ln in enumerate(source.shipment.goods, 1)
    ]


def _bare(rows: list[list[str]], paragraphs: bool) -> bytes:
    register_fonts()
    out = io.BytesIO()
    style = ParagraphStyle("bench", fontName=CJK_FONT, fontSize=7.5, leading=9.2, wordWrap="CJK")
    header = ["No.", "Description", "HS", "Qty", "Unit", "Price", "Amount"]
    data: list[list[object]] = [list(header)]
    for row in rows:
        if paragraphs:
            data.append([Paragraph(escape(c).replace("\n", "<br/>"), style) for c in row])
        else:
            data.append(list(row))
    table = Table(data, colWidths=[w * mm for w in (9, 70, 22, 20, 15, 20, 28)], repeatRows=1)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), CJK_FONT, 7.5), ("GRID", (0, 0), (-1, -1), 0.5, "grey")]))
    SimpleDocTemplate(out, pagesize=A4, invariant=1).build([table])
    return out.getvalue()


def main() -> None:
    rows = _rows()
    source = source_with_lines(ITEMS)
    plain = _median(lambda: _bare(rows, paragraphs=False))
    paras = _median(lambda: _bare(rows, paragraphs=True))
    print(f"items per document: {ITEMS}, median of {RUNS} runs")
    print(f"bare table, string cells:    {plain * 1000:7.1f} ms")
    print(f"bare table, Paragraph cells: {paras * 1000:7.1f} ms")
    for kind in DocumentKind:
        for lang in ("zh-en", "vi-en"):
            took = _median(lambda kind=kind, lang=lang: render(kind, source, lang, io.BytesIO(), created=CREATED))
            print(f"{kind.value:>12} {lang:>5}: {took * 1000:7.1f} ms  = {took / paras:4.2f}x Paragraph table, "
                  f"{took / plain:5.2f}x string table")


if __name__ == "__main__":
    main()
