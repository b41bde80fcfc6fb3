"""A refund's progress as operators see it in the Temporal Web UI, written by RefundWorkflow at
each stage: the search attributes it upserts (`RefundStatus`, `RefundAmount`, `CustomerId`,
`NeedsReview`, `DecidedBy`) and its current details ("waiting for review since …").

Upserts are commands in the run's history, so they sit behind `workflow.patched`: a run started
before them replays without them and never upserts (its Web UI row keeps only `OrderId`). The
current details are not history (the Web UI asks the worker for them), so every run shows them.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from temporalio import workflow
from temporalio.common import SearchAttributeUpdate

with workflow.unsafe.imports_passed_through():
    from services.common.money import display_amount
    from workflows.contract import DecisionKind, OrderFacts, ReviewDecision, SettleResult
    from workflows.visibility import (
        CUSTOMER_ID,
        DECIDED_BY,
        NEEDS_REVIEW,
        REFUND_AMOUNT,
        REFUND_STATUS,
        shown,
        staff,
        when,
    )
    from workflows.vocabulary import Decider, Outcome, RunProgress

# Patch id of the search attribute upserts: never rename or reuse it.
PATCH_SEARCH_ATTRIBUTES = "refund-search-attributes"
# A reviewer's name as the DecidedBy keyword, in characters: Temporal terminates a run whose
# upsert carries a value over 2 KB ("BadSearchAttributes ... exceeds size limit 2048").
MAX_DECIDED_BY_CHARS = 200
FINAL_PROGRESS = {
    Outcome.REFUNDED: RunProgress.REFUNDED,
    Outcome.REJECTED: RunProgress.REJECTED,
    Outcome.FAILED: RunProgress.FAILED,
}


class Progress:
    """Search attributes and current details of one run, stage by stage."""

    def __init__(self) -> None:
        self._upserts: bool | None = None  # decided by the patch at the first upsert
        self._waiting = ""  # the review's "waiting since … decides by …" words
        workflow.set_current_details("recording the request")

    def _upsert(self, *updates: SearchAttributeUpdate[Any]) -> None:
        """Upsert search attributes, in runs started with this code (see the module docstring)."""
        if self._upserts is None:
            self._upserts = workflow.patched(PATCH_SEARCH_ATTRIBUTES)
        if self._upserts:
            workflow.upsert_search_attributes(list(updates))

    def opened(self, order: OrderFacts, *, paying: bool, threshold: Decimal) -> None:
        """The request is recorded and the order read: paid at once, or it waits for review."""
        status = RunProgress.PAYING if paying else RunProgress.AWAITING_REVIEW
        facts: list[SearchAttributeUpdate[Any]] = [
            REFUND_STATUS.value_set(status),
            REFUND_AMOUNT.value_set(float(order.price)),
            CUSTOMER_ID.value_set(order.customer_id),
            NEEDS_REVIEW.value_set(not paying),
        ]
        if paying:
            facts.append(DECIDED_BY.value_set(Decider.AUTOMATIC))
            workflow.set_current_details(
                f"paying {display_amount(order.price)} at once"
                f" (within the {display_amount(threshold)} review threshold)"
            )
        self._upsert(*facts)

    def already(self, outcome: Outcome) -> None:
        """An earlier run decided this order; this one changes nothing."""
        self._upsert(REFUND_STATUS.value_set(FINAL_PROGRESS[outcome]))
        workflow.set_current_details(f"already {outcome} by an earlier run; nothing changed")

    def reviewing(self, deadline: dt.datetime) -> None:
        """The review window is open (its status was upserted with the order's facts)."""
        self._waiting = (
            f"waiting for review since {when(workflow.now())}, {{email}}, decides by"
            f" {when(deadline)} (rejected if nobody decides)"
        )
        workflow.set_current_details(self._waiting.format(email="review link being emailed"))

    def emailed(self, to: str | None) -> None:
        """The review email was sent (to the reviewer's address) or refused for good."""
        if not self._waiting:
            return
        sent = f"link sent to {staff(to)}" if to else "the review email was refused"
        workflow.set_current_details(self._waiting.format(email=sent))

    def decided(self, decision: ReviewDecision | None, at: dt.datetime) -> None:
        """The review is over: a reviewer decided, or nobody did before the deadline."""
        self._waiting = ""
        if decision is None:
            self._upsert(
                REFUND_STATUS.value_set(RunProgress.REJECTING),
                DECIDED_BY.value_set(Decider.TIMEOUT),
            )
            workflow.set_current_details(f"nobody decided by {when(at)}; recording the rejection")
            return
        approved = decision.decision == DecisionKind.APPROVE
        status = RunProgress.PAYING if approved else RunProgress.REJECTING
        reviewer = decision.reviewer[:MAX_DECIDED_BY_CHARS]
        self._upsert(REFUND_STATUS.value_set(status), DECIDED_BY.value_set(reviewer))
        verb, then = ("approved", "paying") if approved else ("rejected", "recording it")
        workflow.set_current_details(f"{verb} by {staff(decision.reviewer)} at {when(at)}; {then}")

    def paid(self, result: SettleResult, decision: ReviewDecision | None) -> None:
        """The refund is paid: the payment reference, and who approved it."""
        self._upsert(REFUND_STATUS.value_set(RunProgress.REFUNDED))
        who = f"approved by {staff(decision.reviewer)}" if decision else "automatically"
        workflow.set_current_details(
            f"paid {display_amount(result.amount)} at {when(workflow.now())}, {who};"
            f" payment ref {shown(result.payment_ref, 80)}"
        )

    def rejected(self, decision: ReviewDecision | None, at: dt.datetime) -> None:
        """The refund is rejected, by a reviewer or by the deadline."""
        self._upsert(REFUND_STATUS.value_set(RunProgress.REJECTED))
        if decision is None:
            workflow.set_current_details(f"rejected: nobody decided by {when(at)}")
        else:
            workflow.set_current_details(f"rejected by {staff(decision.reviewer)} at {when(at)}")

    def failed(self, error_type: str) -> None:
        """The refund failed for good and is recorded as REFUND_FAILED."""
        self._upsert(REFUND_STATUS.value_set(RunProgress.FAILED))
        workflow.set_current_details(
            f"failed for good ({shown(error_type, 80)}); recorded as REFUND_FAILED at"
            f" {when(workflow.now())}; the customer may ask again"
        )
