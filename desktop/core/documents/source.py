"""What a document is made from: one shipment with its company, plus the declaration(s) and booking if known.

A missing declaration or booking is derived from the shipment (``desktop.core.model.derive``), so the five
documents always print the same values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from desktop.core.documents.errors import DocumentError
from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.derive import derive_booking, derive_declarations
from desktop.core.model.exchange import ExchangeDocument
from desktop.core.model.master import Company
from desktop.core.model.shipment import Shipment


class DocumentKind(StrEnum):
    DECLARATION = "declaration"
    INVOICE = "invoice"
    PACKING_LIST = "packing-list"
    BOOKING = "booking"
    BILL = "bill"


@dataclass
class DocumentSource:
    """The data of one shipment's documents; ``declarations`` and ``booking`` are derived when not given."""

    shipment: Shipment | None = None
    company: Company | None = None
    agent: Company | None = None
    declarations: list[ExportDeclaration] = field(default_factory=list)
    booking: RailSeaBooking | None = None
    today: date | None = None

    @classmethod
    def from_exchange(cls, doc: ExchangeDocument) -> DocumentSource:
        return cls(
            shipment=doc.shipment, company=doc.company, agent=doc.agent,
            declarations=[doc.declaration] if doc.declaration is not None else [], booking=doc.booking,
        )

    def company_or_blank(self) -> Company:
        return self.company if self.company is not None else Company()

    def require_shipment(self, kind: DocumentKind) -> tuple[Shipment, Company]:
        if self.shipment is None:
            raise DocumentError("documents.needs_shipment", doc=kind.value)
        return self.shipment, self.company_or_blank()

    def the_declarations(self) -> list[ExportDeclaration]:
        if self.declarations:
            return list(self.declarations)
        shipment, company = self.require_shipment(DocumentKind.DECLARATION)
        return derive_declarations(shipment, company, self.agent, self.today)

    def the_booking(self, kind: DocumentKind) -> RailSeaBooking:
        if self.booking is not None:
            return self.booking
        if self.shipment is None:
            raise DocumentError("documents.needs_booking", doc=kind.value)
        first = self.declarations[0] if self.declarations else None
        return derive_booking(self.shipment, first, company=self.company, agent=self.agent)
