"""A step that keeps failing is retried only for a bounded time: then the refund is recorded as
REFUND_FAILED for a person to look at, instead of a workflow that spins forever and holds its
order."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from temporalio.client import WorkflowFailureError

from services.chat_api.refunds import WORKFLOW_TASK_TIMEOUT
from services.worker.main import build_worker
from workflows.contract import RefundInput, refund_workflow_id
from workflows.refund import RefundWorkflow


class DownGateway:
    """A payment provider that is down for as long as the test lasts."""

    def __init__(self) -> None:
        self.calls = 0

    async def pay(self, *, idempotency_key: str, order_id: int, amount: Decimal) -> str:
        self.calls += 1
        raise ConnectionError("payment provider unreachable")


async def test_a_step_failing_past_its_bound_is_recorded_as_failed(client, orders, pool, settings):
    order = await orders.order("20.00")
    gateway = DownGateway()
    async with build_worker(client, pool, settings, gateway=gateway):
        handle = await client.start_workflow(
            RefundWorkflow.run,
            RefundInput(
                order_id=order.order_id,
                customer_id=order.customer_id,
                reason="it broke",
                review_threshold=settings.refund_review_threshold,
                review_timeout=timedelta(days=7),
                give_up_after=timedelta(seconds=3),
            ),
            id=refund_workflow_id(order.order_id),
            task_queue=settings.temporal_task_queue,
            task_timeout=WORKFLOW_TASK_TIMEOUT,
        )
        with pytest.raises(WorkflowFailureError):
            await handle.result()
    assert gateway.calls >= 2  # it was retried, then given up
    assert await orders.status(order.order_id) == "REFUND_FAILED"
    assert await orders.ledger_rows(order.order_id) == 0
    detail = await pool.fetchval(
        "SELECT detail FROM audit_events WHERE order_id = $1 AND kind = 'refund_failed'",
        order.order_id,
    )
    # The bound ends the retries either mid-attempt (a timeout) or after the last attempt's own
    # failure, which Temporal then reports.
    assert detail["error_type"] in ("TimeoutError", "ConnectionError")
