"""The review email: one record per review, sent once even when the activity is retried.

The record (table `outbox_emails`, one per workflow run) is written before sending and marked
sent after. With the `outbox` backend storing it *is* the send (the dev mailbox shows it).
With SMTP or SendGrid, delivery is at-least-once. The window: the provider accepted the
message, and the worker crashes (or the database is unreachable) before the transaction that
stores `sent_at` and the `review_email_sent` audit event commits; the retry sends it again.
That window is milliseconds. Two rarer cases, both bounded by the provider timeout (15 s,
inside the activity's 30 s start-to-close): an attempt that timed out while its thread was
still talking to the provider (the retry may send a second copy), and an attempt cancelled
because the review ended (its thread may still finish the send, so the admin can get a link to
a closed review; the review page says so). A second copy is harmless: both carry the same link.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, Protocol

import asyncpg
from jinja2 import Environment, FileSystemLoader, select_autoescape
from temporalio import activity
from temporalio.exceptions import ApplicationError

from activities.email_senders import OutgoingEmail, SendGridSender, SmtpSender
from activities.errors import final_database_errors
from activities.payments import HEARTBEAT_EVERY_SECONDS
from services.common.config import Settings
from services.common.formats import long_date, long_timestamp
from services.common.money import CURRENCY, display_amount
from services.common.review_tokens import ReviewClaims, ReviewTokens
from workflows.contract import ActivityName, ErrorType, ReviewEmailInput, ReviewEmailResult

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=select_autoescape(["html"]),
)
TEMPLATES.filters["long_date"] = long_date


class EmailSender(Protocol):
    backend: str

    async def send(self, email: OutgoingEmail) -> str | None:
        """Deliver the message; return the provider's message id when it gives one."""
        ...


class OutboxSender:
    """The dev backend: the stored record is the message; nothing leaves the machine."""

    backend = "outbox"

    async def send(self, email: OutgoingEmail) -> str | None:
        return None


def render_review_email(req: ReviewEmailInput, review_url: str, to: str) -> OutgoingEmail:
    order = req.order
    context = {
        "order": order,
        "price": display_amount(order.price),
        "currency": CURRENCY,
        "reason": req.reason,
        "review_url": review_url,
        "deadline": long_timestamp(req.review_deadline),
    }
    subject = f"Refund review needed: order {order.order_id} ({display_amount(order.price)})"
    return OutgoingEmail(
        to=to,
        subject=subject,
        html=TEMPLATES.get_template("review_email.html").render(context),
        text=TEMPLATES.get_template("review_email.txt").render(context),
    )


