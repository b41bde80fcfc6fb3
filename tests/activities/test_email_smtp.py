"""The smtp backend against a real SMTP server on loopback (aiosmtpd)."""

from __future__ import annotations

import email
import socket
from collections.abc import Iterator
from email.message import Message

import pytest
from aiosmtpd.controller import Controller
from temporalio.testing import ActivityEnvironment

from tests.activities.email_support import email_activities, review_input


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Message] = []

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd's handler hook
        self.messages.append(email.message_from_bytes(envelope.content))
        return "250 OK"


@pytest.fixture
def smtp_inbox() -> Iterator[tuple[Inbox, int]]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


async def test_review_email_goes_out_over_smtp_once(smtp_inbox, orders, settings, pool):
    inbox, port = smtp_inbox
    smtp = settings.model_copy(
        update={"email_backend": "smtp", "smtp_url": f"smtp://127.0.0.1:{port}"}
    )
    order = await orders.order("1300.00", item="Samsung QLED 4K TV")
    acts = email_activities(pool, smtp)
    first = await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    again = await ActivityEnvironment().run(acts.send_review_email, review_input(order))
    assert first.sent_now and not again.sent_now
    assert len(inbox.messages) == 1
    msg = inbox.messages[0]
    assert msg["To"] == settings.admin_email
    assert f"order {order.order_id}" in msg["Subject"]
    html = next(p for p in msg.walk() if p.get_content_type() == "text/html")
    assert "Samsung QLED 4K TV" in html.get_payload(decode=True).decode()
    ref = await pool.fetchval(
        "SELECT provider_ref FROM outbox_emails WHERE order_id=$1", order.order_id
    )
    assert ref == msg["Message-ID"]
