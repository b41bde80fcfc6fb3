"""Dev-only routes: the mailbox of the outbox email backend."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, status

from services.chat_api.deps import StateDep
from services.chat_api.outbox import dev_mailbox
from services.chat_api.schemas import UNAVAILABLE, OutboxEmail, errors

router = APIRouter(prefix="/api/dev", tags=["dev"])


@router.get(
    "/outbox",
    response_model=list[OutboxEmail],
    responses=errors(
        e404="The dev mailbox exists only with EMAIL_BACKEND=outbox.", e503=UNAVAILABLE
    ),
)
async def outbox(state: StateDep) -> list[dict[str, Any]]:
    if state.settings.email_backend != "outbox":
        raise HTTPException(
            status.HTTP_404_NOT_FOUND, "The dev mailbox exists only with EMAIL_BACKEND=outbox."
        )
    return await dev_mailbox(state.pool)
