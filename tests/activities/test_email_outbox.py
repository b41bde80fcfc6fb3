"""The dev backend: a large refund stores one review email, with a signed link and the order's
facts."""

from __future__ import annotations

import datetime as dt

from services.common.review_tokens import ReviewTokens
from tests.support.refunds import start_refund
from tests.support.waiting import eventually
from workflows.refund import RefundWorkflow


async def test_large_refund_stores_one_review_email(client, worker, orders, settings, pool):
    order = await orders.order("1299.99", item="Laptop Pro X1")
    handle = await start_refund(client, settings, order)
    await eventually(
        lambda: pool.fetchval(
            "SELECT sent_at FROM outbox_emails WHERE order_id = $1", order.order_id
        )
    )
    status = await handle.query(RefundWorkflow.status)
    assert status.stage == "awaiting_review"
    assert await orders.emails(order.order_id) == 1
    row = await pool.fetchrow("SELECT * FROM outbox_emails WHERE order_id = $1", order.order_id)
    assert row["backend"] == "outbox" and row["to_address"] == settings.admin_email
    assert row["workflow_id"] == handle.id
    assert row["review_url"].startswith(f"{settings.public_base_url}/review/")
    token = row["review_url"].rsplit("/", 1)[1]
    claims = ReviewTokens(settings.review_link_secret.get_secret_value()).verify(token)
    assert claims.workflow_id == handle.id and claims.order_id == order.order_id
    assert claims.reviewer == settings.admin_email
    ordered_on = dt.date.today().strftime("%B %-d, %Y")  # the order factory's order date
    facts = (f"#{order.order_id}", "Laptop Pro X1", ordered_on, "$1,299.99 USD", "it broke")
    for fact in (*facts, row["review_url"]):
        assert fact in row["html"]
        assert fact in row["text_body"]
    await handle.terminate("test over")
