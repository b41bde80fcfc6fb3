"""The customer's visible chat transcript, stored in a table of ours (`chat_transcript`).

The agent's working state in the checkpointer keeps only a window of recent turns (see
trim.py); everything the customer ever saw is recorded here first, by message id, so
recording the same message again is a no-op. `GET /api/history` pages through this table,
merged by time with the customer's review notices. Lines older than the retention
(CHAT_TRANSCRIPT_RETENTION_DAYS) are deleted by the chat API's retention sweep.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

import asyncpg
from langchain_core.messages import BaseMessage

from services.chat_api.agent.lines import ChatLine, seen
from services.common.db import DEMO_RESET_LOCK_KEY

log = logging.getLogger(__name__)

# The page `GET /api/history` returns without `limit`, and the largest one it accepts.
DEFAULT_PAGE_LINES = 200
MAX_PAGE_LINES = 500

_HOLD_OFF_RESET_SQL = "SELECT pg_advisory_xact_lock_shared($1)"
_RECORD_SQL = """
INSERT INTO chat_transcript (customer_id, message_id, role, content, at)
SELECT $1, m.id, m.role, m.content, m.at
FROM unnest($2::text[], $3::text[], $4::text[], $5::timestamptz[]) AS m(id, role, content, at)
ON CONFLICT (customer_id, message_id) DO NOTHING
"""

# Lines and notices before a time, newest first; the caller reverses the page.
_PAGE_SQL = """
SELECT role, content, at FROM (
    SELECT role, content, at, id, 0 AS source FROM chat_transcript
    WHERE customer_id = $1 AND at < $2
    UNION ALL
    SELECT 'notice', text, at, id, 1 FROM notices
    WHERE customer_id = $1 AND at < $2
) AS merged
ORDER BY at DESC, source DESC, id DESC
LIMIT $3
"""

# Retention: lines older than a time, deleted in batches so no statement runs long.
_FORGET_SQL = """
DELETE FROM chat_transcript WHERE id IN (
    SELECT id FROM chat_transcript WHERE at < $1 ORDER BY at LIMIT $2
)
"""
FORGET_BATCH = 5000

# Later than any time a line can have: the default `before`.
FAR_FUTURE = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)


def visible(messages: Sequence[BaseMessage]) -> list[tuple[str, ChatLine]]:
    """The (message id, line) pairs a person sees: their messages and the assistant's words."""
    return [(m.id, line) for m, line in seen(messages) if m.id]


@asynccontextmanager
async def reset_held_off(pool: asyncpg.Pool) -> AsyncIterator[asyncpg.Connection]:
    """A connection in a transaction that a demo reset waits for, and that waits for one: what
    is read from the chat memory and recorded on it is never written back after a reset."""
    async with pool.acquire() as conn, conn.transaction():
        await conn.execute(_HOLD_OFF_RESET_SQL, DEMO_RESET_LOCK_KEY)
        yield conn


async def record(
    pool: asyncpg.Pool | asyncpg.Connection, customer_id: int, messages: Sequence[BaseMessage]
) -> None:
    """Store the visible lines of `messages` not stored yet (one round trip, idempotent)."""
    pairs = visible(messages)
    if not pairs:
        return
    try:
        await pool.execute(
            _RECORD_SQL,
            customer_id,
            [mid for mid, _ in pairs],
            [line.role for _, line in pairs],
            [line.content for _, line in pairs],
            [line.at for _, line in pairs],
        )
    except asyncpg.ForeignKeyViolationError:
        # A session outliving its customer row (a demo reset): nothing to keep it for.
        log.warning("transcript not recorded: no such customer", extra={"customer_id": customer_id})


async def page(
    pool: asyncpg.Pool | asyncpg.Connection,
    customer_id: int,
    *,
    before: dt.datetime | None = None,
    limit: int = DEFAULT_PAGE_LINES,
) -> list[ChatLine]:
    """The `limit` latest lines (notices included) before `before`, oldest first."""
    rows = await pool.fetch(_PAGE_SQL, customer_id, before or FAR_FUTURE, limit)
    return [ChatLine(role=r["role"], content=r["content"], at=r["at"]) for r in reversed(rows)]


async def forget_before(pool: asyncpg.Pool, cutoff: dt.datetime) -> int:
    """Delete every line older than `cutoff` (the retention policy); returns how many."""
    total = 0
    while True:
        done = int((await pool.execute(_FORGET_SQL, cutoff, FORGET_BATCH)).split()[-1])
        total += done
        if done < FORGET_BATCH:
            return total
