"""What every agent run knows besides the conversation: who is signed in and the services.

It reaches the model node and the tools through LangGraph's runtime context, so a tool can
never be told by the model which customer it acts for.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

import asyncpg

from services.chat_api.refunds import RefundService
from services.common.clock import Clock, utc_now


@dataclass(frozen=True)
class AgentContext:
    customer_id: int
    pool: asyncpg.Pool
    refunds: RefundService
    # Refund proposals: above this amount a person reviews; they wait this long for a yes.
    review_threshold: Decimal = Decimal("1000")
    proposal_ttl_seconds: int = 900
    # What time it is: proposals expire by it, messages are stamped with it.
    clock: Clock = field(default=utc_now)


def thread_id(customer_id: int) -> str:
    """One conversation thread per customer."""
    return f"customer-{customer_id}"
