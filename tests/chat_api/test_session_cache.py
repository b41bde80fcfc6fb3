"""A process remembers a session row for SESSION_CHECK_CACHE_SECONDS: a burst of requests
with one cookie costs one database read, a sign-out in this process counts at once, and one in
another process (another store on the same table) counts here within that time."""

from __future__ import annotations

import asyncio
from typing import Any

from services.chat_api.sessions import SessionStore
from tests.support.waiting import eventually


class CountingPool:
    """The real pool, counting the single-row reads that pass through it."""

    def __init__(self, pool: Any) -> None:
        self._pool = pool
        self.reads = 0

    async def fetchrow(self, *args: Any) -> Any:
        self.reads += 1
        return await self._pool.fetchrow(*args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pool, name)


async def test_a_burst_with_one_cookie_costs_one_read(pool, settings, orders):
    counting = CountingPool(pool)
    store = SessionStore(counting, settings.model_copy(update={"session_check_cache_seconds": 5}))
    started = await store.start(await orders.customer())
    sessions = await asyncio.gather(*(store.current(started.session_id) for _ in range(50)))
    assert {s.customer_id for s in sessions if s is not None} == {started.session.customer_id}
    assert None not in sessions
    assert counting.reads == 1


async def test_sign_out_here_counts_at_once_and_elsewhere_within_the_cache_time(
    pool, settings, orders
):
    own = settings.model_copy(update={"session_check_cache_seconds": 0.5})
    here, elsewhere = SessionStore(pool, own), SessionStore(pool, own)
    customer = await orders.customer()
    first = await here.start(customer)
    assert await here.current(first.session_id) is not None  # remembered from now on
    await here.end(first.session_id)
    assert await here.current(first.session_id) is None

    second = await here.start(customer)
    assert await here.current(second.session_id) is not None
    await elsewhere.end(second.session_id)  # another chat API process signs it out
    await eventually(lambda: here.current(second.session_id), until=lambda s: s is None, within=5)


async def test_without_the_cache_every_check_reads(pool, settings, orders):
    counting = CountingPool(pool)
    store = SessionStore(counting, settings.model_copy(update={"session_check_cache_seconds": 0}))
    started = await store.start(await orders.customer())
    for _ in range(3):
        assert await store.current(started.session_id) is not None
    assert counting.reads == 3
