"""Sending a reviewer's decision to the waiting workflow, and telling the truth about it.

Review links and the admin API both come here. A decision is only sent while the ledger says
the refund awaits review; otherwise the caller learns what already happened and nothing is sent.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

import asyncpg
from temporalio.client import Client
from temporalio.service import RPCError

from services.chat_api.refunds import is_closed_workflow_error
from workflows.contract import DECIDE_SIGNAL, Decision, DecisionChannel, DecisionKind
from workflows.vocabulary import DecisionOutcome, LedgerState

log = logging.getLogger(__name__)

# After a signal, how long the page waits to show the result (signals are fire-and-forget).
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
    state: str  # ledger state: PENDING_REVIEW, REFUNDED, REJECTED, FAILED
    status: str  # order status
    requested_at: dt.datetime
    decided_at: dt.datetime | None
    decided_by: str | None
    decision_note: str | None
    decision: DecisionOutcome | None  # how the review ended (None while open / no review)

    @property
    def pending(self) -> bool:
        return self.state == LedgerState.PENDING_REVIEW


def _view(row: asyncpg.Record) -> ReviewView:
    """A review row as the pages read it, its decision as the vocabulary names it."""
    fields = {k: row[k] for k in ReviewView.__dataclass_fields__}
    fields["decision"] = DecisionOutcome(row["decision"]) if row["decision"] else None
    return ReviewView(**fields)


SendResult = Literal["sent", "already_decided", "window_closed"]


class ReviewService:
    def __init__(self, pool: asyncpg.Pool, client: Client) -> None:
        self._pool = pool
        self._client = client

    async def view(self, order_id: int) -> ReviewView | None:
        row = await self._pool.fetchrow(REVIEW_QUERY + " WHERE r.order_id = $1", order_id)
        if row is None:
            return None
        return _view(row)

    async def list(self) -> list[ReviewView]:
        """Refunds that need or needed a person: failed and pending first, then the latest
        decisions."""
        rows = await self._pool.fetch(
            REVIEW_QUERY
            + " WHERE r.state IN ('PENDING_REVIEW', 'FAILED') OR r.decision IS NOT NULL"
            " ORDER BY (r.state = 'FAILED') DESC, (r.state = 'PENDING_REVIEW') DESC,"
            " coalesce(r.decided_at, r.requested_at) DESC LIMIT 200"
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
    ) -> tuple[SendResult, ReviewView]:
        """Signal the decision if the refund still awaits one; return what is true afterwards.

        The signal goes to one run: `run_id` (a review link's) or the run that owns the review,
        so a decision meant for an ended run never reaches a newer one.
        """
        if not view.pending:
            return "already_decided", view
        target = run_id or view.run_id
        if run_id and view.run_id and run_id != view.run_id:
            return "window_closed", view
        handle = self._client.get_workflow_handle(view.workflow_id, run_id=target)
        try:
            await handle.signal(
                DECIDE_SIGNAL,
                Decision(decision=decision, reviewer=reviewer, note=note, channel=channel),
            )
        except RPCError as exc:
            if not is_closed_workflow_error(exc):
                raise
            log.info("decision for a closed workflow", extra={"order_id": view.order_id})
            return "window_closed", await self._refreshed(view)
        log.info(
            "decision sent",
            extra={"order_id": view.order_id, "decision": decision, "reviewer": reviewer},
        )
        after = await self._await_result(view)
        if after.decision == "timed_out":
            # The signal reached the workflow as the review window closed: it was ignored.
            return "window_closed", after
        return "sent", after

    async def _refreshed(self, view: ReviewView) -> ReviewView:
        return await self.view(view.order_id) or view

    async def _await_result(self, view: ReviewView) -> ReviewView:
        """Poll the ledger briefly so the page can show the result of the decision."""
        deadline = asyncio.get_running_loop().time() + RESULT_WAIT_SECONDS
        current = view
        while current.pending and asyncio.get_running_loop().time() < deadline:
            await asyncio.sleep(0.1)
            current = await self._refreshed(view)
        return current
