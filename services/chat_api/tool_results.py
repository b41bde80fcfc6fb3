"""What the agent's four tools answer, as typed models.

The tools (agent/tools.py) build these and send them to the model as JSON, so any model, a real
one or the offline one, reads the same text. The offline model parses that JSON back into the
same models (`parse_result`), so neither side spells a JSON key by hand. Money is a string with
two decimals ("89.99") and dates are ISO 8601 on the wire, as in the HTTP API.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, PlainSerializer, ValidationError

from services.common.money import CURRENCY, api_amount
from workflows.vocabulary import NO_REASON as NO_REASON  # the reason when none was given
from workflows.vocabulary import DecisionOutcome, OrderStatus

Amount = Annotated[Decimal, PlainSerializer(api_amount, return_type=str, when_used="json")]


class ToolModel(BaseModel):
    """A tool result: plain JSON on the wire, unknown keys ignored when read back."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    def to_json(self) -> str:
        """The result as the model reads it (fields without a value left out)."""
        return self.model_dump_json(exclude_none=True)


class ToolOrder(ToolModel):
    """One of the signed-in customer's orders."""

    order_id: int
    item: str
    order_date: dt.date
    price: Amount
    currency: str = CURRENCY
    status: OrderStatus


class OrdersFound(ToolModel):
    """`list_my_orders` and `look_up_order`: the orders, in order id order."""

    orders: list[ToolOrder]


class ProposalMade(ToolModel):
    """`request_refund`: the refund is proposed and waits for the customer's confirmation."""

    proposal_id: str
    order_id: int
    item: str
    price: Amount
    currency: str = CURRENCY
    review: bool  # above the review threshold: staff review it after the customer confirms
    reason: str
    expires_at: dt.datetime
    status: Literal["awaiting_confirmation"] = "awaiting_confirmation"
    message: str


class RefundProgress(ToolOrder):
    """`check_refund_status`: the order, where its refund stands, and a proposal still waiting
    for the customer's confirmation (only while the order is untouched)."""

    requested_at: dt.datetime | None = None
    decided_at: dt.datetime | None = None
    decision: DecisionOutcome | None = None
    proposal: ProposalMade | None = None


class ToolErrorKind(StrEnum):
    """Why a tool did not do what it was asked."""

    NOT_FOUND = "not_found"  # no such order among the signed-in customer's
    NOT_REFUNDABLE = "not_refundable"  # a refund was already requested or decided
    BAD_REQUEST = "bad_request"  # the arguments name nothing
    INTERNAL = "internal"  # the tool failed (the details are in the log)
    INTERRUPTED = "interrupted"  # a crash cut the call short; the thread was repaired
    UNGROUNDED = "ungrounded"  # the customer did not ask for that refund: nothing proposed


class ToolError(ToolModel):
    """Any tool's refusal or failure, with a sentence for the model."""

    error: ToolErrorKind
    message: str
    order_id: int | None = None
    # For NOT_REFUNDABLE: the order and its status.
    item: str | None = None
    price: Amount | None = None
    status: OrderStatus | None = None


ToolResult = OrdersFound | ProposalMade | RefundProgress | ToolError
# Which model each tool's success is; any tool may answer a ToolError instead.
SUCCESS_MODELS: dict[str, type[ToolModel]] = {
    "list_my_orders": OrdersFound,
    "look_up_order": OrdersFound,
    "request_refund": ProposalMade,
    "check_refund_status": RefundProgress,
}
UNREADABLE = "The tool's answer could not be read."


def parse_result(tool: str, content: object) -> ToolResult:
    """A tool's JSON answer read back into its model; a ToolError for anything else (an error
    answer, an unknown tool, text that is not the tool's JSON)."""
    text = content if isinstance(content, str | bytes) else str(content)
    try:
        return ToolError.model_validate_json(text)
    except ValidationError:
        pass
    model = SUCCESS_MODELS.get(tool)
    if model is None:
        return ToolError(error=ToolErrorKind.INTERNAL, message=UNREADABLE)
    try:
        result = model.model_validate_json(text)
    except ValidationError:
        return ToolError(error=ToolErrorKind.INTERNAL, message=UNREADABLE)
    assert isinstance(result, OrdersFound | ProposalMade | RefundProgress)
    return result
