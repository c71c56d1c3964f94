"""Hostile spreadsheets are refused before they are loaded, quickly and with a clear message."""

from __future__ import annotations

import time
import zipfile
from pathlib import Path

import pytest

from desktop.core.messages import error_message
from desktop.core.sheets.errors import SheetError
from desktop.core.sheets.importing import preview_file
from desktop.core.sheets.safety import Limits
from tests.core.sheets.helpers import numbered_rows, rewrite, sheet_xml, workbook

LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol9;</t></si></sst>"""


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return workbook(tmp_path / "base.xlsx", {"Sheet": [["商品名称", "数量"], ["茶叶", 1]]})


def refused(path: Path, code: str) -> SheetError:
    with pytest.raises(SheetError) as info:
        preview_file(path)
    assert info.value.code == code
    for lang in ("zh_CN", "en", "vi"):
        text = error_message(info.value.code, info.value.params, lang)
        assert str(path) in text and "{" not in text
    return info.value


def test_entity_expansion_is_refused(base: Path, tmp_path: Path) -> None:
    hostile = rewrite(base, tmp_path / "laughs.xlsx", {"xl/sharedStrings.xml": LAUGHS})
    refused(hostile, "sheet.unsafe_xml")


def test_external_entity_is_refused(base: Path, tmp_path: Path) -> None:
    xxe = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
           b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&e;</t></si></sst>')
    refused(rewrite(base, tmp_path / "xxe.xlsx", {"xl/sharedStrings.xml": xxe}), "sheet.unsafe_xml")


def test_million_row_sheet_is_refused_quickly(base: Path, tmp_path: Path) -> None:
    big = rewrite(base, tmp_path / "million.xlsx",
                  {"xl/worksheets/sheet1.xml": sheet_xml(numbered_rows(1_000_000))})
    start = time.perf_counter()
    error = refused(big, "sheet.too_many_rows")
    elapsed = time.perf_counter() - start
    assert error.params["limit"] == Limits().max_rows
    print(f"1,000,000-row sheet refused in {elapsed:.2f} s")


def test_declared_dimension_past_the_limit_is_refused_at_once(base: Path, tmp_path: Path) -> None:
    lying = rewrite(base, tmp_path / "dim.xlsx",
                    {"xl/worksheets/sheet1.xml": sheet_xml(numbered_rows(3), dimension="A1:B1048576")})
    refused(lying, "sheet.too_many_rows")


def test_zip_bomb_is_refused(base: Path, tmp_path: Path) -> None:
    def zeros(out: object) -> None:
        chunk = b"<!-- " + b"0" * (1024 * 1024) + b" -->"
        for _ in range(60):
            out.write(chunk)  # type: ignore[attr-defined]

    refused(rewrite(base, tmp_path / "bomb.xlsx", {"xl/styles.xml": zeros}), "sheet.zip_bomb")


def test_not_a_workbook_damaged_and_too_large(tmp_path: Path) -> None:
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"%PDF-1.7 not a workbook")
    refused(fake, "sheet.not_a_workbook")
    other = tmp_path / "other.xlsx"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("hello.txt", "hi")
    refused(other, "sheet.not_a_workbook")
    huge = tmp_path / "huge.csv"
    with huge.open("wb") as f:
        f.truncate(21 * 1024 * 1024)
    refused(huge, "sheet.too_large")
    refused(tmp_path / "missing.xlsx", "exchange.file_not_found")


def test_csv_row_limit(tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("品名,数量\n" + "茶,1\n" * 20_001, encoding="utf-8")
    refused(path, "sheet.too_many_rows")
