"""Every state change a retry can repeat is idempotent: each activity here runs twice."""

from __future__ import annotations

import asyncio
import datetime as dt
from decimal import Decimal

import pytest
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.orders import OrderActivities
from activities.payments import LedgerGateway
from workflows.contract import OpenRefundInput, RejectInput, SettleInput

THRESHOLD = Decimal("1000")


@pytest.fixture
def acts(pool):
    return OrderActivities(pool, LedgerGateway(0))


def _open(order, wid=None):
    return OpenRefundInput(
        workflow_id=wid or f"refund-{order.order_id}",
        order_id=order.order_id,
        customer_id=order.customer_id,
        reason="repeat",
        review_threshold=THRESHOLD,
    )


async def _opened(acts, order, **decision):
    """Open the refund, then the settle request a retry would repeat."""
    await ActivityEnvironment().run(acts.open_refund, _open(order))
    return SettleInput(workflow_id=f"refund-{order.order_id}", order_id=order.order_id, **decision)


async def _count(pool, sql, *args):
    return await pool.fetchval(sql, *args)


async def test_open_refund_twice_records_one_request(acts, orders, pool):
    order = await orders.order("1500.00")
    env = ActivityEnvironment()
    first = await env.run(acts.open_refund, _open(order))
    second = await env.run(acts.open_refund, _open(order))
    assert first.action == second.action == "review"
    assert await orders.status(order.order_id) == "PENDING_REFUND"
    assert await _count(pool, "SELECT count(*) FROM refunds WHERE order_id=$1", order.order_id) == 1
    requested = await orders.audit_count(order.order_id, "refund_requested")
    assert requested == 1


async def test_settle_twice_pays_once(acts, orders, pool):
    order = await orders.order("20.00")
    env = ActivityEnvironment()
    req = await _opened(acts, order)
    first = await env.run(acts.settle_refund, req)
    second = await env.run(acts.settle_refund, req)
    assert first.payment_ref == second.payment_ref
    assert await orders.ledger_rows(order.order_id) == 1
    paid = await orders.audit_count(order.order_id, "refund_paid")
    assert paid == 1


async def test_concurrent_settles_pay_once(acts, orders, pool):
    order = await orders.order("20.00")
    req = await _opened(acts, order)
    results = await asyncio.gather(
        *(ActivityEnvironment().run(acts.settle_refund, req) for _ in range(5))
    )
    assert len({r.payment_ref for r in results}) == 1
    paid = await orders.audit_count(order.order_id, "refund_paid")
    assert paid == 1


async def test_approved_settle_twice_notifies_once(acts, orders, pool):
    order = await orders.order("1500.00")
    env = ActivityEnvironment()
    req = await _opened(acts, order, decided_by="ann@shop", decided_at=dt.datetime.now(dt.UTC))
    await env.run(acts.settle_refund, req)
    await env.run(acts.settle_refund, req)
    assert await _count(pool, "SELECT count(*) FROM notices WHERE order_id=$1", order.order_id) == 1


async def test_reject_twice_changes_once(acts, orders, pool):
    order = await orders.order("1500.00")
    env = ActivityEnvironment()
    await env.run(acts.open_refund, _open(order))
    req = RejectInput(
        workflow_id=f"refund-{order.order_id}",
        order_id=order.order_id,
        cause="rejected",
        decided_by="ann@shop",
        decided_at=dt.datetime.now(dt.UTC),
    )
    await env.run(acts.reject_refund, req)
    await env.run(acts.reject_refund, req)
    assert await orders.status(order.order_id) == "REFUND_REJECTED"
    assert await _count(pool, "SELECT count(*) FROM notices WHERE order_id=$1", order.order_id) == 1
    rejected = await orders.audit_count(order.order_id, "review_rejected")
    assert rejected == 1


async def test_open_refund_for_someone_elses_order_is_permanent_error(acts, orders):
    order = await orders.order("20.00")
    stranger = await orders.customer()
    req = _open(order).model_copy(update={"customer_id": stranger})
    with pytest.raises(ApplicationError) as caught:
        await ActivityEnvironment().run(acts.open_refund, req)
    assert caught.value.type == "OrderNotFound" and caught.value.non_retryable
    assert await orders.status(order.order_id) == "PURCHASED"
