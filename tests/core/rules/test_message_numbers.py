"""Numbers in rule messages are written the way the message's language writes them; codes are left alone."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from desktop.core import rules
from desktop.core.model.shipment import Container, GoodsLine, Shipment


def _heavy_box() -> Shipment:
    return Shipment(
        company_id="c",
        gross_weight=Decimal("42240"),
        goods=[GoodsLine(commodity_code="6907219000", gross_weight=Decimal("42240"))],
        containers=[Container(number="TGHU8742153", size_type="45G1", goods_lines=[1])],
    )


def test_weights_grouped_by_language() -> None:
    found = [i for i in rules.check_shipment(_heavy_box(), today=date(2026, 12, 1))
             if i.rule_id == "shipment.container_payload"]
    assert found, "42,240 kg in one 40 ft high cube is flagged"
    assert rules.message(found[0], "en").startswith("42,240 kg of cargo in one 45G1 container")
    assert rules.message(found[0], "vi").startswith("42.240")
    assert "42,240" in rules.message(found[0], "zh_CN")
    assert found[0].params["mass"] == "42240"  # the parameter itself stays canonical


def test_codes_and_small_numbers_stay_as_they_are() -> None:
    from desktop.core.i18n import format_number

    assert format_number("-1234567.50", "vi") == "-1.234.567,50"
    assert format_number("1234567.50", "zh_CN") == "1,234,567.50"
    assert format_number("999", "vi") == "999" and format_number("0.125", "vi") == "0,125"
    assert format_number("22G1", "vi") == "22G1" and format_number("1e5", "en") == "1e5"
    issue = rules.Issue("shipment.not_positive", "goods.0.quantity", rules.Severity.ERROR, {"value": "6907219000"})
    assert "6907219000" in rules.message(issue, "vi")  # a plain string (a code) is never grouped
