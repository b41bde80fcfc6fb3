"""One email per review: a retried send activity that already sent does not send again, and a
failed attempt followed by a retry delivers exactly one message."""

from __future__ import annotations

import pytest
from temporalio.testing import ActivityEnvironment

from activities.email_senders import EmailDeliveryError
from tests.activities.email_support import email_activities, review_input


async def _audited_sends(pool, order_id: int) -> int:
    n: int = await pool.fetchval(
        "SELECT count(*) FROM audit_events WHERE order_id = $1 AND kind = 'review_email_sent'",
        order_id,
    )
    return n


@pytest.mark.parametrize("backend", ["smtp", "sendgrid"])
async def test_a_repeated_send_activity_sends_one_message(backend, request, orders, pool):
    server, settings = request.getfixturevalue(backend)
    order = await orders.order("1800.00")
    acts = email_activities(pool, settings)
    first = await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    again = await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    received = server.messages if backend == "smtp" else server.delivered
    assert len(received) == 1
    assert first.sent_now and not again.sent_now
    assert again.email_id == first.email_id
    assert await orders.emails(order.order_id) == 1
    assert await _audited_sends(pool, order.order_id) == 1


async def test_a_failed_attempt_then_a_retry_delivers_once(sendgrid, orders, pool):
    fake, settings = sendgrid
    fake.script = [500]
    order = await orders.order("1450.00")
    acts = email_activities(pool, settings)
    with pytest.raises(EmailDeliveryError):
        await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    row = await pool.fetchrow("SELECT * FROM outbox_emails WHERE order_id = $1", order.order_id)
    assert row["sent_at"] is None and row["attempts"] == 1
    assert await _audited_sends(pool, order.order_id) == 0

    result = await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert result.sent_now
    assert fake.attempts == 2 and len(fake.delivered) == 1
    row = await pool.fetchrow("SELECT * FROM outbox_emails WHERE order_id = $1", order.order_id)
    assert row["sent_at"] is not None and row["attempts"] == 2
    assert await orders.emails(order.order_id) == 1
    assert await _audited_sends(pool, order.order_id) == 1
