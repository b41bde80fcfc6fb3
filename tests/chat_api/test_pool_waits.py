"""Waiting for a pooled connection ends: with every connection of a pool taken, a request is
answered 503 with Retry-After and a sentence within the acquire timeout, never left hanging."""

from __future__ import annotations

import asyncio
import time
from contextlib import AsyncExitStack
from typing import Any

from tests.agent.conftest import agent_of
from tests.support.api import running_app, sign_in

ACQUIRE_SECONDS = 0.3
# Far less than a hang, far more than the acquire timeout on a loaded machine.
ANSWERED_WITHIN = 10.0


async def test_a_full_database_pool_answers_503(settings, orders):
    bounded = settings.model_copy(
        update={"db_pool_max_size": 2, "db_acquire_timeout_seconds": ACQUIRE_SECONDS}
    )
    order = await orders.order("10.00")
    async with running_app(bounded) as (app, http), AsyncExitStack() as held:
        await sign_in(http, order.customer_id)
        pool = app.state.services.pool
        for _ in range(2):
            await held.enter_async_context(pool.acquire())
        started = time.monotonic()
        async with asyncio.timeout(ANSWERED_WITHIN):
            r = await http.get("/api/orders")
        assert time.monotonic() - started >= ACQUIRE_SECONDS
    assert r.status_code == 503 and r.headers["Retry-After"] == "5"
    assert r.json()["detail"].startswith("Our records are briefly unavailable")


async def test_a_full_chat_memory_pool_answers_503(settings, orders):
    bounded = settings.model_copy(update={"db_acquire_timeout_seconds": ACQUIRE_SECONDS})
    order = await orders.order("10.00")
    async with running_app(bounded) as (app, http):
        await sign_in(http, order.customer_id)
        checkpointer: Any = agent_of(app)._graph.checkpointer
        connections = checkpointer.conn  # the checkpointer's psycopg pool
        taken = [await connections.getconn() for _ in range(connections.max_size)]
        try:
            async with asyncio.timeout(ANSWERED_WITHIN):
                listed = await http.get("/api/chat/proposals")
                turn = await http.post("/api/chat", json={"message": "hello?"})
        finally:
            for conn in taken:
                await connections.putconn(conn)
        assert (await http.post("/api/chat", json={"message": "hello again"})).status_code == 200
    for r in (listed, turn):
        assert r.status_code == 503 and r.headers["Retry-After"] == "5", r.text
        assert r.json()["detail"].endswith("again.") or r.json()["detail"].endswith("moment.")
