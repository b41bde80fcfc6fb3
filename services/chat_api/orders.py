"""The signed-in customer's orders: one query and one JSON shape, for the API and the agent."""

from __future__ import annotations

from typing import Any

import asyncpg

from services.common.money import CURRENCY, api_amount
from workflows.vocabulary import OrderStatus

ORDERS_SQL = (
    "SELECT order_id, item, order_date, price, status FROM purchases"
    " WHERE customer_id = $1 ORDER BY order_id"
)
ORDER_SQL = (
    "SELECT order_id, item, order_date, price, status FROM purchases"
    " WHERE customer_id = $1 AND order_id = $2"
)


def order_json(row: asyncpg.Record) -> dict[str, Any]:
    return {
        "order_id": row["order_id"],
        "item": row["item"],
        "order_date": row["order_date"].isoformat(),
        "price": api_amount(row["price"]),
        "currency": CURRENCY,
        "status": row["status"],
    }


async def order_rows(pool: asyncpg.Pool, customer_id: int) -> list[asyncpg.Record]:
    """The customer's orders by order id (rows: order_id, item, order_date, price, status)."""
    rows: list[asyncpg.Record] = await pool.fetch(ORDERS_SQL, customer_id)
    return rows


async def order_row(pool: asyncpg.Pool, customer_id: int, order_id: int) -> asyncpg.Record | None:
    """One of the customer's orders, or None when they have no order with that id."""
    row: asyncpg.Record | None = await pool.fetchrow(ORDER_SQL, customer_id, order_id)
    return row


async def customer_orders(pool: asyncpg.Pool, customer_id: int) -> list[dict[str, Any]]:
    """The customer's orders as `GET /api/orders` and the agent's order tools show them."""
    return [order_json(r) for r in await order_rows(pool, customer_id)]


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
