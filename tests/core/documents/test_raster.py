"""Rendered with poppler's pdftoppm, every page of every document shows ink (no blank pages)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.core.documents.helpers import KINDS, LANGS, pdf_bytes, source_with_lines

PDFTOPPM = shutil.which("pdftoppm")
pytestmark = pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) is not installed")


def _ink(pgm: bytes) -> float:
    """The share of dark pixels in a binary PGM (P5) image."""
    parts = pgm.split(maxsplit=4)
    assert parts[0] == b"P5"
    width, height = int(parts[1]), int(parts[2])
    pixels = parts[4][: width * height]
    assert len(pixels) == width * height
    return sum(1 for p in pixels if p < 128) / (width * height)


def _pages(pdf: Path, out: Path) -> list[float]:
    subprocess.run(
        [str(PDFTOPPM), "-r", "30", "-gray", str(pdf), str(out / "page")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return [_ink(p.read_bytes()) for p in sorted(out.glob("page*.pgm"))]


@pytest.mark.parametrize("lang", LANGS)
def test_every_page_has_ink(tmp_path: Path, lang: str) -> None:
    source = source_with_lines(51)
    for kind in KINDS:
        pdf = tmp_path / f"{kind.value}.pdf"
        pdf.write_bytes(pdf_bytes(kind, source, lang))
        pages = tmp_path / kind.value
        pages.mkdir()
        ink = _pages(pdf, pages)
        assert len(ink) >= 2, (kind, lang)
        for number, share in enumerate(ink, 1):
            assert share > 0.01, f"{kind} {lang}: page {number} is (nearly) blank ({share:.4f})"


def test_a_blank_page_would_be_noticed(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    pdf = tmp_path / "blank.pdf"
    canvas = Canvas(str(pdf))
    canvas.showPage()
    canvas.save()
    out = tmp_path / "blank"
    out.mkdir()
    assert _pages(pdf, out) == [0.0]
