"""Prepare a real deployment: `python -m services.migrate`.

Applies the SQL migrations and LangGraph's checkpoint tables to DATABASE_URL (connect as the
role that owns the schema) and registers the refunds' search attributes in TEMPORAL_NAMESPACE.
Both steps are idempotent, so it can run before every deploy (docker-compose runs it as the
one-shot `migrate` service). `make dev` does the same for its
embedded servers; this entry point is for an external PostgreSQL and Temporal cluster and reads
its configuration through Settings like the worker and the chat API (production rules included).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import asyncpg
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from temporalio.client import Client

from services.common.checkpoints import ensure_checkpoint_tables
from services.common.config import Settings
from services.common.db import create_pool, migrate, seed
from services.common.logs import setup_logging
from services.common.temporal import connect_temporal, ensure_search_attributes

log = logging.getLogger(__name__)
T = TypeVar("T")

# How long to wait for PostgreSQL and Temporal to accept connections, in seconds: in a fresh
# compose project both are still starting when this runs.
CONNECT_WITHIN_SECONDS = 120.0
RETRY_EVERY_SECONDS = 2.0


async def _with_retries(what: str, connect: Callable[[], Awaitable[T]]) -> T:
    deadline = time.monotonic() + CONNECT_WITHIN_SECONDS
    while True:
        try:
            return await connect()
        except Exception as exc:  # refused, DNS not ready, server still starting
            if time.monotonic() > deadline:
                raise
            log.info("%s not reachable yet (%s); retrying", what, type(exc).__name__)
            await asyncio.sleep(RETRY_EVERY_SECONDS)


async def migrate_database(settings: Settings, *, with_demo_data: bool) -> None:
    pool: asyncpg.Pool = await _with_retries(
        "PostgreSQL", lambda: create_pool(settings.database_url, max_size=2)
    )
    try:
        applied = await migrate(pool)
        # LangGraph's chat-memory tables too: the chat API's role may not create tables.
        async with AsyncPostgresSaver.from_conn_string(settings.database_url) as saver:
            await ensure_checkpoint_tables(pool, saver)
        log.info("database migrated", extra={"applied": len(applied)})
        if with_demo_data:
            async with pool.acquire() as conn:
                seeded = await seed(conn)
            log.info("demo data %s", "inserted" if seeded else "already present")
    finally:
        await pool.close()


async def register_search_attributes(settings: Settings) -> list[str]:
    """Register every refund search attribute the namespace lacks (`OrderId`, `RefundStatus`,
    ...); returns the names it added. Workers need them all: Temporal terminates a run that
    upserts an unregistered one."""
    client: Client = await _with_retries("Temporal", lambda: connect_temporal(settings))
    namespace = settings.temporal_namespace
    added = await ensure_search_attributes(client, namespace)
    log.info("search attributes registered", extra={"added": added, "namespace": namespace})
    return added


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m services.migrate",
        description="Apply database migrations and register Temporal search attributes.",
    )
    parser.add_argument(
        "--demo-data",
        action="store_true",
        help="also insert the demo customers and orders when the database has none",
    )
    args = parser.parse_args()
    settings = Settings()
    setup_logging(json_lines=settings.json_logs)

    async def run() -> None:
        await migrate_database(settings, with_demo_data=args.demo_data)
        await register_search_attributes(settings)

    asyncio.run(run())


if __name__ == "__main__":
    main()
