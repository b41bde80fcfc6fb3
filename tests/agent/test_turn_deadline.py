"""One deadline for a whole chat turn (CHAT_TURN_DEADLINE_SECONDS): past it the customer is
told plainly, the thread stays consistent (their message kept, no half exchange), and the next
turn works; a confirmation cut short leaves its proposal pending and safe to confirm again."""

from __future__ import annotations

import time

from services.chat_api.agent.service import DEADLINE_APOLOGY
from tests.agent.chat_process import unanswered_tool_calls
from tests.agent.conftest import agent_of, chat, pending_ids, say
from tests.support.api import running_app, sign_in
from tests.support.fake_openai import Hang, Text, ToolCalls

DEADLINE = 1.0
# The model hangs far longer than the deadline, so a turn that waited for it is told apart from
# one cut off at the deadline even on a loaded machine.
HANG_SECONDS = 60.0


async def test_a_hanging_model_is_cut_off_at_the_deadline(
    openai_settings, fake_openai, orders, database_url
):
    settings = openai_settings.model_copy(
        update={"chat_turn_deadline_seconds": DEADLINE, "llm_timeout_seconds": HANG_SECONDS}
    )
    order = await orders.order("15.00", item="Mug")
    async with running_app(settings) as (_, http):
        await sign_in(http, order.customer_id)
        look_up = ToolCalls([("look_up_order", {"order_id": order.order_id})])
        fake_openai.add(look_up, Hang(HANG_SECONDS))
        started = time.monotonic()
        reply = await say(http, "where is my mug?")
        took = time.monotonic() - started
        assert reply == DEADLINE_APOLOGY
        assert DEADLINE <= took < HANG_SECONDS / 2
        fake_openai.release()
        assert await unanswered_tool_calls(database_url, order.customer_id) == []
        fake_openai.add(Text("Your mug is fine."))
        assert await say(http, "hello again") == "Your mug is fine."
        history = (await http.get("/api/history")).json()
    assert [(h["role"], h["content"]) for h in history] == [
        ("user", "where is my mug?"),
        ("assistant", DEADLINE_APOLOGY),
        ("user", "hello again"),
        ("assistant", "Your mug is fine."),
    ]
    assert fake_openai.rejected == []


async def test_a_confirmation_cut_short_keeps_the_proposal(settings, demo, orders):
    # No worker: the confirmed refund cannot commit, so the turn runs into its deadline.
    slow = settings.model_copy(update={"chat_turn_deadline_seconds": DEADLINE})
    cid, mine = demo
    case = mine["case"]
    async with running_app(slow) as (app, http):
        await sign_in(http, cid)
        [proposal] = (await chat(http, f"refund order {case.order_id}"))["proposals"]
        answer = await chat(http, "yes")
        assert answer["messages"][0]["content"] == DEADLINE_APOLOGY
        assert await pending_ids(http) == [proposal["id"]]
        assert "await_consent" in (await agent_of(app)._snapshot(cid)).next
        history = (await http.get("/api/history")).json()
    assert [h["content"] for h in history if h["role"] == "user"] == [
        f"refund order {case.order_id}",
        "yes",
    ]
    assert history[-1]["content"] == DEADLINE_APOLOGY
    assert await orders.status(case.order_id) == "PURCHASED"
