"""The review email never holds a refund hostage: a provider that refuses it for good, or keeps
failing, leaves the review open for the admin page, and a decision is acted on at once."""

from __future__ import annotations

from services.worker.main import build_worker
from tests.support.refunds import start_refund
from tests.support.waiting import eventually
from workflows.contract import ReviewDecision
from workflows.refund import RefundWorkflow


async def _email_attempted(fake):
    return fake.attempts >= 1


def _awaiting(status):
    return status.stage == "awaiting_review"


async def test_refused_email_keeps_the_review_open(client, orders, sendgrid, pool):
    fake, configured = sendgrid
    fake.script = [400]
    order = await orders.order("1600.00")
    async with build_worker(client, pool, configured):
        handle = await start_refund(client, configured, order)
        await eventually(lambda: _email_attempted(fake))
        await eventually(lambda: handle.query(RefundWorkflow.status), _awaiting)
        await handle.signal(
            RefundWorkflow.decide, ReviewDecision(decision="approve", reviewer="a@shop")
        )
        assert (await handle.result()).outcome == "refunded"
    assert await orders.ledger_rows(order.order_id) == 1
    assert fake.delivered == []
    assert await orders.audit_count(order.order_id, "review_email_refused") == 1


async def test_a_decision_does_not_wait_for_a_failing_email_provider(
    client, orders, sendgrid, pool
):
    """SendGrid keeps failing (retried for as long as the review lasts); the admin approves on
    the admin page meanwhile, and the refund is paid at once, the email retries stopped."""
    fake, configured = sendgrid
    fake.script = [503] * 1000
    order = await orders.order("1600.00")
    async with build_worker(client, pool, configured):
        handle = await start_refund(client, configured, order)
        await eventually(lambda: _email_attempted(fake))
        await handle.signal(
            RefundWorkflow.decide, ReviewDecision(decision="approve", reviewer="a@shop")
        )
        assert (await handle.result()).outcome == "refunded"
        history = [e async for e in handle.fetch_history_events()]
    assert any(e.HasField("activity_task_cancel_requested_event_attributes") for e in history)
    assert fake.delivered == []
    assert await orders.ledger_rows(order.order_id) == 1
