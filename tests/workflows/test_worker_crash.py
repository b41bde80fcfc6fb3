"""kill -9 a real worker mid-payment or mid-review: a new worker finishes every refund once."""

from __future__ import annotations

import time

from temporalio.api.enums.v1 import PendingActivityState

from tests.support.processes import (
    WORKER_START_WITHIN_SECONDS,
    kill_9,
    wait_until_polling,
    worker_process,
)
from tests.support.refunds import start_refund
from tests.support.waiting import eventually
from workflows.contract import ReviewDecision
from workflows.refund import RefundWorkflow

# Promised to operators: after a crash, a new worker finishes in-flight refunds within this,
# counted from when it serves the task queue (its own start-up is the machine's business).
RECOVERY_BUDGET_SECONDS = 10.0


async def _payment_in_flight(handle) -> bool:
    desc = await handle.describe()
    return any(
        a.activity_type.name == "settle_refund"
        and a.state == PendingActivityState.PENDING_ACTIVITY_STATE_STARTED
        for a in desc.raw_description.pending_activities
    )


async def _all(predicate, handles) -> bool:
    for h in handles:
        if not await predicate(h):
            return False
    return True


async def test_kill_9_mid_payment_then_new_worker_pays_each_refund_once(
    client, orders, settings, pool
):
    batch = [await orders.order("45.00") for _ in range(5)]
    handles = [await start_refund(client, settings, o) for o in batch]
    # The first worker holds every payment in flight for a minute.
    with worker_process(settings, PAYMENT_DELAY_SECONDS="60") as first:
        await eventually(
            lambda: _all(_payment_in_flight, handles), within=WORKER_START_WITHIN_SECONDS
        )
        kill_9(first)
    for o in batch:
        assert await orders.status(o.order_id) == "PURCHASED"
        assert await orders.ledger_rows(o.order_id) == 0

    with worker_process(settings, PAYMENT_DELAY_SECONDS="0") as second:
        await wait_until_polling(client, settings.temporal_task_queue, second)
        started = time.monotonic()
        results = [await h.result() for h in handles]
        recovery = time.monotonic() - started
    assert {r.outcome for r in results} == {"refunded"}
    assert recovery < RECOVERY_BUDGET_SECONDS, f"recovery took {recovery:.1f}s"
    for o in batch:
        assert await orders.status(o.order_id) == "REFUNDED"
        assert await orders.ledger_rows(o.order_id) == 1
        paid = await orders.audit_count(o.order_id, "refund_paid")
        assert paid == 1


async def test_kill_9_while_review_pending_then_approval_completes_once(
    client, orders, settings, pool
):
    order = await orders.order("1899.00")
    handle = await start_refund(client, settings, order)
    with worker_process(settings) as first:
        await eventually(
            lambda: orders.emails(order.order_id),
            lambda n: n == 1,
            within=WORKER_START_WITHIN_SECONDS,
        )
        kill_9(first)
    assert await orders.status(order.order_id) == "PENDING_REFUND"
    # The decision arrives while no worker runs: Temporal keeps it.
    await handle.signal(
        RefundWorkflow.decide, ReviewDecision(decision="approve", reviewer="a@shop")
    )
    with worker_process(settings) as second:
        await wait_until_polling(client, settings.temporal_task_queue, second)
        started = time.monotonic()
        result = await handle.result()
        recovery = time.monotonic() - started
    assert result.outcome == "refunded"
    assert recovery < RECOVERY_BUDGET_SECONDS, f"recovery took {recovery:.1f}s"
    assert await orders.ledger_rows(order.order_id) == 1
    assert await orders.emails(order.order_id) == 1
    notices = await pool.fetchval("SELECT count(*) FROM notices WHERE order_id=$1", order.order_id)
    assert notices == 1
