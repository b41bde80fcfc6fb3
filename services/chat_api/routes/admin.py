"""The admin API: reviews, decisions and the audit trail (the demo reset and the Crash System
button are dev-only: routes/dev.py)."""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, Query, Response, status
from pydantic import BaseModel, Field
from temporalio.service import RPCError

from services.chat_api.audit import audit_trail
from services.chat_api.deps import AdminDep, StateDep
from services.chat_api.errors import DATABASE_UNAVAILABLE, responses
from services.chat_api.metrics import REVIEW_DECISIONS
from services.chat_api.reviews import DecisionNotApplied, ReviewNotFound, ReviewView
from services.chat_api.routes.refunds import OrderId
from services.chat_api.schemas import NOT_ADMIN, AuditEvent, DecisionSent, Review
from services.common.config import Settings
from services.common.formats import MAX_ID, MAX_NOTE_CHARS
from services.common.money import CURRENCY
from services.common.text import NoteText
from workflows.contract import DecisionChannel, DecisionKind

log = logging.getLogger(__name__)
router = APIRouter(
    prefix="/api/admin",
    tags=["admin"],
    responses=responses(*DATABASE_UNAVAILABLE, e401=NOT_ADMIN),
)
# The most audit events one page lists.
MAX_AUDIT_EVENTS = 500


def temporal_url(settings: Settings, v: ReviewView) -> str | None:
    """The review's workflow run in the Temporal Web UI (the latest run when none is recorded);
    None when no UI address is configured."""
    if not settings.temporal_ui_url:
        return None
    base = settings.temporal_ui_url.rstrip("/")
    path = f"namespaces/{quote(settings.temporal_namespace, safe='')}/workflows"
    path += f"/{quote(v.workflow_id, safe='')}"
    if v.run_id:
        path += f"/{quote(v.run_id, safe='')}"
    return f"{base}/{path}"


def review_of(v: ReviewView, settings: Settings) -> Review:
    """A review as the admin page lists it."""
    shown = {
        "customer": v.customer_name,
        "currency": CURRENCY,
        "temporal_url": temporal_url(settings, v),
    }
    return Review.model_validate({**asdict(v), **shown})


@router.get("/reviews", response_model=list[Review])
async def reviews(_: AdminDep, state: StateDep) -> list[Review]:
    """Refunds that need or needed a person: failed and pending first, then the latest."""
    return [review_of(v, state.settings) for v in await state.reviews.list()]


class DecisionRequest(BaseModel):
    decision: DecisionKind
    note: NoteText = Field(default="", max_length=MAX_NOTE_CHARS)


@router.post(
    "/reviews/{order_id}/decision",
    response_model=DecisionSent,
    responses={
        202: {
            "model": DecisionSent,
            "description": "Sent, but the refund did not confirm it in time (unconfirmed).",
        },
        **responses(
            ReviewNotFound,
            DecisionNotApplied,
            RPCError,
            *DATABASE_UNAVAILABLE,
            e401=NOT_ADMIN,
            e422="The order id or the decision is not valid.",
        ),
    },
)
async def decide(
    order_id: OrderId,
    body: DecisionRequest,
    admin: AdminDep,
    state: StateDep,
    response: Response,
) -> DecisionSent:
    """Decide a review from the admin console, recorded as the admin whose token it is; the
    answer says whether this decision counted."""
    service = state.reviews
    view = await service.view(order_id)
    if view is None:
        raise ReviewNotFound(order_id)
    truth = await service.decide(
        view, body.decision, admin.name, body.note.strip(), channel=DecisionChannel.ADMIN_CONSOLE
    )
    if truth.result in ("already_decided", "window_closed"):
        # The decision did not count: the sentence says which one did, or when the window closed.
        raise DecisionNotApplied(truth.message)
    if truth.result == "recorded":
        REVIEW_DECISIONS.labels(decision=body.decision, channel=DecisionChannel.ADMIN_CONSOLE).inc()
    else:
        # Sent but not confirmed in time: accepted, its outcome not known yet.
        response.status_code = status.HTTP_202_ACCEPTED
    return DecisionSent(
        result="recorded" if truth.result == "recorded" else "unconfirmed",
        message=truth.message,
        review=review_of(truth.view, state.settings),
    )


@router.get(
    "/audit",
    response_model=list[AuditEvent],
    responses=responses(*DATABASE_UNAVAILABLE, e422="order_id or limit is out of range."),
)
async def audit(
    _: AdminDep,
    state: StateDep,
    order_id: Annotated[int | None, Query(gt=0, le=MAX_ID)] = None,
    limit: Annotated[int, Query(gt=0, le=MAX_AUDIT_EVENTS)] = 100,
) -> list[AuditEvent]:
    """The audit trail, newest first: of one order, or of all."""
    return await audit_trail(state.pool, order_id, limit)
