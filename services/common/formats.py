"""Limits and display formats that every process shares, so they are defined once.

- `MAX_ID`: the largest order or customer id (PostgreSQL `integer`); a larger id in a request
  is refused with a 422 instead of reaching the database as an overflow.
- `MAX_NOTE_CHARS`: the longest reason or note a person types into a request.
- `long_date` / `long_timestamp`: how dates read in sentences, pages and emails
  ("November 24, 2026", "November 24, 2026 at 14:05 UTC"). The browser pages format dates
  with `day`/`when` in frontend/assets/common.js.
- `Money`: an amount in a JSON document: a string with two decimals ("1299.99").
- `Timestamp`: a time in a JSON document (the API's answers, the graph state): ISO 8601 with
  its zone, as `isoformat()` writes it ("2026-11-24T14:05:00.123456+00:00").
- `order_label`: how a sentence names one order: "order 2 (Wireless Headphones, $89.99)".
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated

from pydantic import PlainSerializer, WithJsonSchema

from services.common.money import api_amount, display_amount

# PostgreSQL `integer` columns hold ids up to 2**31 - 1.
MAX_ID = 2**31 - 1
# The longest refund reason or reviewer/admin note (characters), however it arrives: typed into
# a request, given by a model to the refund tool, or gathered by the offline model. The review
# page's note field uses it, the admin page's (frontend/assets/admin.js) carries the same number.
MAX_NOTE_CHARS = 1000

LONG_DATE = "%B %-d, %Y"
LONG_TIMESTAMP = "%B %-d, %Y at %H:%M UTC"


def long_date(value: dt.date | None) -> str:
    """A date as people read it: "November 24, 2026" ("" for none)."""
    return value.strftime(LONG_DATE) if value else ""


def long_timestamp(value: dt.datetime | None) -> str:
    """A UTC timestamp as people read it: "November 24, 2026 at 14:05 UTC" ("" for none)."""
    return value.strftime(LONG_TIMESTAMP) if value else ""


def order_label(order_id: int, item: str, amount: str | Decimal) -> str:
    """How a sentence names one order: "order 2 (Wireless Headphones, $89.99)"."""
    return f"order {order_id} ({item}, {display_amount(Decimal(amount))})"


Timestamp = Annotated[
    dt.datetime,
    PlainSerializer(lambda t: t.isoformat(), return_type=str, when_used="json"),
    WithJsonSchema(
        {"type": "string", "format": "date-time", "description": "An ISO 8601 time with its zone."}
    ),
]

Money = Annotated[
    Decimal,
    PlainSerializer(api_amount, return_type=str, when_used="json"),
    WithJsonSchema(
        {
            "type": "string",
            "description": 'A decimal amount as a string, e.g. "89.99".',
            "examples": ["89.99"],
        }
    ),
]
