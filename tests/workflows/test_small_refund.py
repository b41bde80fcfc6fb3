"""A refund at or under the threshold is paid at once, exactly once."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from temporalio.client import Client

from workflows.contract import RefundInput, refund_workflow_id
from workflows.refund import RefundWorkflow


async def test_small_refund_is_paid_and_marked_refunded(client, worker, orders, settings):
    order = await orders.order("89.99")
    result = await client.execute_workflow(
        RefundWorkflow.run,
        RefundInput(
            order_id=order.order_id,
            customer_id=order.customer_id,
            reason="broken",
            review_threshold=Decimal("1000"),
            review_timeout=timedelta(days=7),
        ),
        id=refund_workflow_id(order.order_id),
        task_queue=settings.temporal_task_queue,
    )
    assert result.outcome == "refunded"
    assert await orders.status(order.order_id) == "REFUNDED"
    assert await orders.ledger_rows(order.order_id) == 1
    assert await orders.emails(order.order_id) == 0
    assert isinstance(client, Client)
