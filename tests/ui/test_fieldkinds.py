"""Numbers typed by people in any of the three languages are read as they mean them, never with a dropped comma."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.ui.fieldkinds import from_text, parse_decimal


@pytest.mark.parametrize(
    ("text", "decimal_comma", "expected"),
    [
        ("1234.5", False, Decimal("1234.5")),
        ("1,234.5", False, Decimal("1234.5")),
        ("1,234", False, Decimal("1234")),
        ("12,5", False, Decimal("12.5")),  # cannot be thousands: a decimal comma, not 125
        ("12,5", True, Decimal("12.5")),
        ("1,234", True, Decimal("1.234")),  # Vietnamese: the comma is the decimal point
        ("1.234,5", True, Decimal("1234.5")),
        ("1.234,5", False, Decimal("1234.5")),
        ("1 234,50", True, Decimal("1234.50")),
        ("-3,75", True, Decimal("-3.75")),
        ("1,2,3", False, None),
        ("12,34.5", False, None),
        ("abc", False, None),
        ("NaN", False, None),
        ("Infinity", True, None),
    ],
)
def test_decimal_input(text: str, decimal_comma: bool, expected: Decimal | None) -> None:
    assert parse_decimal(text, decimal_comma) == expected


def test_from_text_keeps_the_meaning_of_a_decimal_comma() -> None:
    assert from_text("decimal", " 12,5 ", decimal_comma=True) == Decimal("12.5")
    assert from_text("decimal", "", decimal_comma=True) is None
    assert from_text("int", "42") == 42
