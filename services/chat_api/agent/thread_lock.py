"""One turn at a time per customer thread, across every chat API process.

An `asyncio.Lock` per customer keeps one process's turns in order; behind a load balancer
that is not enough, so the turn also holds a PostgreSQL advisory lock keyed by the customer
(`pg_advisory_lock(LOCK_CLASS, customer_id)`) on a dedicated connection for its whole length.
A turn waits a bounded time for both; past it, `ThreadBusy` (the chat API answers 503 with
Retry-After). At most `max_turns` turns of one customer are running or waiting in a process;
one more is refused at once, so a customer's waiters cannot pile up (0: no bound). If the
process dies, PostgreSQL ends its session and the lock goes with it.
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import asyncpg

from services.chat_api.counting import Full, InProgress
from services.chat_api.metrics import CHAT_TURNS_REFUSED

log = logging.getLogger(__name__)

# The first key of the two-key advisory lock: "chat threads" (the second is the customer id).
LOCK_CLASS = 4_242_004
TRY_LOCK_SQL = "SELECT pg_try_advisory_lock($1, $2)"
UNLOCK_SQL = "SELECT pg_advisory_unlock($1, $2)"


class ThreadBusy(Exception):
    """The customer's previous turn did not finish within the wait, or too many wait."""


class TurnLocks:
    """Per-customer turn locks: in-process always, PostgreSQL too once `open` is called."""

    def __init__(
        self, wait_seconds: float = 30.0, connections: int = 10, max_turns: int = 0
    ) -> None:
        self._wait = wait_seconds
        self._connections = connections
        self._local: weakref.WeakValueDictionary[int, asyncio.Lock] = weakref.WeakValueDictionary()
        # Turns running or waiting, by customer.
        self.turns = InProgress(max_turns)
        self._pool: asyncpg.Pool | None = None

    async def open(self, database_url: str) -> None:
        """Take advisory locks from now on, on connections of their own (opened on demand,
        at most `connections`: more turns at once wait for one, within the same wait). A
        connection goes back to the pool holding no lock (`_advisory` unlocks, or ends it), so
        the pool sends nothing when it takes one back."""
        self._pool = await asyncpg.create_pool(
            dsn=database_url, min_size=0, max_size=self._connections, reset=_unlocked
        )

    async def close(self) -> None:
        pool, self._pool = self._pool, None
        if pool is not None:
            await pool.close()

    def _lock(self, customer_id: int) -> asyncio.Lock:
        lock = self._local.get(customer_id)
        if lock is None:
            lock = asyncio.Lock()
            self._local[customer_id] = lock
        return lock

    def refuse_if_full(self, customer_id: int) -> None:
        """ThreadBusy now, as `hold` would answer at once, when `max_turns` of the customer's
        turns already run or wait here (no I/O: a request can be refused before any)."""
        if self.turns.full(customer_id):
            raise self._busy(customer_id, "too many turns waiting")

    @asynccontextmanager
    async def hold(self, customer_id: int) -> AsyncIterator[None]:
        """Run the body as the customer's only turn anywhere; ThreadBusy past the wait, or at
        once when `max_turns` of the customer's turns already run or wait here."""
        try:
            self.turns.enter(customer_id)
        except Full:
            raise self._busy(customer_id, "too many turns waiting") from None
        try:
            async with self._hold(customer_id):
                yield
        finally:
            self.turns.leave(customer_id)

    @asynccontextmanager
    async def _hold(self, customer_id: int) -> AsyncIterator[None]:
        deadline = time.monotonic() + self._wait
        local = self._lock(customer_id)
        try:
            async with asyncio.timeout(self._wait):
                await local.acquire()
        except TimeoutError:
            raise self._busy(customer_id, "in this process") from None
        try:
            if self._pool is None:
                yield
                return
            async with self._advisory(customer_id, deadline):
                yield
        finally:
            local.release()

    @asynccontextmanager
    async def _advisory(self, customer_id: int, deadline: float) -> AsyncIterator[None]:
        assert self._pool is not None
        try:
            conn = await self._pool.acquire(timeout=max(0.1, deadline - time.monotonic()))
        except TimeoutError:
            raise self._busy(customer_id, "no lock connection free") from None
        unlocked = False
        try:
            # One round trip when the thread is free (the usual case); else a bounded wait.
            if not await conn.fetchval(TRY_LOCK_SQL, LOCK_CLASS, customer_id):
                await self._wait_for(conn, customer_id, deadline)
            try:
                yield
            finally:
                unlocked = bool(await conn.fetchval(UNLOCK_SQL, LOCK_CLASS, customer_id))
        finally:
            if not unlocked:
                # Whatever this session may hold (a wait or an unlock cut short) ends with it.
                conn.terminate()
            await self._pool.release(conn)

    async def _wait_for(self, conn: asyncpg.Connection, customer_id: int, deadline: float) -> None:
        """Wait for the thread's lock, held by a turn in another process, until `deadline`."""
        wait_ms = max(1, int((deadline - time.monotonic()) * 1000))
        # lock_timeout bounds the wait on the advisory lock itself (55P03 past it); it is set
        # before every wait, so the session's value left from an earlier one never matters.
        await conn.execute(f"SET lock_timeout = {wait_ms}")
        try:
            await conn.execute("SELECT pg_advisory_lock($1, $2)", LOCK_CLASS, customer_id)
        except asyncpg.LockNotAvailableError:
            raise self._busy(customer_id, "in another process") from None

    @staticmethod
    def _busy(customer_id: int, where: str) -> ThreadBusy:
        CHAT_TURNS_REFUSED.labels(reason="thread_busy").inc()
        log.warning(
            "chat turn refused: the previous turn is still running (%s)",
            where,
            extra={"customer_id": customer_id},
        )
        return ThreadBusy()


async def _unlocked(conn: asyncpg.Connection) -> None:
    """The lock pool's reset: nothing to send, a connection comes back holding no lock."""
