"""Offline model: "where is order 4?", "#4" and item names look up the customer's order."""

from __future__ import annotations

from tests.agent.conftest import last_turn_calls, say
from tests.support.api import sign_in


async def test_where_is_order_n_looks_it_up(chat_app, demo, orders):
    app, http = chat_app
    cid, mine = demo
    watch = mine["watch"]
    await sign_in(http, cid)
    reply = await say(http, f"where is order {watch.order_id}?")
    assert await last_turn_calls(app, cid) == [("look_up_order", {"order_id": watch.order_id})]
    assert "Smart Watch Series 5" in reply and "$349.99" in reply
    assert "no refund requested" in reply
    assert await orders.status(watch.order_id) == "PURCHASED"


async def test_hash_id_and_item_name_both_resolve(chat_app, demo):
    app, http = chat_app
    cid, mine = demo
    await sign_in(http, cid)
    reply = await say(http, f"what's the status of #{mine['case'].order_id}?")
    assert await last_turn_calls(app, cid) == [
        ("look_up_order", {"order_id": mine["case"].order_id})
    ]
    assert "Phone Case" in reply
    reply = await say(http, "where is my smart watch?")
    assert await last_turn_calls(app, cid) == [
        ("list_my_orders", {}),
        ("look_up_order", {"order_id": mine["watch"].order_id}),
    ]
    assert "Smart Watch Series 5" in reply


async def test_follow_up_without_reference_uses_last_order(chat_app, demo):
    app, http = chat_app
    cid, mine = demo
    await sign_in(http, cid)
    await say(http, f"where is order {mine['tv'].order_id}?")
    reply = await say(http, "has it been refunded?")
    assert await last_turn_calls(app, cid) == [
        ("check_refund_status", {"order_id": mine["tv"].order_id})
    ]
    assert "No refund has been requested" in reply and "Samsung QLED 4K TV" in reply


async def test_tell_me_about_an_item_looks_it_up(chat_app, demo):
    app, http = chat_app
    cid, mine = demo
    await sign_in(http, cid)
    reply = await say(http, "tell me about my laptop")
    assert await last_turn_calls(app, cid) == [
        ("list_my_orders", {}),
        ("look_up_order", {"order_id": mine["laptop"].order_id}),
    ]
    assert "Laptop Pro X1" in reply and "$1,299.99" in reply


async def test_unknown_item_gets_the_customers_orders(chat_app, demo):
    app, http = chat_app
    cid, _ = demo
    await sign_in(http, cid)
    reply = await say(http, "where is my blender?")
    assert await last_turn_calls(app, cid) == [("list_my_orders", {})]
    assert "couldn't find an order like that" in reply and "Phone Case" in reply
