"""LangGraph's checkpoint tables (the chat memory): created by the migration job, or by the chat
API only when they are missing, so the chat API can run as a role that may not change the schema
(deploy/postgres/roles.sql)."""

from __future__ import annotations

import asyncio

import asyncpg
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

# Serializes the checkpointer's table set-up between processes starting at the same time.
CHECKPOINT_SETUP_LOCK_KEY = 4_242_003
# How often a process that waits for another's set-up asks for the lock again, in seconds.
LOCK_POLL_SECONDS = 0.1


async def checkpoint_tables_current(conn: asyncpg.Connection) -> bool:
    """True when every LangGraph checkpoint migration has been applied."""
    if await conn.fetchval("SELECT to_regclass('checkpoint_migrations')") is None:
        return False
    applied: int = await conn.fetchval("SELECT coalesce(max(v), -1) FROM checkpoint_migrations")
    return applied >= len(AsyncPostgresSaver.MIGRATIONS) - 1


async def ensure_checkpoint_tables(pool: asyncpg.Pool, checkpointer: AsyncPostgresSaver) -> None:
    """Create or upgrade the checkpoint tables unless they are already current.

    The lock is polled, never waited for inside a statement: LangGraph's set-up runs
    CREATE INDEX CONCURRENTLY, which waits for every open transaction to end, including a
    second process's `pg_advisory_lock` call waiting for the first: a deadlock PostgreSQL does
    not detect (two chat APIs starting on a fresh database hung this way).
    """
    async with pool.acquire() as conn:
        if await checkpoint_tables_current(conn):
            return
        try:
            while True:
                if await conn.fetchval(
                    "SELECT pg_try_advisory_lock($1)", CHECKPOINT_SETUP_LOCK_KEY
                ):
                    break
                await asyncio.sleep(LOCK_POLL_SECONDS)
            if not await checkpoint_tables_current(conn):
                await checkpointer.setup()
        finally:
            # Every session lock of the connection, a poll cut short included: the pool may
            # hand its connections on without resetting them (db.create_pool).
            await conn.execute("SELECT pg_advisory_unlock_all()")


# Tables LangGraph's checkpointer creates for chat memory; emptied by a demo reset.
CHECKPOINT_TABLES = ("checkpoints", "checkpoint_blobs", "checkpoint_writes")


async def clear_checkpoints(conn: asyncpg.Connection) -> None:
    """Empty the chat memory (every thread's checkpoints), skipping tables not created yet."""
    for table in CHECKPOINT_TABLES:
        if await conn.fetchval("SELECT to_regclass($1)", table):
            await conn.execute(f"TRUNCATE {table}")
