"""Above the threshold a person decides: approve pays, reject and timeout decline, and the
customer is told either way."""

from __future__ import annotations

from datetime import timedelta

import pytest
from temporalio.client import WorkflowFailureError
from temporalio.service import RPCError, RPCStatusCode

from tests.support.refunds import start_refund
from tests.support.waiting import eventually
from workflows.contract import ReviewDecision
from workflows.refund import RefundWorkflow


async def _pending(orders, handle, order_id):
    await eventually(lambda: orders.status(order_id), lambda s: s == "PENDING_REFUND")
    await eventually(lambda: orders.emails(order_id), lambda n: n == 1)
    status = await handle.query(RefundWorkflow.status)
    assert status.stage == "awaiting_review"


async def _notice(pool, order_id):
    return await pool.fetchval("SELECT text FROM notices WHERE order_id = $1", order_id)


async def test_approved_review_pays_once_and_tells_the_customer(
    client, worker, orders, settings, pool
):
    order = await orders.order("1299.99", item="Laptop Pro X1")
    handle = await start_refund(client, settings, order)
    await _pending(orders, handle, order.order_id)
    await handle.signal(
        RefundWorkflow.decide, ReviewDecision(decision="approve", reviewer="ann@shop")
    )
    result = await handle.result()
    assert result.outcome == "refunded"
    assert await orders.status(order.order_id) == "REFUNDED"
    assert await orders.ledger_rows(order.order_id) == 1
    row = await pool.fetchrow("SELECT * FROM refunds WHERE order_id = $1", order.order_id)
    assert row["decided_by"] == "ann@shop" and row["decided_at"] is not None
    assert row["decision"] == "approved"
    assert await _notice(pool, order.order_id) == (
        f"Your refund for order {order.order_id} (Laptop Pro X1, $1,299.99) was approved and paid."
    )


async def test_rejected_review_records_the_reason_and_pays_nothing(
    client, worker, orders, settings, pool
):
    order = await orders.order("2500.00", item="Espresso Machine")
    handle = await start_refund(client, settings, order)
    await _pending(orders, handle, order.order_id)
    await handle.signal(
        RefundWorkflow.decide,
        ReviewDecision(decision="reject", reviewer="ann@shop", note="used for a year"),
    )
    assert (await handle.result()).outcome == "rejected"
    assert await orders.status(order.order_id) == "REFUND_REJECTED"
    assert await orders.ledger_rows(order.order_id) == 0
    row = await pool.fetchrow("SELECT * FROM refunds WHERE order_id = $1", order.order_id)
    assert row["decision_note"] == "used for a year" and row["decision"] == "rejected"
    assert "was not approved: used for a year" in await _notice(pool, order.order_id)


async def test_review_window_timeout_declines_the_refund(client, worker, orders, settings, pool):
    """The week-long window is an input: here it is two seconds."""
    order = await orders.order("1500.00")
    handle = await start_refund(client, settings, order, review_timeout=timedelta(seconds=2))
    assert (await handle.result()).outcome == "rejected"
    assert await orders.status(order.order_id) == "REFUND_REJECTED"
    assert await orders.ledger_rows(order.order_id) == 0
    kinds = await pool.fetch(
        "SELECT kind FROM audit_events WHERE order_id = $1 ORDER BY id", order.order_id
    )
    assert "review_timed_out" in [k["kind"] for k in kinds]
    assert "the review window closed on" in await _notice(pool, order.order_id)


async def test_first_decision_wins(client, worker, orders, settings):
    order = await orders.order("1100.00")
    handle = await start_refund(client, settings, order)
    await _pending(orders, handle, order.order_id)
    await handle.signal(
        RefundWorkflow.decide, ReviewDecision(decision="reject", reviewer="first@shop")
    )
    await handle.signal(
        RefundWorkflow.decide, ReviewDecision(decision="approve", reviewer="late@shop")
    )
    assert (await handle.result()).outcome == "rejected"
    assert await orders.ledger_rows(order.order_id) == 0


async def test_decision_after_the_refund_closed_is_refused(client, worker, orders, settings):
    order = await orders.order("1100.00")
    handle = await start_refund(client, settings, order)
    await _pending(orders, handle, order.order_id)
    await handle.signal(
        RefundWorkflow.decide, ReviewDecision(decision="approve", reviewer="a@shop")
    )
    await handle.result()
    with pytest.raises(RPCError) as caught:
        await handle.signal(
            RefundWorkflow.decide, ReviewDecision(decision="reject", reviewer="b@shop")
        )
    assert caught.value.status == RPCStatusCode.NOT_FOUND
    assert await orders.status(order.order_id) == "REFUNDED"


async def test_another_customers_order_fails_without_changes(client, worker, orders, settings):
    order = await orders.order("10.00")
    stranger = await orders.customer()
    impostor = type(order)(order.order_id, stranger, order.item, order.price)
    handle = await start_refund(client, settings, impostor)
    with pytest.raises(WorkflowFailureError):
        await handle.result()
    assert await orders.status(order.order_id) == "PURCHASED"
    assert await orders.ledger_rows(order.order_id) == 0


async def test_rerun_after_completion_pays_nothing_twice(client, worker, orders, settings):
    """A closed workflow may run again under the same id: it reads the order and stops."""
    order = await orders.order("25.00")
    first = await start_refund(client, settings, order)
    assert (await first.result()).outcome == "refunded"
    second = await start_refund(client, settings, order)
    assert (await second.result()).outcome == "refunded"
    assert await orders.ledger_rows(order.order_id) == 1
