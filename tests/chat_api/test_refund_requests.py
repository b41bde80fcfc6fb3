"""POST /api/refunds answers once the outcome is committed, and repeats change nothing."""

from __future__ import annotations

import asyncio

from tests.support.api import sign_in
from tests.support.waiting import eventually
from workflows.refund import RefundWorkflow


async def test_small_refund_answers_refunded(api, worker, orders):
    order = await orders.order("89.99")
    await sign_in(api, order.customer_id)
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "broken"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["outcome"] == "refunded"
    assert body["workflow_id"] == f"refund-{order.order_id}"
    assert await orders.status(order.order_id) == "REFUNDED"


def body_id(r):
    return r.json()["workflow_id"]


async def test_large_refund_answers_pending_review(api, worker, orders, client):
    order = await orders.order("1299.99")
    await sign_in(api, order.customer_id)
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "too big"})
    assert r.status_code == 200, r.text
    assert r.json()["outcome"] == "pending_review"
    assert await orders.status(order.order_id) == "PENDING_REFUND"
    again = await api.post("/api/refunds", json={"order_id": order.order_id})
    assert again.json()["outcome"] == "pending_review"
    # The review window the API asked for is the configured week.
    status = await client.get_workflow_handle(body_id(r)).query(RefundWorkflow.status)
    assert status.review_deadline is not None
    window = status.review_deadline - (await orders.requested_at(order.order_id))
    assert abs(window.total_seconds() - 7 * 24 * 3600) < 60


async def test_ten_concurrent_requests_pay_once(api, worker, orders, pool):
    order = await orders.order("49.00")
    await sign_in(api, order.customer_id)
    replies = await asyncio.gather(
        *(api.post("/api/refunds", json={"order_id": order.order_id}) for _ in range(10))
    )
    assert [r.status_code for r in replies] == [200] * 10
    assert {r.json()["outcome"] for r in replies} == {"refunded"}
    assert await orders.ledger_rows(order.order_id) == 1
    paid = await orders.audit_count(order.order_id, "refund_paid")
    assert paid == 1


async def test_ten_concurrent_requests_for_a_large_refund_email_once(
    api, worker, orders, client, pool
):
    sent = "SELECT sent_at IS NOT NULL FROM outbox_emails WHERE order_id = $1"
    order = await orders.order("1750.00")
    await sign_in(api, order.customer_id)
    replies = await asyncio.gather(
        *(api.post("/api/refunds", json={"order_id": order.order_id}) for _ in range(10))
    )
    assert [r.status_code for r in replies] == [200] * 10
    assert {r.json()["outcome"] for r in replies} == {"pending_review"}
    # The email follows the committed outcome; once it is sent there is exactly one.
    await eventually(lambda: pool.fetchval(sent, order.order_id))
    assert await orders.emails(order.order_id) == 1
    assert await orders.ledger_rows(order.order_id) == 0

    async def runs() -> list[str]:
        query = f"WorkflowId = 'refund-{order.order_id}'"
        return [wf.run_id async for wf in client.list_workflows(query)]

    # Temporal's list is eventually consistent: the run shows there shortly after it started.
    assert len(await eventually(runs)) == 1
