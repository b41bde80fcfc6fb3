"""settle_refund pays only a payable ledger row: requested, or awaiting review with an approval
in hand. Rejected, failed or unapproved rows are refused for good and nothing is booked."""

from __future__ import annotations

from decimal import Decimal

import pytest
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.orders import OrderActivities
from activities.payments import LedgerGateway
from workflows.contract import ErrorType, OpenRefundInput, SettleInput


@pytest.fixture
def acts(pool):
    return OrderActivities(pool, LedgerGateway(0))


async def _open(acts, order):
    await ActivityEnvironment().run(
        acts.open_refund,
        OpenRefundInput(
            workflow_id=f"refund-{order.order_id}",
            order_id=order.order_id,
            customer_id=order.customer_id,
            reason="guard",
            review_threshold=Decimal("1000"),
        ),
    )
    return SettleInput(workflow_id=f"refund-{order.order_id}", order_id=order.order_id)


@pytest.mark.parametrize("state", ["REJECTED", "FAILED"])
async def test_a_closed_row_is_never_paid(acts, orders, pool, state):
    order = await orders.order("20.00")
    req = await _open(acts, order)
    await pool.execute("UPDATE refunds SET state = $2 WHERE order_id = $1", order.order_id, state)
    with pytest.raises(ApplicationError) as refused:
        await ActivityEnvironment().run(acts.settle_refund, req)
    assert refused.value.type == ErrorType.NOT_PAYABLE and refused.value.non_retryable
    assert await orders.ledger_rows(order.order_id) == 0


async def test_a_review_is_paid_only_with_an_approval(acts, orders):
    order = await orders.order("1500.00")
    req = await _open(acts, order)
    with pytest.raises(ApplicationError) as refused:
        await ActivityEnvironment().run(acts.settle_refund, req)
    assert refused.value.type == ErrorType.NOT_PAYABLE
    approved = req.model_copy(update={"decided_by": "r@shop", "decision_channel": "admin_console"})
    await ActivityEnvironment().run(acts.settle_refund, approved)
    assert await orders.ledger_rows(order.order_id) == 1
    assert await orders.status(order.order_id) == "REFUNDED"
