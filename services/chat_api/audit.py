"""The audit trail (`audit_events`) as the admin console's audit view reads it; events are
appended through `services.common.audit`, by the worker and the chat API alike."""

from __future__ import annotations

from typing import Any

import asyncpg
from pydantic import BaseModel, Field

from services.common.formats import Timestamp

_AUDIT_SQL = (
    "SELECT id, order_id, workflow_id, kind, actor, at, detail FROM audit_events"
    " WHERE $1::int IS NULL OR order_id = $1 ORDER BY at DESC, id DESC LIMIT $2"
)


class AuditEvent(BaseModel):
    """One event of the audit trail: what happened to which order, who did it, and when."""

    id: int
    order_id: int | None
    workflow_id: str | None
    kind: str
    actor: str
    at: Timestamp
    detail: dict[str, Any] = Field(description="The event's details (JSON).")


async def audit_trail(pool: asyncpg.Pool, order_id: int | None, limit: int) -> list[AuditEvent]:
    """The newest `limit` audit events (of one order, or of all), newest first."""
    rows = await pool.fetch(_AUDIT_SQL, order_id, limit)
    return [AuditEvent.model_validate(dict(r)) for r in rows]
