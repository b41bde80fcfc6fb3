"""Sending a reviewer's decision to the waiting workflow, and telling the truth about it.

Review links and the admin API both come here. A decision is only sent while the ledger says
the refund awaits review; otherwise the caller learns what already happened and nothing is sent.
A sent decision is a signal carrying its own id; the first one a run receives counts, and the
run's `decision_receipt` update tells each sender whether theirs did, so two people deciding at
once are told the truth: "your approval was recorded" and "already approved by X on T".
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from typing import Any, Literal

import asyncpg
from temporalio.client import (
    Client,
    WorkflowFailureError,
    WorkflowHandle,
    WorkflowQueryFailedError,
    WorkflowUpdateFailedError,
    WorkflowUpdateRPCTimeoutOrCancelledError,
)
from temporalio.service import RPCError

from services.chat_api.refunds import is_closed_workflow_error
from services.common.formats import long_timestamp
from workflows.contract import (
    DECIDE_SIGNAL,
    DECISION_RECEIPT_UPDATE,
    STATUS_QUERY,
    DecisionChannel,
    DecisionKind,
    DecisionReceipt,
    ReviewDecision,
    RunStatus,
)
from workflows.vocabulary import DecisionOutcome, LedgerState, OrderStatus

log = logging.getLogger(__name__)
Handle = WorkflowHandle[Any, Any]

# How long a decision waits for the run to say whether it counted (a worker must take the
# workflow task: milliseconds normally), and then for the run to act on it (pay or reject).
RECEIPT_WAIT_SECONDS = 5.0
RESULT_WAIT_SECONDS = 3.0

REVIEW_QUERY = """
SELECT r.order_id, r.workflow_id, r.run_id, r.failure, r.amount, r.reason, r.state,
       r.requested_at, r.decided_at, r.decided_by, r.decision_note, r.decision,
       p.item, p.order_date, p.price, p.status,
       c.name AS customer_name, c.email AS customer_email
FROM refunds r JOIN purchases p USING (order_id) JOIN customers c ON c.id = p.customer_id
"""


@dataclass(frozen=True)
class ReviewView:
    order_id: int
    workflow_id: str
    run_id: str | None  # the run that owns the review now (None: recorded before runs were)
    failure: str | None  # why the last run failed, when the state is FAILED
    item: str
    order_date: dt.date
    price: Decimal
    reason: str
    customer_name: str
    customer_email: str
    state: LedgerState  # the ledger row's state (PENDING_REVIEW, REFUNDED, REJECTED, FAILED)
    status: OrderStatus
    requested_at: dt.datetime
    decided_at: dt.datetime | None
    decided_by: str | None
    decision_note: str | None
    decision: DecisionOutcome | None  # how the review ended (None while open / no review)

    @property
    def pending(self) -> bool:
        return self.state == LedgerState.PENDING_REVIEW


def _view(row: asyncpg.Record) -> ReviewView:
    """A review row as the pages read it, its values as the vocabulary names them."""
    fields = {k: row[k] for k in ReviewView.__dataclass_fields__}
    fields["decision"] = DecisionOutcome(row["decision"]) if row["decision"] else None
    fields["state"] = LedgerState(row["state"])
    fields["status"] = OrderStatus(row["status"])
    return ReviewView(**fields)


class ReviewNotFound(Exception):
    """No refund review exists for the order (no refund was requested for it)."""


class DecisionNotApplied(Exception):
    """A reviewer's decision did not count: another one came first, or the window had closed;
    `message` says which (DecisionTruth.message)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


DecisionResult = Literal["recorded", "already_decided", "window_closed", "unconfirmed"]
DONE = {DecisionKind.APPROVE: "approved", DecisionKind.REJECT: "rejected"}
NOUN = {DecisionKind.APPROVE: "approval", DecisionKind.REJECT: "rejection"}


@dataclass(frozen=True)
class DecisionTruth:
    """What became of one person's decision, from the workflow's own record: it counted
    ("recorded"), another decision came first ("already_decided"), the review window had closed,
    or the workflow did not answer in time ("unconfirmed"); and the ledger's view afterwards."""

    result: DecisionResult
    mine: DecisionKind
    view: ReviewView
    # The decision that counts, when another one does (or the moment the window closed).
    decided: str | None = None  # "approved" / "rejected"
    decided_by: str | None = None
    decided_at: dt.datetime | None = None

    @property
    def message(self) -> str:
        """The sentence the review page and the admin console show."""
        mine = NOUN[self.mine]
        if self.result == "recorded":
            if self.view.decision is not None:
                return f"Your {mine} was recorded: the refund was {_ended(self.view)}."
            return f"Your {mine} was recorded; the refund is being processed."
        if self.result == "already_decided":
            by = f" by {self.decided_by}" if self.decided_by else ""
            on = f" on {long_timestamp(self.decided_at)}" if self.decided_at else ""
            return f"Already {self.decided}{by}{on}; your {mine} was not applied."
        if self.result == "window_closed":
            if self.decided_at is not None:
                closed = f"closed on {long_timestamp(self.decided_at)} without a decision"
                return f"The review window {closed}; your {mine} was not applied."
            return f"This refund no longer waits for review; your {mine} was not applied."
        return (
            f"Your {mine} was sent, but the refund has not confirmed it yet; reload this page"
            " in a moment to see whether it counted."
        )


def _ended(view: ReviewView) -> str:
    """How a decided review ended, in words."""
    if view.decision == DecisionOutcome.APPROVED:
        return "approved and paid" if view.status == OrderStatus.REFUNDED else "approved"
    return "rejected"


