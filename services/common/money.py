"""Money as people read it and as the API carries it."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

CURRENCY = "USD"
CENT = Decimal("0.01")


def api_amount(value: Decimal) -> str:
    """The API's money: a string with two decimals, e.g. "1299.99"."""
    return str(value.quantize(CENT, rounding=ROUND_HALF_UP))


def display_amount(value: Decimal) -> str:
    """Money for a sentence: "$1,299.99"."""
    return f"${value.quantize(CENT, rounding=ROUND_HALF_UP):,.2f}"
