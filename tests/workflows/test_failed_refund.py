"""A refund whose workflow fails for good does not block its order: REFUND_FAILED is recorded
for the order, the ledger, the audit trail and the customer, the admin page lists it, and a
later request starts a fresh run of refund-<order> that pays."""

from __future__ import annotations

from functools import partial

import pytest
from temporalio.client import WorkflowFailureError

from tests.support.api import running_app, sign_in
from tests.support.refunds import start_refund
from tests.support.waiting import eventually
from workflows.contract import ReviewDecision
from workflows.refund import RefundWorkflow


async def test_failed_refund_is_recorded_and_can_be_requested_again(
    client, worker, orders, pool, settings
):
    order = await orders.order("19.99", item="Phone Case")
    # A NUL byte that slipped past the edge (e.g. from a model's tool call): PostgreSQL refuses
    # it on every attempt, so the activity fails for good instead of retrying forever.
    handle = await start_refund(client, settings, order, reason="broken\x00")
    with pytest.raises(WorkflowFailureError) as failed:
        await handle.result()
    assert "REFUND_FAILED" in str(failed.value.cause)
    assert await orders.status(order.order_id) == "REFUND_FAILED"
    assert await orders.audit_count(order.order_id, "refund_failed") == 1
    detail = await pool.fetchval(
        "SELECT detail FROM audit_events WHERE order_id = $1 AND kind = 'refund_failed'",
        order.order_id,
    )
    assert detail["error_type"] == "InvalidData"
    notice = await pool.fetchval("SELECT text FROM notices WHERE order_id = $1", order.order_id)
    assert "could not be completed" in notice and "ask for it again" in notice

    async with running_app(settings) as (_, api):
        await sign_in(api, order.customer_id)
        state = await api.get(f"/api/refunds/{order.order_id}")
        assert state.json()["status"] == "REFUND_FAILED"
        again = await api.post(
            "/api/refunds", json={"order_id": order.order_id, "reason": "broken"}
        )
        assert again.status_code == 200, again.text
        assert again.json()["outcome"] == "refunded"
    assert await orders.status(order.order_id) == "REFUNDED"
    assert await orders.ledger_rows(order.order_id) == 1

    async def runs() -> set[str]:
        return {wf.run_id async for wf in client.list_workflows(f"WorkflowId = '{handle.id}'")}

    # Temporal's list is eventually consistent: a run shows there shortly after it started.
    assert len(await eventually(runs, lambda ids: len(ids) >= 2)) == 2


async def test_failed_review_shows_on_the_admin_page(client, worker, orders, settings):
    order = await orders.order("1500.00")
    handle = await start_refund(client, settings, order, reason="dead\x00pixel")
    with pytest.raises(WorkflowFailureError):
        await handle.result()
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    async with running_app(settings) as (_, api):
        reviews = (await api.get("/api/admin/reviews", headers=admin)).json()
    assert await orders.status(order.order_id) == "REFUND_FAILED"
    [mine] = [r for r in reviews if r["order_id"] == order.order_id]
    # Failed for good: no decision was made, and the ledger's state says it failed.
    assert (mine["status"], mine["state"], mine["decision"]) == ("REFUND_FAILED", "FAILED", None)
    assert mine["failure"].startswith("InvalidData")


async def test_an_approval_never_pays_a_row_that_is_not_payable(
    client, worker, orders, pool, settings
):
    order = await orders.order("1500.00")
    handle = await start_refund(client, settings, order)
    await eventually(partial(orders.status, order.order_id), lambda s: s == "PENDING_REFUND")
    await pool.execute(
        "UPDATE refunds SET state = 'REJECTED' WHERE order_id = $1", order.order_id
    )  # an operator's hand edit: the approval below must not pay it
    await handle.signal(
        RefundWorkflow.decide, ReviewDecision(decision="approve", reviewer="r@shop")
    )
    with pytest.raises(WorkflowFailureError):
        await handle.result()
    assert await orders.ledger_rows(order.order_id) == 0
    assert await orders.status(order.order_id) == "REFUND_FAILED"
    detail = await pool.fetchval(
        "SELECT detail FROM audit_events WHERE order_id = $1 AND kind = 'refund_failed'",
        order.order_id,
    )
    assert detail["error_type"] == "NotPayable"
