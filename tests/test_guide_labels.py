"""The user guide quotes the app's own labels: every bold menu path, menu item and button name in the guide of a
language is a label of that language's catalogue (what the UI really shows), keys and key names aside."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
#: Bold text that names keys (Ctrl+K, Ctrl+Enter), not labels.
KEYS = re.compile(r"^(Ctrl|Alt|Shift|F\d)")


def _label(text: str) -> str:
    """A label as the guide writes it: no accelerator, no trailing ellipsis or colon, case and spaces folded."""
    text = re.sub(r"\(&\w\)|&(?=\w)", "", text)
    text = re.sub(r"[\s…:：]+$", "", text.replace("...", ""))
    return " ".join(text.split()).lower()


def catalogue_labels(lang: str) -> set[str]:
    root = ET.parse(ROOT / "i18n" / f"corridor_{'zh_CN' if lang == 'en' else lang}.ts").getroot()
    out = set()
    for msg in root.iter("message"):
        text = msg.findtext("source") if lang == "en" else msg.findtext("translation")
        if text and msg.get("numerus") != "yes":
            out.add(_label(text))
    return out


def quoted_labels(guide: str) -> list[str]:
    """The labels a guide quotes: each part of a bold menu path (File → New shipment), or a bold label."""
    out = []
    for bold in re.findall(r"\*\*(.+?)\*\*", guide):
        if KEYS.match(bold):
            continue
        out += [part.strip() for part in bold.split("→")]
    return out


@pytest.mark.parametrize("lang", ["en", "zh_CN", "vi"])
def test_every_label_the_guide_quotes_is_one_the_ui_shows(lang: str) -> None:
    guide = (ROOT / "resources" / "guide" / f"user-guide.{lang}.md").read_text(encoding="utf-8")
    labels = catalogue_labels(lang)
    quoted = quoted_labels(guide)
    assert len(quoted) >= 10  # the guide's menu paths and buttons were found
    missing = [q for q in quoted if _label(q) not in labels]
    assert not missing, f"{lang} guide names labels the UI does not show: {missing}"


def test_a_label_that_is_not_in_the_ui_is_found() -> None:
    assert quoted_labels("**File → New freight record** (Ctrl+N), then **Ctrl+S**") == ["File", "New freight record"]
    assert _label("New freight record") not in catalogue_labels("en")
