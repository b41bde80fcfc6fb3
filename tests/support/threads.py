"""A customer's chat thread held as another chat API process would hold it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg

from services.chat_api.agent.thread_lock import LOCK_CLASS


@asynccontextmanager
async def thread_held_elsewhere(pool: asyncpg.Pool, customer_id: int) -> AsyncIterator[None]:
    """The thread's advisory lock, taken on a connection of the test's own for the block: the
    customer's turns wait for it as for a turn running in another process."""
    async with pool.acquire() as other_process:
        await other_process.execute("SELECT pg_advisory_lock($1, $2)", LOCK_CLASS, customer_id)
        try:
            yield
        finally:
            await other_process.execute(
                "SELECT pg_advisory_unlock($1, $2)", LOCK_CLASS, customer_id
            )
