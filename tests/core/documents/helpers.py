"""Shared test data for the document tests: the sample shipment, shipments of N lines, PDF inspection."""

from __future__ import annotations

import io
import unicodedata
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from pypdf import PdfReader

from desktop.core.documents import DocumentKind, DocumentSource, render
from desktop.core.model import exchange
from desktop.core.model.exchange import ExchangeDocument
from desktop.core.model.shipment import GoodsLine

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT / "resources" / "samples" / "motorcycle-parts-chongqing-haiphong.json"
CREATED = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
KINDS = list(DocumentKind)
LANGS = ("zh-en", "en", "vi-en")

MARKS = "JL/HPH\nHẢI PHÒNG 海防\nMADE IN CHINA"
REMARKS = "Hàng dễ vỡ – 易碎品 – Fragile"


def sample_doc() -> ExchangeDocument:
    doc = exchange.read(SAMPLE)
    assert doc.shipment is not None
    doc.shipment.marks = MARKS
    doc.shipment.remarks = REMARKS
    return doc


def sample_source() -> DocumentSource:
    return DocumentSource.from_exchange(sample_doc())


def source_with_lines(count: int) -> DocumentSource:
    """The sample shipment with ``count`` goods lines (long names included), all in one container."""
    doc = sample_doc()
    shipment = doc.shipment
    assert shipment is not None
    template = shipment.goods[0]
    lines = []
    for n in range(1, count + 1):
        long_tail = " with extended warranty and spare gasket kit for heavy duty use" if n % 7 == 0 else ""
        lines.append(
            GoodsLine(
                **{
                    **template.model_dump(),
                    "name_zh": f"摩托车配件第{n}号",
                    "name_en": f"Spare part number {n} ok{long_tail}",
                    "declaration_elements": f"摩托车用|配件|JL牌|型号P{n:04d}",
                    "quantity": Decimal(10 * n),
                    "unit_price": Decimal("2.50"),
                    "total": Decimal(25 * n),
                    "net_weight": Decimal(n),
                    "gross_weight": Decimal(n + 1),
                    "packages": 1,
                    "volume_m3": Decimal("0.1"),
                }
            )
        )
    shipment.goods = lines
    shipment.package_count = count
    shipment.gross_weight = sum((ln.gross_weight or Decimal(0) for ln in lines), Decimal(0))
    shipment.net_weight = sum((ln.net_weight or Decimal(0) for ln in lines), Decimal(0))
    shipment.containers[0].goods_lines = list(range(1, count + 1))
    return DocumentSource.from_exchange(doc)


def pdf_bytes(kind: DocumentKind | str, source: DocumentSource, lang: str, **kwargs: Any) -> bytes:
    out = io.BytesIO()
    render(kind, source, lang, out, created=kwargs.pop("created", CREATED), **kwargs)
    return out.getvalue()


def squash(text: str) -> str:
    """Text without any whitespace, NFC (extracted lines break where the layout wrapped)."""
    return "".join(unicodedata.normalize("NFC", text).split())


def page_texts(data: bytes) -> list[str]:
    return [squash(page.extract_text() or "") for page in PdfReader(io.BytesIO(data)).pages]
