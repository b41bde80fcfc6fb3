"""Every customer route that does work is limited per customer: how often (shared by every chat
API process through PostgreSQL) and how many at once (in a process). Past a limit: 429 with
Retry-After and a sentence, at once, and another customer is not affected."""

from __future__ import annotations

import asyncio
import time
import uuid

import httpx

from tests.support.api import running_app, sign_in
from tests.support.threads import thread_held_elsewhere
from tests.support.waiting import eventually


def _assert_limited(r: httpx.Response, start: str) -> None:
    assert r.status_code == 429, r.text
    assert int(r.headers["Retry-After"]) >= 1
    assert r.json()["detail"].startswith(start), r.json()


async def test_reads_and_actions_have_their_own_allowance_per_customer(settings, orders):
    limited = settings.model_copy(
        update={"customer_reads_per_minute": 4, "customer_actions_per_minute": 3}
    )
    order, other = await orders.order("10.00"), await orders.order("10.00")
    proposal = uuid.uuid4().hex
    async with running_app(limited) as (_, http):
        await sign_in(http, order.customer_id)
        reads = ["/api/orders", "/api/history", "/api/chat/proposals"]
        reads.append(f"/api/refunds/{order.order_id}")
        for path in reads:
            assert (await http.get(path)).status_code == 200, path
        _assert_limited(
            await http.get("/api/orders"),
            "You are sending requests for your orders and chat faster than 4 a minute;",
        )
        # Confirm and Cancel share an allowance; refund requests have one of the same size.
        confirm, cancel = (f"/api/chat/proposals/{proposal}/{b}" for b in ("confirm", "cancel"))
        for path in (confirm, cancel, confirm):
            assert (await http.post(path)).status_code == 404  # no such proposal
        _assert_limited(
            await http.post(cancel),
            "You are sending Confirm or Cancel presses faster than 3 a minute;",
        )
        missing = {"order_id": 2_000_000_000}
        for _ in range(3):
            assert (await http.post("/api/refunds", json=missing)).status_code == 404
        _assert_limited(
            await http.post("/api/refunds", json=missing),
            "You are sending refund requests faster than 3 a minute;",
        )
        await sign_in(http, other.customer_id)  # another customer has their own allowances
        assert (await http.get("/api/orders")).status_code == 200
        assert (await http.post(f"/api/chat/proposals/{proposal}/cancel")).status_code == 404


async def test_the_allowance_is_shared_by_two_chat_api_processes(settings, orders):
    limited = settings.model_copy(update={"customer_reads_per_minute": 2})
    order = await orders.order("10.00")
    async with running_app(limited) as (_, a), running_app(limited) as (_, b):
        await sign_in(a, order.customer_id)
        await sign_in(b, order.customer_id)
        assert (await a.get("/api/orders")).status_code == 200
        assert (await b.get("/api/orders")).status_code == 200
        _assert_limited(await a.get("/api/orders"), "You are sending requests")
        _assert_limited(await b.get("/api/orders"), "You are sending requests")


async def test_more_requests_in_progress_than_allowed_are_refused_at_once(settings, orders, pool):
    # Two of the customer's turns in progress: one waits for its thread (held as another
    # process would hold it), the other behind it; the next request is refused before it waits.
    limited = settings.model_copy(
        update={"customer_concurrent_requests": 2, "chat_turns_waiting": 1}
    )
    order, other = await orders.order("10.00"), await orders.order("10.00")
    async with running_app(limited) as (app, http):
        await sign_in(http, order.customer_id)
        limits = app.state.customer_limits
        async with thread_held_elsewhere(pool, order.customer_id):
            turns = [
                asyncio.ensure_future(http.post("/api/chat", json={"message": f"hi {n}"}))
                for n in range(2)
            ]
            await eventually(lambda: _value(limits.in_flight(order.customer_id)), _is(2))
            started = time.monotonic()
            _assert_limited(
                await http.get("/api/orders"),
                "You already have 2 requests in progress; please wait for them to finish",
            )
            assert time.monotonic() - started < 2
            async with httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app), base_url="http://testserver"
            ) as calm:
                await sign_in(calm, other.customer_id)
                assert (await calm.get("/api/orders")).status_code == 200
        assert [r.status_code for r in await asyncio.gather(*turns)] == [200, 200]
        assert limits.in_flight(order.customer_id) == 0
        assert (await http.get("/api/orders")).status_code == 200


async def test_a_second_turn_while_one_runs_is_refused_at_once(settings, orders, pool):
    # Refused turns do not use up the allowance: the client may retry them as it is told.
    limited = settings.model_copy(update={"chat_turns_waiting": 0, "chat_turns_per_minute": 2})
    order = await orders.order("10.00")
    async with running_app(limited) as (app, http):
        await sign_in(http, order.customer_id)
        locks = app.state.services.agent._turn_locks
        async with thread_held_elsewhere(pool, order.customer_id):
            first = asyncio.ensure_future(http.post("/api/chat", json={"message": "one"}))
            await eventually(lambda: _value(locks.turns(order.customer_id)), _is(1))
            started = time.monotonic()
            retries = [await http.post("/api/chat", json={"message": "two"}) for _ in range(3)]
            assert time.monotonic() - started < 5  # the wait is 30 s: none of them waited
        assert (await first).status_code == 200
        for refused in retries:
            assert refused.status_code == 503 and refused.headers["Retry-After"] == "5"
            detail = refused.json()["detail"]
            assert detail.startswith("Your previous message is still being answered")
        assert (await http.post("/api/chat", json={"message": "three"})).status_code == 200
        assert (await http.post("/api/chat", json={"message": "four"})).status_code == 429
        history = (await http.get("/api/history")).json()
        assert [h["content"] for h in history if h["role"] == "user"] == ["one", "three"]


async def _value(n: int) -> int:
    return n


def _is(expected: int):
    return lambda value: value == expected
