"""A per-customer limit on chat turns, shared by every chat API process through PostgreSQL.

The generic cell rate algorithm in one row per customer (`chat_rate_limits.tat`, the
theoretical arrival time of the next turn): a customer may send `CHAT_TURNS_PER_MINUTE` turns
in a burst, then one every 60/limit seconds. A refused turn answers 429 with Retry-After and
changes nothing. One atomic statement decides, so two processes cannot both let a turn slip.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Annotated

import asyncpg
from fastapi import Depends, HTTPException, status

from services.chat_api.deps import CustomerDep, StateDep
from services.chat_api.metrics import CHAT_TURNS_REFUSED

WINDOW = dt.timedelta(minutes=1)

# Admit when the customer's backlog (tat - now) leaves room for one more turn; then push tat.
_ADMIT_SQL = """
INSERT INTO chat_rate_limits AS r (customer_id, tat)
VALUES ($1, clock_timestamp() + $2::interval)
ON CONFLICT (customer_id) DO UPDATE
    SET tat = greatest(r.tat, clock_timestamp()) + $2::interval
    WHERE greatest(r.tat, clock_timestamp()) - clock_timestamp() <= $3::interval
RETURNING tat
"""
_WAIT_SQL = """
SELECT extract(epoch FROM greatest(tat, clock_timestamp()) - clock_timestamp() - $2::interval)
FROM chat_rate_limits WHERE customer_id = $1
"""


async def admit(pool: asyncpg.Pool, customer_id: int, per_minute: int) -> float | None:
    """None when the turn may run (and is counted); else the seconds to wait."""
    if per_minute <= 0:
        return None
    interval = WINDOW / per_minute
    slack = WINDOW - interval
    if await pool.fetchval(_ADMIT_SQL, customer_id, interval, slack) is not None:
        return None
    wait = await pool.fetchval(_WAIT_SQL, customer_id, slack)
    return max(0.0, float(wait or 0))


async def limit_chat_turns(customer_id: CustomerDep, state: StateDep) -> None:
    """FastAPI dependency for the routes that start a chat turn: 429 past the limit."""
    per_minute = state.settings.chat_turns_per_minute
    wait = await admit(state.pool, customer_id, per_minute)
    if wait is None:
        return
    CHAT_TURNS_REFUSED.labels(reason="rate_limited").inc()
    seconds = max(1, math.ceil(wait))
    raise HTTPException(
        status.HTTP_429_TOO_MANY_REQUESTS,
        f"You are sending messages faster than {per_minute} a minute; please wait"
        f" {seconds} second{'s' if seconds != 1 else ''} and send it again.",
        headers={"Retry-After": str(seconds)},
    )


ChatRateLimit = Annotated[None, Depends(limit_chat_turns)]