def from_ledger(view: ReviewView, mine: DecisionKind) -> DecisionTruth:
    """The truth for a decision the ledger already answers: the review ended before it."""
    if view.decision in (DecisionOutcome.APPROVED, DecisionOutcome.REJECTED):
        done = "approved" if view.decision == DecisionOutcome.APPROVED else "rejected"
        return DecisionTruth("already_decided", mine, view, done, view.decided_by, view.decided_at)
    closed_at = view.decided_at if view.decision == DecisionOutcome.TIMED_OUT else None
    return DecisionTruth("window_closed", mine, view, decided_at=closed_at)


class ReviewService:
    def __init__(self, pool: asyncpg.Pool, client: Client) -> None:
        self._pool = pool
        self._client = client

    async def view(self, order_id: int) -> ReviewView | None:
        """The order's review as the ledger records it (None: no refund was requested)."""
        row = await self._pool.fetchrow(REVIEW_QUERY + " WHERE r.order_id = $1", order_id)
        if row is None:
            return None
        return _view(row)

    async def list(self) -> list[ReviewView]:
        """Refunds that need or needed a person: failed and pending first, then the latest
        decisions."""
        rows = await self._pool.fetch(
            REVIEW_QUERY + " WHERE r.state IN ($1, $2) OR r.decision IS NOT NULL"
            " ORDER BY (r.state = $2) DESC, (r.state = $1) DESC,"
            " coalesce(r.decided_at, r.requested_at) DESC LIMIT 200",
            LedgerState.PENDING_REVIEW,
            LedgerState.FAILED,
        )
        return [_view(r) for r in rows]

    async def decide(
        self,
        view: ReviewView,
        decision: DecisionKind,
        reviewer: str,
        note: str,
        *,
        channel: DecisionChannel,
        run_id: str | None = None,
    ) -> DecisionTruth:
        """Signal the decision if the refund still awaits one, then tell the truth about it
        from the workflow's record: whether this decision counted, or which one did.

        The signal goes to one run: `run_id` (a review link's) or the run that owns the review,
        so a decision meant for an ended run never reaches a newer one. It carries a fresh
        decision id; the `decision_receipt` update returns once the run has received it.
        """
        if not view.pending:
            return from_ledger(view, decision)
        if run_id and view.run_id and run_id != view.run_id:
            return DecisionTruth("window_closed", decision, view)
        handle = self._client.get_workflow_handle(view.workflow_id, run_id=run_id or view.run_id)
        decision_id = uuid.uuid4().hex
        try:
            await handle.signal(
                DECIDE_SIGNAL,
                ReviewDecision(
                    decision=decision, reviewer=reviewer, note=note, channel=channel,
                    decision_id=decision_id,
                ),
            )  # fmt: skip
        except RPCError as exc:
            if not is_closed_workflow_error(exc):
                raise
            log.info("decision for a closed workflow", extra={"order_id": view.order_id})
            return from_ledger(await self._refreshed(view), decision)
        log.info(
            "decision sent",
            extra={"order_id": view.order_id, "decision": decision, "reviewer": reviewer},
        )
        receipt = await self._receipt(handle, decision_id)
        if receipt is None:
            return DecisionTruth("unconfirmed", decision, await self._refreshed(view))
        if receipt.applied:
            await self._outcome(handle)
            return DecisionTruth("recorded", decision, await self._refreshed(view))
        after = await self._refreshed(view)
        if receipt.window_closed or receipt.decision is None:
            return DecisionTruth("window_closed", decision, after, decided_at=receipt.decided_at)
        return DecisionTruth(
            "already_decided", decision, after,
            DONE[receipt.decision], receipt.decided_by, receipt.decided_at,
        )  # fmt: skip

    async def _receipt(self, handle: Handle, decision_id: str) -> DecisionReceipt | None:
        """Whether the run counted decision `decision_id`, from the run itself; None when it
        cannot say in time (no worker answers, or a worker too old to know the update)."""
        try:
            receipt: DecisionReceipt = await handle.execute_update(
                DECISION_RECEIPT_UPDATE,
                decision_id,
                result_type=DecisionReceipt,
                rpc_timeout=timedelta(seconds=RECEIPT_WAIT_SECONDS),
            )
            return receipt
        except (WorkflowUpdateRPCTimeoutOrCancelledError, WorkflowUpdateFailedError):
            return None
        except RPCError as exc:
            if not is_closed_workflow_error(exc):
                raise
        # The run ended between the signal and the update: the signal is in its history, so
        # its final state (queried from the closed run) says which decision counted.
        try:
            status = await handle.query(STATUS_QUERY, result_type=RunStatus)
        except (RPCError, WorkflowQueryFailedError):
            return None
        return DecisionReceipt(
            decision_id=decision_id,
            applied=status.decision_id == decision_id,
            decision=status.decision,
            decided_by=status.decided_by,
            decided_at=status.decided_at or status.review_deadline,
            window_closed=status.decision is None,
        )

    async def _outcome(self, handle: Handle) -> None:
        """Wait (a bounded time) for the run to act on the decision that counted: it ends once
        the refund is paid or the rejection recorded."""
        try:
            async with asyncio.timeout(RESULT_WAIT_SECONDS):
                await handle.result(follow_runs=False)
        except (TimeoutError, WorkflowFailureError):
            pass  # still paying, or failed: the refreshed ledger says which

    async def _refreshed(self, view: ReviewView) -> ReviewView:
        return await self.view(view.order_id) or view
