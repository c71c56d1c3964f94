"""Checks a spreadsheet before anything loads it: size, zip bomb, XML entities and DTDs, rows and columns.

An XLSX file is a zip of XML parts. Every part is scanned with defusedxml (a DTD or an entity declaration is
refused: Excel never writes one) and every worksheet's rows are counted while scanning, stopping at the limit,
so a sheet of a million rows is refused after reading only as many rows as the limit allows. A declared
``<dimension>`` past the limit refuses the sheet at once.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO
from xml.etree.ElementTree import ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from desktop.core.sheets.errors import SheetError

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    """What a spreadsheet may hold. The defaults fit any invoice or packing list and a forwarder's batch."""

    max_file_bytes: int = 20 * MB
    max_unpacked_bytes: int = 200 * MB
    max_ratio: int = 200  # unpacked / packed size of one part, for parts over 1 MB
    max_parts: int = 2000
    max_rows: int = 20_000
    max_columns: int = 200


DEFAULT_LIMITS = Limits()
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\s+ref=\"[A-Z]*\d*:?([A-Z]*)(\d+)\"")


def _mb(size: int) -> str:
    return f"{size / MB:.1f}"


def check_size(path: Path, limits: Limits) -> int:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise SheetError("exchange.file_not_found", file=str(path)) from None
    except OSError as exc:
        raise SheetError("exchange.file_unreadable", file=str(path), detail=exc.strerror or str(exc)) from None
    if size > limits.max_file_bytes:
        raise SheetError("sheet.too_large", file=str(path), size=_mb(size), limit=_mb(limits.max_file_bytes))
    return size


def check_xlsx(path: Path, limits: Limits = DEFAULT_LIMITS) -> None:
    """Raise :class:`SheetError` unless ``path`` is a workbook that is safe to load within ``limits``."""
    check_size(path, limits)
    if not zipfile.is_zipfile(path):
        raise SheetError("sheet.not_a_workbook", file=str(path))
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if len(infos) > limits.max_parts:
                raise SheetError("sheet.damaged", file=str(path), detail=f"{len(infos)} parts")
            unpacked = sum(i.file_size for i in infos)
            if unpacked > limits.max_unpacked_bytes:
                raise SheetError("sheet.zip_bomb", file=str(path), size=_mb(unpacked))
            for info in infos:
                if info.file_size > MB and info.file_size > limits.max_ratio * max(info.compress_size, 1):
                    raise SheetError("sheet.zip_bomb", file=str(path), size=_mb(unpacked))
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise SheetError("sheet.not_a_workbook", file=str(path))
            for info in infos:
                if not info.filename.endswith((".xml", ".rels", ".vml")):
                    continue
                sheet = info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
                with archive.open(info) as part:
                    _scan(part, path, info.filename, limits, sheet)
    except zipfile.BadZipFile as exc:
        raise SheetError("sheet.damaged", file=str(path), detail=str(exc)) from None


def _scan(part: IO[bytes], path: Path, name: str, limits: Limits, sheet: bool) -> None:
    """Parse one XML part with defusedxml; in a worksheet count the rows, stopping past the limit."""
    label = Path(name).stem
    if sheet:
        head = part.peek(4096)[:4096] if hasattr(part, "peek") else b""
        found = _DIMENSION.search(head)
        if found and int(found.group(2)) > limits.max_rows:
            raise SheetError("sheet.too_many_rows", file=str(path), sheet=label, limit=limits.max_rows)
    rows = 0
    try:
        for _event, element in iterparse(part, events=("end",), forbid_dtd=True, forbid_entities=True,
                                         forbid_external=True):
            if sheet and element.tag.endswith("}row"):
                rows += 1
                if rows > limits.max_rows:
                    raise SheetError("sheet.too_many_rows", file=str(path), sheet=label, limit=limits.max_rows)
                element.clear()
    except DefusedXmlException:
        raise SheetError("sheet.unsafe_xml", file=str(path)) from None
    except ParseError as exc:
        raise SheetError("sheet.damaged", file=str(path), detail=f"{name}: {exc}") from None
