"""Threads stored by the previous release still load and work: proposal records in its shape
(plain dicts with its keys, "declined" for a cancelled one, no order status at proposal time)
read as typed records, show on the API, and a waiting one is confirmed as before."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from langchain_core.messages import AIMessage, HumanMessage

from services.chat_api.agent.proposal_record import ProposalRecord
from tests.agent.conftest import agent_of, pending_ids, press, say
from tests.support.api import sign_in
from workflows.vocabulary import OrderStatus, ProposalOutcome, ProposalStatus


def old_record(order, status: str, turn: str | None, **extra) -> dict[str, Any]:
    """A proposal record exactly as the previous release stored it in the graph state."""
    now = dt.datetime.now(dt.UTC)
    return {
        "id": uuid.uuid4().hex,
        "customer_id": order.customer_id,
        "order_id": order.order_id,
        "item": order.item,
        "amount": f"{order.price:.2f}",
        "currency": "USD",
        "review": False,
        "reason": "it broke",
        "created_at": now.isoformat(),
        "expires_at": (now + dt.timedelta(minutes=15)).isoformat(),
        "status": status,
        "outcome": None,
        "message": None,
        "turn": turn,
        **extra,
    }


def test_an_old_record_reads_as_todays_and_stores_back_as_plain_json():
    order = type("O", (), {"customer_id": 1, "order_id": 7, "item": "Lamp", "price": 30})
    raw = old_record(order, "declined", None, decided_at=dt.datetime.now(dt.UTC).isoformat())
    record = ProposalRecord.load(raw)
    assert record.status == ProposalStatus.CANCELLED
    assert record.order_status == OrderStatus.PURCHASED and record.not_included == ()
    stored = record.stored()
    assert stored["status"] == "cancelled" and stored["created_at"] == raw["created_at"]
    assert ProposalRecord.load(stored) == record
    assert {k: stored[k] for k in raw} == {**raw, "status": "cancelled"}


async def test_a_thread_of_the_previous_release_still_works(chat_app, demo, orders, worker):
    app, http = chat_app
    cid, mine = demo
    case, watch, phones = mine["case"], mine["watch"], mine["headphones"]
    await sign_in(http, cid)
    agent = agent_of(app)
    asked = HumanMessage("refund the phone case", id=str(uuid.uuid4()))
    waiting = old_record(case, "pending", asked.id)
    declined = old_record(watch, "declined", None, decided_at=dt.datetime.now(dt.UTC).isoformat())
    confirmed = old_record(phones, "confirmed", None, outcome="already_refunded")
    state = {
        "messages": [asked, AIMessage("I can refund order 5. Press Confirm or reply yes.")],
        "proposals": {r["id"]: r for r in (waiting, declined, confirmed)},
    }
    await agent._graph.aupdate_state(agent._config(cid), state, as_node="settle")

    assert await pending_ids(http) == [waiting["id"]]
    shown = (await http.get(f"/api/chat/proposals/{declined['id']}")).json()
    assert shown["status"] == "cancelled" and shown["not_included"] == []
    assert (await press(http, declined["id"])).status_code == 409
    records = await agent.proposals(cid)
    assert records[confirmed["id"]].outcome == ProposalOutcome.ALREADY_REFUNDED

    reply = await say(http, "yes")
    assert "has been paid" in reply
    assert await orders.status(case.order_id) == "REFUNDED"
    assert await orders.status(watch.order_id) == "PURCHASED"
    after = (await agent.proposals(cid))[waiting["id"]]
    assert (after.status, after.outcome) == (ProposalStatus.CONFIRMED, ProposalOutcome.REFUNDED)
    assert await pending_ids(http) == []
