"""Starting refund workflows and reading their state: the one path that the HTTP route and the
agent's refund tool both use, so both get the same guarantees.

Only the contract (workflows/contract.py) is imported: the workflow is started, updated and
described by its contract names, so this process never loads the activities' code."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta
from typing import Any

import asyncpg
from pydantic import BaseModel
from temporalio.client import (
    Client,
    WithStartWorkflowOperation,
    WorkflowExecutionDescription,
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

from services.common.clock import utc_now
from services.common.config import Settings
from services.common.formats import Timestamp
from services.common.temporal import ORDER_ID_ATTRIBUTE
from workflows.contract import (
    COMMITTED_OUTCOME_UPDATE,
    WORKFLOW_TYPE,
    ErrorType,
    RefundInput,
    RefundResult,
    refund_workflow_id,
)
from workflows.visibility import (
    CUSTOMER_ID,
    REFUND_AMOUNT,
    REFUND_STATUS,
    REFUND_SUMMARY,
    REQUEST_CHANNEL,
    refund_details,
    refund_summary,
)
from workflows.vocabulary import (
    FINAL_STATUSES,
    STATUS_OUTCOME,
    DecisionOutcome,
    OrderStatus,
    RequestChannel,
    RunProgress,
    outcome_message,
)

log = logging.getLogger(__name__)

# A dead worker's workflow task is handed to another worker after this long.
WORKFLOW_TASK_TIMEOUT = timedelta(seconds=2)
# The longest a failed request waits to read its start's outcome (it is settled already).
START_OUTCOME_WAIT = timedelta(seconds=0.5)


class OrderNotFound(Exception):
    """No such order for this customer (another customer's order looks the same)."""


class NoWorker(Exception):
    """No worker committed the refund in time; the request is safe to retry."""


class RefundState(BaseModel):
    """Where the customer's refund of one order stands, as PostgreSQL records it (the running
    workflow's own view is the `status` query's RunStatus); GET /api/refunds/{order_id}."""

    order_id: int
    status: OrderStatus
    requested_at: Timestamp | None
    decided_at: Timestamp | None
    decision: DecisionOutcome | None
    workflow_id: str | None


class RefundService:
    def __init__(self, pool: asyncpg.Pool, client: Client, settings: Settings) -> None:
        self._pool = pool
        self._client = client
        self._settings = settings

    async def _owned_order(self, customer_id: int, order_id: int) -> asyncpg.Record:
        """The customer's order (its id, item, price and status), or OrderNotFound."""
        row = await self._pool.fetchrow(
            "SELECT order_id, customer_id, item, price, status FROM purchases"
            " WHERE order_id = $1 AND customer_id = $2",
            order_id,
            customer_id,
        )
        if row is None:
            raise OrderNotFound(f"order {order_id} not found")
        return row

    async def request(
        self,
        customer_id: int,
        order_id: int,
        reason: str,
        *,
        channel: RequestChannel = RequestChannel.API,
    ) -> RefundResult:
        """Request a refund; returns once its first outcome is committed in PostgreSQL.

        Repeats and concurrent requests attach to the one workflow, or, when the order is
        already decided, get its outcome without starting anything. `channel` says where the
        customer asked (the `RequestChannel` search attribute).
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
        start: WithStartWorkflowOperation[Any, RefundResult] = WithStartWorkflowOperation(
            WORKFLOW_TYPE,
            **self._start_arguments(order, reason, channel),
            result_type=RefundResult,
        )
        wait = timedelta(seconds=self._settings.refund_commit_wait_seconds)
        try:
            result: RefundResult = await self._client.execute_update_with_start_workflow(
                COMMITTED_OUTCOME_UPDATE,
                start_workflow_operation=start,
                result_type=RefundResult,
                rpc_timeout=wait,
            )
        except WorkflowUpdateRPCTimeoutOrCancelledError as exc:
            await _collect_start_error(start)
            log.warning("no worker committed the refund in time", extra={"order_id": order_id})
            raise NoWorker(order_id) from exc
        except RPCError:
            # Temporal refused (e.g. "Workflow Task in failed state" while a worker restarts):
            # answered as a 503 by the API's handler; safe to retry.
            await _collect_start_error(start)
            raise
        except WorkflowUpdateFailedError as exc:
            cause = exc.cause
            if isinstance(cause, ApplicationError) and cause.type == ErrorType.ORDER_NOT_FOUND:
                raise OrderNotFound(f"order {order_id} not found") from exc
            raise
        return result

    async def _latest_run(self, workflow_id: str) -> WorkflowExecutionDescription | None:
        """The refund's latest run as Temporal describes it (None when it never existed)."""
        try:
            return await self._client.get_workflow_handle(workflow_id).describe()
        except RPCError as exc:
            if exc.status == RPCStatusCode.NOT_FOUND:
                return None
            raise

    async def is_open(self, workflow_id: str) -> bool:
        """Whether the refund's latest run is still running (False when it never existed)."""
        run = await self._latest_run(workflow_id)
        return run is not None and run.status == WorkflowExecutionStatus.RUNNING

    async def restart(self, customer_id: int, order_id: int, reason: str) -> bool:
        """Start a fresh run for a refund whose workflow ended undecided (reconciliation);
        False when a run is open already (nothing started). The new run keeps the request's
        channel when the ended run still shows it."""
        order = await self._owned_order(customer_id, order_id)
        ended = await self._latest_run(refund_workflow_id(order_id))
        if ended is not None and ended.status == WorkflowExecutionStatus.RUNNING:
            return False
        known = ended.typed_search_attributes.get(REQUEST_CHANNEL) if ended else None
        channel = RequestChannel(known) if known in set(RequestChannel) else None
        await self._client.start_workflow(
            WORKFLOW_TYPE,
            **self._start_arguments(order, reason, channel, restarted=True),
            result_type=RefundResult,
        )
        return True

    def _start_arguments(
        self,
        order: asyncpg.Record,
        reason: str,
        channel: RequestChannel | None,
        *,
        restarted: bool = False,
    ) -> dict[str, Any]:
        """What starting a run takes: its input, the options every run shares, and what the
        Temporal Web UI shows of it (summary, details, the request's search attributes)."""
        order_id: int = order["order_id"]
        customer_id: int = order["customer_id"]
        threshold = self._settings.refund_review_threshold
        timeout = timedelta(seconds=self._settings.refund_review_timeout)
        details = refund_details(
            reason=reason,
            amount=order["price"],
            threshold=threshold,
            channel=channel,
            requested_at=utc_now(),
            review_timeout=timeout,
            admin_page=f"{self._settings.public_base_url.rstrip('/')}/admin/",
            restarted=restarted,
        )
        summary = refund_summary(order["price"], order_id, order["item"], customer_id)
        attributes: list[SearchAttributePair[Any]] = [
            SearchAttributePair(ORDER_ID_ATTRIBUTE, order_id),
            SearchAttributePair(CUSTOMER_ID, customer_id),
            SearchAttributePair(REFUND_AMOUNT, float(order["price"])),
            SearchAttributePair(REFUND_STATUS, RunProgress.REQUESTED.value),
            # The Web UI's list shows this column, not the summary (same text).
            SearchAttributePair(REFUND_SUMMARY, summary),
        ]
        if channel is not None:
            attributes.append(SearchAttributePair(REQUEST_CHANNEL, channel.value))
        return dict(
            arg=RefundInput(
                order_id=order_id,
                customer_id=customer_id,
                reason=reason,
                review_threshold=threshold,
                review_timeout=timeout,
            ),
            id=refund_workflow_id(order_id),
            task_queue=self._settings.temporal_task_queue,
            id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
            # A closed run (refunded, failed, terminated) never blocks a new one.
            id_reuse_policy=WorkflowIDReusePolicy.ALLOW_DUPLICATE,
            task_timeout=WORKFLOW_TASK_TIMEOUT,
            search_attributes=TypedSearchAttributes(attributes),
            static_summary=summary,
            static_details=details,
        )

    async def state(self, customer_id: int, order_id: int) -> RefundState:
        """Where the refund of one of the customer's orders stands; OrderNotFound if it is not
        theirs."""
        row = await self._pool.fetchrow(
            "SELECT p.order_id, p.status, r.requested_at, r.decided_at, r.decision, r.workflow_id"
            " FROM purchases p LEFT JOIN refunds r USING (order_id)"
            " WHERE p.order_id = $1 AND p.customer_id = $2",
            order_id,
            customer_id,
        )
        if row is None:
            raise OrderNotFound(f"order {order_id} not found")
        return RefundState.model_validate(dict(row))


async def _collect_start_error(start: WithStartWorkflowOperation[Any, RefundResult]) -> None:
    """Read the start half's outcome after the update-with-start call failed.

    The SDK gives the start operation an outcome of its own (`workflow_handle()`) and, when the
    call fails before Temporal answered the start, fails it with the same error; unread, asyncio
    logged "Future exception was never retrieved" for every timed-out request (a thousand lines
    during a worker restart). The error has already reached the caller. The SDK settles that
    outcome before the call raises, so this returns at once; it waits START_OUTCOME_WAIT at
    most, should a later SDK leave it open."""
    try:
        async with asyncio.timeout(START_OUTCOME_WAIT.total_seconds()):
            await start.workflow_handle()
    except Exception:  # the caller already has the error (or there was none to read)
        pass


def is_closed_workflow_error(exc: BaseException) -> bool:
    """Signals to a completed workflow fail with NOT_FOUND: the decision window is closed."""
    return isinstance(exc, RPCError) and exc.status == RPCStatusCode.NOT_FOUND
