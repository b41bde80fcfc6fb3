"""PostgreSQL: the connection pool, migrations and the demo seed."""

from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from pathlib import Path
from typing import Any, TypedDict

import asyncpg

from services.common.config import Settings

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Any constant works; it keeps two processes from migrating at the same time.
MIGRATION_LOCK_KEY = 4_242_001
# Held by a demo reset for its whole transaction, and shared by a chat history request while it
# reads the chat memory and records its lines: lines read before a reset are never written
# back after it.
DEMO_RESET_LOCK_KEY = 7_400_219_104
# A migration (and the wait for another process's) may outlast the pool's command timeout.
MIGRATION_TIMEOUT_SECONDS = 600.0


# Defaults of the pool's timeouts, in seconds (Settings.db_*_timeout_seconds set them per process).
CONNECT_TIMEOUT_SECONDS = 3.0
COMMAND_TIMEOUT_SECONDS = 5.0
ACQUIRE_TIMEOUT_SECONDS = 3.0


class BoundedPool(asyncpg.Pool):  # type: ignore[misc]
    """An asyncpg pool whose `acquire` (and so `fetch`, `execute`, ...) gives up after a set
    time instead of waiting forever for a connection when PostgreSQL is gone."""

    acquire_timeout: float = ACQUIRE_TIMEOUT_SECONDS

    def acquire(self, *, timeout: float | None = None) -> Any:
        return super().acquire(timeout=self.acquire_timeout if timeout is None else timeout)


class PoolTimeouts(TypedDict):
    connect_timeout: float
    command_timeout: float
    acquire_timeout: float


def pool_timeouts(settings: Settings) -> PoolTimeouts:
    """The pool timeouts of `settings`, as keyword arguments of `create_pool`."""
    return PoolTimeouts(
        connect_timeout=settings.db_connect_timeout_seconds,
        command_timeout=settings.db_command_timeout_seconds,
        acquire_timeout=settings.db_acquire_timeout_seconds,
    )


async def create_pool(
    database_url: str,
    *,
    min_size: int = 1,
    max_size: int = 10,
    connect_timeout: float = CONNECT_TIMEOUT_SECONDS,
    command_timeout: float | None = COMMAND_TIMEOUT_SECONDS,
    acquire_timeout: float = ACQUIRE_TIMEOUT_SECONDS,
    reset_sessions: bool = True,
) -> asyncpg.Pool:
    """A pool whose connections return `numeric` as Decimal and `jsonb` as Python values, and
    whose connects, statements and acquires time out (None: statements may run unbounded).

    asyncpg resets a connection's session when it goes back to the pool (advisory locks, SET,
    LISTEN, cursors): one more round trip after every statement run on the pool. With
    `reset_sessions=False` that is skipped, for pools whose users leave no session state
    behind (statements and transactions only; a transaction left open is still rolled back).
    """

    async def init(conn: asyncpg.Connection) -> None:
        import json

        await conn.set_type_codec(
            "jsonb", encoder=json.dumps, decoder=json.loads, schema="pg_catalog"
        )

    pool = BoundedPool(
        database_url,
        connection_class=asyncpg.Connection,
        record_class=asyncpg.Record,
        min_size=min_size,
        max_size=max_size,
        max_queries=50_000,
        max_inactive_connection_lifetime=300.0,
        init=init,
        loop=None,
        timeout=connect_timeout,
        command_timeout=command_timeout,
        reset=None if reset_sessions else _keep_session,
    )
    pool.acquire_timeout = acquire_timeout
    await pool
    return pool


async def _keep_session(conn: asyncpg.Connection) -> None:
    """A pool's reset that sends nothing: its users leave no session state (see create_pool)."""


