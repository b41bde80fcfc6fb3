"""The admin API: reviews, decisions, the audit trail, and the dev stack's crash and reset."""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path as FsPath
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query, status
from fastapi.responses import JSONResponse, Response
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
from services.common.audit import append_event
from services.common.checkpoints import clear_checkpoints
from services.common.config import Settings
from services.common.db import reset_demo
from services.common.formats import MAX_ID, MAX_NOTE_CHARS
from services.common.money import CURRENCY, api_amount
from services.common.text import NoteText
from workflows.contract import DecisionChannel, DecisionKind

log = logging.getLogger(__name__)
router = APIRouter(prefix="/api/admin", tags=["admin"], responses=errors(e503=UNAVAILABLE))
# Registered only when APP_ENV=dev.
dev_router = APIRouter(
    prefix="/api/admin", tags=["admin", "dev"], responses=errors(e503=UNAVAILABLE)
)


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


def review_json(v: ReviewView, settings: Settings) -> dict[str, Any]:
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
        "temporal_url": temporal_url(settings, v),
    }


@router.get("/reviews", response_model=list[Review], responses=errors(e401=NOT_ADMIN))
async def reviews(_: AdminDep, state: StateDep) -> list[dict[str, Any]]:
    return [review_json(v, state.settings) for v in await state.reviews.list()]


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
        **errors(
            e401=NOT_ADMIN,
            e404="No refund review exists for that order.",
            e409="Another decision counted first, or the review window had closed; the"
            " sentence says which.",
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
) -> dict[str, Any]:
    """Decide a review from the admin console, recorded as the admin whose token it is; the
    answer says whether this decision counted."""
    service = state.reviews
    view = await service.view(order_id)
    if view is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "No refund review exists for that order.")
    truth = await service.decide(
        view, body.decision, admin.name, body.note.strip(), channel=DecisionChannel.ADMIN_CONSOLE
    )
    if truth.result in ("already_decided", "window_closed"):
        # The decision did not count: the sentence says which one did, or when the window closed.
        raise HTTPException(status.HTTP_409_CONFLICT, truth.message)
    if truth.result == "recorded":
        REVIEW_DECISIONS.labels(decision=body.decision, channel=DecisionChannel.ADMIN_CONSOLE).inc()
    else:
        # Sent but not confirmed in time: accepted, its outcome not known yet.
        response.status_code = status.HTTP_202_ACCEPTED
    return {
        "result": truth.result,
        "message": truth.message,
        "review": review_json(truth.view, state.settings),
    }


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
async def reset(admin: AdminDep, state: StateDep) -> dict[str, Any]:
    """Dev only: cancel running refunds and put the demo data back to its seed state. The
    audit trail is append-only, so it keeps its events and records the reset and who did it."""
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
        await append_event(
            conn, None, None, "demo_reset", f"admin:{admin.name}", {"cancelled": cancelled}
        )
    log.info("demo reset", extra={"cancelled": cancelled})
    return {"status": "reset", "cancelled_refunds": cancelled}
