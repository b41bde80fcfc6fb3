"""A thread a crash left with an unanswered tool call while a proposal waits: the next turn
answers the call (without re-running it), the thread waits for the customer again, and their
"yes" still confirms the proposal of the latest reply."""

from __future__ import annotations

from langchain_core.messages import AIMessage

from tests.agent.chat_process import unanswered_tool_calls
from tests.agent.conftest import agent_of, chat, say
from tests.support.api import sign_in


async def test_dangling_tool_call_is_repaired_and_yes_still_confirms(
    chat_app, demo, orders, worker, database_url
):
    app, http = chat_app
    cid, mine = demo
    case = mine["case"]
    await sign_in(http, cid)
    [proposal] = (await chat(http, f"refund order {case.order_id}"))["proposals"]
    agent = agent_of(app)
    # As if the process died after the model asked for a tool and before its result.
    call = {"name": "check_refund_status", "args": {"order_id": case.order_id}}
    dangling = AIMessage(
        content="", tool_calls=[{**call, "id": "call_dangling", "type": "tool_call"}]
    )
    await agent._graph.aupdate_state(agent._config(cid), {"messages": [dangling]}, as_node="model")
    assert (await agent._snapshot(cid)).next == ("tools",)
    assert [c["id"] for c in await unanswered_tool_calls(database_url, cid)] == ["call_dangling"]

    reply = await say(http, "yes")
    assert "has been paid" in reply
    assert await unanswered_tool_calls(database_url, cid) == []
    assert (await agent.proposals(cid))[proposal["id"]].outcome == "refunded"
    assert await orders.status(case.order_id) == "REFUNDED"
    assert await orders.ledger_rows(case.order_id) == 1
    assert "Here are your orders" in await say(http, "what did I order?")
