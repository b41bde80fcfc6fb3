"""A slow SendGrid does not block the worker's event loop.

The fake SendGrid holds the request until the test releases it, and only this event loop can
release it: if the send blocked the loop, the request would wait out the fake's hold limit and
the send would be over before the loop saw it in flight.
"""

from __future__ import annotations

import asyncio

from temporalio.testing import ActivityEnvironment

from tests.activities.email_support import email_activities, review_input
from tests.support.waiting import eventually


async def test_a_held_sendgrid_request_leaves_the_loop_running(sendgrid, orders, pool):
    fake, settings = sendgrid
    order = await orders.order("1450.00")
    acts = email_activities(pool, settings)
    fake.hold()
    send = asyncio.create_task(
        ActivityEnvironment().run(acts.send_review_email, review_input(order))
    )
    in_flight = await eventually(lambda: _in_flight(fake))
    # The loop polled while SendGrid held the request: the send is waiting off the loop.
    assert in_flight == 1 and not send.done() and fake.delivered == []
    fake.release()
    result = await send
    assert result.sent_now and len(fake.delivered) == 1


async def _in_flight(fake) -> int:
    n: int = fake.in_flight
    return n
