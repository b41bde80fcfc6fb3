"""What crosses the workflow boundary: inputs, results, the decision signal and the status query.

Pydantic models so money stays `Decimal` and waits stay `timedelta` in Temporal's history.
No secret is ever part of these.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

Outcome = Literal["refunded", "pending_review", "rejected"]
Stage = Literal["opening", "paying", "awaiting_review", "rejecting", "refunded", "rejected"]
DecisionKind = Literal["approve", "reject"]


OUTCOME_MESSAGES: dict[Outcome, str] = {
    "refunded": "The refund for {item} has been paid.",
    "pending_review": (
        "The refund for {item} is over our automatic limit, so a person will review it;"
        " you will be told the decision here."
    ),
    "rejected": "The refund for {item} was not approved.",
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


class RefundResult(BaseModel):
    order_id: int
    outcome: Outcome
    message: str


class Decision(BaseModel):
    """The `decide` signal: what a reviewer chose."""

    decision: DecisionKind
    reviewer: str
    note: str = ""


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
    # Set when a reviewer approved; the settle transaction also writes the customer's notice.
    decided_by: str | None = None
    decision_note: str | None = None
    decided_at: dt.datetime | None = None


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


class ReviewEmailInput(BaseModel):
    workflow_id: str
    order: OrderFacts
    reason: str
    # The link expires with the review window.
    review_deadline: dt.datetime


class ReviewEmailResult(BaseModel):
    email_id: int
    to: str
    sent_now: bool = Field(description="False when an earlier attempt had already sent it")
