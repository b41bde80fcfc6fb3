"""A large refund waiting for review, requested through the API as a customer would."""

from __future__ import annotations

import asyncpg
import httpx

from tests.support.api import sign_in
from tests.support.orders import OrderFactory, TestOrder
from tests.support.waiting import eventually


async def pending_review(
    api: httpx.AsyncClient, orders: OrderFactory, pool: asyncpg.Pool, price: str = "1299.99"
) -> tuple[TestOrder, str]:
    """A new order of a Laptop Pro X1 waiting for review, and the path of its review link."""
    order = await orders.order(price, item="Laptop Pro X1")
    await sign_in(api, order.customer_id)
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "dead pixel"})
    assert r.json()["outcome"] == "pending_review"
    url: str = await eventually(
        lambda: pool.fetchval(
            "SELECT review_url FROM outbox_emails WHERE order_id = $1", order.order_id
        )
    )
    return order, url.removeprefix("http://testserver")
