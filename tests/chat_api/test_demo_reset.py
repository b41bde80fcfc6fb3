"""The dev-only demo reset: running refunds cancelled, seed data back, ledger emptied; the
audit trail, append-only, keeps its events and records the reset and who asked for it."""

from __future__ import annotations

import asyncio
import uuid

from temporalio.client import WorkflowExecutionStatus

from services.common.db import DEMO_RESET_LOCK_KEY, create_pool, reset_demo, seed
from services.worker.main import build_worker
from tests.conftest import create_database
from tests.support.api import running_app, sign_in
from tests.support.waiting import eventually


async def _running_refunds(client, task_queue: str) -> list[str]:
    query = f"ExecutionStatus = 'Running' AND TaskQueue = '{task_queue}'"
    return [wf.id async for wf in client.list_workflows(query)]


async def test_reset_restores_the_seed_and_cancels_running_refunds(pg_root_uri, settings, client):
    url = await create_database(pg_root_uri, f"reset_{uuid.uuid4().hex[:8]}")
    own = settings.model_copy(update={"database_url": url})
    pool = await create_pool(url)
    try:
        async with pool.acquire() as conn:
            assert await seed(conn)
        admin = {"Authorization": f"Bearer {own.admin_token.get_secret_value()}"}
        async with build_worker(client, pool, own), running_app(own) as (_, api):
            await sign_in(api, 1)
            big = await api.post("/api/refunds", json={"order_id": 1})  # Laptop, reviewed
            small = await api.post("/api/refunds", json={"order_id": 2})  # Headphones, paid
            assert big.json()["outcome"] == "pending_review"
            assert small.json()["outcome"] == "refunded"
            # The review email is out (its audit event written last), so the trail is still.
            await eventually(
                lambda: pool.fetchval(
                    "SELECT count(*) FROM audit_events WHERE kind = 'review_email_sent'"
                )
            )
            events_before = await pool.fetchval("SELECT count(*) FROM audit_events")
            # The reset finds running refunds through Temporal's list, which is eventually
            # consistent: wait until it shows the one under review.
            await eventually(lambda: _running_refunds(client, own.temporal_task_queue))

            r = await api.post("/api/admin/reset", headers=admin)
            assert r.status_code == 200
            assert r.json()["cancelled_refunds"] == 1

            desc = await client.get_workflow_handle("refund-1").describe()
            assert desc.status == WorkflowExecutionStatus.TERMINATED
            statuses = [o["status"] for o in (await api.get("/api/orders")).json()]
            assert statuses == ["PURCHASED"] * 5
            for table in ("refunds", "notices", "outbox_emails"):
                assert await pool.fetchval(f"SELECT count(*) FROM {table}") == 0
            last = await pool.fetchrow("SELECT * FROM audit_events ORDER BY id DESC LIMIT 1")
            assert (last["kind"], last["actor"]) == ("demo_reset", f"admin:{own.admin_email}")
            assert last["detail"] == {"cancelled": 1}
            assert await pool.fetchval("SELECT count(*) FROM audit_events") == events_before + 1
            # After a reset the same order can be refunded again, from a fresh start.
            again = await api.post("/api/refunds", json={"order_id": 2})
            assert again.json()["outcome"] == "refunded"
            assert await pool.fetchval("SELECT count(*) FROM refunds") == 1
    finally:
        await pool.close()


async def test_a_history_read_before_a_reset_writes_nothing_back_after_it(pg_root_uri):
    # A history request reads the chat memory, then records its lines; a reset in between
    # used to delete the transcript and then see the old lines written back, so the page
    # showed the conversation again after the reset.
    url = await create_database(pg_root_uri, f"reset_{uuid.uuid4().hex[:8]}")
    pool = await create_pool(url)
    try:
        async with pool.acquire() as conn:
            assert await seed(conn)
        async with pool.acquire() as history, pool.acquire() as resetting:
            async with history.transaction():
                # As GET /api/history holds it while it reads the memory and records.
                await history.execute(
                    "SELECT pg_advisory_xact_lock_shared($1)", DEMO_RESET_LOCK_KEY
                )
                reset_pid = resetting.get_server_pid()
                reset = asyncio.ensure_future(_reset(resetting))
                await eventually(
                    lambda: pool.fetchval(
                        "SELECT wait_event = 'advisory' FROM pg_stat_activity WHERE pid = $1",
                        reset_pid,
                    )
                )
                assert not reset.done()  # the reset waits for the history request
                await history.execute(
                    "INSERT INTO chat_transcript (customer_id, message_id, role, content, at)"
                    " VALUES (1, 'm1', 'user', 'where is my laptop?', now())"
                )
            await reset
        assert await pool.fetchval("SELECT count(*) FROM chat_transcript") == 0
    finally:
        await pool.close()


async def _reset(conn) -> None:
    async with conn.transaction():
        await reset_demo(conn)
