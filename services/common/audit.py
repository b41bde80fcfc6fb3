"""The audit trail's one write: the worker's activities and the chat API (reconciliation) both
append events with it, so the trail the admin page reads has one shape."""

from __future__ import annotations

from typing import Any

import asyncpg

INSERT_AUDIT_EVENT = (
    "INSERT INTO audit_events (order_id, workflow_id, kind, actor, detail)"
    " VALUES ($1, $2, $3, $4, $5)"
)


async def append_event(
    db: asyncpg.Connection | asyncpg.Pool,
    order_id: int | None,
    workflow_id: str | None,
    kind: str,
    actor: str,
    detail: dict[str, Any],
) -> None:
    """Append one event to the audit trail (on a transaction's connection or the pool); an
    event of no one refund (a demo reset) has no order and no workflow. The trail is
    append-only: nothing updates or deletes its rows."""
    await db.execute(INSERT_AUDIT_EVENT, order_id, workflow_id, kind, actor, detail)
