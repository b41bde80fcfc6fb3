"""The audit trail (`audit_events`) as the admin console's audit view reads it; events are
appended through `services.common.audit`, by the worker and the chat API alike."""

from __future__ import annotations

from typing import Any

import asyncpg

_AUDIT_SQL = (
    "SELECT id, order_id, workflow_id, kind, actor, at, detail FROM audit_events"
    " WHERE $1::int IS NULL OR order_id = $1 ORDER BY at DESC, id DESC LIMIT $2"
)


async def audit_trail(pool: asyncpg.Pool, order_id: int | None, limit: int) -> list[dict[str, Any]]:
    """The newest `limit` audit events (of one order, or of all), newest first, as JSON."""
    rows = await pool.fetch(_AUDIT_SQL, order_id, limit)
    return [{**dict(r), "at": r["at"].isoformat()} for r in rows]
