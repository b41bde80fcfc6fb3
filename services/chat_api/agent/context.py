"""What every agent run knows besides the conversation: who is signed in and the services.

It reaches the model node and the tools through LangGraph's runtime context, so a tool can
never be told by the model which customer it acts for.
"""

from __future__ import annotations

from dataclasses import dataclass

import asyncpg

from services.chat_api.refunds import RefundService


@dataclass(frozen=True)
class AgentContext:
    customer_id: int
    pool: asyncpg.Pool
    refunds: RefundService


def thread_id(customer_id: int) -> str:
    """One conversation thread per customer."""
    return f"customer-{customer_id}"
