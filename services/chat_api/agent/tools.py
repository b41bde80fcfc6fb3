"""The agent's four tools. Each acts only for the signed-in customer, whose id comes from the
run's context, never from the model's arguments: another customer's order is "not found".

The refund tool only proposes (see proposals.py): the customer confirms, never the model.
There is deliberately no tool that approves or rejects a refund; people do that.
Results are typed models (services/chat_api/tool_results.py) sent as JSON, so any model (the
real one or the offline one) can read them.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import asyncpg
from langchain_core.messages import HumanMessage, ToolMessage
from langchain_core.tools import BaseTool, tool
from langgraph.prebuilt import ToolRuntime
from langgraph.types import Command
from pydantic import BaseModel, Field, create_model

from services.chat_api.agent.context import AgentContext
from services.chat_api.agent.grounding import check_proposal, named_in_latest, reason_for
from services.chat_api.agent.proposal_record import ProposalRecord, load_all
from services.chat_api.agent.proposals import new_proposal, replaced, tool_result
from services.chat_api.metrics import PROPOSALS
from services.chat_api.orders import order_refund_row, order_row, order_rows
from services.chat_api.tool_results import (
    OrdersFound,
    RefundProgress,
    ToolError,
    ToolErrorKind,
    ToolOrder,
)
from services.common.formats import MAX_ID
from services.orderwords.items import orders_named
from workflows.vocabulary import NO_REASON, PROPOSABLE_STATUSES

log = logging.getLogger(__name__)


def tool_order(row: asyncpg.Record) -> ToolOrder:
    """An order row (orders.py's columns) as the tools show it."""
    return ToolOrder.model_validate(dict(row))


def not_found(order_id: int) -> str:
    return ToolError(
        error=ToolErrorKind.NOT_FOUND,
        order_id=order_id,
        message=f"There is no order {order_id} among this customer's orders.",
    ).to_json()


def _valid(order_id: int) -> bool:
    """An order id that can exist (the database's id range)."""
    return 0 < order_id <= MAX_ID


async def _owned(ctx: AgentContext, order_id: int) -> asyncpg.Record | None:
    if not _valid(order_id):
        return None
    return await order_row(ctx.pool, ctx.customer_id, order_id)


@tool
async def list_my_orders(runtime: ToolRuntime[AgentContext]) -> str:
    """List all of the signed-in customer's orders: order id, item, date, price and status
    (PURCHASED, PENDING_REFUND, REFUNDED, REFUND_REJECTED or REFUND_FAILED)."""
    ctx = runtime.context
    rows = await order_rows(ctx.pool, ctx.customer_id)
    return OrdersFound(orders=[tool_order(r) for r in rows]).to_json()


@tool
async def look_up_order(
    runtime: ToolRuntime[AgentContext], order_id: int | None = None, item: str | None = None
) -> str:
    """Look up the signed-in customer's orders by order id, or by (part of) the item's name,
    e.g. item="headphones". Returns the matching orders with price, date and status."""
    ctx = runtime.context
    if order_id is not None:
        row = await _owned(ctx, order_id)
        return OrdersFound(orders=[tool_order(row)]).to_json() if row else not_found(order_id)
    if not item or not item.strip():
        return ToolError(
            error=ToolErrorKind.BAD_REQUEST, message="Give an order_id or an item name."
        ).to_json()
    rows = await order_rows(ctx.pool, ctx.customer_id)
    named = orders_named(item, [(r["order_id"], r["item"]) for r in rows])
    found = [tool_order(r) for r in rows if r["order_id"] in named]
    if not found:
        return ToolError(
            error=ToolErrorKind.NOT_FOUND, message=f"No order of this customer matches {item!r}."
        ).to_json()
    return OrdersFound(orders=found).to_json()


def _latest_turn(state: Any) -> str | None:
    """The id of the customer's latest message: the turn a proposal is presented in."""
    messages = state.get("messages", []) if isinstance(state, dict) else []
    return next((m.id for m in reversed(messages) if isinstance(m, HumanMessage)), None)


def _pending_for(state: Any, order_id: int, now: dt.datetime) -> ProposalRecord | None:
    records = load_all(state.get("proposals") if isinstance(state, dict) else None)
    return next((r for r in records.values() if r.order_id == order_id and r.is_pending(now)), None)


@tool
async def request_refund(
    runtime: ToolRuntime[AgentContext], order_id: int, reason: str
) -> Command[Any] | str:
    """Propose a refund of one of the signed-in customer's orders, with the customer's reason.
    This never refunds anything by itself: it records a proposal that the customer confirms
    with the Confirm button or by replying yes. Small refunds are paid at once after that;
    larger ones go to staff for review. You cannot confirm, approve or reject refunds."""
    ctx = runtime.context
    # The customer's orders, read once: this one among them, and all for the grounding check.
    rows = await order_rows(ctx.pool, ctx.customer_id) if _valid(order_id) else []
    row = next((r for r in rows if r["order_id"] == order_id), None)
    if row is None:
        log.info(
            "refund tool: order not found",
            extra={"customer_id": ctx.customer_id, "order_id": order_id},
        )
        return not_found(order_id)
    if row["status"] not in PROPOSABLE_STATUSES:
        return ToolError(
            error=ToolErrorKind.NOT_REFUNDABLE,
            order_id=order_id,
            item=row["item"],
            price=row["price"],
            status=row["status"],
            message=f"Order {order_id} is {row['status']}: a refund was already"
            " requested or decided, so nothing new was proposed.",
        ).to_json()
    dropped, orders = check_proposal(ctx, runtime.state, row, rows)
    if dropped is not None:  # the customer did not ask for it: nothing is proposed
        return ToolError.model_validate(dropped).to_json()
    today = ctx.clock().date()
    clean = reason_for(reason, order_id, orders, today)
    turn = _latest_turn(runtime.state)
    existing = _pending_for(runtime.state, order_id, ctx.clock())
    updates: dict[str, dict[str, Any]] = {}
    if existing is not None and existing.turn == turn:  # asked again in the same turn
        record = existing.with_(reason=existing.reason if clean == NO_REASON else clean)
    elif existing is not None and clean not in (NO_REASON, existing.reason):
        # "sorry, wrong reason: the strap snapped": a new card with the reason said now, the
        # one it replaces closed (its button no longer confirms the old reason)
        record = new_proposal(ctx, row, clean, turn).with_(unnamed=existing.unnamed)
        updates[existing.id] = replaced(existing, ctx.clock()).stored()
        PROPOSALS.labels(event="made").inc()
    elif existing is not None:  # asked again: the same proposal, presented again
        record = existing.with_(turn=turn)
    else:
        unnamed = not named_in_latest(runtime.state, order_id, orders, today)
        record = new_proposal(ctx, row, clean, turn).with_(unnamed=unnamed)
        PROPOSALS.labels(event="made").inc()
    log.info(
        "refund tool: proposed",
        extra={"customer_id": ctx.customer_id, "order_id": order_id, "proposal": record.id},
    )
    result = ToolMessage(
        content=tool_result(record).to_json(),
        tool_call_id=runtime.tool_call_id or "",
        name="request_refund",
    )
    updates[record.id] = record.stored()
    return Command(update={"proposals": updates, "messages": [result]})


@tool
async def check_refund_status(runtime: ToolRuntime[AgentContext], order_id: int) -> str:
    """Check the refund status of one of the signed-in customer's orders: whether a refund was
    requested, is waiting for staff review, was paid, or was not approved (and when), or is
    proposed and waiting for the customer's confirmation ("proposal")."""
    ctx = runtime.context
    row = await order_refund_row(ctx.pool, ctx.customer_id, order_id) if _valid(order_id) else None
    if row is None:
        return not_found(order_id)
    # A proposal still waiting matters only while the order is untouched.
    waiting = row["status"] in PROPOSABLE_STATUSES
    pending = _pending_for(runtime.state, order_id, ctx.clock()) if waiting else None
    return RefundProgress.model_validate(
        {**dict(row), "proposal": tool_result(pending) if pending else None}
    ).to_json()


TOOLS: list[BaseTool] = [list_my_orders, look_up_order, request_refund, check_refund_status]


def _runtime_not_dumped(one: BaseTool) -> None:
    """Leave the injected runtime out of the dump LangChain makes of a call's arguments.

    LangChain validates a call's arguments with the tool's whole schema, the runtime
    included, then dumps the result only to learn which arguments were given: the runtime's
    dump is one of the whole state (every message) and the context, 0.1-0.5 ms a call. The
    runtime is still validated and injected (from the function's signature, as before), and
    the model sees the same schema (tests/agent/test_tool_schemas.py)."""
    schema = one.args_schema
    if not isinstance(schema, type) or not issubclass(schema, BaseModel):
        return
    field = schema.model_fields.get("runtime")
    annotation = field.annotation if field is not None else None
    if annotation is None:
        return
    one.args_schema = create_model(
        schema.__name__,
        __base__=schema,
        __doc__=schema.__doc__,
        runtime=(annotation, Field(exclude=True)),
    )


for _tool in TOOLS:
    _runtime_not_dumped(_tool)


def tool_error_result(exc: Exception) -> str:
    """What the model reads when a tool fails unexpectedly (the details go to the log)."""
    log.exception("agent tool failed", exc_info=exc)
    return ToolError(
        error=ToolErrorKind.INTERNAL, message="The tool failed; tell the customer to try again."
    ).to_json()
