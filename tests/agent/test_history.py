"""GET /api/history: the thread survives a chat API restart, and review notices are merged
into it by time."""

from __future__ import annotations

import datetime as dt

from tests.agent.conftest import say
from tests.support.api import running_app, sign_in
from tests.support.waiting import eventually


async def test_history_survives_a_chat_api_restart(settings, orders):
    cid = await orders.customer()
    async with running_app(settings) as (_, http):
        await sign_in(http, cid)
        await say(http, "hello")
        await say(http, "what did I order?")
        before = (await http.get("/api/history")).json()
    async with running_app(settings) as (_, http):
        await sign_in(http, cid)
        after = (await http.get("/api/history")).json()
        assert after == before
        assert [h["role"] for h in after] == ["user", "assistant"] * 2
        assert after[2]["content"] == "what did I order?"
        stamps = [dt.datetime.fromisoformat(h["at"]) for h in after]
        assert stamps == sorted(stamps) and all(s.tzinfo for s in stamps)
        await say(http, "thanks")
        assert len((await http.get("/api/history")).json()) == 6


async def test_history_of_another_customer_is_separate_and_needs_sign_in(chat_app, orders):
    _, http = chat_app
    alice, bob = await orders.customer("Alice"), await orders.customer("Bob")
    await sign_in(http, alice)
    await say(http, "hello from alice")
    await sign_in(http, bob)
    assert (await http.get("/api/history")).json() == []
    await http.delete("/api/session")
    r = await http.get("/api/history")
    assert r.status_code == 401 and isinstance(r.json()["detail"], str)


async def test_review_decision_notice_appears_in_history(chat_app, demo, orders, worker, settings):
    _, http = chat_app
    cid, mine = demo
    laptop = mine["laptop"]
    await sign_in(http, cid)
    await say(http, f"I want a refund for order {laptop.order_id}, the screen is cracked")
    await say(http, "yes")
    assert await orders.status(laptop.order_id) == "PENDING_REFUND"
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    r = await http.post(
        f"/api/admin/reviews/{laptop.order_id}/decision",
        json={"decision": "approve", "note": "ok"},
        headers=admin,
    )
    assert r.status_code == 200, r.text

    async def notices() -> list[dict[str, str]]:
        history = (await http.get("/api/history")).json()
        return [h for h in history if h["role"] == "notice"]

    [notice] = await eventually(notices)
    assert notice["content"].startswith(
        f"Your refund for order {laptop.order_id} (Laptop Pro X1, $1,299.99) was approved"
    )
    history = (await http.get("/api/history")).json()
    assert [h["role"] for h in history] == ["user", "assistant", "user", "assistant", "notice"]
    mine_now = {o["order_id"]: o["status"] for o in (await http.get("/api/orders")).json()}
    assert mine_now[laptop.order_id] == "REFUNDED"
