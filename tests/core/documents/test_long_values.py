"""Long values wrap inside their cells: every character is printed, and no text starts outside the page frame."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.core.documents import DocumentSource
from desktop.core.documents.base import MARGIN, PAGE
from tests.core.documents.helpers import KINDS, LANGS, page_texts, pdf_bytes, sample_doc, squash

TOKEN = "X" * 40 + "-NO-SPACES-" + "Y" * 40
NAME_EN = "Heavy duty motorcycle clutch assembly " * 3 + TOKEN
NAME_ZH = ("重型摩托车离合器总成含备用垫片" * 20)[:255]
ADDRESS = ("Số 25 Đường Lê Hồng Phong, Quận Ngô Quyền, Hải Phòng, Việt Nam; " * 6)[:300]
MARKS = "\n".join([*(f"LINE {n} HẢI PHÒNG 海防 C/NO. {n}-220" for n in range(1, 10)), TOKEN])


def _starts(data: bytes) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        if text.strip():
            points.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]))

    for page in PdfReader(io.BytesIO(data)).pages:
        page.extract_text(visitor_text=visit)
    return points


def test_long_values_are_printed_whole_inside_the_frame() -> None:
    doc = sample_doc()
    shipment = doc.shipment
    assert shipment is not None
    shipment.goods[0].name_en = NAME_EN
    shipment.goods[0].name_zh = NAME_ZH
    shipment.consignee.address = ADDRESS
    shipment.marks = MARKS
    source = DocumentSource.from_exchange(doc)
    for kind in KINDS:
        for lang in LANGS:
            data = pdf_bytes(kind, source, lang)
            text = "".join(page_texts(data))
            assert squash(TOKEN) in text, (kind, lang)
            if kind.value in ("invoice", "packing-list", "bill"):
                assert squash(NAME_ZH) in text and squash(NAME_EN) in text, (kind, lang)
            if kind.value in ("invoice", "packing-list", "booking", "bill"):
                assert squash(ADDRESS) in text, (kind, lang)
            for x, y in _starts(data):
                assert MARGIN - 2 <= x <= PAGE[0] - MARGIN, (kind, lang, x)
                assert 0 < y < PAGE[1], (kind, lang, y)
