"""Offline model: refund requests by item name, by several ids, and as a follow-up; each goes
through RefundService (the same workflow as POST /api/refunds)."""

from __future__ import annotations

from tests.agent.conftest import last_turn_calls, say
from tests.support.api import sign_in


async def test_refund_for_my_headphones_with_reason(chat_app, demo, orders, worker, pool):
    app, http = chat_app
    cid, mine = demo
    phones = mine["headphones"]
    await sign_in(http, cid)
    reply = await say(http, "I want a refund for my headphones, they broke")
    assert await last_turn_calls(app, cid) == [
        ("list_my_orders", {}),
        ("request_refund", {"order_id": phones.order_id, "reason": "they broke"}),
    ]
    assert await orders.status(phones.order_id) == "REFUNDED"
    assert await orders.ledger_rows(phones.order_id) == 1
    reason = await pool.fetchval("SELECT reason FROM refunds WHERE order_id = $1", phones.order_id)
    assert reason == "they broke"
    assert "$89.99" in reply and "has been paid" in reply


async def test_refund_two_orders_in_one_message(chat_app, demo, orders, worker):
    app, http = chat_app
    cid, mine = demo
    laptop, case = mine["laptop"], mine["case"]
    await sign_in(http, cid)
    reply = await say(http, f"refund order {laptop.order_id} and {case.order_id}")
    calls = await last_turn_calls(app, cid)
    assert calls == [
        ("request_refund", {"order_id": laptop.order_id, "reason": "No reason given"}),
        ("request_refund", {"order_id": case.order_id, "reason": "No reason given"}),
    ]
    messages = await app.state.services.agent.messages(cid)
    assert sum(1 for m in messages if getattr(m, "tool_calls", None)) == 1  # one model turn
    assert await orders.status(laptop.order_id) == "PENDING_REFUND"
    assert await orders.status(case.order_id) == "REFUNDED"
    assert "review" in reply and "Laptop Pro X1" in reply
    assert "$19.99" in reply and "has been paid" in reply


async def test_and_what_about_the_tv_follows_up_the_refund(chat_app, demo, orders, worker):
    app, http = chat_app
    cid, mine = demo
    await sign_in(http, cid)
    await say(http, f"refund order {mine['laptop'].order_id} and {mine['case'].order_id}")
    reply = await say(http, "and what about the TV?")
    assert await last_turn_calls(app, cid) == [
        ("list_my_orders", {}),
        ("request_refund", {"order_id": mine["tv"].order_id, "reason": "No reason given"}),
    ]
    assert await orders.status(mine["tv"].order_id) == "PENDING_REFUND"
    assert "Samsung QLED 4K TV" in reply and "review" in reply
    assert await orders.status(mine["watch"].order_id) == "PURCHASED"


async def test_is_my_refund_done_yet_checks_the_last_refund(chat_app, demo, orders, worker):
    app, http = chat_app
    cid, mine = demo
    phones = mine["headphones"]
    await sign_in(http, cid)
    await say(http, "I want a refund for my headphones, they broke")
    reply = await say(http, "is my refund done yet?")
    assert await last_turn_calls(app, cid) == [
        ("check_refund_status", {"order_id": phones.order_id})
    ]
    assert "is done" in reply and "Wireless Headphones" in reply
    assert await orders.status(phones.order_id) == "REFUNDED"
    assert await orders.ledger_rows(phones.order_id) == 1


async def test_refund_status_without_any_context_reviews_all_orders(chat_app, demo):
    app, http = chat_app
    cid, _ = demo
    await sign_in(http, cid)
    reply = await say(http, "is my refund done yet?")
    assert await last_turn_calls(app, cid) == [("list_my_orders", {})]
    assert "no refunds yet" in reply


async def test_asking_twice_requests_and_pays_once(chat_app, demo, orders, worker, pool):
    app, http = chat_app
    cid, mine = demo
    phones = mine["headphones"]
    await sign_in(http, cid)
    await say(http, "I want a refund for my headphones, they broke")
    reply = await say(http, "refund my headphones again please")
    assert await last_turn_calls(app, cid) == [
        ("list_my_orders", {}),
        ("request_refund", {"order_id": phones.order_id, "reason": "No reason given"}),
    ]
    assert "has been paid" in reply
    requested = await pool.fetchval(
        "SELECT count(*) FROM audit_events WHERE order_id = $1 AND kind = 'refund_requested'",
        phones.order_id,
    )
    assert requested == 1
    assert await orders.ledger_rows(phones.order_id) == 1
