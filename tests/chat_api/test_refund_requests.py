"""POST /api/refunds answers once the outcome is committed, and repeats change nothing."""

from __future__ import annotations

import asyncio

from tests.support.api import sign_in


async def test_small_refund_answers_refunded(api, worker, orders):
    order = await orders.order("89.99")
    await sign_in(api, order.customer_id)
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "broken"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["outcome"] == "refunded"
    assert body["workflow_id"] == f"refund-{order.order_id}"
    assert await orders.status(order.order_id) == "REFUNDED"


async def test_large_refund_answers_pending_review_and_emails_once(api, worker, orders):
    order = await orders.order("1299.99")
    await sign_in(api, order.customer_id)
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "too big"})
    assert r.status_code == 200, r.text
    assert r.json()["outcome"] == "pending_review"
    assert await orders.status(order.order_id) == "PENDING_REFUND"
    again = await api.post("/api/refunds", json={"order_id": order.order_id})
    assert again.json()["outcome"] == "pending_review"


async def test_ten_concurrent_requests_pay_once(api, worker, orders, pool):
    order = await orders.order("49.00")
    await sign_in(api, order.customer_id)
    replies = await asyncio.gather(
        *(api.post("/api/refunds", json={"order_id": order.order_id}) for _ in range(10))
    )
    assert [r.status_code for r in replies] == [200] * 10
    assert {r.json()["outcome"] for r in replies} == {"refunded"}
    assert await orders.ledger_rows(order.order_id) == 1
    paid = await pool.fetchval(
        "SELECT count(*) FROM audit_events WHERE order_id = $1 AND kind = 'refund_paid'",
        order.order_id,
    )
    assert paid == 1
