"""The sendgrid backend: the real SendGrid client against a fake SendGrid on loopback."""

from __future__ import annotations

import asyncio

import pytest
from pydantic import SecretStr
from temporalio.exceptions import ApplicationError
from temporalio.testing import ActivityEnvironment

from tests.activities.email_support import email_activities, review_input
from tests.support.fake_sendgrid import fake_sendgrid


@pytest.fixture
def sendgrid(settings):
    with fake_sendgrid() as fake:
        configured = settings.model_copy(
            update={
                "email_backend": "sendgrid",
                "sendgrid_api_key": SecretStr(fake.api_key),
                "sendgrid_host": fake.url,
                "sendgrid_from_email": "refunds@shop.test",
            }
        )
        yield fake, configured


async def test_sends_one_message_with_the_review_link(sendgrid, orders, pool):
    fake, settings = sendgrid
    order = await orders.order("1450.00", item="Mountain Bike")
    acts = email_activities(pool, settings)
    await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    again = await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert not again.sent_now
    assert len(fake.delivered) == 1
    body = fake.delivered[0]
    assert body["personalizations"][0]["to"][0]["email"] == settings.admin_email
    assert body["from"]["email"] == "refunds@shop.test"
    html = next(c["value"] for c in body["content"] if c["type"] == "text/html")
    url = await pool.fetchval(
        "SELECT review_url FROM outbox_emails WHERE order_id=$1", order.order_id
    )
    assert url in html and "Mountain Bike" in html
    ref = await pool.fetchval(
        "SELECT provider_ref FROM outbox_emails WHERE order_id=$1", order.order_id
    )
    assert ref == "msg-1"


async def test_a_failed_attempt_then_a_retry_delivers_once(sendgrid, orders, pool):
    fake, settings = sendgrid
    fake.script = [500]
    order = await orders.order("1450.00")
    acts = email_activities(pool, settings)
    with pytest.raises(RuntimeError, match="will retry"):
        await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert (
        await pool.fetchval("SELECT sent_at FROM outbox_emails WHERE order_id=$1", order.order_id)
        is None
    )
    result = await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert result.sent_now
    assert fake.attempts == 2 and len(fake.delivered) == 1
    assert await orders.emails(order.order_id) == 1


async def test_a_refused_message_is_a_permanent_error(sendgrid, orders, pool):
    fake, settings = sendgrid
    fake.script = [400]
    order = await orders.order("1450.00")
    acts = email_activities(pool, settings)
    with pytest.raises(ApplicationError) as caught:
        await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert caught.value.type == "EmailRejected" and caught.value.non_retryable
    assert fake.api_key not in str(caught.value) + str(caught.value.details)


async def test_a_slow_sendgrid_does_not_block_the_event_loop(sendgrid, orders, pool):
    fake, settings = sendgrid
    fake.delay_seconds = 0.5
    order = await orders.order("1450.00")
    acts = email_activities(pool, settings)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.01)
            ticks += 1

    task = asyncio.create_task(ticker())
    try:
        await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    finally:
        task.cancel()
    # A blocked loop would tick at most once while the provider takes half a second.
    assert ticks >= 20
    assert len(fake.delivered) == 1
