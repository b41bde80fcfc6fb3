"""Refund proposals decided by the customer's buttons and words, judged by what happened to
the orders: Confirm pays once, Cancel changes nothing, a proposal is single-use, belongs to
one customer, expires, survives a restart, and waits while the customer talks of other things."""

from __future__ import annotations

import asyncio
import json

from services.worker.main import build_worker
from tests.agent.conftest import agent_of, chat, pending_ids, press, say
from tests.support.api import running_app, sign_in
from tests.support.clock import ManualClock
from tests.support.fake_openai import Text, ToolCalls, messages_of


async def test_confirm_button_pays_and_a_second_press_is_refused(chat_app, demo, orders, worker):
    _, http = chat_app
    cid, mine = demo
    case = mine["case"]
    await sign_in(http, cid)
    [proposal] = (await chat(http, f"refund order {case.order_id}, it cracked"))["proposals"]
    assert proposal["status"] == "pending" and proposal["reason"] == "it cracked"

    r = await press(http, proposal["id"])
    assert r.status_code == 200, r.text
    [decided] = r.json()["proposals"]
    assert (decided["id"], decided["status"], decided["outcome"]) == (
        proposal["id"],
        "confirmed",
        "refunded",
    )
    assert "has been paid" in r.json()["messages"][0]["content"]
    assert await orders.status(case.order_id) == "REFUNDED"
    assert await orders.ledger_rows(case.order_id) == 1

    again = await press(http, proposal["id"])
    assert again.status_code == 409 and "already answered" in again.json()["detail"]
    cancel = await press(http, proposal["id"], "cancel")
    assert cancel.status_code == 409
    assert await orders.ledger_rows(case.order_id) == 1
    assert await pending_ids(http) == []


async def test_cancel_button_and_typed_no_change_nothing(chat_app, demo, orders, worker, pool):
    _, http = chat_app
    cid, mine = demo
    phones, watch = mine["headphones"], mine["watch"]
    await sign_in(http, cid)
    [first] = (await chat(http, f"refund order {phones.order_id}"))["proposals"]
    r = await press(http, first["id"], "cancel")
    assert r.status_code == 200, r.text
    assert r.json()["proposals"][0]["status"] == "cancelled"
    assert "won't refund" in r.json()["messages"][0]["content"]

    await chat(http, f"refund order {watch.order_id}")
    reply = await say(http, "no thanks")
    assert "won't refund" in reply
    for order in (phones, watch):
        assert await orders.status(order.order_id) == "PURCHASED"
        assert await orders.ledger_rows(order.order_id) == 0
    events = await pool.fetchval(
        "SELECT count(*) FROM audit_events WHERE order_id = ANY($1::bigint[])",
        [phones.order_id, watch.order_id],
    )
    assert events == 0
    assert await pending_ids(http) == []
    assert (await press(http, first["id"])).status_code == 409


async def test_another_customers_proposal_is_not_found(chat_app, demo, orders, worker):
    _, http = chat_app
    cid, mine = demo
    await sign_in(http, cid)
    [proposal] = (await chat(http, f"refund order {mine['case'].order_id}"))["proposals"]
    other = await orders.customer("Mallory")
    await sign_in(http, other)
    for button in ("confirm", "cancel"):
        r = await press(http, proposal["id"], button)
        assert r.status_code == 404 and r.json()["detail"] == "There is no such refund proposal."
    assert (await press(http, "not-a-proposal-id")).status_code == 404
    assert await pending_ids(http) == []
    assert await orders.status(mine["case"].order_id) == "PURCHASED"
    await sign_in(http, cid)
    assert await pending_ids(http) == [proposal["id"]]


async def test_an_expired_proposal_is_gone(settings, demo, orders, worker):
    clock = ManualClock()  # the app's one clock: proposals, messages and sessions read it
    cid, mine = demo
    case = mine["case"]
    async with running_app(settings, clock=clock.now) as (app, http):
        await sign_in(http, cid)
        turn = await chat(http, f"refund order {case.order_id}")
        [proposal] = turn["proposals"]
        made = clock.now()
        assert proposal["created_at"] == made.isoformat()
        assert {m["at"] for m in turn["messages"]} == {made.isoformat()}
        clock.advance(settings.proposal_ttl_seconds + 1)
        r = await press(http, proposal["id"])
        assert r.status_code == 410 and "expired" in r.json()["detail"]
        assert await pending_ids(http) == []
        reply = await say(http, "yes")  # too late: not a confirmation any more
        assert "has been paid" not in reply
        assert await orders.status(case.order_id) == "PURCHASED"
        assert (await agent_of(app).proposals(cid))[proposal["id"]].status == "expired"
        # Every line of the thread carries the app's clock, as the customer saw it.
        lines = (await http.get("/api/history")).json()
        assert [line["at"] for line in lines] == [made.isoformat()] * 2 + [
            clock.now().isoformat()
        ] * 2


async def test_other_message_leaves_the_proposal_pending(chat_app, demo, orders, worker):
    _, http = chat_app
    cid, mine = demo
    case = mine["case"]
    await sign_in(http, cid)
    [proposal] = (await chat(http, f"refund order {case.order_id}, it cracked"))["proposals"]
    reply = await say(http, "what did I order?")
    assert "Phone Case" in reply and "Here are your orders" in reply
    assert await pending_ids(http) == [proposal["id"]]
    # The latest reply did not present the proposal, so a "yes" now confirms nothing...
    await say(http, "yes")
    assert await orders.status(case.order_id) == "PURCHASED"
    # ...while asking about it presents it again, and then "yes" confirms it.
    again = await chat(http, f"is the refund of order {case.order_id} done yet?")
    assert [p["id"] for p in again["proposals"]] == [proposal["id"]]
    assert "waits for your confirmation" in again["messages"][0]["content"]
    assert "has been paid" in await say(http, "yes")
    assert await orders.status(case.order_id) == "REFUNDED"


