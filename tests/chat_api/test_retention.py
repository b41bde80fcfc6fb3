"""What is kept per customer has a retention: transcript lines older than
CHAT_TRANSCRIPT_RETENTION_DAYS and rate-limit rows whose time has passed are deleted by the
chat API's sweep (every RETENTION_SWEEP_SECONDS); newer ones stay."""

from __future__ import annotations

import datetime as dt
import uuid

from services.chat_api.retention import sweep_once
from tests.support.api import running_app
from tests.support.waiting import eventually


async def _line(pool, customer_id: int, at: dt.datetime) -> str:
    message_id = uuid.uuid4().hex
    await pool.execute(
        "INSERT INTO chat_transcript (customer_id, message_id, role, content, at)"
        " VALUES ($1, $2, 'user', 'hello', $3)",
        customer_id,
        message_id,
        at,
    )
    return message_id


async def _kept(pool, customer_id: int) -> set[str]:
    rows = await pool.fetch(
        "SELECT message_id FROM chat_transcript WHERE customer_id = $1", customer_id
    )
    return {r["message_id"] for r in rows}


async def _limits(pool, customer_id: int) -> set[str]:
    rows = await pool.fetch(
        "SELECT action FROM customer_rate_limits WHERE customer_id = $1", customer_id
    )
    return {r["action"] for r in rows}


async def test_a_sweep_deletes_what_is_past_its_retention(settings, orders, pool):
    kept = settings.model_copy(update={"chat_transcript_retention_days": 30})
    cid = await orders.customer()
    # Now, as the sweep's clock: other tests' lines (all recent) are not past the retention.
    now = dt.datetime.now(dt.UTC)
    old = await _line(pool, cid, now - dt.timedelta(days=31))
    recent = await _line(pool, cid, now - dt.timedelta(days=29))
    await pool.execute(
        "INSERT INTO customer_rate_limits (customer_id, action, tat) VALUES"
        " ($1, 'read', now() - interval '1 second'), ($1, 'chat', now() + interval '1 hour')",
        cid,
    )
    report = await sweep_once(pool, kept, now=now)
    assert report.transcript_lines >= 1 and report.rate_limit_rows >= 1
    assert await _kept(pool, cid) == {recent}
    assert old not in await _kept(pool, cid)
    assert await _limits(pool, cid) == {"chat"}  # a limit still counting is kept


async def test_zero_days_keeps_the_transcript(settings, orders, pool):
    forever = settings.model_copy(update={"chat_transcript_retention_days": 0})
    cid = await orders.customer()
    ancient = await _line(pool, cid, dt.datetime(2001, 1, 1, tzinfo=dt.UTC))
    assert (await sweep_once(pool, forever)).transcript_lines == 0
    assert await _kept(pool, cid) == {ancient}


async def test_the_chat_api_sweeps_on_its_interval(settings, orders, pool):
    sweeping = settings.model_copy(
        update={"chat_transcript_retention_days": 1, "retention_sweep_seconds": 0.2}
    )
    cid = await orders.customer()
    recent = await _line(pool, cid, dt.datetime.now(dt.UTC))
    async with running_app(sweeping):
        await _line(pool, cid, dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
        await eventually(lambda: _kept(pool, cid), lambda ids: ids == {recent})
