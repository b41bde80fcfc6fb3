"""Customers request refunds and read their state."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field

from services.chat_api.deps import CustomerDep, StateDep
from services.chat_api.metrics import REFUND_REQUESTS
from services.chat_api.schemas import (
    BAD_INPUT,
    UNAVAILABLE,
    UNSIGNED,
    RefundAnswer,
    RefundStatus,
    errors,
)
from services.common.formats import MAX_ID, MAX_NOTE_CHARS
from services.common.text import NoteText

router = APIRouter(
    prefix="/api/refunds",
    tags=["refunds"],
    responses=errors(
        e401=UNSIGNED,
        e404="The order is not among the customer's orders.",
        e422=BAD_INPUT,
        e503=UNAVAILABLE,
    ),
)

OrderId = Annotated[int, Path(gt=0, le=MAX_ID, description="the order's id")]


class RefundRequest(BaseModel):
    order_id: int = Field(gt=0, le=MAX_ID, strict=True)
    reason: NoteText = Field(default="", max_length=MAX_NOTE_CHARS)


@router.post("", response_model=RefundAnswer)
async def request_refund(
    body: RefundRequest, customer_id: CustomerDep, state: StateDep
) -> dict[str, Any]:
    reason = body.reason.strip() or "No reason given"
    reply = await state.refunds.request(customer_id, body.order_id, reason)
    REFUND_REQUESTS.labels(outcome=reply.outcome).inc()
    return {
        "order_id": reply.order_id,
        "outcome": reply.outcome,
        "message": reply.message,
        "workflow_id": reply.workflow_id,
    }


@router.get("/{order_id}", response_model=RefundStatus)
async def refund_state(
    order_id: OrderId, customer_id: CustomerDep, state: StateDep
) -> dict[str, Any]:
    s = await state.refunds.state(customer_id, order_id)
    return {
        "order_id": s.order_id,
        "status": s.status,
        "requested_at": s.requested_at.isoformat() if s.requested_at else None,
        "decided_at": s.decided_at.isoformat() if s.decided_at else None,
        "decision": s.decision,
        "workflow_id": s.workflow_id,
    }
