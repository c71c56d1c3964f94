"""Light value types the store returns: list rows, revisions, audit entries, search hits, list filters."""

from __future__ import annotations

import uuid
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NamedTuple

Kind = Literal["shipment", "declaration", "booking"]
KINDS: tuple[Kind, ...] = ("shipment", "declaration", "booking")


class ShipmentRow(NamedTuple):
    id: str
    company_id: str
    reference: str
    contract_no: str
    consignee: str
    destination: str
    port_of_discharge: str
    revision: int
    updated_at: str


class DeclarationRow(NamedTuple):
    id: str
    company_id: str
    shipment_id: str
    part: int
    status: str
    client_seq_no: str
    customs_no: str
    contract_no: str
    consignee: str
    currency: str
    total: str
    revision: int
    updated_at: str


class BookingRow(NamedTuple):
    id: str
    company_id: str
    shipment_id: str
    status: str
    client_seq_no: str
    booking_reference: str
    requested_departure: str
    revision: int
    updated_at: str


@dataclass(frozen=True, slots=True)
class Revision:
    """One saved version of a shipment, declaration or booking (the JSON is fetched separately)."""

    kind: str
    subject_id: str
    revision: int
    company_id: str
    author: str
    created_at: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Change:
    """One leaf value that differs between two revisions (JSON values: strings, numbers, booleans, None)."""

    path: str
    before: Any
    after: Any


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    subject_kind: str
    subject_id: str
    company_id: str
    details: dict[str, Any]
    #: who was signed in on the seat that wrote it, and the seat
    user_name: str = ""
    seat: str = ""


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A search result: enough to show a line and open the record."""

    kind: Kind
    id: str
    company_id: str
    title: str
    subtitle: str
    status: str
    updated_at: str


@dataclass(frozen=True, slots=True)
class Filters:
    """Filters of ``count`` / ``page``. ``None`` means no filter; ``status`` may be one value or several.

    ``text`` restricts to records whose search text contains every word of it (same matching as search).
    """

    company_id: str | None = None
    status: str | Sequence[str] | None = None
    shipment_id: str | None = None
    text: str | None = None
    updated_from: str | None = None
    updated_to: str | None = None
    ids: Sequence[str] | None = field(default=None)


def pack(text: str) -> bytes:
    """Revision JSON as stored: zlib-compressed UTF-8 (history is read rarely and is most of the file)."""
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(value: bytes | memoryview | str) -> str:
    if isinstance(value, memoryview):
        value = value.tobytes()
    return zlib.decompress(value).decode("utf-8") if isinstance(value, bytes) else str(value)


def new_id() -> str:
    return uuid.uuid4().hex


def text_of(value: Any) -> str:
    return "" if value is None else str(value)
