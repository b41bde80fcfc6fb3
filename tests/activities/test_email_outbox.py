"""The dev backend: one stored email per review, with a signed link and the order's facts."""

from __future__ import annotations

from services.common.review_tokens import ReviewTokens
from tests.support.refunds import start_refund
from tests.support.waiting import eventually


async def test_large_refund_stores_one_review_email(client, worker, orders, settings, pool):
    order = await orders.order("1299.99", item="Laptop Pro X1")
    await start_refund(client, settings, order)
    await eventually(lambda: orders.emails(order.order_id), lambda n: n == 1)
    row = await pool.fetchrow("SELECT * FROM outbox_emails WHERE order_id = $1", order.order_id)
    assert row["to_address"] == settings.admin_email and row["sent_at"] is not None
    assert row["review_url"].startswith(f"{settings.public_base_url}/review/")
    token = row["review_url"].rsplit("/", 1)[1]
    claims = ReviewTokens(settings.review_link_secret.get_secret_value()).verify(token)
    assert claims.order_id == order.order_id and claims.reviewer == settings.admin_email
    for fact in (f"#{order.order_id}", "Laptop Pro X1", "$1,299.99 USD", row["review_url"]):
        assert fact in row["html"]
        assert fact in row["text_body"]
