"""The JSON shapes of the chat API's answers, as pydantic models, so `/api/openapi.json` (and
the docs page built from it) shows what each route returns and which errors it may answer.

Routes still build plain dicts; FastAPI checks them against these models on the way out. The
wire format is unchanged: money is a string such as "89.99", times are ISO 8601 strings, and
fields that can be empty are null.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, Field

from services.chat_api.agent.proposal_record import ProposalView

# Strings with a documented format: the values stay strings on the wire.
Money = Annotated[
    str, Field(description='A decimal amount as a string, e.g. "89.99".', examples=["89.99"])
]
Timestamp = Annotated[
    str,
    Field(description="An ISO 8601 time with its zone.", json_schema_extra={"format": "date-time"}),
]


class ErrorDetail(BaseModel):
    """Every error answer: one sentence saying what went wrong and what to do."""

    detail: str = Field(description="A sentence for a person.")


# Where the OpenAPI document keeps ErrorDetail (for answers documented by hand).
ERROR_DETAIL_REF = "#/components/schemas/ErrorDetail"


def errors(**described: str) -> dict[int | str, dict[str, Any]]:
    """`responses=` for FastAPI: each `e401="why"` becomes a documented ErrorDetail answer."""
    return {
        int(code.removeprefix("e")): {"model": ErrorDetail, "description": why}
        for code, why in described.items()
    }


UNSIGNED = "Not signed in (no session cookie)."
BAD_INPUT = "The request's body or parameters are not valid."
UNAVAILABLE = "PostgreSQL, Temporal or the worker is briefly unavailable; retry later."
NOT_ADMIN = "Admin credentials are missing or wrong."


# --- customers and their orders ---


class Customer(BaseModel):
    id: int
    name: str
    email: str


class SignedIn(BaseModel):
    customer: Customer


class SignedOut(BaseModel):
    status: Literal["signed out"]


class Order(BaseModel):
    order_id: int
    item: str
    order_date: str = Field(description="The purchase date, ISO 8601 (YYYY-MM-DD).")
    price: Money
    currency: str
    status: str = Field(
        description="PURCHASED, PENDING_REFUND, REFUNDED, REFUND_REJECTED or REFUND_FAILED."
    )


# --- refunds ---


class RefundAnswer(BaseModel):
    """What became of a refund request (paid, waiting for review, refused...)."""

    order_id: int
    outcome: str
    message: str
    workflow_id: str | None


class RefundStatus(BaseModel):
    """Where the customer's refund of one order stands."""

    order_id: int
    status: str
    requested_at: Timestamp | None
    decided_at: Timestamp | None
    decision: str | None
    workflow_id: str | None


# --- chat ---


class ChatLine(BaseModel):
    role: Literal["user", "assistant", "notice"]
    content: str
    at: Timestamp


# A refund the assistant proposed: the agent's own view model, typed by the vocabulary's
# ProposalStatus and ProposalOutcome (services/chat_api/agent/proposal_record.py).
Proposal = ProposalView


class Turn(BaseModel):
    """What one turn added: the assistant's messages and the proposals it made or changed."""

    messages: list[ChatLine]
    proposals: list[Proposal]


# --- admin ---


class Review(BaseModel):
    order_id: int
    customer: str
    item: str
    price: Money
    currency: str
    reason: str
    requested_at: Timestamp
    status: str
    decision: str | None = Field(
        description='How the review ended (approved, rejected, timed out...), "failed", or null.'
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


class AuditEvent(BaseModel):
    id: int
    order_id: int | None
    workflow_id: str | None
    kind: str
    actor: str
    at: Timestamp
    detail: dict[str, Any] = Field(description="The event's details (JSON).")


class Crashing(BaseModel):
    status: Literal["crashing"]


class DemoReset(BaseModel):
    status: Literal["reset"]
    cancelled_refunds: int


class OutboxEmail(BaseModel):
    id: int
    to: str
    subject: str
    order_id: int | None
    workflow_id: str | None
    review_url: str | None
    html: str
    sent_at: Timestamp | None


# --- system ---


class Healthy(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    status: Literal["ready", "not ready"]
    checks: dict[str, str] = Field(description='"ok", or what is wrong, per dependency.')


class ModelError(BaseModel):
    kind: str
    explanation: str
    message: str | None
    at: Timestamp


class Info(BaseModel):
    """What the page needs to know about this deployment."""

    product: str
    llm_provider: str
    llm_model: str
    llm_note: str | None
    email_backend: str
    review_threshold: Money
    currency: str
    crash_button_enabled: bool
    demo_sign_in: bool
    temporal_ui_url: str | None
    llm_status: str | None = Field(default=None, description="Absent without a model monitor.")
    llm_last_error: ModelError | None = None