async def test_several_orders_one_card_each_confirmable(chat_app, demo, orders, worker):
    _, http = chat_app
    cid, mine = demo
    laptop, phones, case = mine["laptop"], mine["headphones"], mine["case"]
    await sign_in(http, cid)
    answer = await chat(
        http, f"refund orders {laptop.order_id}, {phones.order_id} and {case.order_id}"
    )
    assert len(answer["messages"]) == 1  # one reply presents all three
    proposals = {p["order_id"]: p for p in answer["proposals"]}
    assert set(proposals) == {laptop.order_id, phones.order_id, case.order_id}
    assert proposals[laptop.order_id]["review"] is True
    assert (await press(http, proposals[phones.order_id]["id"])).status_code == 200
    assert (await press(http, proposals[laptop.order_id]["id"], "cancel")).status_code == 200
    assert await pending_ids(http) == [proposals[case.order_id]["id"]]
    # The one left of a card of three: a bare yes does not confirm it, its name does.
    asked = await say(http, "yes")
    assert asked.startswith("Is it this one you mean?") and "Phone Case" in asked
    assert await orders.status(case.order_id) == "PURCHASED"
    reply = await say(http, "yes, the phone case")
    assert "Phone Case" in reply
    assert await orders.status(phones.order_id) == "REFUNDED"
    assert await orders.status(case.order_id) == "REFUNDED"
    assert await orders.status(laptop.order_id) == "PURCHASED"


async def test_a_proposal_survives_a_restart_of_the_chat_api(settings, demo, orders, worker):
    cid, mine = demo
    phones = mine["headphones"]
    async with running_app(settings) as (_, http):
        await sign_in(http, cid)
        [proposal] = (await chat(http, f"refund order {phones.order_id}, they broke"))["proposals"]
    # A second chat API on the same database: the wait is in the checkpointed thread.
    async with running_app(settings) as (app, http):
        await sign_in(http, cid)
        r = await http.get("/api/chat/proposals")
        assert [p["id"] for p in r.json()] == [proposal["id"]]
        assert "await_consent" in (await agent_of(app)._snapshot(cid)).next
        reply = await say(http, "yes please")
    assert "has been paid" in reply
    assert await orders.status(phones.order_id) == "REFUNDED"
    assert await orders.ledger_rows(phones.order_id) == 1


async def test_two_presses_at_once_pay_once(chat_app, demo, orders, worker):
    _, http = chat_app
    cid, mine = demo
    watch = mine["watch"]
    await sign_in(http, cid)
    [proposal] = (await chat(http, f"refund order {watch.order_id}"))["proposals"]
    answers = await asyncio.gather(press(http, proposal["id"]), press(http, proposal["id"]))
    assert sorted(r.status_code for r in answers) == [200, 409]
    assert await orders.status(watch.order_id) == "REFUNDED"
    assert await orders.ledger_rows(watch.order_id) == 1


async def test_confirm_without_a_worker_keeps_the_proposal_and_retrying_is_safe(
    settings, client, pool, demo, orders
):
    quick = settings.model_copy(update={"refund_commit_wait_seconds": 0.5})
    cid, mine = demo
    case = mine["case"]
    async with running_app(quick) as (_, http):
        await sign_in(http, cid)
        [proposal] = (await chat(http, f"refund order {case.order_id}"))["proposals"]
        r = await press(http, proposal["id"])
        assert r.status_code == 200, r.text
        [unavailable] = r.json()["proposals"]
        assert (unavailable["status"], unavailable["outcome"]) == ("pending", "unavailable")
        assert "press Confirm or reply yes again" in r.json()["messages"][0]["content"]
        assert await pending_ids(http) == [proposal["id"]]
        async with build_worker(client, pool, quick):
            r = await press(http, proposal["id"])
            assert r.status_code == 200, r.text
            [paid] = r.json()["proposals"]
            assert (paid["status"], paid["outcome"]) == ("confirmed", "refunded")
            assert await orders.status(case.order_id) == "REFUNDED"
    assert await orders.ledger_rows(case.order_id) == 1


async def test_real_model_asking_about_a_pending_order_presents_it_again(
    openai_app, fake_openai, demo, orders, worker
):
    _, http = openai_app
    cid, mine = demo
    case = mine["case"]
    await sign_in(http, cid)
    fake_openai.add(
        ToolCalls([("request_refund", {"order_id": case.order_id, "reason": "cracked"})]),
        Text("Shall I refund your phone case?"),
        Text("You have five orders."),
        ToolCalls([("check_refund_status", {"order_id": case.order_id})]),
        Text("Not yet: it waits for your confirmation."),
    )
    [proposal] = (await chat(http, "refund my phone case, it cracked"))["proposals"]
    assert (await chat(http, "how many orders do I have?"))["proposals"] == []
    again = await chat(http, "is it done yet?")
    assert [(p["id"], p["status"]) for p in again["proposals"]] == [(proposal["id"], "pending")]
    status = json.loads(messages_of(fake_openai.requests[-1], "tool")[-1]["content"])
    assert status["proposal"]["proposal_id"] == proposal["id"]
    assert "has been paid" in await say(http, "yes")
    assert len(fake_openai.requests) == 5  # the yes was decided without the model
    assert await orders.status(case.order_id) == "REFUNDED"
    assert fake_openai.rejected == [] and fake_openai.unexpected == []
