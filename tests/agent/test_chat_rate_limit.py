"""A per-customer limit on chat turns, shared through PostgreSQL by every chat API process:
past it, 429 with Retry-After and a sentence, and the refused message is not in the thread."""

from __future__ import annotations

import asyncio

from tests.agent.conftest import say
from tests.support.api import running_app, sign_in

PER_MINUTE = 3


async def test_the_limit_holds_across_two_processes_and_answers_429_with_retry_after(
    settings, orders
):
    limited = settings.model_copy(update={"chat_turns_per_minute": PER_MINUTE})
    cid, other = await orders.customer(), await orders.customer()
    async with running_app(limited) as (_, a), running_app(limited) as (_, b):
        await sign_in(a, cid)
        await sign_in(b, cid)
        for n, http in enumerate([a, b, a]):
            await say(http, f"hello {n}")
        refused = await b.post("/api/chat", json={"message": "one too many"})
        assert refused.status_code == 429
        wait = int(refused.headers["Retry-After"])
        assert 1 <= wait <= 60 // PER_MINUTE
        assert refused.json()["detail"] == (
            f"You are sending messages faster than {PER_MINUTE} a minute; please wait"
            f" {wait} seconds and send it again."
        )
        assert (await a.post("/api/chat", json={"message": "again"})).status_code == 429
        history = (await a.get("/api/history")).json()
        assert [h["content"] for h in history if h["role"] == "user"] == [
            "hello 0",
            "hello 1",
            "hello 2",
        ]
        await sign_in(b, other)  # another customer has their own allowance
        await say(b, "hello from someone else")


async def test_a_burst_at_once_admits_exactly_the_limit(settings, orders):
    limited = settings.model_copy(update={"chat_turns_per_minute": PER_MINUTE})
    cid = await orders.customer()
    async with running_app(limited) as (_, http):
        await sign_in(http, cid)
        sent = [http.post("/api/chat", json={"message": f"hi {n}"}) for n in range(6)]
        codes = sorted(r.status_code for r in await asyncio.gather(*sent))
    assert codes == [200] * PER_MINUTE + [429] * (6 - PER_MINUTE)
