"""Workbooks for the spreadsheet tests: real ones written by openpyxl, and hostile ones rewritten part by part."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook


def workbook(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    book = Workbook()
    first = True
    for title, rows in sheets.items():
        ws = book.active if first else book.create_sheet()
        assert ws is not None
        ws.title = title
        first = False
        for row in rows:
            ws.append(list(row))
    book.save(path)
    return path


def rewrite(source: Path, target: Path, parts: dict[str, Callable[[Any], None] | bytes]) -> Path:
    """Copy the workbook ``source`` to ``target``, replacing the named parts (bytes, or a writer of chunks)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in parts:
                continue
            new.writestr(info, old.read(info.filename))
        for name, content in parts.items():
            if isinstance(content, bytes):
                new.writestr(name, content)
            else:
                with new.open(name, "w") as out:
                    content(out)
    return target


def sheet_xml(rows: Iterable[bytes], dimension: str | None = None) -> Callable[[Any], None]:
    def write(out: Any) -> None:
        out.write(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">')
        if dimension:
            out.write(f'<dimension ref="{dimension}"/>'.encode())
        out.write(b"<sheetData>")
        chunk: list[bytes] = []
        for row in rows:
            chunk.append(row)
            if len(chunk) >= 10_000:
                out.write(b"".join(chunk))
                chunk.clear()
        out.write(b"".join(chunk))
        out.write(b"</sheetData></worksheet>")
    return write


def numbered_rows(count: int) -> Iterable[bytes]:
    for n in range(1, count + 1):
        yield f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>'.encode()
