"""A slow or unreachable PostgreSQL costs a request seconds, not minutes: the pool's connect,
statement and acquire waits are bounded (Settings.db_*_timeout_seconds), and what they raise
is what the chat API answers 503 for."""

from __future__ import annotations

import time

import pytest

from services.chat_api.errors import DATABASE_UNAVAILABLE
from services.common.db import create_pool, pool_timeouts

# Each wait below is bounded at 0.3-1 s; the bound tells it from the unbounded wait (a 30 s
# statement, a connection never returned) with room for a loaded machine.
BOUNDED_SECONDS = 10.0


async def test_a_slow_statement_times_out(database_url):
    pool = await create_pool(database_url, max_size=1, command_timeout=0.3)
    try:
        started = time.monotonic()
        with pytest.raises(TimeoutError) as slow:
            await pool.fetchval("SELECT pg_sleep(30)")
        assert time.monotonic() - started < BOUNDED_SECONDS
        assert isinstance(slow.value, DATABASE_UNAVAILABLE)
    finally:
        await pool.close()


async def test_waiting_for_a_pooled_connection_times_out(database_url):
    pool = await create_pool(database_url, max_size=1, acquire_timeout=0.3)
    try:
        async with pool.acquire():
            started = time.monotonic()
            with pytest.raises(TimeoutError):
                await pool.fetchval("SELECT 1")
            assert time.monotonic() - started < BOUNDED_SECONDS
    finally:
        await pool.close()


async def test_an_unreachable_server_fails_fast():
    started = time.monotonic()
    with pytest.raises(DATABASE_UNAVAILABLE):
        await create_pool("postgresql://nobody@127.0.0.1:1/none", connect_timeout=1)
    assert time.monotonic() - started < BOUNDED_SECONDS


def test_timeouts_come_from_settings(settings):
    custom = settings.model_copy(
        update={"db_connect_timeout_seconds": 1.5, "db_acquire_timeout_seconds": 0.5}
    )
    assert pool_timeouts(custom) == {
        "connect_timeout": 1.5,
        "command_timeout": settings.db_command_timeout_seconds,
        "acquire_timeout": 0.5,
    }
