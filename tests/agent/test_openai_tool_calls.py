"""The openai provider: the real langchain-openai client against a fake OpenAI server on
loopback, with several tool calls in one model turn."""

from __future__ import annotations

import json

from tests.agent.conftest import chat, last_turn_calls, say, text_of
from tests.support.api import sign_in
from tests.support.fake_openai import Text, ToolCalls, messages_of


async def test_several_tool_calls_in_one_model_turn(openai_app, fake_openai, demo, orders, worker):
    app, http = openai_app
    cid, mine = demo
    phones, watch = mine["headphones"], mine["watch"]
    await sign_in(http, cid)
    calls = ToolCalls(
        [
            ("list_my_orders", {}),
            ("look_up_order", {"order_id": watch.order_id}),
            ("request_refund", {"order_id": phones.order_id, "reason": "they broke"}),
        ]
    )
    fake_openai.add(calls, Text("Shall I refund your headphones? The watch is fine."))
    answer = await chat(http, "refund my headphones, they broke, and where is my watch?")
    said = text_of(answer)
    assert said.startswith("Shall I refund your headphones? The watch is fine.\n\n")
    # The application's sentence: what waits, and the watch that was mentioned but not proposed.
    assert "Nothing is refunded yet: the refund of order" in said
    assert f"You also mentioned order {watch.order_id} (Smart Watch Series 5" in said
    [proposal] = answer["proposals"]
    assert proposal["order_id"] == phones.order_id and proposal["status"] == "pending"
    # ...and the card names it too.
    assert [o["order_id"] for o in proposal["not_included"]] == [watch.order_id]
    assert [name for name, _ in await last_turn_calls(app, cid)] == [
        "list_my_orders",
        "look_up_order",
        "request_refund",
    ]
    assert await orders.status(phones.order_id) == "PURCHASED"  # proposed, not paid

    first, second = fake_openai.requests
    assert first["model"] == "gpt-test"
    assert {t["function"]["name"] for t in first["tools"]} == {
        "list_my_orders",
        "look_up_order",
        "request_refund",
        "check_refund_status",
    }
    assert first["messages"][0]["role"] == "system"
    assert messages_of(first, "user")[-1]["content"].startswith("refund my headphones")
    results = {m["tool_call_id"]: json.loads(m["content"]) for m in messages_of(second, "tool")}
    assert set(results) == set(calls.ids)
    listed, looked, refunded = (results[i] for i in calls.ids)
    assert [o["order_id"] for o in listed["orders"]] == [o.order_id for o in mine.values()]
    assert looked["orders"][0]["item"] == "Smart Watch Series 5"
    assert refunded["status"] == "awaiting_confirmation"
    assert refunded["proposal_id"] == proposal["id"]

    # The customer's own "yes" confirms: decided by the application, no model call. (The
    # watch was mentioned too, so the yes names the refund it confirms.)
    reply = await say(http, "yes please, the headphones")
    assert "has been paid" in reply
    assert len(fake_openai.requests) == 2
    assert await orders.status(phones.order_id) == "REFUNDED"
    assert await orders.ledger_rows(phones.order_id) == 1
    assert await orders.status(watch.order_id) == "PURCHASED"
    assert fake_openai.rejected == [] and fake_openai.unexpected == []


async def test_history_and_next_turn_carry_the_conversation(openai_app, fake_openai, orders):
    _, http = openai_app
    cid = await orders.customer()
    await sign_in(http, cid)
    fake_openai.add(Text("Hi! How can I help?"), Text("Sure."))
    await say(http, "hello")
    await say(http, "thanks")
    later = fake_openai.requests[-1]["messages"]
    assert [(m["role"], m["content"]) for m in later[1:]] == [
        ("user", "hello"),
        ("assistant", "Hi! How can I help?"),
        ("user", "thanks"),
    ]
    history = (await http.get("/api/history")).json()
    assert [(h["role"], h["content"]) for h in history] == [
        ("user", "hello"),
        ("assistant", "Hi! How can I help?"),
        ("user", "thanks"),
        ("assistant", "Sure."),
    ]
