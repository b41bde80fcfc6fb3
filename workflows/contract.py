"""The contract between the chat API, the workflow and the activities: names, the id scheme,
the workflow's input and result, the decision signal, the status query, activity payloads.

Both processes import this module and workflows/vocabulary.py, never each other's code: the chat
API never loads the workflow's activities (ledger, payments, SendGrid). Pydantic models so money
stays `Decimal` and waits stay `timedelta` in Temporal's history. No secret is ever part of these.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, Field

from workflows.vocabulary import (
    DecisionChannel,
    DecisionKind,
    DecisionOutcome,
    Outcome,
    outcome_message,
)

__all__ = [
    "COMMITTED_OUTCOME_UPDATE",
    "DECIDE_SIGNAL",
    "DECISION_RECEIPT_UPDATE",
    "STATUS_QUERY",
    "WORKFLOW_TYPE",
    "ActivityName",
    "DecisionChannel",
    "DecisionKind",
    "DecisionOutcome",
    "DecisionReceipt",
    "ErrorType",
    "FailInput",
    "OpenRefundInput",
    "OpenRefundResult",
    "OrderFacts",
    "Outcome",
    "RefundInput",
    "RefundResult",
    "RejectInput",
    "ReviewDecision",
    "ReviewEmailInput",
    "ReviewEmailResult",
    "RunStatus",
    "SettleInput",
    "SettleResult",
    "Stage",
    "outcome_message",
    "refund_workflow_id",
]  # fmt: skip

# The stages the `status` query reports, in the order a run goes through them.
Stage = Literal[
    "opening", "paying", "awaiting_review", "closing_review", "rejecting", "refunded", "rejected",
    "failing", "failed",
]  # fmt: skip

# Names both processes use: the worker registers them, the chat API starts, signals and queries
# by them. Never rename one while a run may still be open (histories record them).
WORKFLOW_TYPE = "RefundWorkflow"
COMMITTED_OUTCOME_UPDATE = "committed_outcome"
DECIDE_SIGNAL = "decide"
DECISION_RECEIPT_UPDATE = "decision_receipt"
STATUS_QUERY = "status"


class ActivityName(StrEnum):
    """The activities the workflow calls by name; the worker registers them under these."""

    OPEN_REFUND = "open_refund"
    SETTLE_REFUND = "settle_refund"
    REJECT_REFUND = "reject_refund"
    FAIL_REFUND = "fail_refund"
    SEND_REVIEW_EMAIL = "send_review_email"


class ErrorType(StrEnum):
    """`ApplicationError.type`s that cross the boundary: matched on by type, never by message."""

    ORDER_NOT_FOUND = "OrderNotFound"
    LEDGER_MISSING = "LedgerMissing"
    NOT_PAYABLE = "NotPayable"
    INVALID_DATA = "InvalidData"
    EMAIL_REJECTED = "EmailRejected"
    REFUND_FAILED = "RefundFailed"


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
    """The committed outcome of a refund request: the `committed_outcome` update's answer and
    the workflow's result, and what the chat API tells the customer."""

    order_id: int
    outcome: Outcome
    message: str

    @property
    def workflow_id(self) -> str:
        """The refund's workflow id (one per order)."""
        return refund_workflow_id(self.order_id)


class ReviewDecision(BaseModel):
    """The `decide` signal: what a reviewer chose."""

    decision: DecisionKind
    reviewer: str
    note: str = ""
    # None in signals sent before the channel was recorded.
    channel: DecisionChannel | None = None
    # Names this signal, so its sender can ask whether it counted (`decision_receipt`);
    # empty in signals sent before decisions had ids.
    decision_id: str = ""


class DecisionReceipt(BaseModel):
    """The `decision_receipt` update's answer: whether one decision counted, and the decision
    that did (the first one wins), so the page that sent it can tell the person the truth."""

    decision_id: str
    applied: bool
    # The decision that counts, when one does: what, who and when.
    decision: DecisionKind | None = None
    decided_by: str | None = None
    decided_at: dt.datetime | None = None
    # True when the review window had closed (deadline passed) before this decision arrived.
    window_closed: bool = False


class RunStatus(BaseModel):
    """The `status` query, for review pages and operators."""

    order_id: int
    stage: Stage
    outcome: Outcome | None = None
    decision: DecisionKind | None = None
    decided_by: str | None = None
    decided_at: dt.datetime | None = None
    review_deadline: dt.datetime | None = None
    # The id of the decision that counted (see ReviewDecision.decision_id).
    decision_id: str | None = None


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
    cause: Literal[DecisionOutcome.REJECTED, DecisionOutcome.TIMED_OUT]
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
