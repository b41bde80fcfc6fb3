"""Email backends that leave the machine: SMTP (Mailpit in compose) and SendGrid (production).

Both client libraries are blocking (stdlib smtplib, SendGrid's urllib-based SDK), so every
send runs in a thread: the worker's event loop keeps serving workflows while a provider is slow.

Errors: a provider's permanent refusal (SMTP 5xx, HTTP 4xx other than 429) is a non-retryable
`ApplicationError` of type `EmailRejected`; anything a later attempt may get through (SMTP 4xx,
HTTP 429/5xx, a refused or timed-out connection) is an `EmailDeliveryError`, which Temporal
retries. No message ever carries a password or the API key.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Any
from urllib.parse import unquote, urlsplit

from python_http_client.exceptions import HTTPError
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Content, From, Mail, To
from temporalio.exceptions import ApplicationError

from workflows.contract import ErrorType

# Seconds a provider gets per network operation: well inside the email activity's 30 s
# start-to-close, so a hung connection fails this attempt instead of leaking a thread.
PROVIDER_TIMEOUT_SECONDS = 15.0
# The provider refused this message for good: retrying cannot help.
# How much of a provider's error text our own messages quote, in characters.
ERROR_DETAIL_LIMIT = 500


@dataclass(frozen=True)
class OutgoingEmail:
    to: str
    subject: str
    html: str
    text: str


class EmailDeliveryError(Exception):
    """The provider could not take the message now; a later attempt may succeed."""


def _rejected(message: str, detail: str = "") -> ApplicationError:
    if detail:
        return ApplicationError(
            message, detail[:ERROR_DETAIL_LIMIT], type=ErrorType.EMAIL_REJECTED, non_retryable=True
        )
    return ApplicationError(message, type=ErrorType.EMAIL_REJECTED, non_retryable=True)


def _text(value: bytes | str | None) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return value or ""


class TlsNotOffered(smtplib.SMTPException):
    """STARTTLS is required and the server did not offer it (or a man in the middle took the
    offer out): nothing was sent."""


class SmtpSender:
    """Sends through an SMTP server named by a URL: smtp://[user:pass@]host[:port], upgraded
    with STARTTLS (required unless `require_tls` is false, then only when offered), or
    smtps:// for implicit TLS (port 465 unless given)."""

    backend = "smtp"

    def __init__(
        self,
        url: str,
        from_address: str,
        *,
        require_tls: bool = True,
        timeout: float = PROVIDER_TIMEOUT_SECONDS,
    ) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise ValueError("SMTP_URL must look like smtp://host:port or smtps://host:port")
        self._tls = parts.scheme == "smtps"
        self._host = parts.hostname
        self._port = parts.port or (465 if self._tls else 25)
        self._user = unquote(parts.username) if parts.username else None
        self._password = unquote(parts.password) if parts.password else ""
        self._from = from_address
        self._timeout = timeout
        self._require_tls = require_tls

    async def send(self, email: OutgoingEmail) -> str | None:
        message = self._compose(email)
        try:
            await asyncio.to_thread(self._deliver, message)
        except TlsNotOffered:
            raise EmailDeliveryError(
                f"the SMTP server {self._host}:{self._port} did not offer STARTTLS; the review"
                " email was not sent in clear text (SMTP_REQUIRE_TLS)"
            ) from None
        except smtplib.SMTPRecipientsRefused as exc:
            codes = sorted(code for code, _ in exc.recipients.values())
            if all(code >= 500 for code in codes):
                raise _rejected(
                    f"the SMTP server refused the recipient {email.to} ({codes})"
                ) from None
            raise EmailDeliveryError(f"the SMTP server deferred {email.to} ({codes})") from None
        except smtplib.SMTPResponseException as exc:  # auth, sender or data refused
            detail = f"{exc.smtp_code} {_text(exc.smtp_error)}"
            if exc.smtp_code >= 500:
                raise _rejected("the SMTP server refused the review email", detail) from None
            raise EmailDeliveryError(f"the SMTP server answered {detail}") from None
        except (smtplib.SMTPException, OSError) as exc:  # refused, reset, timed out, TLS
            raise EmailDeliveryError(
                f"the SMTP server {self._host}:{self._port} is unavailable: {exc!r}"
            ) from None
        return str(message["Message-ID"])

    def _compose(self, email: OutgoingEmail) -> EmailMessage:
        """A multipart/alternative message: the text part first, the HTML part preferred."""
        message = EmailMessage()
        message["From"] = self._from
        message["To"] = email.to
        message["Subject"] = email.subject
        message["Date"] = formatdate(usegmt=True)
        # Our own domain: make_msgid's default asks DNS for this machine's name.
        message["Message-ID"] = make_msgid(domain=self._from.rpartition("@")[2] or "localhost")
        message.set_content(email.text)
        message.add_alternative(email.html, subtype="html")
        return message

    def _deliver(self, message: EmailMessage) -> None:
        """Blocking: runs in a worker thread."""
        client: smtplib.SMTP
        if self._tls:
            client = smtplib.SMTP_SSL(
                self._host, self._port, timeout=self._timeout,
                context=ssl.create_default_context(),
            )  # fmt: skip
        else:
            client = smtplib.SMTP(self._host, self._port, timeout=self._timeout)
        with client:
            if not self._tls:
                # Upgrade to TLS: the review link and the login never travel in clear text,
                # unless TLS is explicitly not required (a local mail catcher) and not offered.
                client.ehlo()
                if client.has_extn("starttls"):
                    client.starttls(context=ssl.create_default_context())
                    client.ehlo()
                elif self._require_tls:
                    raise TlsNotOffered
            if self._user is not None:
                client.login(self._user, self._password)
            client.send_message(message)


class SendGridSender:
    """Sends with SendGrid's own client (its v3 mail/send API)."""

    backend = "sendgrid"

    def __init__(
        self,
        api_key: str,
        from_address: str,
        host: str,
        *,
        timeout: float = PROVIDER_TIMEOUT_SECONDS,
    ) -> None:
        if not api_key:
            raise ValueError("SENDGRID_API_KEY is required for the sendgrid email backend")
        self._client = SendGridAPIClient(api_key=api_key, host=host)
        # The SDK takes no timeout; its HTTP client hands this one to every request it builds.
        self._client.client.timeout = timeout
        self._from = from_address

    async def send(self, email: OutgoingEmail) -> str | None:
        try:
            response = await asyncio.to_thread(self._post, email)
        except HTTPError as exc:
            status = int(getattr(exc, "status_code", 0) or 0)
            # The body says what SendGrid disliked; the key is never part of it.
            body = _text(getattr(exc, "body", b""))
            if 400 <= status < 500 and status != 429:
                raise _rejected(
                    f"SendGrid refused the review email to {email.to} (HTTP {status})", body
                ) from None
            raise EmailDeliveryError(
                f"SendGrid is unavailable (HTTP {status}); will retry"
            ) from None
        except OSError as exc:  # URLError, refused, reset, timed out
            raise EmailDeliveryError(f"SendGrid is unreachable: {exc!r}; will retry") from None
        message_id = response.headers.get("X-Message-Id") if response.headers else None
        return str(message_id) if message_id else None

    def _post(self, email: OutgoingEmail) -> Any:
        """Blocking (urllib): runs in a worker thread. Returns the SDK's response."""
        mail = Mail(
            from_email=From(self._from),
            to_emails=To(email.to),
            subject=email.subject,
            plain_text_content=Content("text/plain", email.text),
            html_content=Content("text/html", email.html),
        )
        return self._client.send(mail)
