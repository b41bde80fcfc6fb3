"""What crosses the workflow boundary: inputs, results, the decision signal and the status query.

Pydantic models so money stays `Decimal` and waits stay `timedelta` in Temporal's history.
No secret is ever part of these.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

Outcome = Literal["refunded", "pending_review", "rejected", "failed"]
Stage = Literal[
    "opening", "paying", "awaiting_review", "closing_review", "rejecting", "refunded", "rejected",
    "failing", "failed",
]  # fmt: skip
DecisionKind = Literal["approve", "reject"]
# Where a decision came from, for the audit trail ("timeout" when the window closed).
DecisionChannel = Literal["email_link", "admin_console", "timeout"]


OUTCOME_MESSAGES: dict[Outcome, str] = {
    "refunded": "The refund for {item} has been paid.",
    "pending_review": (
        "The refund for {item} is over our automatic limit, so a person will review it;"
        " you will be told the decision here."
    ),
    "rejected": "The refund for {item} was not approved.",
    "failed": (
        "The refund for {item} could not be completed because of a problem on our side; our team"
        " has been told. You can ask for it again."
    ),
}


def outcome_message(outcome: Outcome, item: str) -> str:
    """What the customer is told about a refund's committed outcome."""
    return OUTCOME_MESSAGES[outcome].format(item=item)


def refund_workflow_id(order_id: int) -> str:
    """One workflow id per order: concurrent requests attach to the same refund."""
    return f"refund-{order_id}"


class RefundInput(BaseModel):
    order_id: int
    customer_id: int
    reason: str
    # Policy is an input, so the workflow stays deterministic and tests can wait seconds.
    review_threshold: Decimal
    review_timeout: dt.timedelta
    # A step still failing after this long stops retrying: the refund is recorded as failed
    # and a person looks (PostgreSQL down for that long, a bug). Tests make it seconds.
    give_up_after: dt.timedelta = dt.timedelta(hours=1)


class RefundResult(BaseModel):
    order_id: int
    outcome: Outcome
    message: str


class Decision(BaseModel):
    """The `decide` signal: what a reviewer chose."""

    decision: DecisionKind
    reviewer: str
    note: str = ""
    # None in signals sent before the channel was recorded.
    channel: DecisionChannel | None = None


class RefundStatus(BaseModel):
    """The `status` query, for review pages and operators."""

    order_id: int
    stage: Stage
    outcome: Outcome | None = None
    decision: DecisionKind | None = None
    decided_by: str | None = None
    decided_at: dt.datetime | None = None
    review_deadline: dt.datetime | None = None


# Activities ---------------------------------------------------------------------------


class OpenRefundInput(BaseModel):
    workflow_id: str
    # The run that owns the ledger row from now on (empty from workflows started before).
    run_id: str = ""
    order_id: int
    customer_id: int
    reason: str
    review_threshold: Decimal


class OrderFacts(BaseModel):
    order_id: int
    customer_id: int
    customer_name: str
    customer_email: str
    item: str
    order_date: dt.date
    price: Decimal


class OpenRefundResult(BaseModel):
    """What the workflow does next: pay now, ask a reviewer, or nothing (already decided)."""

    action: Literal["settle", "review", "done"]
    outcome: Outcome | None = None
    order: OrderFacts


class SettleInput(BaseModel):
    workflow_id: str
    order_id: int
    run_id: str = ""
    # Set when a reviewer approved; the settle transaction also writes the customer's notice.
    decided_by: str | None = None
    decision_note: str | None = None
    decided_at: dt.datetime | None = None
    decision_channel: DecisionChannel | None = None


class SettleResult(BaseModel):
    payment_ref: str
    amount: Decimal


class RejectInput(BaseModel):
    workflow_id: str
    order_id: int
    cause: Literal["rejected", "timed_out"]
    decided_by: str
    decision_note: str = ""
    decided_at: dt.datetime
    run_id: str = ""
    decision_channel: DecisionChannel | None = None


class FailInput(BaseModel):
    """A refund that cannot finish: what failed, for the order, the audit trail and operators."""

    workflow_id: str
    run_id: str
    order_id: int
    error_type: str
    message: str


class ReviewEmailInput(BaseModel):
    workflow_id: str
    # The link in the email decides this run only.
    run_id: str = ""
    order: OrderFacts
    reason: str
    # The link expires with the review window.
    review_deadline: dt.datetime


class ReviewEmailResult(BaseModel):
    email_id: int
    to: str
    sent_now: bool = Field(description="False when an earlier attempt had already sent it")
