"""A 500-turn thread stays small: the agent's state keeps a window of recent turns, superseded
checkpoints are pruned (< 1 MB stored), and `/api/history` still pages back through every line.
Latency is measured by `tests/bench/thread_growth.py` (`make bench`), not asserted here."""

from __future__ import annotations

import datetime as dt

from langchain_core.messages import HumanMessage

from services.chat_api.agent.context import thread_id
from services.chat_api.agent.service import RECURSION_LIMIT
from services.chat_api.agent.trim import PRUNE_EVERY_TURNS, TRIM_SLACK
from tests.agent.conftest import agent_of
from tests.bench.thread_growth import all_history
from tests.support.api import sign_in
from tests.support.checkpoint_size import stored_bytes

TURNS = 500
ONE_MEGABYTE = 1024 * 1024


async def test_five_hundred_turns_stay_under_a_megabyte_and_page_back_whole(
    chat_app, orders, pool, settings
):
    app, http = chat_app
    order = await orders.order("25.00", item="Desk Lamp")
    cid = order.customer_id
    agent = agent_of(app)
    for n in range(TURNS):
        await agent.turn(cid, f"status of order {order.order_id}? (turn {n})")

    assert await stored_bytes(pool, thread_id(cid)) < ONE_MEGABYTE
    kept = await pool.fetchval(
        "SELECT count(*) FROM checkpoints WHERE thread_id = $1", thread_id(cid)
    )
    # Pruned every few turns: at most one checkpoint per step of the turns since (not ~2500).
    assert 1 <= kept <= PRUNE_EVERY_TURNS * (RECURSION_LIMIT + 1)
    state = await agent.messages(cid)
    turns_in_state = sum(isinstance(m, HumanMessage) for m in state)
    keep = settings.chat_state_turns
    assert keep <= turns_in_state <= keep + TRIM_SLACK
    assert state[-1].text.strip()  # the latest answer is still there for the model

    await sign_in(http, cid)
    lines = await all_history(http, page=128)
    assert len(lines) == 2 * TURNS
    assert [line["role"] for line in lines] == ["user", "assistant"] * TURNS
    asked = [line["content"] for line in lines if line["role"] == "user"]
    assert asked == [f"status of order {order.order_id}? (turn {n})" for n in range(TURNS)]
    stamps = [dt.datetime.fromisoformat(line["at"]) for line in lines]
    assert stamps == sorted(stamps)
    assert all("Desk Lamp" in line["content"] for line in lines[1::2])
