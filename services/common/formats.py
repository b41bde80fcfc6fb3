"""Limits and display formats that every process shares, so they are defined once.

- `MAX_ID`: the largest order or customer id (PostgreSQL `integer`); a larger id in a request
  is refused with a 422 instead of reaching the database as an overflow.
- `MAX_NOTE_CHARS`: the longest reason or note a person types into a request.
- `long_date` / `long_timestamp`: how dates read in sentences, pages and emails
  ("November 24, 2026", "November 24, 2026 at 14:05 UTC"). The browser pages format dates
  with `day`/`when` in frontend/assets/common.js.
"""

from __future__ import annotations

import datetime as dt

# PostgreSQL `integer` columns hold ids up to 2**31 - 1.
MAX_ID = 2**31 - 1
# The longest refund reason or reviewer/admin note a person may type (characters); the review
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
