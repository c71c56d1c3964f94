"""Chinese headings break only between whole pieces: before an opening bracket, after a closing one or a
separator; a piece too wide for its column is set smaller instead of being split."""

from __future__ import annotations

import io

from pypdf import PdfReader
from reportlab.lib.units import mm

from desktop.core.documents.base import styles
from desktop.core.documents.headings import MIN_SIZE, Heading, lines_for, pieces
from desktop.core.documents.text import CJK_FONT
from tests.core.documents.helpers import pdf_bytes, sample_source


def test_pieces_keep_words_and_brackets_whole() -> None:
    assert pieces("原产国（地区）") == ["原产国", "（地区）"]
    assert pieces("单价 / 总价 / 币制") == ["单价 ", "/", " ", "总价 ", "/", " ", "币制"]
    assert pieces("运费、保费") == ["运费、", "保费"]


def test_a_narrow_column_wraps_before_the_bracket_not_inside_a_word() -> None:
    width = 14 * mm  # the declaration's origin column, less its padding
    heading = Heading("原产国（地区）", styles()["head"], size=7.2, bold=True)
    size, lines = heading.fitted(width)
    assert lines == ["原产国", "（地区）"] and size == 7.2
    size, lines = Heading("最终目的国（地区）", styles()["head"], size=7.2, bold=True).fitted(width)
    assert lines == ["最终目的国", "（地区）"]
    assert lines_for("原产国（地区）", 200, CJK_FONT, 7.2) == ["原产国（地区）"]  # room: one line


def test_a_word_wider_than_its_column_is_set_smaller_not_split() -> None:
    heading = Heading("境内货源地", styles()["head"], size=7.2, bold=True)
    size, lines = heading.fitted(28)
    assert lines == ["境内货源地"] and MIN_SIZE <= size < 7.2


def test_the_declaration_headings_come_out_whole() -> None:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(
        pdf_bytes("declaration", sample_source(), "zh-en"))).pages)
    lines = [line.strip() for line in text.splitlines()]
    assert "原产国" in lines and "（地区）" in lines
    assert not any(line.endswith("（地") or line.startswith("区）") for line in lines), lines
    assert any("境内货源地" in line for line in lines)
