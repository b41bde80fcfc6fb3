"""The sendgrid backend: the real SendGrid client posts the review email to a fake SendGrid."""

from __future__ import annotations

from temporalio.testing import ActivityEnvironment

from tests.activities.email_support import FROM_ADDRESS, email_activities, review_input


async def test_review_email_is_posted_to_sendgrid(sendgrid, orders, pool):
    fake, settings = sendgrid
    order = await orders.order("1450.00", item="Mountain Bike")
    acts = email_activities(pool, settings)
    result = await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert result.sent_now and result.to == settings.admin_email
    row = await pool.fetchrow("SELECT * FROM outbox_emails WHERE order_id = $1", order.order_id)
    # The fake only records requests that carried `Authorization: Bearer <key>`.
    assert fake.attempts == 1 and len(fake.delivered) == 1
    body = fake.delivered[0]
    assert body["personalizations"] == [{"to": [{"email": settings.admin_email}]}]
    assert body["from"] == {"email": FROM_ADDRESS}
    assert body["subject"] == f"Refund review needed: order {order.order_id} ($1,450.00)"
    content = {c["type"]: c["value"] for c in body["content"]}
    assert row["review_url"] in content["text/html"]
    assert row["review_url"] in content["text/plain"]
    assert "Mountain Bike" in content["text/html"]
    assert row["backend"] == "sendgrid" and row["provider_ref"] == "msg-1"
