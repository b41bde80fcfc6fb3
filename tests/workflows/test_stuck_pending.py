"""PENDING_REFUND with no open workflow (an operator terminated it) is repaired: the next
request starts a fresh run, reconciliation finds the ones nobody asks about, and a review link
from the ended run can no longer decide anything."""

from __future__ import annotations

from functools import partial

from services.chat_api.reconcile import reconcile_once
from tests.support.api import running_app, sign_in
from tests.support.refunds import start_refund
from tests.support.waiting import eventually
from workflows.visibility import REFUND_SUMMARY


async def _terminated_review(client, settings, orders, pool):
    order = await orders.order("1500.00")
    handle = await start_refund(client, settings, order)
    await eventually(partial(orders.emails, order.order_id), lambda n: n == 1)
    await handle.terminate(reason="operator")
    assert await orders.status(order.order_id) == "PENDING_REFUND"
    return order


async def _links(pool, order_id):
    rows = await pool.fetch(
        "SELECT review_url FROM outbox_emails WHERE order_id = $1 ORDER BY id", order_id
    )
    return [r["review_url"].removeprefix("http://testserver") for r in rows]


async def test_a_terminated_review_is_restarted_by_the_next_request(
    client, worker, orders, pool, settings
):
    order = await _terminated_review(client, settings, orders, pool)
    async with running_app(settings) as (_, api):
        await sign_in(api, order.customer_id)
        r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "again"})
        assert r.status_code == 200 and r.json()["outcome"] == "pending_review"
        # The new run sends its own review email, with a link bound to it.
        old, new = await eventually(partial(_links, pool, order.order_id), lambda ls: len(ls) == 2)
        stale = await api.post(old, data={"decision": "approve"})
        assert stale.status_code == 410
        assert "earlier request" in stale.text
        assert await orders.status(order.order_id) == "PENDING_REFUND"
        done = await api.post(new, data={"decision": "approve", "note": "ok"})
        assert done.status_code == 200 and "approved and paid" in done.text
    assert await orders.status(order.order_id) == "REFUNDED"
    assert await orders.ledger_rows(order.order_id) == 1
    detail = await pool.fetchval(
        "SELECT detail FROM audit_events WHERE order_id = $1 AND kind = 'review_approved'",
        order.order_id,
    )
    assert detail["channel"] == "email_link"


async def test_reconciliation_finds_and_restarts_a_stuck_order(
    client, worker, orders, pool, settings
):
    order = await _terminated_review(client, settings, orders, pool)
    async with running_app(settings) as (app, api):
        refunds = app.state.services.refunds
        # The session's database is shared: a batch large enough to reach this test's order.
        report = await reconcile_once(pool, refunds, batch=100_000)
        assert order.order_id in report.restarted
        assert await refunds.is_open(f"refund-{order.order_id}")
        restarted = await client.get_workflow_handle(f"refund-{order.order_id}").describe()
        summary = restarted.typed_search_attributes.get(REFUND_SUMMARY)
        assert summary and summary == await restarted.static_summary()
        # Idempotent: the restarted run is open, so a second pass leaves it alone.
        again = await reconcile_once(pool, refunds, batch=100_000)
        assert order.order_id not in again.restarted
        assert await orders.audit_count(order.order_id, "refund_restarted") == 1
        metrics = (await api.get("/metrics")).text
        assert "refunds_restarted_total" in metrics and "\nrefunds_failed " in metrics
        await eventually(partial(orders.emails, order.order_id), lambda n: n == 2)
        admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
        r = await api.post(
            f"/api/admin/reviews/{order.order_id}/decision",
            json={"decision": "reject", "note": "worn"},
            headers=admin,
        )
        assert r.status_code == 200, r.text
    await eventually(partial(orders.status, order.order_id), lambda s: s == "REFUND_REJECTED")
    row = await pool.fetchrow(
        "SELECT actor, detail FROM audit_events WHERE order_id = $1 AND kind = 'review_rejected'",
        order.order_id,
    )
    assert row["detail"]["channel"] == "admin_console"
    assert row["actor"] == f"reviewer:{settings.admin_email}"
