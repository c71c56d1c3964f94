"""Turn a document's flowables into a PDF: page frame, "page X of Y", metadata, reproducible bytes."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from desktop.core.documents.base import (
    LATIN_FONT,
    MARGIN,
    N_,
    PAGE,
    Labels,
    PageInfo,
    canvas_maker,
    clean,
    register_fonts,
)
from desktop.core.documents.errors import DocumentError


@dataclass
class Built:
    """A document ready to be laid out."""

    title: str
    reference: str
    story: list[Flowable]
    running: str = ""
    subject: str = ""
    keywords: list[str] = field(default_factory=list)


def write_pdf(
    built: Built, lb: Labels, out: BinaryIO | Path, *, author: str, created: datetime | None
) -> None:
    """Lay ``built`` out on A4 and write it to ``out``; the same input and ``created`` give the same bytes."""
    register_fonts()
    buffer = io.BytesIO()
    template = BaseDocTemplate(
        buffer, pagesize=PAGE, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=clean(built.title), author=clean(author), subject=clean(built.subject or built.reference),
        creator="Corridor Desk", producer="Corridor Desk", keywords=[clean(k) for k in built.keywords],
        invariant=1 if created is not None else 0, initialFontName=LATIN_FONT, initialFontSize=8,
        initialLeading=10,
        lang={"zh-en": "zh-CN", "en": "en", "vi-en": "vi"}[lb.lang],
    )
    frame = Frame(MARGIN, MARGIN, PAGE[0] - 2 * MARGIN, PAGE[1] - 2 * MARGIN, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def page_text(page: int, pages: int) -> str:
        return lb.sentence(N_("Document", "Page {page} of {pages}"), page=page, pages=pages)

    info = PageInfo(running_title=built.running or built.title, page_text=page_text, created=created)
    template.build(list(built.story), canvasmaker=canvas_maker(info))
    data = buffer.getvalue()
    if isinstance(out, Path):
        try:
            out.write_bytes(data)
        except OSError as exc:
            detail = exc.strerror or str(exc)
            raise DocumentError("documents.write_failed", file=str(out), detail=detail) from exc
    else:
        out.write(data)
