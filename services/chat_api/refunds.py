"""Starting refund workflows and reading their state: the one path that the HTTP route and the
agent's refund tool both use, so both get the same guarantees.

Only the contract (workflows/contract.py) is imported: the workflow is started, updated and
described by its contract names, so this process never loads the activities' code."""

from __future__ import annotations

import asyncio
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
from workflows.contract import (
    COMMITTED_OUTCOME_UPDATE,
    WORKFLOW_TYPE,
    ErrorType,
    RefundInput,
    RefundResult,
    refund_workflow_id,
)
from workflows.vocabulary import (
    FINAL_STATUSES,
    STATUS_OUTCOME,
    DecisionOutcome,
    OrderStatus,
    outcome_message,
)

log = logging.getLogger(__name__)

# A dead worker's workflow task is handed to another worker after this long.
WORKFLOW_TASK_TIMEOUT = timedelta(seconds=2)


class OrderNotFound(Exception):
    """No such order for this customer (another customer's order looks the same)."""


class NoWorker(Exception):
    """No worker committed the refund in time; the request is safe to retry."""


@dataclass(frozen=True)
class RefundRecord:
    """What PostgreSQL records about an order's refund (the running workflow's own view is the
    `status` query's RefundStatus)."""

    order_id: int
    status: OrderStatus
    requested_at: dt.datetime | None
    decided_at: dt.datetime | None
    decision: DecisionOutcome | None
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

    async def request(self, customer_id: int, order_id: int, reason: str) -> RefundResult:
        """Request a refund; returns once its first outcome is committed in PostgreSQL.

        Repeats and concurrent requests attach to the one workflow, or, when the order is
        already decided, get its outcome without starting anything.
        """
        order = await self._owned_order(customer_id, order_id)
        wid = refund_workflow_id(order_id)
        status = OrderStatus(order["status"])
        if status in FINAL_STATUSES or (
            status == OrderStatus.PENDING_REFUND and await self.is_open(wid)
        ):
            outcome = STATUS_OUTCOME[status]
            message = outcome_message(outcome, order["item"])
            return RefundResult(order_id=order_id, outcome=outcome, message=message)
        # Not started, or its workflow ended without deciding (failed, terminated): the
        # workflow id is reused for a fresh run; a running one is attached to.
        start = self._start_operation(customer_id, order_id, reason)
        wait = timedelta(seconds=self._settings.refund_commit_wait_seconds)
        try:
            result: RefundResult = await self._client.execute_update_with_start_workflow(
                COMMITTED_OUTCOME_UPDATE,
                start_workflow_operation=start,
                result_type=RefundResult,
                rpc_timeout=wait,
            )
        except WorkflowUpdateRPCTimeoutOrCancelledError as exc:
            _collect_start_error(start)
            log.warning("no worker committed the refund in time", extra={"order_id": order_id})
            raise NoWorker(order_id) from exc
        except RPCError:
            # Temporal refused (e.g. "Workflow Task in failed state" while a worker restarts):
            # answered as a 503 by the API's handler; safe to retry.
            _collect_start_error(start)
            raise
        except WorkflowUpdateFailedError as exc:
            cause = exc.cause
            if isinstance(cause, ApplicationError) and cause.type == ErrorType.ORDER_NOT_FOUND:
                raise OrderNotFound(f"order {order_id} not found") from exc
            raise
        return result

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
            WORKFLOW_TYPE,
            **self._start_arguments(customer_id, order_id, reason),
            result_type=RefundResult,
        )
        return True

    def _start_operation(
        self, customer_id: int, order_id: int, reason: str
    ) -> WithStartWorkflowOperation[Any, RefundResult]:
        """Start-or-attach for `execute_update_with_start_workflow`."""
        return WithStartWorkflowOperation(
            WORKFLOW_TYPE,
            **self._start_arguments(customer_id, order_id, reason),
            result_type=RefundResult,
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

    async def state(self, customer_id: int, order_id: int) -> RefundRecord:
        row = await self._pool.fetchrow(
            "SELECT p.order_id, p.status, r.requested_at, r.decided_at, r.decision, r.workflow_id"
            " FROM purchases p LEFT JOIN refunds r USING (order_id)"
            " WHERE p.order_id = $1 AND p.customer_id = $2",
            order_id,
            customer_id,
        )
        if row is None:
            raise OrderNotFound(f"order {order_id} not found")
        decision = row["decision"]
        return RefundRecord(
            order_id=order_id,
            status=OrderStatus(row["status"]),
            requested_at=row["requested_at"],
            decided_at=row["decided_at"],
            decision=DecisionOutcome(decision) if decision else None,
            workflow_id=row["workflow_id"],
        )


def _collect_start_error(start: WithStartWorkflowOperation[Any, RefundResult]) -> None:
    """Mark the start half's error as seen after the update-with-start call failed.

    The SDK (temporalio 1.35) gives the start operation a future of its own and, when the call
    fails before Temporal answered the start, sets the same error on it; nobody awaits it on
    that path, so asyncio logged "Future exception was never retrieved" for every timed-out
    request (a thousand lines during a worker restart). The error has already reached the
    caller. Only a finished future is read: this never waits, whatever the SDK version."""
    future = getattr(start, "_workflow_handle", None)
    if isinstance(future, asyncio.Future) and future.done() and not future.cancelled():
        future.exception()


def is_closed_workflow_error(exc: BaseException) -> bool:
    """Signals to a completed workflow fail with NOT_FOUND: the decision window is closed."""
    return isinstance(exc, RPCError) and exc.status == RPCStatusCode.NOT_FOUND
