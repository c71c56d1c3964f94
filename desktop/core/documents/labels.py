"""Bilingual labels of the documents: field labels from the field definitions, document labels from the
"Document" catalogue (with the seed while the catalogue has none), code names in the document's language.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import Enum
from typing import Any, Literal

from pydantic import BaseModel

from desktop.core import codes, formats, i18n
from desktop.core.documents.text import clean
from desktop.core.model.fields import LABEL_CONTEXT, field_specs

Lang = Literal["zh-en", "en", "vi-en"]
LANGS: tuple[Lang, ...] = ("zh-en", "en", "vi-en")
DOC_CONTEXT = "Document"

#: (context, source, lang) -> translated text
TranslateFn = Callable[[str, str, str], str]


# ------------------------------------------------------------------------------------------------ labels

def seeded_translate(context: str, source: str, lang: str) -> str:
    """The catalogue translation, or the seed in :mod:`labels_seed` while the catalogue has none."""
    text = i18n.translate(context, source, lang)
    if text != source or lang == "en":
        return text
    from desktop.core.documents.labels_seed import LABELS

    return LABELS.get(source, {}).get(i18n.normalize_language(lang), source)


@dataclass(frozen=True)
class Label:
    """One label in the document's main language and, for bilingual documents, in English."""

    primary: str
    english: str | None

    def inline(self) -> str:
        return f"{self.primary} / {self.english}" if self.english else self.primary


class Labels:
    """Labels of one document: field labels from the field definitions, document labels from the catalogue."""

    def __init__(self, lang: Lang, translate: TranslateFn = seeded_translate) -> None:
        if lang not in LANGS:
            from desktop.core.documents.errors import DocumentError

            raise DocumentError("documents.unknown_language", lang=lang, choices=", ".join(LANGS))
        self.lang = lang
        self.primary = {"zh-en": "zh_CN", "en": "en", "vi-en": "vi"}[lang]
        self.code_lang = self.primary
        self._translate = translate

    def _label(self, context: str, source: str) -> Label:
        primary = clean(self._translate(context, source, self.primary))
        if self.primary == "en":
            return Label(primary, None)
        english = clean(self._translate(context, source, "en"))
        return Label(primary, None if english == primary else english)

    def doc(self, source: str) -> Label:
        """A document-only label (source marked with ``N_("Document", ...)``)."""
        return self._label(DOC_CONTEXT, source)

    def field(self, model: type[BaseModel], name: str) -> Label:
        """The label of ``model.name`` as the field definition gives it."""
        return self._label(LABEL_CONTEXT, field_specs(model)[name].label)

    def fields(self, model: type[BaseModel], *names: str) -> Label:
        """Several field labels joined into one box title ("Means of transport / Voyage number")."""
        parts = [self.field(model, n) for n in names]
        primary = " / ".join(p.primary for p in parts)
        if self.primary == "en":
            return Label(primary, None)
        english = " / ".join(p.english or p.primary for p in parts)
        return Label(primary, None if english == primary else english)

    def text(self, source: str, **params: Any) -> str:
        """A document sentence in the main language only, placeholders filled ("Page {page} of {pages}")."""
        text = clean(self._translate(DOC_CONTEXT, source, self.primary))
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return source.format(**params)

    def sentence(self, source: str, **params: Any) -> str:
        """Like :meth:`text`, followed by the English for bilingual documents."""
        first = self.text(source, **params)
        if self.primary == "en":
            return first
        english = clean(self._translate(DOC_CONTEXT, source, "en"))
        try:
            english = english.format(**params)
        except (KeyError, IndexError, ValueError):
            english = source.format(**params)
        return first if english == first else f"{first} / {english}"

    def choice(self, value: Enum) -> str:
        """A choice field's display name in the main language ("Container yard (CY)"), defined once in
        :mod:`desktop.core.choices`."""
        from desktop.core import choices

        return clean(choices.name(value, self.primary))

    def num(self, value: Decimal | int | None) -> str:
        """A figure as entered, grouped the way the main language writes numbers (3,600 / 9.6; 3.600 / 9,6)."""
        return formats.figure(value, self.primary)

    def money(self, value: Decimal | None) -> str:
        """An amount, two decimals (22,200.00; 22.200,00 in Vietnamese)."""
        return formats.amount(value, self.primary)

    def price(self, value: Decimal | None) -> str:
        """A unit price: at least two decimals, more when entered."""
        return formats.price(value, self.primary)

    def day(self, value: date | None) -> str:
        """A date as the main language writes it on papers (2026-12-02; 02/12/2026; 12/2/2026)."""
        return formats.day(value, self.primary)

    def code(self, table: str, value: str) -> str:
        """A code with its name from the code tables when they know it ("0110 一般贸易"), else the code."""
        value = clean(value)
        if not value:
            return ""
        name = code_name(table, value, self.code_lang)
        return f"{value} {name}" if name and name != value else value


def code_name(table: str, value: str, lang: str) -> str:
    """The name of ``value`` in code table ``table`` in ``lang``; empty when the table does not know it."""
    try:
        found = codes.table(table).name(value, lang)
    except codes.CodeTableError:
        return ""
    return clean(found) if found else ""
