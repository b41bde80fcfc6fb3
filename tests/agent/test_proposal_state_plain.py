"""A decided proposal is stored in the thread's checkpoint as plain JSON-like values, so
LangGraph reads it back without falling back to (soon blocked) deserialization of our types."""

from __future__ import annotations

import logging

from tests.agent.conftest import agent_of, chat
from tests.support.api import sign_in


async def test_a_confirmed_proposal_reads_back_without_unregistered_types(
    chat_app, demo, orders, worker, caplog
):
    app, http = chat_app
    cid, mine = demo
    case = mine["case"]
    await sign_in(http, cid)
    with caplog.at_level(logging.WARNING, logger="langgraph"):
        await chat(http, f"refund order {case.order_id}, it cracked")
        answer = await chat(http, "yes")
        assert answer["proposals"][0]["outcome"] == "refunded"
        assert await orders.status(case.order_id) == "REFUNDED"
        await agent_of(app).messages(cid)  # reads the checkpoint back
        await chat(http, "thanks")
    assert not [r for r in caplog.records if "unregistered type" in r.getMessage()]
