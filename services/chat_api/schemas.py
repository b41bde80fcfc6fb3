"""The JSON shapes of the chat API's answers, as pydantic models, so `/api/openapi.json` (and
the docs page built from it) shows what each route returns; the error answers each route
documents come from errors.py's table.

Routes return these models as they are. A model that a service or the agent already answers
with is that model (re-exported here); the rest are the API's own. Fields that hold a value of
the vocabulary are typed by its enum. The wire format: money is a string such as "89.99",
times are ISO 8601 strings with their zone, and fields that can be empty are null.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from services.chat_api.agent.lines import ChatLine, TurnResult
from services.chat_api.agent.model_health import ModelError
from services.chat_api.agent.proposal_record import ProposalView
from services.chat_api.audit import AuditEvent
from services.chat_api.customers import Customer
from services.chat_api.orders import Order
from services.chat_api.outbox import OutboxEmail
from services.chat_api.refunds import RefundState
from services.common.formats import Money, Timestamp
from workflows.vocabulary import DecisionOutcome, LedgerState, OrderStatus, Outcome

__all__ = [
    "BAD_INPUT", "ERROR_DETAIL_REF", "NOT_ADMIN", "UNSIGNED", "AuditEvent", "ChatLine",
    "Crashing", "Customer", "DecisionSent", "DemoReset", "ErrorDetail", "Healthy", "Info",
    "ModelError", "Order", "OutboxEmail", "Proposal", "Readiness", "RefundAnswer",
    "RefundState", "Review", "SignedIn", "SignedOut", "TurnResult",
]  # fmt: skip


class ErrorDetail(BaseModel):
    """Every error answer: one sentence saying what went wrong and what to do."""

    detail: str = Field(description="A sentence for a person.")


# Where the OpenAPI document keeps ErrorDetail (for answers documented by hand).
ERROR_DETAIL_REF = "#/components/schemas/ErrorDetail"

# Error answers that routes give themselves (the services' errors are documented by errors.py).
UNSIGNED = "Not signed in (no session cookie)."
BAD_INPUT = "The request's body or parameters are not valid."
NOT_ADMIN = "Admin credentials are missing or wrong."


# --- customers and their orders ---


class SignedIn(BaseModel):
    customer: Customer


class SignedOut(BaseModel):
    status: Literal["signed out"] = "signed out"


# --- refunds ---


class RefundAnswer(BaseModel):
    """What became of a refund request (paid, waiting for review, refused...)."""

    order_id: int
    outcome: Outcome
    message: str
    workflow_id: str | None


# --- chat ---

# A refund the assistant proposed: the agent's own view model, typed by the vocabulary's
# ProposalStatus and ProposalOutcome (services/chat_api/agent/proposal_record.py).
Proposal = ProposalView


# --- admin ---


class Review(BaseModel):
    """A refund that needs or needed a person (or failed for good), as the admin page lists it."""

    order_id: int
    customer: str
    item: str
    price: Money
    currency: str
    reason: str
    requested_at: Timestamp
    status: OrderStatus
    state: LedgerState = Field(
        description="The ledger's state: PENDING_REVIEW waits for a decision; FAILED failed for"
        " good (see `failure`; the customer may request it again)."
    )
    decision: DecisionOutcome | None = Field(
        description="How the review ended (approved, rejected, timed_out), or null: still open,"
        " paid without a review, or failed before a decision."
    )
    decided_at: Timestamp | None
    decided_by: str | None
    workflow_id: str
    failure: str | None
    temporal_url: str | None = Field(
        description="The refund's workflow in the Temporal Web UI (TEMPORAL_UI_URL), or null."
    )


class DecisionSent(BaseModel):
    result: Literal["recorded", "unconfirmed"] = Field(
        description='"recorded": this decision counted; "unconfirmed": sent, but the refund'
        " did not confirm it in time (a decision that did not count is a 409)."
    )
    message: str = Field(description="What became of the decision, as a sentence.")
    review: Review


class Crashing(BaseModel):
    status: Literal["crashing"] = "crashing"


class DemoReset(BaseModel):
    status: Literal["reset"] = "reset"
    cancelled_refunds: int


# --- system ---


class Healthy(BaseModel):
    status: Literal["ok"] = "ok"


class Readiness(BaseModel):
    status: Literal["ready", "not ready"]
    checks: dict[str, str] = Field(description='"ok", or what is wrong, per dependency.')


class Info(BaseModel):
    """What the page needs to know about this deployment."""

    product: str
    llm_provider: Literal["openai", "offline"]
    llm_model: str
    llm_note: str | None
    email_backend: Literal["outbox", "smtp", "sendgrid"]
    review_threshold: Money
    currency: str
    crash_button_enabled: bool
    demo_sign_in: bool
    temporal_ui_url: str | None
    llm_status: Literal["offline", "unchecked", "ok", "error"] | None = Field(
        default=None, description="Absent without a model monitor."
    )
    llm_last_error: ModelError | None = None
