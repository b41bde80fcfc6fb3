"""A failing (5xx) or slow (timeout) model: a polite reply with 200 and a log line; the
thread stays valid, so the next turn works."""

from __future__ import annotations

import logging
import time

from services.chat_api.agent.graph import APOLOGY, APOLOGY_AFTER_TOOLS
from tests.agent.conftest import chat, press, say, text_of
from tests.support.api import sign_in
from tests.support.fake_openai import Fail, Hang, Text, ToolCalls


async def test_failing_model_answers_politely_and_thread_survives(
    openai_app, fake_openai, orders, caplog
):
    _, http = openai_app
    cid = await orders.customer()
    await sign_in(http, cid)
    fake_openai.add(Fail(500), Fail(500))  # the first try and the client's one retry
    with caplog.at_level(logging.WARNING, logger="services.chat_api.agent.graph"):
        reply = await say(http, "what did I order?")
    assert reply == APOLOGY
    assert any("chat model failed" in r.getMessage() for r in caplog.records)
    fake_openai.add(Text("Here you go."))
    assert await say(http, "what did I order?") == "Here you go."
    assert fake_openai.rejected == []


async def test_slow_model_times_out_politely(openai_app, fake_openai, orders, caplog):
    _, http = openai_app
    cid = await orders.customer()
    await sign_in(http, cid)
    fake_openai.add(Hang(), Hang())
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="services.chat_api.agent.graph"):
        reply = await say(http, "where is my order?")
    assert reply == APOLOGY
    # A 1 s timeout and one retry: about 2 s, far below the two 30 s hangs it cut short.
    assert time.monotonic() - started < Hang().seconds / 2
    assert any("Timeout" in r.getMessage() for r in caplog.records)
    fake_openai.release()
    fake_openai.add(Text("Back again."))
    assert await say(http, "hello?") == "Back again."
    assert fake_openai.rejected == []


async def test_model_failing_after_a_refund_does_not_claim_nothing_changed(
    openai_app, fake_openai, orders, worker
):
    _, http = openai_app
    order = await orders.order("30.00", item="Desk Lamp")
    await sign_in(http, order.customer_id)
    refund = ("request_refund", {"order_id": order.order_id, "reason": "flickers"})
    fake_openai.add(ToolCalls([refund]), Fail(500), Fail(500))
    answer = await chat(http, "refund my desk lamp, it flickers")
    said = text_of(answer)
    assert said.startswith(APOLOGY_AFTER_TOOLS)
    # The application's own sentence says where the money stands.
    assert said.endswith(
        f"Nothing is refunded yet: the refund of order {order.order_id} (Desk Lamp, $30.00)"
        ' waits for your confirmation (press Confirm or reply "yes").'
    )
    # The proposal stands (its card is shown) and still waits for the customer.
    [proposal] = answer["proposals"]
    assert proposal["status"] == "pending"
    assert await orders.status(order.order_id) == "PURCHASED"
    assert (await press(http, proposal["id"])).status_code == 200
    assert await orders.status(order.order_id) == "REFUNDED"
    assert fake_openai.rejected == []
