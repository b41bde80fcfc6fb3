"""Customers request refunds and read their state."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from pydantic import BaseModel, Field
from temporalio.service import RPCError

from services.chat_api.deps import CustomerDep, StateDep
from services.chat_api.errors import DATABASE_UNAVAILABLE, responses
from services.chat_api.limits import LIMITED_ERRORS, ReadLimit, RefundLimit
from services.chat_api.metrics import REFUND_REQUESTS
from services.chat_api.refunds import NoWorker, OrderNotFound
from services.chat_api.schemas import BAD_INPUT, UNSIGNED, RefundAnswer, RefundState
from services.common.formats import MAX_ID, MAX_NOTE_CHARS
from services.common.text import NoteText
from workflows.vocabulary import NO_REASON

router = APIRouter(
    prefix="/api/refunds",
    tags=["refunds"],
    responses=responses(
        OrderNotFound,
        LIMITED_ERRORS,
        *DATABASE_UNAVAILABLE,
        e401=UNSIGNED,
        e422=BAD_INPUT,
    ),
)

OrderId = Annotated[int, Path(gt=0, le=MAX_ID, description="the order's id")]


class RefundRequest(BaseModel):
    order_id: int = Field(gt=0, le=MAX_ID, strict=True)
    reason: NoteText = Field(default="", max_length=MAX_NOTE_CHARS)


@router.post(
    "",
    response_model=RefundAnswer,
    responses=responses(NoWorker, RPCError, *DATABASE_UNAVAILABLE),
)
async def request_refund(
    body: RefundRequest, customer_id: CustomerDep, state: StateDep, _: RefundLimit
) -> RefundAnswer:
    """Request a refund of one of the customer's orders; answers once its outcome is committed
    (paid, waiting for review, or the outcome an earlier request already has)."""
    reason = body.reason.strip() or NO_REASON
    reply = await state.refunds.request(customer_id, body.order_id, reason)
    REFUND_REQUESTS.labels(outcome=reply.outcome).inc()
    return RefundAnswer(
        order_id=reply.order_id,
        outcome=reply.outcome,
        message=reply.message,
        workflow_id=reply.workflow_id,
    )


@router.get("/{order_id}", response_model=RefundState)
async def refund_state(
    order_id: OrderId, customer_id: CustomerDep, state: StateDep, _: ReadLimit
) -> RefundState:
    """Where the refund of one of the customer's orders stands."""
    return await state.refunds.state(customer_id, order_id)
