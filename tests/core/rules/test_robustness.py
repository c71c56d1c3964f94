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


def test_figures_past_what_a_decimal_holds_give_no_plausibility_crash() -> None:
    # Found by test_shipments: a volume of 1E-999999 under a mass of 1E+999999 overflowed the density division.
    from decimal import Decimal

    from tests.core.rules.conftest import TODAY, baseline_shipment

    shipment, company = baseline_shipment()
    huge, tiny = Decimal("9E+999999"), Decimal("1E-999999")
    goods = [line.model_copy(update={"gross_weight": huge, "volume_m3": tiny}) for line in shipment.goods]
    boxes = [box.model_copy(update={"goods_lines": [1, 1]}) for box in shipment.containers]
    for edited in (
        shipment.model_copy(update={"goods": goods}),
        shipment.model_copy(update={"goods": goods + goods, "containers": boxes}),
        shipment.model_copy(update={"gross_weight": huge, "containers": [b.model_copy(update={"goods_lines": []})
                                                                         for b in shipment.containers]}),
    ):
        _sane(check_shipment(edited, company, TODAY))
