"""Every dev-only route and page, in one place: the demo customer list and its pick-a-customer
sign-in, the mailbox of the outbox email backend, the demo reset and the Crash System button.

`router` and `PAGES` are the one mechanism: the app mounts them only when APP_ENV=dev. In
production they are never mounted, the API docs list none of them, and their addresses answer
404 like any unknown address (app.py).
"""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

from fastapi import APIRouter, BackgroundTasks, HTTPException, Request, Response, status
from pydantic import BaseModel, Field

from services.chat_api.customers import Customer, all_customers, find_customer
from services.chat_api.deps import AdminDep, StateDep
from services.chat_api.errors import DATABASE_UNAVAILABLE, responses
from services.chat_api.outbox import OutboxEmail, dev_mailbox
from services.chat_api.routes.customers import start_session
from services.chat_api.schemas import BAD_INPUT, NOT_ADMIN, Crashing, DemoReset, SignedIn
from services.common.audit import append_event
from services.common.checkpoints import clear_checkpoints
from services.common.db import reset_demo
from services.common.formats import MAX_ID
from workflows.contract import WORKFLOW_TYPE

log = logging.getLogger(__name__)
router = APIRouter(tags=["dev"], responses=responses(*DATABASE_UNAVAILABLE))
# Static pages of frontend/ that exist only in dev (the outbox's mailbox).
PAGES = ("/mailbox",)

NO_CUSTOMER = "There is no customer with that id."
NO_MAILBOX = "The dev mailbox exists only with EMAIL_BACKEND=outbox."
NO_CRASH_BUTTON = "The crash button is disabled here."


class SessionRequest(BaseModel):
    customer_id: int = Field(gt=0, le=MAX_ID, strict=True)


@router.get("/api/customers", tags=["customers"], response_model=list[Customer])
async def list_customers(state: StateDep) -> list[Customer]:
    """The demo customers to sign in as."""
    return await all_customers(state.pool)


@router.post(
    "/api/session",
    tags=["customers"],
    response_model=SignedIn,
    responses=responses(e404=NO_CUSTOMER, e422=BAD_INPUT),
)
async def sign_in(
    body: SessionRequest, request: Request, response: Response, state: StateDep
) -> SignedIn:
    """Sign in as any demo customer (the person picked one: no question asked)."""
    customer = await find_customer(state.pool, body.customer_id)
    if customer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NO_CUSTOMER)
    return await start_session(request, response, state, customer)


@router.get(
    "/api/dev/outbox", response_model=list[OutboxEmail], responses=responses(e404=NO_MAILBOX)
)
async def outbox(state: StateDep) -> list[OutboxEmail]:
    """The newest emails the outbox backend stored, newest first."""
    if state.settings.email_backend != "outbox":
        raise HTTPException(status.HTTP_404_NOT_FOUND, NO_MAILBOX)
    return await dev_mailbox(state.pool)


@router.post(
    "/api/admin/reset",
    tags=["admin"],
    response_model=DemoReset,
    responses=responses(e401=NOT_ADMIN),
)
async def reset(admin: AdminDep, state: StateDep) -> DemoReset:
    """Cancel running refunds and put the demo data back to its seed state. The audit trail
    is append-only, so it keeps its events and records the reset and who did it."""
    cancelled = 0
    query = (
        f"WorkflowType = '{WORKFLOW_TYPE}' AND ExecutionStatus = 'Running'"
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
    return DemoReset(cancelled_refunds=cancelled)


def _kill_stack(run_dir: str) -> None:
    """SIGKILL the worker and the other chat API processes (pid files kept by the dev stack),
    then this process. Their parent, which forks them again at once, is left alive."""
    run = Path(run_dir)
    for pid_file in [run / "worker.pid", run / "chat_api.pid", *sorted(run.glob("chat_api-*.pid"))]:
        try:
            pid = int(pid_file.read_text().strip())
            if pid != os.getpid():
                os.kill(pid, signal.SIGKILL)
        except (OSError, ValueError) as exc:
            log.warning("could not kill the process of %s: %s", pid_file.name, exc)
    os.kill(os.getpid(), signal.SIGKILL)


@router.post(
    "/api/admin/crash",
    tags=["admin"],
    status_code=status.HTTP_202_ACCEPTED,
    response_model=Crashing,
    responses=responses(e404=NO_CRASH_BUTTON),
)
async def crash(state: StateDep, background: BackgroundTasks) -> Crashing:
    """The Crash System button: kill -9 the worker and the chat API mid-flight."""
    if not state.settings.crash_button_enabled:
        raise HTTPException(status.HTTP_404_NOT_FOUND, NO_CRASH_BUTTON)
    log.warning("crash requested: killing the worker and the chat API")
    # Runs once the response is on the wire, so the page learns the crash began.
    background.add_task(_kill_stack, state.settings.run_dir)
    return Crashing()
