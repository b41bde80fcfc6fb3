"""The signed-in customer's orders: one query and one shape, for the API and the agent."""

from __future__ import annotations

import datetime as dt

import asyncpg
from pydantic import BaseModel, Field

from services.common.formats import Money
from services.common.money import CURRENCY
from workflows.vocabulary import OrderStatus

ORDERS_SQL = (
    "SELECT order_id, item, order_date, price, status FROM purchases"
    " WHERE customer_id = $1 ORDER BY order_id"
)
ORDER_SQL = (
    "SELECT order_id, item, order_date, price, status FROM purchases"
    " WHERE customer_id = $1 AND order_id = $2"
)
# One of the customer's orders with where its refund stands, in one round trip.
ORDER_REFUND_SQL = (
    "SELECT p.order_id, p.item, p.order_date, p.price, p.status, r.requested_at,"
    " r.decided_at, r.decision FROM purchases p LEFT JOIN refunds r USING (order_id)"
    " WHERE p.customer_id = $1 AND p.order_id = $2"
)


class Order(BaseModel):
    """One of the signed-in customer's orders, as `GET /api/orders` lists it."""

    order_id: int
    item: str
    order_date: dt.date = Field(description="The purchase date, ISO 8601 (YYYY-MM-DD).")
    price: Money
    currency: str = CURRENCY
    status: OrderStatus


async def order_rows(pool: asyncpg.Pool, customer_id: int) -> list[asyncpg.Record]:
    """The customer's orders by order id (rows: order_id, item, order_date, price, status)."""
    rows: list[asyncpg.Record] = await pool.fetch(ORDERS_SQL, customer_id)
    return rows


async def order_row(pool: asyncpg.Pool, customer_id: int, order_id: int) -> asyncpg.Record | None:
    """One of the customer's orders, or None when they have no order with that id."""
    row: asyncpg.Record | None = await pool.fetchrow(ORDER_SQL, customer_id, order_id)
    return row


async def order_refund_row(
    pool: asyncpg.Pool, customer_id: int, order_id: int
) -> asyncpg.Record | None:
    """One of the customer's orders with its refund's request and decision, or None when they
    have no order with that id (the agent's refund status tool: one read)."""
    row: asyncpg.Record | None = await pool.fetchrow(ORDER_REFUND_SQL, customer_id, order_id)
    return row


async def orders_of(pool: asyncpg.Pool, customer_id: int) -> list[Order]:
    """The customer's orders by order id, as `GET /api/orders` shows them."""
    return [Order.model_validate(dict(r)) for r in await order_rows(pool, customer_id)]


async def order_statuses(
    pool: asyncpg.Pool, customer_id: int, order_ids: list[int]
) -> dict[int, OrderStatus]:
    """The current status of some of the customer's orders, by id (unknown ids are absent)."""
    rows = await pool.fetch(
        "SELECT order_id, status FROM purchases WHERE customer_id = $1 AND order_id = ANY($2)",
        customer_id,
        order_ids,
    )
    return {r["order_id"]: OrderStatus(r["status"]) for r in rows}
