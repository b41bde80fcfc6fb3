"""20 customers chatting at once: every message lands in its own customer's history; one
customer's concurrent messages are serialized, each answered right after it."""

from __future__ import annotations

import asyncio

import httpx

from tests.agent.conftest import say
from tests.support.api import sign_in

CUSTOMERS = 20
MESSAGES_EACH = 4


async def test_twenty_customers_chat_concurrently(chat_app, orders, worker):
    app, _ = chat_app
    made = [await orders.order("25.00", item=f"Gadget {n}") for n in range(CUSTOMERS)]

    async def conversation(n: int) -> None:
        order = made[n]
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            await sign_in(http, order.customer_id)
            await say(http, f"hello from customer {n}")
            await say(http, f"where is order {order.order_id}?")
            await say(http, f"refund order {order.order_id} please, customer {n} changed mind")
            await say(http, "yes")

    await asyncio.gather(*(conversation(n) for n in range(CUSTOMERS)))

    for n, order in enumerate(made):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            await sign_in(http, order.customer_id)
            history = (await http.get("/api/history")).json()
        assert [h["role"] for h in history] == ["user", "assistant"] * MESSAGES_EACH
        users = [h["content"] for h in history if h["role"] == "user"]
        assert users == [
            f"hello from customer {n}",
            f"where is order {order.order_id}?",
            f"refund order {order.order_id} please, customer {n} changed mind",
            "yes",
        ]
        assert f"Gadget {n}" in history[3]["content"]
        assert "Shall I go ahead?" in history[5]["content"]
        assert "has been paid" in history[7]["content"]
        assert await orders.status(order.order_id) == "REFUNDED"


async def test_one_customers_simultaneous_messages_do_not_interleave(chat_app, orders):
    _, http = chat_app
    cid = await orders.customer()
    await sign_in(http, cid)
    sent = [f"hello number {i}" for i in range(6)]
    await asyncio.gather(*(say(http, text) for text in sent))
    history = (await http.get("/api/history")).json()
    assert [h["role"] for h in history] == ["user", "assistant"] * len(sent)
    assert sorted(h["content"] for h in history if h["role"] == "user") == sorted(sent)
