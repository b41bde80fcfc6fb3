"""LangGraph's checkpoint tables (the chat memory): created by the migration job, or by the chat
API only when they are missing, so the chat API can run as a role that may not change the schema
(deploy/postgres/roles.sql)."""

from __future__ import annotations

import asyncpg
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

# Serializes the checkpointer's table set-up between processes starting at the same time.
CHECKPOINT_SETUP_LOCK_KEY = 4_242_003


async def checkpoint_tables_current(conn: asyncpg.Connection) -> bool:
    """True when every LangGraph checkpoint migration has been applied."""
    if await conn.fetchval("SELECT to_regclass('checkpoint_migrations')") is None:
        return False
    applied: int = await conn.fetchval("SELECT coalesce(max(v), -1) FROM checkpoint_migrations")
    return applied >= len(AsyncPostgresSaver.MIGRATIONS) - 1


async def ensure_checkpoint_tables(pool: asyncpg.Pool, checkpointer: AsyncPostgresSaver) -> None:
    """Create or upgrade the checkpoint tables unless they are already current."""
    async with pool.acquire() as conn:
        if await checkpoint_tables_current(conn):
            return
        await conn.execute("SELECT pg_advisory_lock($1)", CHECKPOINT_SETUP_LOCK_KEY)
        try:
            await checkpointer.setup()
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1)", CHECKPOINT_SETUP_LOCK_KEY)
