"""The five trade PDFs of a shipment: declaration, invoice, packing list, booking request, through bill draft.

    render(DocumentKind.INVOICE, DocumentSource(shipment=..., company=...), "zh-en", Path("inv.pdf"),
           created=datetime(2026, 12, 2, tzinfo=timezone.utc))

Languages: ``zh-en`` (Chinese with English, the customs default), ``en``, ``vi-en`` (Vietnamese with English).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from desktop.core.documents.base import LANGS, Labels, Lang, TranslateFn, seeded_translate
from desktop.core.documents.build import Built, write_pdf
from desktop.core.documents.errors import DocumentError
from desktop.core.documents.source import DocumentKind, DocumentSource

__all__ = [
    "LANGS", "DocumentError", "DocumentKind", "DocumentSource", "Lang", "kind_of", "render",
    "seeded_translate",
]


def _builder(kind: DocumentKind) -> Callable[[DocumentSource, Labels], Built]:
    if kind is DocumentKind.DECLARATION:
        from desktop.core.documents import declaration

        return declaration.build
    if kind is DocumentKind.INVOICE:
        from desktop.core.documents import commercial

        return commercial.build_invoice
    if kind is DocumentKind.PACKING_LIST:
        from desktop.core.documents import commercial

        return commercial.build_packing_list
    if kind is DocumentKind.BOOKING:
        from desktop.core.documents import transport

        return transport.build_booking
    from desktop.core.documents import transport

    return transport.build_bill


def kind_of(value: str | DocumentKind) -> DocumentKind:
    try:
        return DocumentKind(value)
    except ValueError:
        raise DocumentError(
            "documents.unknown_kind", kind=str(value), choices=", ".join(k.value for k in DocumentKind)
        ) from None


def render(
    doc: DocumentKind | str,
    source: DocumentSource,
    lang: Lang | str,
    out: BinaryIO | Path,
    *,
    created: datetime | None = None,
    translate: TranslateFn = seeded_translate,
) -> None:
    """Write document ``doc`` of ``source`` as PDF to ``out`` (a path or a binary stream).

    With ``created`` given the file carries that date and is byte-identical for the same input.
    Raises :class:`DocumentError` (unknown kind or language, missing data, unwritable file).
    """
    kind = kind_of(doc)
    labels = Labels(lang, translate)  # type: ignore[arg-type]  # checked inside
    built = _builder(kind)(source, labels)
    company = source.company
    author = (company.name_en or company.name_zh) if company is not None else ""
    if company is not None and company.name_zh and company.name_en and labels.primary == "zh_CN":
        author = company.name_zh
    write_pdf(built, labels, out, author=author, created=created)
