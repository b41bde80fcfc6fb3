"""Email backends that leave the machine: SMTP (Mailpit in compose) and SendGrid (production).

Both client libraries are blocking, so every send runs in a thread: the worker's event loop
keeps serving workflows while a provider is slow.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import make_msgid
from urllib.parse import unquote, urlsplit

from python_http_client.exceptions import HTTPError
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Content, From, Mail, To
from temporalio.exceptions import ApplicationError

# Timeout for one SMTP conversation, in seconds.
SMTP_TIMEOUT_SECONDS = 15.0
# The provider refused this message for good: retrying cannot help.
EMAIL_REJECTED = "EmailRejected"


@dataclass(frozen=True)
class OutgoingEmail:
    to: str
    subject: str
    html: str
    text: str


def _body_text(exc: HTTPError) -> str:
    body = getattr(exc, "body", b"")
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    return text[:500]


class SmtpSender:
    """Sends through an SMTP server named by a URL: smtp://[user:pass@]host:port or smtps://."""

    backend = "smtp"

    def __init__(self, url: str, from_address: str) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValueError("SMTP_URL must look like smtp://host:port or smtps://host:port")
        self._tls = parts.scheme == "smtps"
        self._host = parts.hostname
        self._port = parts.port or (465 if self._tls else 25)
        self._user = unquote(parts.username) if parts.username else None
        self._password = unquote(parts.password) if parts.password else None
        self._from = from_address

    async def send(self, email: OutgoingEmail) -> str | None:
        return await asyncio.to_thread(self._send_blocking, email)

    def _send_blocking(self, email: OutgoingEmail) -> str:
        msg = EmailMessage()
        msg["From"] = self._from
        msg["To"] = email.to
        msg["Subject"] = email.subject
        msg["Message-ID"] = message_id = make_msgid(domain="reliable-refunds")
        msg.set_content(email.text)
        msg.add_alternative(email.html, subtype="html")
        client: smtplib.SMTP
        if self._tls:
            client = smtplib.SMTP_SSL(
                self._host, self._port, timeout=SMTP_TIMEOUT_SECONDS,
                context=ssl.create_default_context(),
            )  # fmt: skip
        else:
            client = smtplib.SMTP(self._host, self._port, timeout=SMTP_TIMEOUT_SECONDS)
        with client:
            if self._user and self._password:
                client.login(self._user, self._password)
            try:
                client.send_message(msg)
            except smtplib.SMTPRecipientsRefused as exc:
                raise ApplicationError(
                    f"the SMTP server refused the recipient {email.to}",
                    type=EMAIL_REJECTED,
                    non_retryable=True,
                ) from exc
        return message_id


class SendGridSender:
    """Sends with SendGrid's own client (its v3 mail/send API)."""

    backend = "sendgrid"

    def __init__(self, api_key: str, from_address: str, host: str) -> None:
        if not api_key:
            raise ValueError("SENDGRID_API_KEY is required for the sendgrid email backend")
        self._client = SendGridAPIClient(api_key=api_key, host=host)
        self._from = from_address

    async def send(self, email: OutgoingEmail) -> str | None:
        return await asyncio.to_thread(self._send_blocking, email)

    def _send_blocking(self, email: OutgoingEmail) -> str | None:
        mail = Mail(
            from_email=From(self._from),
            to_emails=To(email.to),
            subject=email.subject,
            plain_text_content=Content("text/plain", email.text),
            html_content=Content("text/html", email.html),
        )
        try:
            response = self._client.send(mail)
        except HTTPError as exc:
            status = int(getattr(exc, "status_code", 0) or 0)
            if 400 <= status < 500 and status != 429:
                # The body explains what SendGrid disliked; the key is never part of it.
                raise ApplicationError(
                    f"SendGrid refused the review email (HTTP {status})",
                    _body_text(exc),
                    type=EMAIL_REJECTED,
                    non_retryable=True,
                ) from None
            raise RuntimeError(f"SendGrid is unavailable (HTTP {status}); will retry") from None
        message_id = response.headers.get("X-Message-Id") if response.headers else None
        return str(message_id) if message_id else None
