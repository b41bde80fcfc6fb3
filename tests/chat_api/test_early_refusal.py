"""A request the in-flight limit would refuse is refused before the framework runs it
(services/chat_api/gate.py): with the limit's own answer, timed and logged by its route, and
for every limited route there is."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from fastapi import Request
from prometheus_client import REGISTRY

from services.chat_api.deps import get_state
from services.chat_api.gate import limited_routes
from services.chat_api.routes import admin, chat, customers, dev, refunds, review, system
from services.chat_api.state import AppState
from tests.support.api import running_app, sign_in
from tests.support.threads import thread_held_elsewhere
from tests.support.waiting import eventually

ROUTERS = (system.router, customers.router, refunds.router, chat.router, review.router)


REFUSED, IN_FLIGHT_READS = (
    "customer_requests_limited_total",
    {
        "action": "read",
        "reason": "too_many_in_flight",
    },
)
TIMED, ORDERS = "http_request_duration_seconds_count", {"method": "GET", "route": "/api/orders"}


def _sample(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


def _recording_state() -> tuple[list[tuple[str, str]], Callable[[Request], Awaitable[AppState]]]:
    """The requests whose dependencies ran (method, path), and the app state's dependency that
    records them (it overrides get_state, which every route's dependencies start from)."""
    ran: list[tuple[str, str]] = []

    async def recorded_state(request: Request) -> AppState:
        ran.append((request.method, request.url.path))
        state: AppState = request.app.state.services
        return state

    return ran, recorded_state


async def test_the_gate_knows_every_route_the_limits_refuse(settings):
    # The routes that document a 429 are the routes with a per-customer limit.
    async with running_app(settings) as (app, _):
        documented = {
            (path, method.upper())
            for path, methods in app.openapi()["paths"].items()
            for method, spec in methods.items()
            if "429" in spec["responses"]
        }
    gated = {
        (route.path, method)
        for route, _ in limited_routes((*ROUTERS, admin.router, dev.router))
        for method in route.methods or ()
    }
    assert gated == documented
    assert ("/api/chat", "POST") in gated and ("/api/history", "GET") in gated


async def test_a_customer_at_the_limit_is_refused_before_any_dependency_runs(
    settings, orders, pool
):
    limited = settings.model_copy(
        update={"customer_concurrent_requests": 2, "chat_turns_waiting": 1}
    )
    order, other = await orders.order("10.00"), await orders.order("10.00")
    ran, recorded_state = _recording_state()

    async with running_app(limited) as (app, http):
        app.dependency_overrides[get_state] = recorded_state
        await sign_in(http, order.customer_id)
        limits = app.state.customer_limits
        refused_before = _sample(REFUSED, **IN_FLIGHT_READS)
        timed_before = _sample(TIMED, **ORDERS)
        # The customer's thread is held as another process would hold it: two turns wait.
        async with thread_held_elsewhere(pool, order.customer_id):
            turns = [
                asyncio.ensure_future(http.post("/api/chat", json={"message": f"hi {n}"}))
                for n in range(2)
            ]

            async def in_flight() -> int:
                count: int = limits.in_flight(order.customer_id)
                return count

            await eventually(in_flight, lambda n: n == 2)
            ran.clear()
            started = time.monotonic()
            r = await http.get("/api/orders", headers={"X-Request-ID": "flood-1"})
            assert time.monotonic() - started < 2
            assert r.status_code == 429, r.text
            assert r.headers["Retry-After"] == "1"
            assert r.json() == {
                "detail": "You already have 2 requests in progress; please wait for them"
                " to finish and try again."
            }
            assert r.headers["x-request-id"] == "flood-1"
            assert r.headers["x-content-type-options"] == "nosniff"
            assert ran == []  # refused before the route's dependencies
            assert _sample(REFUSED, **IN_FLIGHT_READS) == refused_before + 1
            assert _sample(TIMED, **ORDERS) == timed_before + 1
            # Another customer goes through to the route as usual.
            await sign_in(http, other.customer_id)
            assert (await http.get("/api/orders")).status_code == 200
            assert ("GET", "/api/orders") in ran
        assert [t.status_code for t in await asyncio.gather(*turns)] == [200, 200]
        assert limits.in_flight(order.customer_id) == 0


async def test_a_turn_the_thread_lock_would_refuse_is_refused_before_any_database_work(
    settings, orders, pool
):
    # One turn of the customer's may run or wait (CHAT_TURNS_WAITING 0): another message,
    # Confirm or Cancel is answered the turn lock's 503 by the gate, before its dependencies
    # (the rate limit's round trips to count it and give it back) run.
    limited = settings.model_copy(
        update={
            "customer_concurrent_requests": 2,
            "chat_turns_waiting": 0,
            "chat_turns_per_minute": 20,
            "customer_actions_per_minute": 20,
        }
    )
    order = await orders.order("10.00")
    ran, recorded_state = _recording_state()

    async with running_app(limited) as (app, http):
        app.dependency_overrides[get_state] = recorded_state
        await sign_in(http, order.customer_id)
        locks = app.state.services.agent._turn_locks
        busy = _sample("chat_turns_refused_total", reason="thread_busy")
        async with thread_held_elsewhere(pool, order.customer_id):
            first = asyncio.ensure_future(http.post("/api/chat", json={"message": "one"}))

            async def turns() -> int:
                count: int = locks.turns(order.customer_id)
                return count

            await eventually(turns, lambda n: n == 1)
            ran.clear()
            proposal = "0123456789abcdef0123456789abcdef"
            refused = [
                await http.post("/api/chat", json={"message": "two"}),
                await http.post(f"/api/chat/proposals/{proposal}/confirm"),
                await http.post(f"/api/chat/proposals/{proposal}/cancel"),
            ]
            assert ran == []  # refused before the routes' dependencies
            for r in refused:
                assert r.status_code == 503, r.text
                assert r.headers["Retry-After"] == "5"
                assert r.json()["detail"].startswith("Your previous message is still being")
            assert _sample("chat_turns_refused_total", reason="thread_busy") == busy + 3
            # None of them used up an allowance (20 a minute): only the first turn's counted.
            rows = await pool.fetch(
                "SELECT action, tat - clock_timestamp() AS ahead FROM customer_rate_limits"
                " WHERE customer_id = $1",
                order.customer_id,
            )
            assert [r["action"] for r in rows] == ["chat"]
            assert rows[0]["ahead"].total_seconds() <= 3  # one interval of 60/20 s
            # A turn's stream answers inside its events, as before: it goes on to its route.
            streamed = await http.post("/api/chat/stream", json={"message": "three"})
            assert streamed.status_code == 200
            assert "event: error" in streamed.text
            assert ("POST", "/api/chat/stream") in ran
        assert (await first).status_code == 200
