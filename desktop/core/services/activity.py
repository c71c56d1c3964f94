"""What the records of the audit log are called by the people who use them: a filing's number, the shipment's
reference, the consignee; a party's or a product's name (never the internal id)."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.model import ExportDeclaration, RailSeaBooking, Shipment
from desktop.core.model.booking import DocumentPartyRole
from desktop.core.store.records import AuditEntry
from desktop.core.store.store import Store

log = logging.getLogger(__name__)

#: The kinds of record a user can open from the audit log.
OPENABLE = ("shipment", "declaration", "booking")


@dataclass(frozen=True, slots=True)
class RecordName:
    """``number``: the filing's own number (customs, contract or carrier booking), a party's or product's name;
    ``reference``: the shipment's reference; ``counterpart``: the consignee. Empty when unknown; ``gone`` when the
    record is no longer in the workspace."""

    number: str = ""
    reference: str = ""
    counterpart: str = ""
    gone: bool = False


def record_names(store: Store, entries: Iterable[AuditEntry]) -> dict[tuple[str, str], RecordName]:
    """The name of each record the ``entries`` are about, by (kind, id); each record is read once."""
    out: dict[tuple[str, str], RecordName] = {}
    references: dict[str, str] = {}
    for entry in entries:
        key = (entry.subject_kind, entry.subject_id)
        if key in out or not entry.subject_id:
            continue
        try:
            out[key] = _name(store, entry, references)
        except Exception:  # a name never stops the log from showing
            log.exception("could not name %s %s", *key)
            out[key] = RecordName()
    return out


def _reference(store: Store, shipment_id: str, cache: dict[str, str]) -> str:
    if shipment_id and shipment_id not in cache:
        shipment = store.shipments.find(shipment_id)
        cache[shipment_id] = shipment.reference if shipment is not None else ""
    return cache.get(shipment_id, "")


def _name(store: Store, entry: AuditEntry, references: dict[str, str]) -> RecordName:
    kind, subject = entry.subject_kind, entry.subject_id
    if kind == "shipment":
        shipment = store.shipments.find(subject)
        if not isinstance(shipment, Shipment):
            return RecordName(gone=True)
        references[subject] = shipment.reference
        return RecordName(reference=shipment.reference, counterpart=shipment.consignee.name)
    if kind == "declaration":
        declaration = store.declarations.find(subject)
        if not isinstance(declaration, ExportDeclaration):
            return RecordName(gone=True)
        return RecordName(
            number=declaration.customs_no or declaration.contr_no,
            reference=_reference(store, declaration.shipment_id, references),
            counterpart=declaration.consignee_name,
        )
    if kind == "booking":
        booking = store.bookings.find(subject)
        if not isinstance(booking, RailSeaBooking):
            return RecordName(gone=True)
        consignee = next((p.name for p in booking.document_parties if p.role == DocumentPartyRole.CONSIGNEE), "")
        return RecordName(
            number=booking.carrier_booking_reference,
            reference=_reference(store, booking.shipment_id, references),
            counterpart=consignee,
        )
    if kind == "party" and entry.company_id:
        party = store.parties(entry.company_id).find(subject)
        return RecordName(number=party.name) if party is not None else RecordName(gone=True)
    if kind == "product" and entry.company_id:
        product = store.products(entry.company_id).find(subject)
        return RecordName(number=product.name_zh or product.name_en) if product is not None else RecordName(gone=True)
    if kind == "company":
        company = store.companies.find(subject)
        return RecordName(number=company.name_zh or company.name_en) if company is not None else RecordName(gone=True)
    return RecordName()
