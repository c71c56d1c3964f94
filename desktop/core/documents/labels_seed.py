"""zh_CN and vi translations of the document and field labels the PDFs use, until the catalogues have them.

The entries live in ``resources/documents/labels_seed.json`` (English source string -> {"zh_CN", "vi"}), read once
at start. ``i18n/build.py update`` takes entries from there for messages the .ts files leave unfinished;
:func:`desktop.core.documents.base.seeded_translate` falls back to it so the documents are bilingual today.
Keys are English source strings (contexts "Field" and "Document").
"""

from __future__ import annotations

import json
from pathlib import Path

from desktop.core.resources import resource_path

SEED_FILE = resource_path("documents", "labels_seed.json")


def load(path: Path = SEED_FILE) -> dict[str, dict[str, str]]:
    """The seed table: every key an English label, every value its zh_CN and vi text."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {str(key): {str(lang): str(text) for lang, text in texts.items()} for key, texts in raw.items()}


LABELS: dict[str, dict[str, str]] = load()
