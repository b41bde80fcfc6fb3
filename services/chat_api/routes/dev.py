"""Dev-only routes: the mailbox of the outbox email backend."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status

from services.chat_api.deps import StateDep

router = APIRouter(prefix="/api/dev", tags=["dev"])


@router.get("/outbox")
async def outbox(state: StateDep) -> list[dict[str, Any]]:
    if state.settings.email_backend != "outbox":
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, "The dev mailbox exists only with EMAIL_BACKEND=outbox."
        )
    rows = await state.pool.fetch(
        "SELECT id, to_address, subject, order_id, workflow_id, review_url, html, sent_at"
        " FROM outbox_emails WHERE backend = 'outbox' ORDER BY id DESC LIMIT 200"
    )
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
