"""The payment gateway interface and its default: the PostgreSQL ledger itself.

A gateway is called with an idempotency key (the workflow id): calling it twice with the same
key pays once and returns the same reference. A real provider plugs in behind `PaymentGateway`.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Protocol

from temporalio import activity

# How often a long payment tells Temporal it is still alive, in seconds. A dead worker is
# noticed within the activity's heartbeat timeout instead of its whole start-to-close.
HEARTBEAT_EVERY_SECONDS = 0.5


class PaymentGateway(Protocol):
    async def pay(self, *, idempotency_key: str, order_id: int, amount: Decimal) -> str:
        """Move the money; return the provider's reference for this key."""
        ...


class LedgerGateway:
    """Pays by booking the refund in our ledger; `delay_seconds` simulates processing time.

    The booking itself happens in the settle transaction (the ledger's unique keys are the
    guard), so here only the processing time passes and the reference is derived from the key.
    """

    def __init__(self, delay_seconds: float = 0.0) -> None:
        self._delay = delay_seconds

    async def pay(self, *, idempotency_key: str, order_id: int, amount: Decimal) -> str:
        remaining = self._delay
        while remaining > 0:
            step = min(HEARTBEAT_EVERY_SECONDS, remaining)
            await asyncio.sleep(step)
            remaining -= step
            if activity.in_activity():
                activity.heartbeat()
        return f"ledger:{idempotency_key}"
