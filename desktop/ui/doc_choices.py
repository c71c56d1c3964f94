"""What the documents are offered as: their kinds and language pairs with translated names, the pair a user
starts on and where their choice is remembered, and the whole-or-nothing file write of a saved PDF."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from desktop.core.documents.messages import DOC_NAMES

KINDS = ("invoice", "packing-list", "declaration", "booking", "bill")
LANGS = ("zh-en", "en", "vi-en")


def default_doc_lang(ui_language: str) -> str:
    """The languages of the documents for a user who has not chosen yet: Vietnamese and English for a Vietnamese
    UI; else Chinese and English (an English-speaking exporter still files with Chinese customs)."""
    return "vi-en" if ui_language.startswith("vi") else "zh-en"


def doc_lang_key(username: str) -> str:
    """Where the languages a user chose are remembered (QSettings; one seat may serve several users)."""
    return f"documents/lang/{username}" if username else "documents/lang/-"


def kind_name(kind: str) -> str:
    source = DOC_NAMES.get(kind)
    return QCoreApplication.translate("Documents", source) if source else kind


def lang_name(code: str) -> str:
    names = {
        "zh-en": QCoreApplication.translate("Documents", "Chinese and English"),
        "en": QCoreApplication.translate("Documents", "English"),
        "vi-en": QCoreApplication.translate("Documents", "Vietnamese and English"),
    }
    return names.get(code, code)


def write_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` whole or not at all (a partial file never replaces a good one)."""
    part = path.with_name(path.name + ".part")
    try:
        part.write_bytes(data)
        os.replace(part, path)
    except OSError:
        with contextlib.suppress(OSError):
            part.unlink()
        raise
    return path