class EmailActivities:
    """Sends review emails through the configured backend; receives its clients."""

    def __init__(
        self,
        pool: asyncpg.Pool,
        sender: EmailSender,
        tokens: ReviewTokens,
        *,
        admin_email: str,
        public_base_url: str,
    ) -> None:
        self._pool = pool
        self._sender = sender
        self._tokens = tokens
        self._admin_email = admin_email
        self._base_url = public_base_url.rstrip("/")

    @activity.defn(name=ActivityName.SEND_REVIEW_EMAIL)
    async def send_review_email(self, req: ReviewEmailInput) -> ReviewEmailResult:
        """Email the admin a signed review link, unless this review's email already went out."""
        row = await self._pool.fetchrow(
            "SELECT id, to_address, sent_at FROM outbox_emails"
            " WHERE workflow_id = $1 AND run_id = $2",
            req.workflow_id,
            req.run_id,
        )
        if row is None:
            with final_database_errors():
                row = await self._record(req)
        if row["sent_at"] is not None:
            return ReviewEmailResult(email_id=row["id"], to=row["to_address"], sent_now=False)
        stored = await self._pool.fetchrow(
            "UPDATE outbox_emails SET attempts = attempts + 1 WHERE id = $1"
            " RETURNING to_address, subject, html, text_body",
            row["id"],
        )
        try:
            provider_ref = await _with_heartbeats(
                self._sender.send(
                    OutgoingEmail(
                        to=stored["to_address"],
                        subject=stored["subject"],
                        html=stored["html"],
                        text=stored["text_body"],
                    )
                )
            )
        except ApplicationError as refused:
            if refused.type == ErrorType.EMAIL_REJECTED:
                await self._record_refusal(req, stored["to_address"], refused.message)
            raise
        async with self._pool.acquire() as conn, conn.transaction():
            marked = await conn.execute(
                "UPDATE outbox_emails SET sent_at = now(), provider_ref = $2"
                " WHERE id = $1 AND sent_at IS NULL",
                row["id"],
                provider_ref,
            )
            if marked != "UPDATE 1":  # a concurrent attempt recorded it first
                return ReviewEmailResult(email_id=row["id"], to=row["to_address"], sent_now=False)
            await conn.execute(
                "INSERT INTO audit_events (order_id, workflow_id, kind, actor, detail)"
                " VALUES ($1, $2, 'review_email_sent', 'system', $3)",
                req.order.order_id,
                req.workflow_id,
                {"to": stored["to_address"], "backend": self._sender.backend},
            )
        activity.logger.info(
            "review email sent", extra={"order_id": req.order.order_id, "to": row["to_address"]}
        )
        return ReviewEmailResult(email_id=row["id"], to=stored["to_address"], sent_now=True)

    async def _record_refusal(self, req: ReviewEmailInput, to: str, reason: str) -> None:
        """Operators see a refused review email in the audit trail (once, even if retried):
        the review stays open on the admin page, but nobody was emailed."""
        await self._pool.execute(
            "INSERT INTO audit_events (order_id, workflow_id, kind, actor, detail)"
            " SELECT $1, $2, 'review_email_refused', 'system', $3"
            " WHERE NOT EXISTS (SELECT 1 FROM audit_events"
            "  WHERE workflow_id = $2 AND kind = 'review_email_refused')",
            req.order.order_id,
            req.workflow_id,
            {"to": to, "backend": self._sender.backend, "reason": reason},
        )
        activity.logger.error(
            "review email refused; the review stays open on the admin page",
            extra={"order_id": req.order.order_id, "to": to},
        )

    async def _record(self, req: ReviewEmailInput) -> asyncpg.Record:
        token = self._tokens.issue(
            ReviewClaims(
                workflow_id=req.workflow_id,
                order_id=req.order.order_id,
                reviewer=self._admin_email,
                expires_at=int(req.review_deadline.timestamp()),
                run_id=req.run_id,
            )
        )
        review_url = f"{self._base_url}/review/{token}"
        email = render_review_email(req, review_url, self._admin_email)
        await self._pool.execute(
            "INSERT INTO outbox_emails (workflow_id, order_id, backend, to_address, subject,"
            " review_url, html, text_body, run_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)"
            " ON CONFLICT (workflow_id, run_id) DO NOTHING",
            req.workflow_id,
            req.order.order_id,
            self._sender.backend,
            email.to,
            email.subject,
            review_url,
            email.html,
            email.text,
            req.run_id,
        )
        row = await self._pool.fetchrow(
            "SELECT id, to_address, sent_at FROM outbox_emails"
            " WHERE workflow_id = $1 AND run_id = $2",
            req.workflow_id,
            req.run_id,
        )
        assert row is not None
        return row


async def _with_heartbeats(send: Coroutine[Any, Any, str | None]) -> str | None:
    """Await the provider while telling Temporal every HEARTBEAT_EVERY_SECONDS that we live."""
    task = asyncio.ensure_future(send)
    try:
        while True:
            done, _ = await asyncio.wait({task}, timeout=HEARTBEAT_EVERY_SECONDS)
            if done:
                return task.result()
            if activity.in_activity():
                activity.heartbeat()
    finally:
        task.cancel()  # no-op once done; stops the wait when the activity is cancelled


def make_sender(settings: Settings) -> EmailSender:
    """The sender for EMAIL_BACKEND."""
    if settings.email_backend == "smtp":
        return SmtpSender(
            settings.smtp_url, settings.sendgrid_from_email, require_tls=settings.smtp_tls_required
        )
    if settings.email_backend == "sendgrid":
        return SendGridSender(
            settings.sendgrid_api_key.get_secret_value(),
            settings.sendgrid_from_email,
            settings.sendgrid_host,
        )
    return OutboxSender()
