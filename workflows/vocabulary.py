"""The refund's one vocabulary: order statuses, ledger states, outcomes and decisions, each with
the words people read.

The database stores these values (services/common/migrations/), the workflow and activities
write them, the chat API and the agent read them, the review page and the frontend show their
labels (frontend/assets/common.js is checked against STATUS_LABELS by a test). Plain `StrEnum`s:
a member equals its string value, so JSON, SQL and recorded workflow histories are unchanged.
Nothing here imports anything else of the project, so every process may import it.
"""

from __future__ import annotations

from enum import StrEnum


class OrderStatus(StrEnum):
    """`purchases.status`: where an order stands, as its owner sees it."""

    PURCHASED = "PURCHASED"
    PENDING_REFUND = "PENDING_REFUND"
    REFUNDED = "REFUNDED"
    REFUND_REJECTED = "REFUND_REJECTED"
    REFUND_FAILED = "REFUND_FAILED"


class LedgerState(StrEnum):
    """`refunds.state`: the refund ledger row's state (one row per order)."""

    REQUESTED = "REQUESTED"
    PENDING_REVIEW = "PENDING_REVIEW"
    REFUNDED = "REFUNDED"
    REJECTED = "REJECTED"
    FAILED = "FAILED"


class Outcome(StrEnum):
    """A refund request's committed outcome, as the workflow and the chat API answer it."""

    REFUNDED = "refunded"
    PENDING_REVIEW = "pending_review"
    REJECTED = "rejected"
    FAILED = "failed"


class DecisionOutcome(StrEnum):
    """`refunds.decision`: how a review ended (NULL while it is open, or with no review)."""

    APPROVED = "approved"
    REJECTED = "rejected"
    TIMED_OUT = "timed_out"


class DecisionKind(StrEnum):
    """What a reviewer chooses (the `decide` signal)."""

    APPROVE = "approve"
    REJECT = "reject"


class DecisionChannel(StrEnum):
    """Where a decision came from, for the audit trail ("timeout" when the window closed)."""

    EMAIL_LINK = "email_link"
    ADMIN_CONSOLE = "admin_console"
    TIMEOUT = "timeout"


class RefundProgress(StrEnum):
    """The `RefundStatus` search attribute: where a refund's workflow stands, as operators
    query it in the Temporal Web UI (`RefundStatus = "AWAITING_REVIEW"`)."""

    REQUESTED = "REQUESTED"  # started; the request is being recorded and the order read
    PAYING = "PAYING"  # a small refund, or an approved one, is being paid
    AWAITING_REVIEW = "AWAITING_REVIEW"  # waits for a person's decision (or the deadline)
    REJECTING = "REJECTING"  # rejected or timed out; the rejection is being recorded
    REFUNDED = "REFUNDED"  # paid (final)
    REJECTED = "REJECTED"  # not paid (final)
    FAILED = "FAILED"  # failed for good, recorded as REFUND_FAILED (final)


class RequestChannel(StrEnum):
    """The `RequestChannel` search attribute: where the customer asked for the refund."""

    CHAT = "chat"  # the assistant, after the customer confirmed its proposal
    API = "api"  # POST /api/refunds


class Decider(StrEnum):
    """`DecidedBy` values that are not a reviewer's name."""

    AUTOMATIC = "automatic"  # within the review threshold: paid without a person
    TIMEOUT = "timeout"  # nobody decided before the review deadline


# Badges and status lines on every page (customer, admin, review link).
STATUS_LABELS: dict[OrderStatus, str] = {
    OrderStatus.PURCHASED: "Purchased",
    OrderStatus.PENDING_REFUND: "Refund pending review",
    OrderStatus.REFUNDED: "Refunded",
    OrderStatus.REFUND_REJECTED: "Refund rejected",
    OrderStatus.REFUND_FAILED: "Refund failed — you can ask again",
}

# The same statuses inside the assistant's sentences ("Order 2: …, ordered on … — <phrase>").
STATUS_PHRASES: dict[OrderStatus, str] = {
    OrderStatus.PURCHASED: "purchased, with no refund requested",
    OrderStatus.PENDING_REFUND: "its refund is waiting for review by our staff",
    OrderStatus.REFUNDED: "refunded",
    OrderStatus.REFUND_REJECTED: "its refund was not approved",
    OrderStatus.REFUND_FAILED: "its refund failed on our side; you can ask for it again",
}

# What the customer is told about a refund's committed outcome ({item} names the order).
OUTCOME_MESSAGES: dict[Outcome, str] = {
    Outcome.REFUNDED: "The refund for {item} has been paid.",
    Outcome.PENDING_REVIEW: (
        "The refund for {item} is over our automatic limit, so a person will review it;"
        " you will be told the decision here."
    ),
    Outcome.REJECTED: "The refund for {item} was not approved.",
    Outcome.FAILED: (
        "The refund for {item} could not be completed because of a problem on our side; our team"
        " has been told. You can ask for it again."
    ),
}

# Order statuses that answer a repeated request without starting anything. PENDING_REFUND
# does so only while its workflow is open; REFUND_FAILED starts a fresh run.
STATUS_OUTCOME: dict[OrderStatus, Outcome] = {
    OrderStatus.REFUNDED: Outcome.REFUNDED,
    OrderStatus.PENDING_REFUND: Outcome.PENDING_REVIEW,
    OrderStatus.REFUND_REJECTED: Outcome.REJECTED,
}
FINAL_STATUSES = (OrderStatus.REFUNDED, OrderStatus.REFUND_REJECTED)
# Order statuses the agent may propose a refund for: untouched, or failed on our side.
PROPOSABLE_STATUSES = (OrderStatus.PURCHASED, OrderStatus.REFUND_FAILED)


def status_label(status: str) -> str:
    """A status as people read it; an unknown value is shown as it is."""
    try:
        return STATUS_LABELS[OrderStatus(status)]
    except ValueError:
        return status


def outcome_message(outcome: Outcome | str, item: str) -> str:
    """What the customer is told about a refund's committed outcome."""
    return OUTCOME_MESSAGES[Outcome(outcome)].format(item=item)
