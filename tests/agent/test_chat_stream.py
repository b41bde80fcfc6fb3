"""POST /api/chat/stream: one turn as Server-Sent Events — tool progress, tokens as the model
produces them, proposal cards, the messages, and a final `done` equal to the JSON answer."""

from __future__ import annotations

import json
from typing import Any

import httpx

from tests.agent.conftest import agent_of
from tests.support.api import sign_in
from tests.support.fake_openai import Text, ToolCalls


async def stream(http: httpx.AsyncClient, text: str) -> list[tuple[str, dict[str, Any]]]:
    """Send a message to the stream route; returns its events in order."""
    r = await http.post("/api/chat/stream", json={"message": text})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/event-stream")
    events = []
    for block in r.text.split("\n\n"):
        if not block.strip():
            continue
        fields = dict(line.split(": ", 1) for line in block.splitlines())
        events.append((fields["event"], json.loads(fields["data"])))
    return events


def names(events: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Event names with runs of tokens folded into one."""
    out: list[str] = []
    for name, _ in events:
        if not (name == "token" and out and out[-1] == "token"):
            out.append(name)
    return out


async def test_real_model_tokens_stream_after_tool_progress(openai_app, fake_openai, demo):
    _, http = openai_app
    cid, mine = demo
    watch = mine["watch"]
    await sign_in(http, cid)
    answer = "Your Smart Watch Series 5 was delivered on time."
    fake_openai.add(ToolCalls([("look_up_order", {"order_id": watch.order_id})]), Text(answer))
    events = await stream(http, f"where is order {watch.order_id}?")
    assert names(events) == ["tool", "token", "message", "done"]
    assert events[0][1] == {"name": "look_up_order", "text": f"Looking up order {watch.order_id}…"}
    tokens = [data["text"] for name, data in events if name == "token"]
    assert len(tokens) == len(answer.split(" ")) and "".join(tokens) == answer
    done = events[-1][1]
    assert [m["content"] for m in done["messages"]] == [answer] and done["proposals"] == []
    assert all(request.get("stream") is True for request in fake_openai.requests)
    assert fake_openai.rejected == []


async def test_offline_proposal_and_confirmation_stream_through_the_same_path(
    chat_app, demo, orders, worker
):
    app, http = chat_app
    cid, mine = demo
    case = mine["case"]
    await sign_in(http, cid)
    events = await stream(http, "please refund my phone case, it cracked")
    assert names(events) == ["tool", "tool", "proposal", "token", "message", "done"]
    assert [d["text"] for n, d in events if n == "tool"] == [
        "Listing your orders…",
        f"Preparing a refund proposal for order {case.order_id}…",
    ]
    proposal = next(d for n, d in events if n == "proposal")
    assert (proposal["order_id"], proposal["status"]) == (case.order_id, "pending")
    done = events[-1][1]
    assert done["proposals"] == [proposal]
    assert "Shall I go ahead?" in done["messages"][0]["content"]
    assert await orders.status(case.order_id) == "PURCHASED"

    events = await stream(http, "yes")
    assert names(events) == ["tool", "token", "message", "proposal", "done"]
    assert events[0][1]["text"] == f"Requesting the refund of order {case.order_id}…"
    decided = next(d for n, d in events if n == "proposal")
    assert (decided["status"], decided["outcome"]) == ("confirmed", "refunded")
    assert "has been paid" in events[-1][1]["messages"][0]["content"]
    assert await orders.status(case.order_id) == "REFUNDED"
    assert await agent_of(app).pending(cid) == []
