"""Customer-typed text is escaped in the HTML email."""

from __future__ import annotations

from temporalio.testing import ActivityEnvironment

from tests.activities.email_support import email_activities, review_input

HOSTILE = '<script>alert("x")</script>'


async def test_item_and_reason_are_escaped(orders, settings, pool):
    order = await orders.order("1500.00")
    acts = email_activities(pool, settings)
    await ActivityEnvironment().run(
        acts.send_review_email, review_input(order, item=HOSTILE, reason=HOSTILE)
    )
    html = await pool.fetchval("SELECT html FROM outbox_emails WHERE order_id=$1", order.order_id)
    assert HOSTILE not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
