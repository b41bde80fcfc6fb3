"""Building the email activity the way the worker does, for one backend."""

from __future__ import annotations

import datetime as dt

from activities.email import EmailActivities, make_sender
from services.common.review_tokens import ReviewTokens
from workflows.contract import OrderFacts, ReviewEmailInput

# The From address the email tests configure.
FROM_ADDRESS = "refunds@shop.test"


def email_activities(pool, settings) -> EmailActivities:
    return EmailActivities(
        pool,
        make_sender(settings),
        ReviewTokens(settings.review_link_secret.get_secret_value()),
        admin_email=settings.admin_email,
        public_base_url=settings.public_base_url,
    )


def review_input(order, *, item=None, reason="stopped working") -> ReviewEmailInput:
    return ReviewEmailInput(
        workflow_id=f"refund-{order.order_id}",
        order=OrderFacts(
            order_id=order.order_id,
            customer_id=order.customer_id,
            customer_name="Test Customer",
            customer_email="c@customers.test",
            item=item or order.item,
            order_date=dt.date(2026, 11, 20),
            price=order.price,
        ),
        reason=reason,
        review_deadline=dt.datetime.now(dt.UTC) + dt.timedelta(days=7),
    )
