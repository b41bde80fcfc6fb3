"""Reads of the dev mailbox: emails the outbox backend stored instead of sending them."""

from __future__ import annotations

import asyncpg
from pydantic import BaseModel

from services.common.formats import Timestamp

# The newest emails the dev mailbox lists.
MAILBOX_SIZE = 200
_MAILBOX_SQL = (
    'SELECT id, to_address AS "to", subject, order_id, workflow_id, review_url, html, sent_at'
    " FROM outbox_emails WHERE backend = 'outbox' ORDER BY id DESC LIMIT $1"
)


class OutboxEmail(BaseModel):
    """One email the outbox backend stored, as the dev mailbox shows it."""

    id: int
    to: str
    subject: str
    order_id: int | None
    workflow_id: str | None
    review_url: str | None
    html: str
    sent_at: Timestamp | None


async def dev_mailbox(pool: asyncpg.Pool) -> list[OutboxEmail]:
    """The newest outbox emails, newest first, as the dev mailbox shows them."""
    rows = await pool.fetch(_MAILBOX_SQL, MAILBOX_SIZE)
    return [OutboxEmail.model_validate(dict(r)) for r in rows]
