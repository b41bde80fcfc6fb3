"""Trimming the thread's state touches only old messages: a refund proposal made many turns
ago is still pending after the state was cut back, and its Confirm button still pays once."""

from __future__ import annotations

from langchain_core.messages import HumanMessage

from services.chat_api.agent.trim import TRIM_SLACK
from tests.agent.conftest import agent_of, chat, pending_ids, press, say
from tests.support.api import running_app, sign_in

KEEP = 2


async def test_a_pending_proposal_survives_trimming_and_can_be_confirmed(
    settings, demo, orders, worker
):
    cid, mine = demo
    case = mine["case"]
    small = settings.model_copy(update={"chat_state_turns": KEEP})
    async with running_app(small) as (app, http):
        await sign_in(http, cid)
        [proposal] = (await chat(http, f"refund order {case.order_id}, it cracked"))["proposals"]
        for n in range(KEEP + TRIM_SLACK + 1):
            await say(http, f"hello {n}")

        state = await agent_of(app).messages(cid)
        assert sum(isinstance(m, HumanMessage) for m in state) <= KEEP + TRIM_SLACK
        assert await pending_ids(http) == [proposal["id"]]
        history = (await http.get("/api/history")).json()
        assert history[0]["content"] == f"refund order {case.order_id}, it cracked"

        r = await press(http, proposal["id"])
        assert r.status_code == 200, r.text
        assert r.json()["proposals"][0]["outcome"] == "refunded"
    assert await orders.status(case.order_id) == "REFUNDED"
    assert await orders.ledger_rows(case.order_id) == 1
