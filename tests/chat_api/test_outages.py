"""PostgreSQL, then Temporal, stopped under a running chat API: every route answers within 5 s
with a sentence — a 503 with Retry-After where it needs the missing server, never a 500 —
and everything answers normally again once the server is back.

This test starts its own embedded PostgreSQL and Temporal dev server (the session's are shared
by other tests and must stay up)."""

from __future__ import annotations

import asyncio
import re
import time
from functools import partial

import pytest

from services.common.db import create_pool, migrate
from services.common.servers import start_embedded_postgres, stop_embedded_postgres
from services.worker.main import build_worker
from tests.support.api import running_app, sign_in
from tests.support.orders import OrderFactory
from tests.support.ports import free_port
from tests.support.temporal_server import start_test_temporal
from tests.support.waiting import eventually

ANSWER_WITHIN_SECONDS = 5.0
# Routes whose effect is the point of calling them (tested elsewhere).
SKIP = {("POST", "/api/admin/crash"), ("POST", "/api/admin/reset")}


def _requests(app, order_id, customer_id, review_path):
    """One well-formed request per route, as a signed-in customer and as the admin would send."""
    bodies = {
        "/api/session": {"customer_id": customer_id},
        "/api/refunds": {"order_id": order_id, "reason": "it broke"},
        "/api/chat": {"message": "where is my order?"},
        "/api/admin/reviews/{order_id}/decision": {"decision": "reject", "note": "sweep"},
    }
    for template, item in app.openapi()["paths"].items():
        for method in (m.upper() for m in item):
            if (method, template) in SKIP:
                continue
            path = re.sub(r"\{order_id\}", str(order_id), template)
            path = path.replace("{token}", review_path.removeprefix("/review/"))
            if method == "POST" and template.startswith("/review/"):
                yield method, path, {"data": {"decision": "reject"}}
            elif method == "POST":
                yield method, path, {"json": bodies.get(template, {})}
            else:
                yield method, path, {}


async def _sweep(api, app, admin, order_id, customer_id, review_path):
    """Every route once; returns (method, path, status, seconds, response)."""
    answers = []
    for method, path, kwargs in _requests(app, order_id, customer_id, review_path):
        started = time.monotonic()
        r = await api.request(method, path, headers=admin, **kwargs)
        answers.append((method, path, r.status_code, time.monotonic() - started, r))
        if (method, path) == ("DELETE", "/api/session"):
            await api.post("/api/session", json={"customer_id": customer_id})
    assert len(answers) >= 15
    return answers


def _assert_calm(answers):
    """Below 500 or a 503 with Retry-After; a sentence; within the time limit."""
    for method, path, status, seconds, r in answers:
        where = f"{method} {path} -> {status} in {seconds:.1f}s {r.text[:150]!r}"
        assert seconds < ANSWER_WITHIN_SECONDS, where
        assert status < 500 or status == 503, where
        if status == 503:
            assert r.headers.get("retry-after"), where
        if status >= 400 and "json" in r.headers.get("content-type", ""):
            body = r.json()
            sentence = body.get("detail") or body.get("status")
            assert isinstance(sentence, str) and sentence, where
        elif status >= 400:
            assert r.text.strip(), where


def _server_errors(answers):
    return [f"{m} {p} -> {s} {r.text[:150]!r}" for m, p, s, _, r in answers if s >= 500]


async def _normal_again(sweep, within=30.0):
    """After a restart every route answers below 500 again, without restarting the API. (A
    pooled connection that PostgreSQL closed fails once before the pool replaces it.)"""
    await eventually(lambda: _errors_of(sweep), lambda errors: errors == [], within=within)


async def _errors_of(sweep):
    return _server_errors(await sweep())


@pytest.mark.timeout(240)
async def test_routes_answer_calmly_while_postgres_then_temporal_is_down(settings, server_dir):
    pgdata = server_dir / "pg" / "data"
    pgdata.parent.mkdir()
    root_uri = await asyncio.to_thread(start_embedded_postgres, pgdata)
    # Leased for this process: nobody takes it while Temporal is down, so it comes back on it.
    port = free_port()
    env = await start_test_temporal(port)
    try:
        own = settings.model_copy(
            update={"database_url": root_uri, "temporal_address": f"127.0.0.1:{port}"}
        )
        pool = await create_pool(root_uri, max_size=4)
        await migrate(pool)
        orders = OrderFactory(pool)
        customer = await orders.customer()
        small = [await orders.order("10.00", customer_id=customer) for _ in range(4)]
        large = await orders.order("1500.00", customer_id=customer)
        admin = {"Authorization": f"Bearer {own.admin_token.get_secret_value()}"}
        worker = build_worker(env.client, pool, own)
        async with worker, running_app(own) as (app, api):
            await sign_in(api, customer)
            r = await api.post("/api/refunds", json={"order_id": large.order_id, "reason": "x"})
            assert r.json()["outcome"] == "pending_review"
            url = await eventually(
                partial(pool.fetchval, "SELECT review_url FROM outbox_emails LIMIT 1")
            )
            review = url.removeprefix("http://testserver")
            sweep = partial(_sweep, api, app, admin, large.order_id, customer, review)
            assert _server_errors(await sweep()) == []

            async def ready():
                return (await api.get("/readyz")).status_code

            # PostgreSQL down.
            await asyncio.to_thread(stop_embedded_postgres, pgdata)
            down = await sweep()
            _assert_calm(down)
            assert any(status == 503 for _, _, status, _, _ in down)
            assert await asyncio.to_thread(start_embedded_postgres, pgdata) == root_uri
            await eventually(ready, lambda s: s == 200, within=30)
            await _normal_again(sweep)
            r = await api.post("/api/refunds", json={"order_id": small[0].order_id})
            assert r.status_code == 200 and r.json()["outcome"] == "refunded", r.text

            # Temporal down (its in-memory history goes with it).
            await env.shutdown()
            down = await sweep()
            _assert_calm(down)
            started = time.monotonic()
            r = await api.post("/api/refunds", json={"order_id": small[2].order_id})
            assert r.status_code == 503 and r.headers["retry-after"], r.text
            assert time.monotonic() - started < ANSWER_WITHIN_SECONDS
            env = await start_test_temporal(port)
            await eventually(ready, lambda s: s == 200, within=30)
            await _normal_again(sweep)
            for order in (small[1], small[2]):
                r = await api.post("/api/refunds", json={"order_id": order.order_id})
                assert r.status_code == 200 and r.json()["outcome"] == "refunded", r.text
        await pool.close()
    finally:
        await env.shutdown()
        await asyncio.to_thread(stop_embedded_postgres, pgdata)
