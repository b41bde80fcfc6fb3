"""Reads of the dev mailbox: emails the outbox backend stored instead of sending them."""

from __future__ import annotations

from typing import Any

import asyncpg

# The newest emails the dev mailbox lists.
MAILBOX_SIZE = 200

_MAILBOX_SQL = (
    "SELECT id, to_address, subject, order_id, workflow_id, review_url, html, sent_at"
    " FROM outbox_emails WHERE backend = 'outbox' ORDER BY id DESC LIMIT $1"
)


async def dev_mailbox(pool: asyncpg.Pool) -> list[dict[str, Any]]:
    """The newest outbox emails, newest first, as the dev mailbox shows them."""
    rows = await pool.fetch(_MAILBOX_SQL, MAILBOX_SIZE)
    return [
        {
            "id": r["id"],
            "to": r["to_address"],
            "subject": r["subject"],
            "order_id": r["order_id"],
            "workflow_id": r["workflow_id"],
            "review_url": r["review_url"],
            "html": r["html"],
            "sent_at": r["sent_at"].isoformat() if r["sent_at"] else None,
        }
        for r in rows
    ]
