"""Offline model: "what did I order?" lists the customer's own orders via list_my_orders."""

from __future__ import annotations

from tests.agent.conftest import last_turn_calls, say
from tests.support.api import sign_in


async def test_what_did_i_order_lists_own_orders(chat_app, demo, orders):
    app, http = chat_app
    cid, mine = demo
    await sign_in(http, cid)
    reply = await say(http, "what did I order?")
    assert await last_turn_calls(app, cid) == [("list_my_orders", {})]
    for o in mine.values():
        assert o.item in reply
        assert f"Order {o.order_id}" in reply
    assert "$1,299.99" in reply and "$19.99" in reply
    for o in mine.values():
        assert await orders.status(o.order_id) == "PURCHASED"
