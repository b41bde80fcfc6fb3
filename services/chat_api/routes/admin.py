"""The admin API: reviews, decisions, the audit trail, and the dev stack's crash and reset."""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path as FsPath
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.background import BackgroundTask

from services.chat_api.audit import audit_trail
from services.chat_api.deps import AdminDep, StateDep
from services.chat_api.metrics import REVIEW_DECISIONS
from services.chat_api.reviews import ReviewView
from services.chat_api.routes.refunds import OrderId
from services.chat_api.schemas import (
    NOT_ADMIN,
    UNAVAILABLE,
    AuditEvent,
    Crashing,
    DecisionSent,
    DemoReset,
    Review,
    errors,
)
from services.common.checkpoints import clear_checkpoints
from services.common.db import reset_demo
from services.common.formats import MAX_ID, MAX_NOTE_CHARS
from services.common.money import CURRENCY, api_amount
from services.common.text import CleanText
from workflows.contract import DecisionChannel, DecisionKind

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/admin", tags=["admin"], responses=errors(e503=UNAVAILABLE))
# Registered only when APP_ENV=dev.
dev_router = APIRouter(
    prefix="/api/admin", tags=["admin", "dev"], responses=errors(e503=UNAVAILABLE)
)


def review_json(v: ReviewView) -> dict[str, Any]:
    return {
        "order_id": v.order_id,
        "customer": v.customer_name,
        "item": v.item,
        "price": api_amount(v.price),
        "currency": CURRENCY,
        "reason": v.reason,
        "requested_at": v.requested_at.isoformat(),
        "status": v.status,
        # "failed": the refund's workflow failed for good (see `failure`); it needs no decision,
        # and the customer may request it again.
        "decision": "failed" if v.state == "FAILED" else v.decision,
        "decided_at": v.decided_at.isoformat() if v.decided_at else None,
        "decided_by": v.decided_by,
        "workflow_id": v.workflow_id,
        "failure": v.failure,
    }


@router.get("/reviews", response_model=list[Review], responses=errors(e401=NOT_ADMIN))
async def reviews(_: AdminDep, state: StateDep) -> list[dict[str, Any]]:
    return [review_json(v) for v in await state.reviews.list()]


class DecisionRequest(BaseModel):
    decision: DecisionKind
    note: CleanText = Field(default="", max_length=MAX_NOTE_CHARS)


@router.post(
    "/reviews/{order_id}/decision",
    response_model=DecisionSent,
    responses=errors(
        e401=NOT_ADMIN,
        e404="No refund review exists for that order.",
        e409="The refund was already decided, or its review window has closed.",
        e422="The order id or the decision is not valid.",
    ),
)
async def decide(
    order_id: OrderId, body: DecisionRequest, actor: AdminDep, state: StateDep
) -> dict[str, Any]:
    service = state.reviews
    view = await service.view(order_id)
    if view is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No refund review exists for that order.")
    reviewer = state.settings.admin_email or actor
    sent, after = await service.decide(
        view, body.decision, reviewer, body.note.strip(), channel=DecisionChannel.ADMIN_CONSOLE
    )
    if sent == "sent":
        REVIEW_DECISIONS.labels(decision=body.decision, channel="admin").inc()
    if sent == "already_decided":
        raise HTTPException(
            status.HTTP_409_CONFLICT,
            f"This refund was already decided ({after.decision or after.status}); nothing changed.",
        )
    if sent == "window_closed":
        raise HTTPException(
            status.HTTP_409_CONFLICT, "The review window has closed; nothing changed."
        )
    return {"result": "sent", "review": review_json(after)}


@router.get(
    "/audit",
    response_model=list[AuditEvent],
    responses=errors(e401=NOT_ADMIN, e422="order_id or limit is out of range."),
)
async def audit(
    _: AdminDep,
    state: StateDep,
    order_id: Annotated[int | None, Query(gt=0, le=MAX_ID)] = None,
    limit: Annotated[int, Query(gt=0, le=500)] = 100,
) -> list[dict[str, Any]]:
    return await audit_trail(state.pool, order_id, limit)


def _kill_stack(run_dir: str) -> None:
    """SIGKILL the worker and the other chat API processes (pid files kept by the dev stack),
    then this process. Their parent, which forks them again at once, is left alive."""
    run = FsPath(run_dir)
    for pid_file in [run / "worker.pid", run / "chat_api.pid", *sorted(run.glob("chat_api-*.pid"))]:
        try:
            pid = int(pid_file.read_text().strip())
            if pid != os.getpid():
                os.kill(pid, signal.SIGKILL)
        except (OSError, ValueError) as exc:
            log.warning("could not kill the process of %s: %s", pid_file.name, exc)
    os.kill(os.getpid(), signal.SIGKILL)


@router.post(
    "/crash",
    status_code=202,
    response_model=Crashing,
    responses=errors(e404="The crash button is disabled here."),
)
async def crash(state: StateDep) -> JSONResponse:
    """The Crash System button: kill -9 the worker and the chat API mid-flight."""
    if not state.settings.crash_button_enabled:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "The crash button is disabled here.")
    log.warning("crash requested: killing the worker and the chat API")
    # Runs once the response is on the wire, so the page learns the crash began.
    kill = BackgroundTask(_kill_stack, state.settings.run_dir)
    return JSONResponse({"status": "crashing"}, status_code=202, background=kill)


@dev_router.post("/reset", response_model=DemoReset, responses=errors(e401=NOT_ADMIN))
async def reset(_: AdminDep, state: StateDep) -> dict[str, Any]:
    """Dev only: cancel running refunds and put the demo data back to its seed state."""
    cancelled = 0
    query = (
        f"WorkflowType = 'RefundWorkflow' AND ExecutionStatus = 'Running'"
        f" AND TaskQueue = '{state.settings.temporal_task_queue}'"
    )
    async for wf in state.temporal.list_workflows(query):
        await state.temporal.get_workflow_handle(wf.id, run_id=wf.run_id).terminate(
            reason="demo reset"
        )
        cancelled += 1
    # One transaction: no reader sees seeded orders beside the old chat memory.
    async with state.pool.acquire() as conn, conn.transaction():
        await reset_demo(conn)
        await clear_checkpoints(conn)
    log.info("demo reset", extra={"cancelled": cancelled})
    return {"status": "reset", "cancelled_refunds": cancelled}
