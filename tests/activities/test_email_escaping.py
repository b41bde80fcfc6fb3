"""Customer-typed text (item names, reasons) is escaped in the HTML email."""

from __future__ import annotations

from temporalio.testing import ActivityEnvironment

from tests.activities.email_support import email_activities, review_input

HOSTILE = "<script>alert(1)</script>"
ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;"


async def test_item_and_reason_are_escaped_in_html(orders, settings, pool):
    order = await orders.order("1500.00", item=f"TV {HOSTILE}")
    acts = email_activities(pool, settings)
    await ActivityEnvironment().run(
        acts.send_review_email, review_input(order, reason=f"because {HOSTILE}")
    )
    row = await pool.fetchrow("SELECT * FROM outbox_emails WHERE order_id = $1", order.order_id)
    assert "<script" not in row["html"]
    assert f"TV {ESCAPED}" in row["html"] and f"because {ESCAPED}" in row["html"]
    # The plain-text part is not HTML: it shows what the customer typed, as typed.
    assert f"because {HOSTILE}" in row["text_body"]
