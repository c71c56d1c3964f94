"""The rule engine never raises, whatever (type-correct) values a document holds."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.model.booking import RailSeaBooking
from desktop.core.model.declaration import ExportDeclaration
from desktop.core.model.master import Company
from desktop.core.model.shipment import Shipment
from desktop.core.rules import (
    Issue,
    Severity,
    check_booking,
    check_company,
    check_declaration,
    check_shipment,
    message,
)
from tests.core.rules.strategies import models

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TODAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1))


def _sane(issues: list[Issue]) -> None:
    for issue in issues:
        assert isinstance(issue.severity, Severity)
        assert issue.rule_id and isinstance(issue.field_path, str)
        assert message(issue, "vi")


@SETTINGS
@given(models(ExportDeclaration), TODAYS)
def test_declarations(decl: ExportDeclaration, today: date) -> None:
    _sane(check_declaration(decl, today))


@SETTINGS
@given(models(RailSeaBooking), TODAYS)
def test_bookings(booking: RailSeaBooking, today: date) -> None:
    _sane(check_booking(booking, today))


@SETTINGS
@given(models(Shipment), st.one_of(st.none(), models(Company)), TODAYS)
def test_shipments(shipment: Shipment, company: Company | None, today: date) -> None:
    _sane(check_shipment(shipment, company, today))


@SETTINGS
@given(models(Company))
def test_companies(company: Company) -> None:
    _sane(check_company(company))