async def migrate(pool: asyncpg.Pool) -> list[str]:
    """Apply the SQL files of `migrations/` not applied yet, in name order; return their names."""
    applied: list[str] = []
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(
            "SELECT pg_advisory_xact_lock($1)",
            MIGRATION_LOCK_KEY,
            timeout=MIGRATION_TIMEOUT_SECONDS,
        )
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())"
        )
        done = {r["name"] for r in await conn.fetch("SELECT name FROM schema_migrations")}
        for path in sorted(MIGRATIONS_DIR.glob("*.sql")):
            if path.name in done:
                continue
            await conn.execute(path.read_text(), timeout=MIGRATION_TIMEOUT_SECONDS)
            await conn.execute("INSERT INTO schema_migrations (name) VALUES ($1)", path.name)
            applied.append(path.name)
    for name in applied:
        log.info("applied migration %s", name)
    return applied


# The demo shop. Customer 1's five orders are the ones the product is shown with.
DEMO_CUSTOMERS: list[tuple[int, str, str]] = [
    (1, "Alice Johnson", "alice@example.com"),
    (2, "Bob Smith", "bob@example.com"),
    (3, "Carmen Diaz", "carmen@example.com"),
    (4, "Deepak Rao", "deepak@example.com"),
    (5, "Eve Martin", "eve@example.com"),
]
# (order id, customer id, item, days before today, price)
DEMO_PURCHASES: list[tuple[int, int, str, int, str]] = [
    (1, 1, "Laptop Pro X1", 0, "1299.99"),
    (2, 1, "Wireless Headphones", 1, "89.99"),
    (3, 1, "Samsung QLED 4K TV", 2, "1199.99"),
    (4, 1, "Smart Watch Series 5", 3, "349.99"),
    (5, 1, "Phone Case", 4, "19.99"),
    (6, 2, "Espresso Machine", 2, "1499.00"),
    (7, 2, "Coffee Grinder", 5, "129.50"),
    (8, 3, "Mountain Bike", 1, "2199.00"),
    (9, 3, "Bike Helmet", 1, "74.99"),
    (10, 4, "Gaming Console", 6, "499.99"),
    (11, 4, "4K Projector", 3, "1850.00"),
    (12, 5, "Standing Desk", 8, "649.00"),
    (13, 5, "Office Chair", 8, "1049.00"),
]


async def seed(conn: asyncpg.Connection, *, today: dt.date | None = None) -> bool:
    """Insert the demo customers and orders unless customers exist; True when it seeded."""
    if await conn.fetchval("SELECT EXISTS (SELECT 1 FROM customers)"):
        return False
    today = today or dt.date.today()
    await conn.executemany(
        "INSERT INTO customers (id, name, email) VALUES ($1, $2, $3)", DEMO_CUSTOMERS
    )
    rows: list[tuple[Any, ...]] = [
        (oid, cid, item, today - dt.timedelta(days=days), Decimal(price))
        for oid, cid, item, days, price in DEMO_PURCHASES
    ]
    await conn.executemany(
        "INSERT INTO purchases (order_id, customer_id, item, order_date, price)"
        " VALUES ($1, $2, $3, $4, $5)",
        rows,
    )
    # Identity columns were given explicit ids: move their sequences past them.
    await conn.execute(
        "SELECT setval(pg_get_serial_sequence('customers', 'id'), (SELECT max(id) FROM customers))"
    )
    await conn.execute(
        "SELECT setval(pg_get_serial_sequence('purchases', 'order_id'),"
        " (SELECT max(order_id) FROM purchases))"
    )
    return True


async def reset_demo(conn: asyncpg.Connection) -> None:
    """Demo data back to its seed state: the tables emptied, then seeded again (dev only).
    The audit trail is append-only and keeps its events; the caller records the reset."""
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock($1)", DEMO_RESET_LOCK_KEY)
        await conn.execute(
            "TRUNCATE refunds, notices, outbox_emails, purchases, customers"
            " RESTART IDENTITY CASCADE"
        )
        await seed(conn)


async def ping(pool: asyncpg.Pool) -> None:
    """One round trip to PostgreSQL (readiness): raises when the database does not answer."""
    await pool.fetchval("SELECT 1")
