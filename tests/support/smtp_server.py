"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives.

It can require a login (plain AUTH without TLS, loopback only) and can refuse recipients
with a chosen reply, e.g. "550 5.1.1 no such mailbox" or "451 4.3.0 try again later".
"""

from __future__ import annotations

import email
import email.policy
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

from tests.support.ports import free_port


@dataclass
class SmtpInbox:
    port: int = 0
    # user, password that AUTH must present; None accepts mail without a login.
    credentials: tuple[str, str] | None = None
    # The reply to every RCPT TO, when set: the server refuses all recipients with it.
    refuse_with: str | None = None
    messages: list[EmailMessage] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def url(self) -> str:
        if self.credentials is None:
            return f"smtp://127.0.0.1:{self.port}"
        user, password = self.credentials
        return f"smtp://{user}:{password}@127.0.0.1:{self.port}"

    # aiosmtpd handler hooks ------------------------------------------------------------

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if self.credentials is not None and not session.authenticated:
            return "530 5.7.0 Authentication required"
        if self.refuse_with is not None:
            return self.refuse_with
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        with self._lock:
            self.messages.append(parsed)
        return "250 Message accepted for delivery"

    def authenticate(
        self, server: Any, session: Any, envelope: Any, mechanism: str, data: Any
    ) -> AuthResult:
        ok = (
            isinstance(data, LoginPassword)
            and self.credentials is not None
            and (data.login.decode(), data.password.decode()) == self.credentials
        )
        if ok:
            with self._lock:
                self.logins.append(data.login.decode())
        return AuthResult(success=ok)


@contextmanager
def smtp_inbox(
    *, credentials: tuple[str, str] | None = None, refuse_with: str | None = None
) -> Iterator[SmtpInbox]:
    """An SMTP server on 127.0.0.1 and a free port for the duration of the block."""
    inbox = SmtpInbox(port=free_port(), credentials=credentials, refuse_with=refuse_with)
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=inbox.port,
        server_hostname="mail.test",  # otherwise aiosmtpd asks DNS for this machine's name
        authenticator=inbox.authenticate,
        auth_require_tls=False,  # loopback only: a test server without certificates
    )
    controller.start()
    try:
        yield inbox
    finally:
        controller.stop()
