"""SMTP without enforced TLS is refused: in production an smtp:// server must offer STARTTLS,
or the review email (its link decides a refund) and the login are not sent at all; settings
that would allow clear text are refused at start."""

from __future__ import annotations

import pytest
from pydantic import ValidationError
from temporalio.testing import ActivityEnvironment

from activities.email import make_sender
from activities.email_senders import EmailDeliveryError, OutgoingEmail
from tests.activities.email_support import email_activities, review_input
from tests.support.production import production_settings
from tests.support.smtp_server import smtp_inbox

MESSAGE = OutgoingEmail(to="reviewer@shop.test", subject="Review", html="<p>x</p>", text="x")
# Loopback, but not one of the addresses production refuses as a developer's mail catcher.
RELAY_HOST = "127.0.0.2"


async def test_production_sends_nothing_to_a_server_without_starttls(settings):
    with smtp_inbox(credentials=("mailer", "s3cret"), host=RELAY_HOST) as inbox:
        production = production_settings(settings, smtp_url=inbox.url)
        assert production.smtp_tls_required
        with pytest.raises(EmailDeliveryError) as refused:
            await make_sender(production).send(MESSAGE)
    assert "did not offer STARTTLS" in str(refused.value)
    assert "s3cret" not in str(refused.value)
    assert inbox.logins == [] and inbox.messages == []


async def test_the_review_email_activity_fails_instead_of_sending_in_clear(settings, orders, pool):
    with smtp_inbox(host=RELAY_HOST) as inbox:
        required = settings.model_copy(
            update={"email_backend": "smtp", "smtp_url": inbox.url, "smtp_require_tls": True}
        )
        order = await orders.order("1300.00")
        acts = email_activities(pool, required)
        with pytest.raises(EmailDeliveryError):
            await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert inbox.messages == []
    row = await pool.fetchrow(
        "SELECT sent_at FROM outbox_emails WHERE order_id = $1", order.order_id
    )
    assert row is not None and row["sent_at"] is None  # a later attempt may still send it


async def test_dev_sends_to_a_local_mail_catcher_without_tls(settings):
    with smtp_inbox() as inbox:
        dev = settings.model_copy(update={"email_backend": "smtp", "smtp_url": inbox.url})
        assert not dev.smtp_tls_required
        await make_sender(dev).send(MESSAGE)
    assert len(inbox.messages) == 1


def test_production_refuses_smtp_that_may_go_in_clear(settings):
    with pytest.raises(ValidationError) as refused:
        production_settings(settings, smtp_require_tls=False)
    assert "SMTP_REQUIRE_TLS must not be false" in str(refused.value)
    # Implicit TLS needs no STARTTLS; required STARTTLS is the default.
    assert production_settings(settings, smtp_url="smtps://relay.shop.test", smtp_require_tls=False)
    assert production_settings(settings).smtp_tls_required
