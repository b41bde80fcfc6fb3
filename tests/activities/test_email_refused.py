"""A provider's permanent refusal is a non-retryable EmailRejected error; a temporary one is a
retryable error; either way nothing is recorded as sent."""

from __future__ import annotations

import socket

import pytest
from pydantic import SecretStr
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from activities.email_senders import EmailDeliveryError
from tests.activities.email_support import email_activities, review_input
from tests.support.smtp_server import smtp_inbox


async def _sent_at(pool, order_id: int):
    return await pool.fetchval("SELECT sent_at FROM outbox_emails WHERE order_id = $1", order_id)


@pytest.mark.parametrize("status", [400, 401, 403, 413])
async def test_sendgrid_4xx_is_a_permanent_rejection(status, sendgrid, orders, pool):
    fake, settings = sendgrid
    fake.script = [status]
    order = await orders.order("1450.00")
    acts = email_activities(pool, settings)
    with pytest.raises(ApplicationError) as caught:
        await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert caught.value.type == "EmailRejected" and caught.value.non_retryable
    assert f"HTTP {status}" in str(caught.value)
    assert fake.api_key not in str(caught.value) + repr(caught.value.details)
    assert fake.delivered == [] and await _sent_at(pool, order.order_id) is None


async def test_a_wrong_sendgrid_key_is_a_permanent_rejection(sendgrid, orders, pool):
    fake, settings = sendgrid
    wrong = settings.model_copy(update={"sendgrid_api_key": SecretStr("SG.wrong-key")})
    order = await orders.order("1450.00")
    with pytest.raises(ApplicationError) as caught:
        await ActivityEnvironment().run(
            email_activities(pool, wrong).send_review_email, review_input(order)
        )
    assert caught.value.type == "EmailRejected" and "HTTP 401" in str(caught.value)
    assert "SG.wrong-key" not in str(caught.value) + repr(caught.value.details)
    assert fake.delivered == []


@pytest.mark.parametrize("status", [429, 500, 503])
async def test_sendgrid_busy_or_failing_is_retryable(status, sendgrid, orders, pool):
    fake, settings = sendgrid
    fake.script = [status]
    order = await orders.order("1450.00")
    acts = email_activities(pool, settings)
    with pytest.raises(EmailDeliveryError, match=f"HTTP {status}"):
        await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert fake.delivered == [] and await _sent_at(pool, order.order_id) is None


async def test_sendgrid_unreachable_is_retryable(sendgrid, orders, pool):
    fake, settings = sendgrid
    # A port bound but not listening: connections to it are refused, and while the socket is
    # held no other process can start listening there.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
        gone = settings.model_copy(update={"sendgrid_host": f"http://127.0.0.1:{port}"})
        order = await orders.order("1450.00")
        with pytest.raises(EmailDeliveryError, match="unreachable"):
            await ActivityEnvironment().run(
                email_activities(pool, gone).send_review_email, review_input(order)
            )
    assert fake.attempts == 0 and await _sent_at(pool, order.order_id) is None


async def test_smtp_5xx_recipient_refusal_is_a_permanent_rejection(settings, orders, pool):
    with smtp_inbox(refuse_with="550 5.1.1 No such mailbox") as inbox:
        configured = settings.model_copy(update={"email_backend": "smtp", "smtp_url": inbox.url})
        order = await orders.order("1450.00")
        with pytest.raises(ApplicationError) as caught:
            await ActivityEnvironment().run(
                email_activities(pool, configured).send_review_email, review_input(order)
            )
    assert caught.value.type == "EmailRejected" and caught.value.non_retryable
    assert inbox.messages == [] and await _sent_at(pool, order.order_id) is None


async def test_smtp_4xx_deferral_is_retryable(settings, orders, pool):
    with smtp_inbox(refuse_with="451 4.3.0 Try again later") as inbox:
        configured = settings.model_copy(update={"email_backend": "smtp", "smtp_url": inbox.url})
        order = await orders.order("1450.00")
        with pytest.raises(EmailDeliveryError, match="451"):
            await ActivityEnvironment().run(
                email_activities(pool, configured).send_review_email, review_input(order)
            )
    assert inbox.messages == [] and await _sent_at(pool, order.order_id) is None


async def test_a_refusal_is_audited_once_even_when_repeated(sendgrid, orders, pool):
    fake, settings = sendgrid
    fake.script = [400, 400]
    order = await orders.order("1450.00")
    acts = email_activities(pool, settings)
    for _ in range(2):
        with pytest.raises(ApplicationError):
            await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert fake.attempts == 2
    assert await orders.audit_count(order.order_id, "review_email_refused") == 1
