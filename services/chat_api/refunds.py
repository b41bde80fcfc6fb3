"""Starting refund workflows and reading their state: the one path that the HTTP route and the
agent's refund tool both use, so both get the same guarantees."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import asyncpg
from temporalio.client import (
    Client,
    WithStartWorkflowOperation,
    WorkflowExecutionStatus,
    WorkflowUpdateFailedError,
    WorkflowUpdateRPCTimeoutOrCancelledError,
)
from temporalio.common import (
    SearchAttributePair,
    TypedSearchAttributes,
    WorkflowIDConflictPolicy,
    WorkflowIDReusePolicy,
)
from temporalio.exceptions import ApplicationError
from temporalio.service import RPCError, RPCStatusCode

from services.common.config import Settings
from services.common.temporal import ORDER_ID_ATTRIBUTE
from workflows.models import Outcome, RefundInput, outcome_message, refund_workflow_id
from workflows.refund import RefundWorkflow

log = logging.getLogger(__name__)

# A dead worker's workflow task is handed to another worker after this long.
WORKFLOW_TASK_TIMEOUT = timedelta(seconds=2)

# Order statuses that answer a repeated request without starting anything. PENDING_REFUND
# does so only while its workflow is open; REFUND_FAILED starts a fresh run.
STATUS_OUTCOME: dict[str, Outcome] = {
    "REFUNDED": "refunded",
    "PENDING_REFUND": "pending_review",
    "REFUND_REJECTED": "rejected",
}
FINAL_STATUSES = ("REFUNDED", "REFUND_REJECTED")


class OrderNotFound(Exception):
    """No such order for this customer (another customer's order looks the same)."""


class NoWorker(Exception):
    """No worker committed the refund in time; the request is safe to retry."""


@dataclass(frozen=True)
class RefundReply:
    order_id: int
    outcome: Outcome
    message: str
    workflow_id: str


@dataclass(frozen=True)
class RefundState:
    order_id: int
    status: str
    requested_at: dt.datetime | None
    decided_at: dt.datetime | None
    decision: str | None
    workflow_id: str | None


class RefundService:
    def __init__(self, pool: asyncpg.Pool, client: Client, settings: Settings) -> None:
        self._pool = pool
        self._client = client
        self._settings = settings

    async def _owned_order(self, customer_id: int, order_id: int) -> asyncpg.Record:
        row = await self._pool.fetchrow(
            "SELECT order_id, item, status FROM purchases WHERE order_id = $1 AND customer_id = $2",
            order_id,
            customer_id,
        )
        if row is None:
            raise OrderNotFound(f"order {order_id} not found")
        return row

    async def request(self, customer_id: int, order_id: int, reason: str) -> RefundReply:
        """Request a refund; returns once its first outcome is committed in PostgreSQL.

        Repeats and concurrent requests attach to the one workflow, or, when the order is
        already decided, get its outcome without starting anything.
        """
        order = await self._owned_order(customer_id, order_id)
        wid = refund_workflow_id(order_id)
        status = order["status"]
        if status in FINAL_STATUSES or (status == "PENDING_REFUND" and await self.is_open(wid)):
            outcome = STATUS_OUTCOME[status]
            return RefundReply(order_id, outcome, outcome_message(outcome, order["item"]), wid)
        # Not started, or its workflow ended without deciding (failed, terminated): the
        # workflow id is reused for a fresh run; a running one is attached to.
        start = self._start_operation(customer_id, order_id, reason)
        wait = timedelta(seconds=self._settings.refund_commit_wait_seconds)
        try:
            result = await self._client.execute_update_with_start_workflow(
                RefundWorkflow.committed_outcome, start_workflow_operation=start, rpc_timeout=wait
            )
        except WorkflowUpdateRPCTimeoutOrCancelledError as exc:
            log.warning("no worker committed the refund in time", extra={"order_id": order_id})
            raise NoWorker(order_id) from exc
        except WorkflowUpdateFailedError as exc:
            cause = exc.cause
            if isinstance(cause, ApplicationError) and cause.type == "OrderNotFound":
                raise OrderNotFound(f"order {order_id} not found") from exc
            raise
        return RefundReply(order_id, result.outcome, result.message, wid)

    async def is_open(self, workflow_id: str) -> bool:
        """Whether the refund's latest run is still running (False when it never existed)."""
        try:
            described = await self._client.get_workflow_handle(workflow_id).describe()
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:
                return False
            raise
        return described.status == WorkflowExecutionStatus.RUNNING

    async def restart(self, customer_id: int, order_id: int, reason: str) -> bool:
        """Start a fresh run for a refund whose workflow ended undecided (reconciliation);
        False when a run is open already (nothing started)."""
        wid = refund_workflow_id(order_id)
        if await self.is_open(wid):
            return False
        await self._client.start_workflow(
            RefundWorkflow.run, **self._start_arguments(customer_id, order_id, reason)
        )
        return True

    def _start_operation(
        self, customer_id: int, order_id: int, reason: str
    ) -> WithStartWorkflowOperation[RefundWorkflow, Any]:
        """Start-or-attach for `execute_update_with_start_workflow`."""
        return WithStartWorkflowOperation(
            RefundWorkflow.run, **self._start_arguments(customer_id, order_id, reason)
        )

    def _start_arguments(self, customer_id: int, order_id: int, reason: str) -> dict[str, Any]:
        """What starting a run takes: its input and the options every run shares."""
        return dict(
            arg=RefundInput(
                order_id=order_id,
                customer_id=customer_id,
                reason=reason,
                review_threshold=self._settings.refund_review_threshold,
                review_timeout=timedelta(seconds=self._settings.refund_review_timeout),
            ),
            id=refund_workflow_id(order_id),
            task_queue=self._settings.temporal_task_queue,
            id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
            # A closed run (refunded, failed, terminated) never blocks a new one.
            id_reuse_policy=WorkflowIDReusePolicy.ALLOW_DUPLICATE,
            task_timeout=WORKFLOW_TASK_TIMEOUT,
            search_attributes=TypedSearchAttributes(
                [SearchAttributePair(ORDER_ID_ATTRIBUTE, order_id)]
            ),
        )

    async def state(self, customer_id: int, order_id: int) -> RefundState:
        row = await self._pool.fetchrow(
            "SELECT p.order_id, p.status, r.requested_at, r.decided_at, r.state, r.workflow_id,"
            " r.decided_by FROM purchases p LEFT JOIN refunds r USING (order_id)"
            " WHERE p.order_id = $1 AND p.customer_id = $2",
            order_id,
            customer_id,
        )
        if row is None:
            raise OrderNotFound(f"order {order_id} not found")
        return RefundState(
            order_id=order_id,
            status=row["status"],
            requested_at=row["requested_at"],
            decided_at=row["decided_at"],
            decision=decision_of(row["state"], row["decided_by"]),
            workflow_id=row["workflow_id"],
        )


def decision_of(ledger_state: str | None, decided_by: str | None) -> str | None:
    """ "approved", "rejected", "timed_out" or None (no decision yet / no review)."""
    if ledger_state == "REJECTED":
        return "timed_out" if decided_by == "system" else "rejected"
    if ledger_state == "REFUNDED" and decided_by:
        return "approved"
    return None


def is_closed_workflow_error(exc: BaseException) -> bool:
    """Signals to a completed workflow fail with NOT_FOUND: the decision window is closed."""
    return isinstance(exc, RPCError) and exc.status == RPCStatusCode.NOT_FOUND
