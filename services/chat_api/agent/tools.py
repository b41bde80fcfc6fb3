"""The agent's four tools. Each acts only for the signed-in customer, whose id comes from the
run's context, never from the model's arguments: another customer's order is "not found".

There is deliberately no tool that approves or rejects a refund; people do that.
Results are JSON, so any model (the real one or the offline one) can read them.
"""

from __future__ import annotations

import json
import logging
from typing import Any

import asyncpg
from langchain_core.tools import BaseTool, tool
from langgraph.prebuilt import ToolRuntime

from services.chat_api.agent.context import AgentContext
from services.chat_api.agent.matching import match_items
from services.chat_api.metrics import REFUND_REQUESTS
from services.chat_api.orders import ORDER_SQL, ORDERS_SQL, order_json
from services.chat_api.refunds import NoWorker, OrderNotFound

log = logging.getLogger(__name__)

MAX_ID = 2**31 - 1
MAX_REASON_CHARS = 500
NO_REASON = "No reason given"


def dumps(value: dict[str, Any]) -> str:
    return json.dumps(value, separators=(",", ":"))


def not_found(order_id: int) -> str:
    return dumps(
        {
            "order_id": order_id,
            "error": "not_found",
            "message": f"There is no order {order_id} among this customer's orders.",
        }
    )


async def _owned(ctx: AgentContext, order_id: int) -> asyncpg.Record | None:
    if not 0 < order_id <= MAX_ID:
        return None
    row: asyncpg.Record | None = await ctx.pool.fetchrow(ORDER_SQL, ctx.customer_id, order_id)
    return row


@tool
async def list_my_orders(runtime: ToolRuntime[AgentContext]) -> str:
    """List all of the signed-in customer's orders: order id, item, date, price and status
    (PURCHASED, PENDING_REFUND, REFUNDED or REFUND_REJECTED)."""
    ctx = runtime.context
    rows = await ctx.pool.fetch(ORDERS_SQL, ctx.customer_id)
    return dumps({"orders": [order_json(r) for r in rows]})


@tool
async def look_up_order(
    runtime: ToolRuntime[AgentContext], order_id: int | None = None, item: str | None = None
) -> str:
    """Look up the signed-in customer's orders by order id, or by (part of) the item's name,
    e.g. item="headphones". Returns the matching orders with price, date and status."""
    ctx = runtime.context
    if order_id is not None:
        row = await _owned(ctx, order_id)
        return dumps({"orders": [order_json(row)]}) if row else not_found(order_id)
    if not item or not item.strip():
        return dumps({"error": "bad_request", "message": "Give an order_id or an item name."})
    rows = await ctx.pool.fetch(ORDERS_SQL, ctx.customer_id)
    match = match_items(item, [(r["order_id"], r["item"]) for r in rows])
    found = [order_json(r) for r in rows if r["order_id"] in match.order_ids]
    if not found:
        return dumps(
            {"error": "not_found", "message": f"No order of this customer matches {item!r}."}
        )
    return dumps({"orders": found})


@tool
async def request_refund(runtime: ToolRuntime[AgentContext], order_id: int, reason: str) -> str:
    """Request a refund for one of the signed-in customer's orders, with the customer's reason.
    Small refunds are paid at once; larger ones are sent to staff for review. Asking again for
    the same order is safe: it returns the refund's current outcome and pays nothing twice.
    This tool cannot approve or reject refunds."""
    ctx = runtime.context
    row = await _owned(ctx, order_id)
    if row is None:
        log.info(
            "refund tool: order not found",
            extra={"customer_id": ctx.customer_id, "order_id": order_id},
        )
        return not_found(order_id)
    clean = " ".join(reason.split())[:MAX_REASON_CHARS] or NO_REASON
    try:
        reply = await ctx.refunds.request(ctx.customer_id, order_id, clean)
    except OrderNotFound:
        return not_found(order_id)
    except NoWorker:
        return dumps(
            {
                "order_id": order_id,
                "error": "unavailable",
                "message": "Refunds are not being processed right now; asking again later is"
                " safe and pays nothing twice.",
            }
        )
    REFUND_REQUESTS.labels(outcome=reply.outcome).inc()
    log.info(
        "refund tool: requested",
        extra={"customer_id": ctx.customer_id, "order_id": order_id, "outcome": reply.outcome},
    )
    return dumps({**order_json(row), "outcome": reply.outcome, "message": reply.message})


@tool
async def check_refund_status(runtime: ToolRuntime[AgentContext], order_id: int) -> str:
    """Check the refund status of one of the signed-in customer's orders: whether a refund was
    requested, is waiting for staff review, was paid, or was not approved (and when)."""
    ctx = runtime.context
    row = await _owned(ctx, order_id)
    if row is None:
        return not_found(order_id)
    try:
        state = await ctx.refunds.state(ctx.customer_id, order_id)
    except OrderNotFound:
        return not_found(order_id)
    return dumps(
        {
            **order_json(row),
            "status": state.status,
            "requested_at": state.requested_at.isoformat() if state.requested_at else None,
            "decided_at": state.decided_at.isoformat() if state.decided_at else None,
            "decision": state.decision,
        }
    )


TOOLS: list[BaseTool] = [list_my_orders, look_up_order, request_refund, check_refund_status]
TOOL_NAMES = frozenset(t.name for t in TOOLS)


def tool_error_result(exc: Exception) -> str:
    """What the model reads when a tool fails unexpectedly (the details go to the log)."""
    log.exception("agent tool failed", exc_info=exc)
    return dumps(
        {"error": "internal", "message": "The tool failed; tell the customer to try again."}
    )
