"""Customer sessions live on the server: sign-out ends every copy of the cookie, each sign-in
issues a new id, and a session ends at its absolute lifetime (polling never extends it), after
its idle time, and no later than the shop token it came from. Time is moved by hand."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from fastapi import FastAPI

from services.chat_api.sessions import SESSION_COOKIE, TOUCH_AFTER
from tests.support.api import running_app, sign_in
from tests.support.clock import ManualClock


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def app_and_http(settings, clock) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    async with running_app(settings, clock=clock.now) as running:
        yield running


async def replay(app: FastAPI, cookie: str) -> int:
    """GET /api/orders from another client that presents only a copy of `cookie`."""
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as other:
        r = await other.get("/api/orders", headers={"Cookie": f"{SESSION_COOKIE}={cookie}"})
        return r.status_code


async def test_a_copied_cookie_stops_working_at_sign_out(app_and_http, orders):
    app, http = app_and_http
    await sign_in(http, await orders.customer())
    copied = http.cookies[SESSION_COOKIE]
    assert await replay(app, copied) == 200
    signed_out = await http.delete("/api/session")
    assert signed_out.status_code == 200
    assert SESSION_COOKIE not in http.cookies  # the browser is told to drop it
    assert await replay(app, copied) == 401


async def test_every_sign_in_issues_a_new_id_and_ends_the_previous_one(app_and_http, orders):
    app, http = app_and_http
    cid = await orders.customer()
    await sign_in(http, cid)
    first = http.cookies[SESSION_COOKIE]
    await sign_in(http, cid)
    second = http.cookies[SESSION_COOKIE]
    assert second != first
    assert await replay(app, first) == 401
    assert await replay(app, second) == 200


async def test_the_cookie_is_http_only_and_ends_with_the_session(app_and_http, orders, settings):
    _, http = app_and_http
    r = await http.post("/api/session", json={"customer_id": await orders.customer()})
    cookie = r.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "path=/" in cookie
    assert f"max-age={settings.session_lifetime_seconds}" in cookie


async def test_polling_never_keeps_a_session_past_its_absolute_lifetime(
    app_and_http, orders, settings, clock
):
    app, http = app_and_http
    await sign_in(http, await orders.customer())
    cookie = http.cookies[SESSION_COOKIE]
    step = settings.session_idle_seconds / 2  # often enough never to be idle
    polled = 0.0
    while polled + step < settings.session_lifetime_seconds:
        clock.advance(step)
        polled += step
        assert (await http.get("/api/orders")).status_code == 200, polled
    clock.advance(settings.session_lifetime_seconds - polled)
    r = await http.get("/api/orders")
    assert r.status_code == 401
    assert "session has ended" in r.json()["detail"]
    assert await replay(app, cookie) == 401


async def test_an_idle_session_ends(app_and_http, orders, settings, clock):
    _, http = app_and_http
    await sign_in(http, await orders.customer())
    clock.advance(settings.session_idle_seconds - 1)
    assert (await http.get("/api/orders")).status_code == 200  # activity resets the idle time
    clock.advance(settings.session_idle_seconds - 1)
    assert (await http.get("/api/orders")).status_code == 200
    clock.advance(settings.session_idle_seconds)
    assert (await http.get("/api/orders")).status_code == 401


async def test_requests_write_the_idle_clock_at_most_once_a_minute(
    app_and_http, orders, pool, clock
):
    _, http = app_and_http
    cid = await orders.customer()
    await sign_in(http, cid)

    async def last_seen():
        return await pool.fetchval(
            "SELECT last_seen_at FROM customer_sessions WHERE customer_id = $1", cid
        )

    signed_in_at = await last_seen()
    for _ in range(5):
        clock.advance(TOUCH_AFTER.total_seconds() / 10)
        assert (await http.get("/api/orders")).status_code == 200
    assert await last_seen() == signed_in_at
    clock.advance(TOUCH_AFTER.total_seconds())
    assert (await http.get("/api/orders")).status_code == 200
    assert await last_seen() == clock.now()


async def test_ended_sessions_are_purged_and_a_customer_keeps_a_bounded_number(
    app_and_http, orders, pool, settings, clock
):
    app, http = app_and_http
    store = app.state.services.sessions
    cid = await orders.customer()
    for _ in range(30):  # thirty browsers, each signing in once
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as b:
            await sign_in(b, cid)
    rows = await pool.fetchval("SELECT count(*) FROM customer_sessions WHERE customer_id = $1", cid)
    assert rows == settings.session_max_per_customer  # the oldest ended as newer ones began
    await sign_in(http, cid)
    clock.advance(settings.session_lifetime_seconds)
    await store.purge()
    assert (
        await pool.fetchval("SELECT count(*) FROM customer_sessions WHERE customer_id = $1", cid)
        == 0
    )
