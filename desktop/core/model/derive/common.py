"""Arithmetic shared by the derivations: money to the cent, and sums that stay unknown while a part is unknown."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def sum_or_none(values: Sequence[Decimal | None]) -> Decimal | None:
    """The sum, or None when there is nothing to add or any value is missing."""
    if not values or any(v is None for v in values):
        return None
    return sum((v for v in values if v is not None), Decimal(0))


def sum_ints_or_none(values: Sequence[int | None]) -> int | None:
    """The sum of counts, or None when there is nothing to add or any count is missing."""
    if not values or any(v is None for v in values):
        return None
    return sum(v for v in values if v is not None)
