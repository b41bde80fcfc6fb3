"""The dev-only demo reset: running refunds cancelled, seed data back, ledger emptied; the
audit trail, append-only, keeps its events and records the reset and who asked for it."""

from __future__ import annotations

import uuid

from temporalio.client import WorkflowExecutionStatus

from services.common.db import create_pool, seed
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
