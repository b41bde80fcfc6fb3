"""The refund's one vocabulary: order statuses, ledger states, outcomes and decisions, and the
chat's refund proposals (statuses, outcomes, the customer's actions), each with the words people
read.

The database stores these values (services/common/migrations/), the workflow and activities
write them, the chat API and the agent read them, the review page and the frontend show their
labels (frontend/assets/common.js is checked against STATUS_LABELS, and
frontend/assets/proposals.js against the proposal labels, by tests/contract). Plain `StrEnum`s:
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


class RunProgress(StrEnum):
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


class ProposalStatus(StrEnum):
    """Where a refund proposal of the chat stands (the agent's proposals, before any refund)."""

    PENDING = "pending"  # waits for the customer's Confirm or Cancel
    CONFIRMED = "confirmed"  # the customer confirmed it: `outcome` says what the refund did
    CANCELLED = "cancelled"  # the customer cancelled it: nothing was refunded
    EXPIRED = "expired"  # its time to confirm ran out: nothing was refunded
    CLOSED = "closed"  # the order's refund moved on without this proposal's answer recorded
    # (a crash cut the confirmation short, or it was asked for another way): `outcome` says how


class ProposalOutcome(StrEnum):
    """What confirming a proposal did (or, for a closed one, where the order's refund stands)."""

    REFUNDED = "refunded"
    PENDING_REVIEW = "pending_review"
    REJECTED = "rejected"
    FAILED = "failed"
    ALREADY_REFUNDED = "already_refunded"
    ALREADY_REQUESTED = "already_requested"
    NOT_FOUND = "not_found"
    UNAVAILABLE = "unavailable"  # no worker answered: the proposal still waits


class ProposalAction(StrEnum):
    """The customer's answer to a proposal: its Confirm or Cancel button, or typed words."""

    CONFIRM = "confirm"
    CANCEL = "cancel"


# A refund's reason when the customer gave none: what the ledger, the review page and the
# agent's tools say (a request, the refund tool and the offline model write the same).
NO_REASON = "No reason given"

# Values written by earlier releases, read as today's ("declined" was the old name of cancelled).
LEGACY_PROPOSAL_VALUES: dict[str, str] = {"declined": "cancelled", "decline": "cancel"}

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

# What a proposal's card says about its state (frontend/assets/proposals.js has the same table).
PROPOSAL_STATUS_LABELS: dict[ProposalStatus, str] = {
    ProposalStatus.PENDING: "Waiting for your answer",
    ProposalStatus.CONFIRMED: "Confirmed",
    ProposalStatus.CANCELLED: "Cancelled: nothing was refunded.",
    ProposalStatus.EXPIRED: "Expired: nothing was refunded. Ask again if you still want it.",
    ProposalStatus.CLOSED: "Closed: this order's refund already went ahead.",
}
# ...and about what its refund did (checked against proposals.js too).
PROPOSAL_OUTCOME_LABELS: dict[ProposalOutcome, str] = {
    ProposalOutcome.REFUNDED: "Paid: the money is on its way back to you.",
    ProposalOutcome.PENDING_REVIEW: "Requested: waiting for review by our staff.",
    ProposalOutcome.REJECTED: "This refund was reviewed and not approved.",
    ProposalOutcome.FAILED: "The refund failed on our side; you can ask for it again.",
    ProposalOutcome.ALREADY_REFUNDED: "This order was already refunded; nothing was paid twice.",
    ProposalOutcome.ALREADY_REQUESTED: "This refund was already requested and waits for review.",
    ProposalOutcome.NOT_FOUND: "This order could not be found any more; nothing was refunded.",
    ProposalOutcome.UNAVAILABLE: (
        "Our refund system is not answering. Press Confirm again in a minute; it is safe."
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
