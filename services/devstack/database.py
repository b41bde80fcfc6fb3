"""Embedded PostgreSQL for the dev stack: started as a pg_ctl daemon, migrated and seeded."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from services.common.db import create_pool, migrate, seed
from services.common.servers import start_embedded_postgres

log = logging.getLogger(__name__)

# The database the chat API and the worker use, next to the server's own `postgres`.
APP_DATABASE = "refunds"


def database_uri(server_uri: str, name: str) -> str:
    """The server's URI with its database replaced by `name` (the socket host is kept)."""
    parts = urlsplit(server_uri)
    return urlunsplit(parts._replace(path=f"/{name}"))


def postmaster_pid(pg_dir: Path) -> int | None:
    """The running server's process id (first line of `postmaster.pid`), if any."""
    try:
        return int((pg_dir / "postmaster.pid").read_text().splitlines()[0])
    except (OSError, ValueError, IndexError):
        return None


async def _prepare(server_uri: str) -> str:
    conn = await asyncpg.connect(server_uri)
    try:
        exists = await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", APP_DATABASE)
        if not exists:
            await conn.execute(f'CREATE DATABASE "{APP_DATABASE}"')
            log.info("created database", extra={"database": APP_DATABASE})
    finally:
        await conn.close()
    url = database_uri(server_uri, APP_DATABASE)
    pool = await create_pool(url, max_size=2)
    try:
        await migrate(pool)
        async with pool.acquire() as conn:
            if await seed(conn):
                log.info("seeded the demo shop")
    finally:
        await pool.close()
    return url


def start_database(pg_dir: Path) -> str:
    """Start (or attach to) PostgreSQL in `pg_dir`, migrate and seed; return the app's URL."""
    server_uri = start_embedded_postgres(pg_dir)
    log.info("postgresql running", extra={"pid": postmaster_pid(pg_dir)})
    return asyncio.run(_prepare(server_uri))
