"""The offline model through the real chat API: refund requests by item name, by several ids,
as a follow-up and as the answer to "cancel my order". Each one is a proposal first; only the
customer's "yes" runs it, through RefundService (the same workflow as POST /api/refunds).
How the model reads messages is tested without servers in tests/offline_model/."""

from __future__ import annotations

from tests.agent.conftest import chat, last_turn_calls, say
from tests.support.api import sign_in


async def test_refund_for_my_headphones_with_reason(chat_app, demo, orders, worker, pool):
    app, http = chat_app
    cid, mine = demo
    phones = mine["headphones"]
    await sign_in(http, cid)
    answer = await chat(http, "I want a refund for my headphones, they broke")
    assert await last_turn_calls(app, cid) == [
        ("list_my_orders", {}),
        ("request_refund", {"order_id": phones.order_id, "reason": "they broke"}),
    ]
    [proposal] = answer["proposals"]
    assert proposal["order_id"] == phones.order_id and proposal["reason"] == "they broke"
    assert proposal["amount"] == "89.99" and proposal["review"] is False
    assert "Shall I go ahead?" in answer["messages"][0]["content"]
    assert await orders.status(phones.order_id) == "PURCHASED"  # nothing moves yet
    assert await orders.ledger_rows(phones.order_id) == 0

    reply = await say(http, "yes")
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
    answer = await chat(http, f"refund order {laptop.order_id} and {case.order_id}")
    calls = await last_turn_calls(app, cid)
    assert calls == [
        ("request_refund", {"order_id": laptop.order_id, "reason": "No reason given"}),
        ("request_refund", {"order_id": case.order_id, "reason": "No reason given"}),
    ]
    messages = await app.state.services.agent.messages(cid)
    assert sum(1 for m in messages if getattr(m, "tool_calls", None)) == 1  # one model turn
    assert [(p["order_id"], p["review"]) for p in answer["proposals"]] == [
        (laptop.order_id, True),
        (case.order_id, False),
    ]
    assert await orders.status(laptop.order_id) == "PURCHASED"
    # A bare yes to two proposals confirms neither: the application asks which.
    asked = await say(http, "go ahead")
    assert 'A plain "yes" confirms none of them' in asked and '"yes, both"' in asked
    assert await orders.status(laptop.order_id) == "PURCHASED"
    assert await orders.status(case.order_id) == "PURCHASED"
    reply = await say(http, "yes, both")
    assert await orders.status(laptop.order_id) == "PENDING_REFUND"
    assert await orders.status(case.order_id) == "REFUNDED"
    assert "review" in reply and "Laptop Pro X1" in reply
    assert "$19.99" in reply and "has been paid" in reply


async def test_and_what_about_the_tv_follows_up_the_refund(chat_app, demo, orders, worker):
    app, http = chat_app
    cid, mine = demo
    await sign_in(http, cid)
    await say(http, f"refund order {mine['laptop'].order_id} and {mine['case'].order_id}")
    await say(http, "yes, both")
    answer = await chat(http, "and what about the TV?")
    assert await last_turn_calls(app, cid) == [
        ("list_my_orders", {}),
        ("request_refund", {"order_id": mine["tv"].order_id, "reason": "No reason given"}),
    ]
    assert [p["order_id"] for p in answer["proposals"]] == [mine["tv"].order_id]
    assert "Samsung QLED 4K TV" in answer["messages"][0]["content"]
    assert await orders.status(mine["tv"].order_id) == "PURCHASED"
    reply = await say(http, "ok do it")
    assert await orders.status(mine["tv"].order_id) == "PENDING_REFUND"
    assert "review" in reply
    assert await orders.status(mine["watch"].order_id) == "PURCHASED"


async def test_is_my_refund_done_yet_checks_the_last_refund(chat_app, demo, orders, worker):
    app, http = chat_app
    cid, mine = demo
    phones = mine["headphones"]
    await sign_in(http, cid)
    await say(http, "I want a refund for my headphones, they broke")
    await say(http, "yes")
    reply = await say(http, "is my refund done yet?")
    assert await last_turn_calls(app, cid) == [
        ("check_refund_status", {"order_id": phones.order_id})
    ]
    assert "is done" in reply and "Wireless Headphones" in reply
    assert await orders.status(phones.order_id) == "REFUNDED"
    assert await orders.ledger_rows(phones.order_id) == 1


async def test_cancelling_a_delivered_order_proposes_its_refund_and_one_yes_pays(
    chat_app, demo, orders, worker
):
    _, http = chat_app
    cid, mine = demo
    case = mine["case"]
    await sign_in(http, cid)
    answer = await chat(http, f"cancel my order {case.order_id}, I don't need it any more")
    [proposal] = answer["proposals"]
    assert proposal["order_id"] == case.order_id and proposal["status"] == "pending"
    assert "can't be cancelled" in text_of_reply(answer)
    assert await orders.status(case.order_id) == "PURCHASED"
    await say(http, "yes")  # the offer was the proposal: this one yes confirms it
    assert await orders.status(case.order_id) == "REFUNDED"
    assert await orders.ledger_rows(case.order_id) == 1


async def test_asking_again_after_the_refund_pays_once(chat_app, demo, orders, worker, pool):
    app, http = chat_app
    cid, mine = demo
    phones = mine["headphones"]
    await sign_in(http, cid)
    await say(http, "I want a refund for my headphones, they broke")
    await say(http, "yes")
    answer = await chat(http, "refund my headphones again please")
    assert await last_turn_calls(app, cid) == [
        ("list_my_orders", {}),
        ("request_refund", {"order_id": phones.order_id, "reason": "No reason given"}),
    ]
    assert answer["proposals"] == []  # already refunded: nothing to propose
    assert "already refunded" in text_of_reply(answer)
    requested = await pool.fetchval(
        "SELECT count(*) FROM audit_events WHERE order_id = $1 AND kind = 'refund_requested'",
        phones.order_id,
    )
    assert requested == 1
    assert await orders.ledger_rows(phones.order_id) == 1


def text_of_reply(answer) -> str:
    return " ".join(m["content"] for m in answer["messages"])


async def test_a_changed_reason_is_a_new_card_that_replaces_the_old(
    chat_app, demo, orders, worker, pool
):
    _, http = chat_app
    cid, mine = demo
    watch = mine["watch"]
    await sign_in(http, cid)
    first = await chat(http, "refund the watch, it's too big for my wrist")
    [old] = first["proposals"]
    assert old["reason"] == "it's too big for my wrist"
    answer = await chat(http, "sorry, wrong reason. the real reason is the strap snapped")
    pending = [p for p in answer["proposals"] if p["status"] == "pending"]
    assert [(p["order_id"], p["reason"]) for p in pending] == [
        (watch.order_id, "the strap snapped")
    ]
    assert pending[0]["id"] != old["id"]  # a new card; the old one no longer waits
    assert await orders.status(watch.order_id) == "PURCHASED"  # nothing moved
    await say(http, "yes")
    assert await orders.status(watch.order_id) == "REFUNDED"
    reason = await pool.fetchval("SELECT reason FROM refunds WHERE order_id = $1", watch.order_id)
    assert reason == "the strap snapped"
