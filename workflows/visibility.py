"""What operators see of a refund in the Temporal Web UI: its search attributes, and the words of
its summary, details, current details and of each activity and timer.

The chat API writes the start-time parts (summary, details, the request's attributes), the
workflow the rest as it goes (workflows/progress.py). Every text here is built from the order's
facts and the workflow's own state; a customer's email address, a review link (it carries a
signed token) or any secret never reaches one: text a person typed is cleaned by `shown()`
first (email addresses masked, Markdown defused, one line, bounded).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from temporalio.common import SearchAttributeKey

from services.common.money import display_amount
from workflows.vocabulary import RequestChannel

# Registered by the dev stack, services/migrate.py, deploy/temporal/create-namespace.sh and the
# test servers (services/common/temporal.py lists them all, with OrderId).
REFUND_STATUS = SearchAttributeKey.for_keyword("RefundStatus")
REFUND_AMOUNT = SearchAttributeKey.for_float("RefundAmount")
CUSTOMER_ID = SearchAttributeKey.for_int("CustomerId")
NEEDS_REVIEW = SearchAttributeKey.for_bool("NeedsReview")
DECIDED_BY = SearchAttributeKey.for_keyword("DecidedBy")
REQUEST_CHANNEL = SearchAttributeKey.for_keyword("RequestChannel")
# The summary line again, set at start: the Web UI's workflow list shows search attributes as
# columns but not the summary (it is on the workflow's own page only).
REFUND_SUMMARY = SearchAttributeKey.for_keyword("RefundSummary")
REFUND_ATTRIBUTES = (
    REFUND_STATUS, REFUND_AMOUNT, CUSTOMER_ID, NEEDS_REVIEW, DECIDED_BY, REQUEST_CHANNEL,
    REFUND_SUMMARY,
)  # fmt: skip

# Longest piece of typed text (a reason, an item name) shown in the Web UI, in characters.
MAX_SHOWN_CHARS = 200
EMAIL = re.compile(r"[^\s@<>()\[\]]+@[^\s@<>()\[\]]+")
# What could turn typed text into Markdown structure inside a line (emphasis, code, links,
# images, autolinks, tables): escaped with a backslash, which the Web UI does not show.
MARKDOWN = re.compile(r"([\\`*_\[\]<>|~#!])")
BARE_LINK = re.compile(r"(?i)\b(https?|ftp)://|\bwww\.")
CHANNEL_WORDS = {RequestChannel.CHAT: "the chat assistant", RequestChannel.API: "the refunds API"}


def shown(text: str, limit: int = MAX_SHOWN_CHARS, *, mask_emails: bool = True) -> str:
    """Typed text made safe for the Web UI: one line, at most `limit` characters, email
    addresses masked (unless it names staff, such as a reviewer), and Markdown defused so it
    cannot become a link, an image or emphasis."""
    line = " ".join(text.split())
    if mask_emails:
        line = EMAIL.sub("(email removed)", line)
    if len(line) > limit:
        line = line[: limit - 1].rstrip() + "…"
    line = MARKDOWN.sub(r"\\\1", line)
    return BARE_LINK.sub(lambda m: m.group(0).replace(":", "\\:").replace(".", "\\."), line)


def staff(name: str) -> str:
    """A reviewer's name or address, shown as it is (it is not a customer's), made safe."""
    return shown(name, 120, mask_emails=False)


def when(at: dt.datetime) -> str:
    """A moment in the Web UI's words: "Dec 8, 10:02 UTC"."""
    return at.astimezone(dt.UTC).strftime("%b %-d, %H:%M UTC")


def span(wait: dt.timedelta) -> str:
    """A duration in words: "7 days", "20 seconds", "1 hour 30 minutes"."""
    seconds = int(wait.total_seconds())
    parts = []
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1)):
        count, seconds = divmod(seconds, size)
        if count:
            parts.append(f"{count} {unit}{'' if count == 1 else 's'}")
    return " ".join(parts[:2]) or "0 seconds"


def refund_summary(amount: Decimal, order_id: int, item: str, customer_id: int) -> str:
    """The one line the Web UI shows for a refund: "Refund $1,299.99 · order 1 · Laptop Pro X1
    · customer 1"; its summary, and its RefundSummary keyword (under 1 KB, within the 2 KB a
    keyword may hold, since the item name is cut to 80 characters)."""
    parts = [f"Refund {display_amount(amount)}", f"order {order_id}", shown(item, 80)]
    return " · ".join([*parts, f"customer {customer_id}"])


def refund_details(
    *,
    reason: str,
    amount: Decimal,
    threshold: Decimal,
    channel: RequestChannel | None,
    requested_at: dt.datetime,
    review_timeout: dt.timedelta,
    admin_page: str,
    restarted: bool = False,
) -> str:
    """The refund's fixed details (Markdown): the reason, the threshold and whether a person
    reviews it, where the request came from (None: not known any more), the review deadline
    and where to decide; `restarted` for a run that reconciliation started."""
    if amount > threshold:
        review = (
            f"**Review:** over the {display_amount(threshold)} threshold, so a person decides"
            f" on the admin page: {admin_page}"
        )
        deadline = (
            f"**Review deadline:** {when(requested_at + review_timeout)}"
            f" ({span(review_timeout)} after the request); rejected if nobody decides by then"
        )
    else:
        review = f"**Review:** none, within the {display_amount(threshold)} threshold; paid at once"
        deadline = f"**Review deadline:** none (admin page: {admin_page})"
    source = CHANNEL_WORDS[channel] if channel else "a channel no longer known"
    lines = [
        f"**Reason:** {shown(reason) or '(none given)'}",
        review,
        f"**Requested through:** {source}; this run started {when(requested_at)}",
        deadline,
    ]
    if restarted:
        lines.append(
            "**Restarted** by reconciliation: the previous run ended without a decision"
            " while the order still waited"
        )
    return "\n\n".join(lines)


# Activity and timer summaries (one line each, in the workflow's timeline and history).
def open_summary(order_id: int) -> str:
    return f"record the request for order {order_id}"


def pay_summary(amount: Decimal) -> str:
    return f"pay {display_amount(amount)}"


def timer_summary(review_timeout: dt.timedelta) -> str:
    return f"review deadline: {span(review_timeout)}"


EMAIL_SUMMARY = "email the review link to the reviewer"
REJECT_SUMMARY = "record the rejection"
TIMEOUT_SUMMARY = "record the rejection (nobody decided in time)"
FAIL_SUMMARY = "record the failure as REFUND_FAILED"
