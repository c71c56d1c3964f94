"""The search folding gives, for every character and for mixed text, what its definition says: NFKD, without
combining marks, NFC, case-folded, whitespace runs as one space (the special letters đ, ł, ø as their base)."""

from __future__ import annotations

import unicodedata

from desktop.core.store.text import _SPECIAL, fold


def _by_definition(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def test_every_character_folds_by_the_definition() -> None:
    for start in range(0, 0x32000, 512):
        chars = [chr(c) for c in range(start, start + 512) if not 0xD800 <= c <= 0xDFFF]
        for ch in chars:
            assert fold("a" + ch + "B") == _by_definition("a" + ch + "B"), hex(ord(ch))
        run = "".join(chars)
        assert fold(run) == _by_definition(run), hex(start)


def test_mixed_text_folds_by_the_definition() -> None:
    for text in (
        "Hải Phòng  Đình Vũ",
        "ＡＢＣ－１２３",
        "摩托车 发动机\n链条",
        "Nhân điều W240",
        "Ångström Œuvre ß",
        "e\u0301\u0323 o\u0302\u0309",
        "Łódź  Ørsted",
        "CQMOTO\tHAIPHONG",
        "",
    ):
        assert fold(text) == _by_definition(text)
    assert fold("Hải Phòng") == "hai phong" and fold("ＡＢＣ") == "abc"
