"""Customer sessions, kept in PostgreSQL (`customer_sessions`) so the server can end them.

The cookie holds a random id; the table holds its HMAC. A session ends at the first of:
sign-out (its row is deleted), its absolute end (`expires_at`: the lifetime from sign-in, or
earlier the shop token's `exp`; no request ever extends it), or SESSION_IDLE_SECONDS without a
request. Checking a session is one primary-key read; the idle clock is written at most once a
minute per session. Every sign-in makes a new id (the old one stops working), a customer keeps
at most SESSION_MAX_PER_CUSTOMER, and ended rows are purged.

A process remembers a row it read for SESSION_CHECK_CACHE_SECONDS (1 s; 0 turns it off), and
concurrent requests with the same cookie share one read, so a client that sends many requests
at once costs one database read, not one each. Sign-out in this process forgets the row at
once; a sign-out in another chat API process takes effect here within that time. The memory
holds at most SESSION_CACHE_ENTRIES rows (oldest dropped first).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
import logging
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass

import asyncpg
from starlette.responses import Response

from services.common.clock import Clock, utc_now
from services.common.config import Settings

log = logging.getLogger(__name__)

SESSION_COOKIE = "rr_session"
# The ASGI scope key of a request's session once checked (gate.py checks it early). In the
# request's own scope, never in `scope["state"]`, which a server may share between requests.
CHECKED_SESSION = "reliable_refunds.checked_session"
ID_BYTES = 32  # random bytes in a session id (it is 43 characters in the cookie)
MAX_ID_CHARS = 64  # a longer cookie value is not one of ours: no database read for it
# The idle clock (`last_seen_at`) is written only when it is older than this.
TOUCH_AFTER = dt.timedelta(seconds=60)
PURGE_BATCH_ROWS = 1000
# Rows remembered by one process at most (a few hundred bytes each).
SESSION_CACHE_ENTRIES = 10_000


@dataclass(frozen=True)
class Session:
    customer_id: int
    expires_at: dt.datetime  # the absolute end; idleness may end it sooner


@dataclass(frozen=True)
class _Row:
    """A session row as read, and when (monotonic seconds) it was read."""

    customer_id: int
    last_seen_at: dt.datetime
    expires_at: dt.datetime
    read_at: float


@dataclass(frozen=True)
class Started:
    session_id: str  # goes into the cookie, and nowhere else
    session: Session


_SELECT = "SELECT customer_id, last_seen_at, expires_at FROM customer_sessions WHERE id_hash = $1"
_TOUCH = "UPDATE customer_sessions SET last_seen_at = $2 WHERE id_hash = $1 AND last_seen_at < $2"
_INSERT = (
    "INSERT INTO customer_sessions (id_hash, customer_id, created_at, last_seen_at, expires_at)"
    " VALUES ($1, $2, $3, $3, $4)"
)
_DELETE = "DELETE FROM customer_sessions WHERE id_hash = $1"
_KEEP_NEWEST = (
    "DELETE FROM customer_sessions WHERE id_hash IN (SELECT id_hash FROM customer_sessions"
    " WHERE customer_id = $1 ORDER BY created_at DESC OFFSET $2)"
)
_PURGE = (
    "DELETE FROM customer_sessions WHERE id_hash IN (SELECT id_hash FROM customer_sessions"
    " WHERE expires_at <= $1 OR last_seen_at <= $2 LIMIT $3)"
)


class SessionStore:
    """Starts, checks, ends and purges customer sessions; `clock` is injectable for tests."""

    def __init__(self, pool: asyncpg.Pool, settings: Settings, clock: Clock = utc_now) -> None:
        self._pool = pool
        self._secret = settings.session_secret.get_secret_value().encode()
        self.lifetime = dt.timedelta(seconds=settings.session_lifetime_seconds)
        self.idle = dt.timedelta(seconds=settings.session_idle_seconds)
        self.max_per_customer = settings.session_max_per_customer
        self.clock = clock
        self._cache_seconds = settings.session_check_cache_seconds
        self._rows: OrderedDict[bytes, _Row | None] = OrderedDict()
        self._reading: dict[bytes, asyncio.Future[_Row | None]] = {}

    def _key(self, session_id: str) -> bytes:
        """What the table stores for a session id: its HMAC-SHA256 under SESSION_SECRET."""
        raw = session_id.encode("utf-8", "surrogateescape")
        return hmac.new(self._secret, raw, hashlib.sha256).digest()

    async def start(
        self, customer_id: int, *, ends_by: dt.datetime | None = None, replacing: str | None = None
    ) -> Started:
        """A new session for `customer_id`, ending at its lifetime or `ends_by` if sooner; the
        session `replacing` names (this browser's previous one) ends now."""
        now = self.clock()
        expires_at = now + self.lifetime if ends_by is None else min(now + self.lifetime, ends_by)
        session_id = secrets.token_urlsafe(ID_BYTES)
        if replacing:
            self._forget(self._key(replacing))
        async with self._pool.acquire() as conn, conn.transaction():
            if replacing:
                await conn.execute(_DELETE, self._key(replacing))
            await conn.execute(_INSERT, self._key(session_id), customer_id, now, expires_at)
            await conn.execute(_KEEP_NEWEST, customer_id, self.max_per_customer)
        return Started(session_id, Session(customer_id, expires_at))

    def _forget(self, key: bytes) -> None:
        """Drop what this process remembers of a session (it ended here)."""
        self._rows.pop(key, None)

    async def _read(self, key: bytes) -> _Row | None:
        """The session's row: remembered if read in the last SESSION_CHECK_CACHE_SECONDS, else
        read once for every request that asks at the same moment."""
        remembered = self._rows.get(key)
        if remembered is not None and time.monotonic() - remembered.read_at < self._cache_seconds:
            return remembered
        pending = self._reading.get(key)
        if pending is not None:
            return await asyncio.shield(pending)
        future: asyncio.Future[_Row | None] = asyncio.get_running_loop().create_future()
        self._reading[key] = future
        try:
            record = await self._pool.fetchrow(_SELECT, key)
            row = (
                None
                if record is None
                else _Row(
                    record["customer_id"],
                    record["last_seen_at"],
                    record["expires_at"],
                    time.monotonic(),
                )
            )
            future.set_result(row)
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # seen: the callers waiting on it get it raised
            raise
        finally:
            del self._reading[key]
        if row is not None and self._cache_seconds > 0:
            self._rows[key] = row
            self._rows.move_to_end(key)
            while len(self._rows) > SESSION_CACHE_ENTRIES:
                self._rows.popitem(last=False)
        return row

    async def current(self, session_id: str | None) -> Session | None:
        """The live session this id names, or None (unknown, signed out, expired or idle)."""
        if not session_id or len(session_id) > MAX_ID_CHARS:
            return None
        key = self._key(session_id)
        row = await self._read(key)
        if row is None:
            return None
        now = self.clock()
        if now >= row.expires_at or now - row.last_seen_at >= self.idle:
            self._forget(key)
            return None
        if now - row.last_seen_at >= TOUCH_AFTER:
            await self._pool.execute(_TOUCH, key, now)
            if key in self._rows:
                self._rows[key] = _Row(row.customer_id, now, row.expires_at, row.read_at)
        return Session(row.customer_id, row.expires_at)

    async def end(self, session_id: str | None) -> None:
        """Sign-out: the session stops working at once, for every copy of its cookie."""
        if session_id and len(session_id) <= MAX_ID_CHARS:
            self._forget(self._key(session_id))
            await self._pool.execute(_DELETE, self._key(session_id))

    async def purge(self) -> int:
        """Delete the rows of ended sessions, a batch at a time; returns how many went."""
        now = self.clock()
        total = 0
        while True:
            status = await self._pool.execute(_PURGE, now, now - self.idle, PURGE_BATCH_ROWS)
            deleted = int(status.split()[-1])
            total += deleted
            if deleted < PURGE_BATCH_ROWS:
                return total


async def purge_forever(store: SessionStore, interval_seconds: float) -> None:
    """Purge ended sessions every `interval_seconds` until cancelled (a failed round, say
    PostgreSQL down, is logged and the next one tries again)."""
    while True:
        await asyncio.sleep(interval_seconds)
        try:
            purged = await store.purge()
        except Exception as exc:  # the next round retries; nothing depends on this one
            log.warning("session purge failed: %s", type(exc).__name__)
            continue
        if purged:
            log.info("ended sessions purged", extra={"purged": purged})


def set_session_cookie(
    response: Response, started: Started, now: dt.datetime, secure: bool
) -> None:
    """Give the browser the new session's cookie; it expires with the session's absolute end."""
    max_age = max(0, int((started.session.expires_at - now).total_seconds()))
    response.set_cookie(
        SESSION_COOKIE,
        started.session_id,
        max_age=max_age,
        path="/",
        secure=secure,
        httponly=True,
        samesite="lax",
    )


def clear_session_cookie(response: Response, secure: bool) -> None:
    """Tell the browser to drop the session cookie."""
    response.delete_cookie(SESSION_COOKIE, path="/", secure=secure, httponly=True, samesite="lax")
