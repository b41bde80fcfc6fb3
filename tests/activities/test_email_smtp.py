"""The smtp backend: a refund workflow's review email reaches a real SMTP server (aiosmtpd)."""

from __future__ import annotations

from temporalio.testing import ActivityEnvironment

from services.worker.main import build_worker
from tests.activities.email_support import FROM_ADDRESS, email_activities, review_input
from tests.support.refunds import start_refund
from tests.support.smtp_server import smtp_inbox
from tests.support.waiting import eventually


async def test_workflow_review_email_arrives_over_smtp(smtp, client, orders, pool):
    inbox, settings = smtp
    order = await orders.order("1300.00", item="Samsung QLED 4K TV")
    async with build_worker(client, pool, settings):
        handle = await start_refund(client, settings, order)
        await eventually(
            lambda: pool.fetchval(
                "SELECT sent_at FROM outbox_emails WHERE order_id = $1", order.order_id
            )
        )
        await handle.terminate("test over")
    row = await pool.fetchrow("SELECT * FROM outbox_emails WHERE order_id = $1", order.order_id)
    assert len(inbox.messages) == 1
    msg = inbox.messages[0]
    assert msg["To"] == settings.admin_email
    assert msg["From"] == FROM_ADDRESS
    assert msg["Subject"] == f"Refund review needed: order {order.order_id} ($1,300.00)"
    assert msg.get_content_type() == "multipart/alternative"
    text = msg.get_body(("plain",))
    html = msg.get_body(("html",))
    assert text is not None and html is not None
    for part in (text, html):
        assert row["review_url"] in part.get_content()
    assert "Samsung QLED 4K TV" in html.get_content()
    assert row["backend"] == "smtp" and row["provider_ref"] == msg["Message-ID"]


async def test_credentials_in_smtp_url_are_used_to_log_in(settings, orders, pool):
    with smtp_inbox(credentials=("mailer", "s3cr:t")) as inbox:
        configured = settings.model_copy(
            update={
                "email_backend": "smtp",
                "smtp_url": f"smtp://mailer:s3cr%3At@127.0.0.1:{inbox.port}",
            }
        )
        order = await orders.order("1300.00")
        acts = email_activities(pool, configured)
        result = await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert result.sent_now
    assert inbox.logins == ["mailer"]
    assert len(inbox.messages) == 1
