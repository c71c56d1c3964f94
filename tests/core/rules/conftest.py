"""The valid baseline of the rule tests: the motorcycle-parts sample and what derives from it."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.derive import derive_booking, derive_declarations
from desktop.core.model.exchange import ExchangeDocument, read
from desktop.core.model.master import Company
from desktop.core.model.shipment import Shipment
from tests.conftest import SAMPLES

TODAY = date(2026, 11, 30)
SAMPLE = SAMPLES / "motorcycle-parts-chongqing-haiphong.json"


def sample() -> ExchangeDocument:
    return read(SAMPLE)


def baseline_shipment() -> tuple[Shipment, Company]:
    doc = sample()
    assert doc.shipment is not None and doc.company is not None
    return doc.shipment, doc.company


def baseline_declaration() -> ExportDeclaration:
    shipment, company = baseline_shipment()
    return derive_declarations(shipment, company, today=TODAY)[0]


def baseline_booking() -> RailSeaBooking:
    shipment, company = baseline_shipment()
    booking = derive_booking(shipment, derive_declarations(shipment, company, today=TODAY)[0], company=company)
    booking.service_contract_reference = "SC-BEIBU-2026-01"
    return booking


@pytest.fixture
def decl() -> ExportDeclaration:
    return baseline_declaration()


@pytest.fixture
def booking() -> RailSeaBooking:
    return baseline_booking()


@pytest.fixture
def shipment() -> Shipment:
    return baseline_shipment()[0]


@pytest.fixture
def company() -> Company:
    return baseline_shipment()[1]
