"""Where the bundled resources (code tables, fonts, schemas, samples, translations) are, from source or frozen."""

from __future__ import annotations

import csv
import lzma
import sys
from pathlib import Path
from typing import TextIO

#: The frozen bundle carries its largest text tables compressed (packaging/bundle.py: COMPRESSED_RESOURCES), as
#: ``<name>.xz`` beside where ``<name>`` would be; :func:`open_text` reads either.
COMPRESSED_SUFFIX = ".xz"


def root() -> Path:
    """The project root holding ``resources/`` and ``i18n/`` (the bundle directory when frozen)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parents[2]


def resource_path(*parts: str) -> Path:
    return root().joinpath("resources", *parts)


def i18n_path(*parts: str) -> Path:
    return root().joinpath("i18n", *parts)


def open_text(*parts: str, encoding: str = "utf-8", newline: str | None = None) -> TextIO:
    """A bundled text resource opened for reading: the file itself, or else its ``.xz`` form decompressed as it
    is read (a source checkout has the plain file, the frozen bundle the compressed one)."""
    path = resource_path(*parts)
    packed = path.with_name(path.name + COMPRESSED_SUFFIX)
    if not path.exists() and packed.exists():
        return lzma.open(packed, "rt", encoding=encoding, newline=newline)
    return path.open(encoding=encoding, newline=newline)


def csv_rows(*parts: str) -> list[dict[str, str]]:
    """The rows of a bundled CSV table with a header line (a byte-order mark, if any, dropped)."""
    with open_text(*parts, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))
