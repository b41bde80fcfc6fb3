"""Refund proposals: what the agent's refund tool records instead of starting a refund.

A proposal lives in the thread's checkpointed graph state (key `proposals`, one record per id),
so it survives a restart of the chat API. Only the application turns it into a refund: the
customer's Confirm button or their own typed "yes" (see consent.py). Records are plain JSON
dicts, so any checkpointer stores them and any page can show them.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid
from decimal import Decimal
from typing import Any

import asyncpg

from services.chat_api.agent.context import AgentContext
from services.chat_api.metrics import REFUND_REQUESTS
from services.chat_api.orders import order_row
from services.chat_api.refunds import NoWorker, OrderNotFound
from services.common.money import CURRENCY, api_amount, display_amount
from workflows.vocabulary import RequestChannel

log = logging.getLogger(__name__)

Record = dict[str, Any]
# Decided or expired proposals kept in the state (newest); older ones are dropped.
KEPT_DECIDED = 20
ALREADY = {
    "REFUNDED": "already_refunded",
    "PENDING_REFUND": "already_requested",
    "REFUND_REJECTED": "rejected",
}


class ProposalNotFound(Exception):
    """No such proposal in this customer's thread (another customer's id looks the same)."""


class ProposalDecided(Exception):
    """The proposal was already confirmed or declined: it is single-use."""


class ProposalExpired(Exception):
    """The proposal's time to confirm has passed."""


def merge_proposals(
    left: dict[str, Record] | None, right: dict[str, Record | None] | None
) -> dict[str, Record]:
    """The state reducer: records replace records by id; None removes one."""
    merged = dict(left or {})
    for key, record in (right or {}).items():
        if record is None:
            merged.pop(key, None)
        else:
            merged[key] = record
    return merged


def _time(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value)


def is_pending(record: Record, now: dt.datetime) -> bool:
    """Still waiting for the customer, and not expired."""
    return bool(record["status"] == "pending" and _time(record["expires_at"]) > now)


def is_overdue(record: Record, now: dt.datetime) -> bool:
    """Marked pending, but its time is up."""
    return bool(record["status"] == "pending" and _time(record["expires_at"]) <= now)


def new_proposal(ctx: AgentContext, order: asyncpg.Record, reason: str, turn: str | None) -> Record:
    """A fresh proposal for one of the customer's refundable orders."""
    now = ctx.clock()
    price: Decimal = order["price"]
    return {
        "id": uuid.uuid4().hex,
        "customer_id": ctx.customer_id,
        "order_id": order["order_id"],
        "item": order["item"],
        "amount": api_amount(price),
        "currency": CURRENCY,
        "review": price > ctx.review_threshold,
        "reason": reason,
        "created_at": now.isoformat(),
        "expires_at": (now + dt.timedelta(seconds=ctx.proposal_ttl_seconds)).isoformat(),
        "status": "pending",
        "outcome": None,
        "message": None,
        "turn": turn,
    }


def public(record: Record, now: dt.datetime) -> dict[str, Any]:
    """The proposal as the HTTP API shows it; a pending one past its time reads "expired"."""
    status = "expired" if is_overdue(record, now) else record["status"]
    keys = ("id", "order_id", "item", "amount", "currency", "review", "reason")
    return {
        **{k: record[k] for k in keys},
        "created_at": record["created_at"],
        "expires_at": record["expires_at"],
        "status": status,
        "outcome": record["outcome"],
        "message": record["message"],
    }


def label(record: Record) -> str:
    """ "order 2 (Wireless Headphones, $89.99)" """
    amount = display_amount(Decimal(record["amount"]))
    return f"order {record['order_id']} ({record['item']}, {amount})"


def tool_result(record: Record) -> dict[str, Any]:
    """What the model reads: the proposal, and that it waits for the customer."""
    how = (
        "a member of staff will review it after the customer confirms"
        if record["review"]
        else "it will be paid at once after the customer confirms"
    )
    return {
        "proposal_id": record["id"],
        "order_id": record["order_id"],
        "item": record["item"],
        "price": record["amount"],
        "currency": record["currency"],
        "review": record["review"],
        "reason": record["reason"],
        "expires_at": record["expires_at"],
        "status": "awaiting_confirmation",
        "message": f"Nothing has been refunded yet. Proposed the refund of {label(record)}; {how}."
        " Ask the customer to press Confirm or reply yes. You cannot confirm it yourself.",
    }


def expired(record: Record) -> Record:
    return {
        **record,
        "status": "expired",
        "message": f"The proposal to refund {label(record)} expired; nothing was refunded.",
    }


def declined(record: Record, now: dt.datetime) -> Record:
    return {
        **record,
        "status": "declined",
        "decided_at": now.isoformat(),
        "message": f"All right, I won't refund {label(record)}. Nothing was changed.",
    }


def _sentence(record: Record, outcome: str) -> str:
    what = label(record)
    amount = display_amount(Decimal(record["amount"]))
    return {
        "refunded": f"Done: the refund of {amount} for order {record['order_id']}"
        f" ({record['item']}) has been paid.",
        "pending_review": f"I've requested the refund for {what}. Because of its amount, a member"
        " of our staff will review it; you'll see their decision here in the chat.",
        "already_refunded": f"{what[0].upper()}{what[1:]} was already refunded; nothing was paid"
        " twice.",
        "already_requested": f"The refund for {what} was already requested and is waiting for"
        " review by our staff.",
        "rejected": f"The refund for {what} was already reviewed and not approved.",
        "not_found": f"I couldn't find {what} among your orders any more, so nothing was refunded.",
        "unavailable": f"Our refund system isn't answering right now, so the refund for {what}"
        " hasn't started. Your proposal is kept: press Confirm or reply yes again in a minute;"
        " that is safe and pays nothing twice.",
    }[outcome]


def _retrieve(future: asyncio.Future[Any]) -> None:
    """Mark a shielded request's failure as seen (it is handled, or nobody waits any more)."""
    if not future.cancelled():
        future.exception()


async def carry_out(ctx: AgentContext, record: Record) -> Record:
    """Run the confirmed refund exactly as the direct API does (RefundService.request).

    Safe to repeat: the refund service attaches to the one workflow per order or returns the
    order's outcome. When no worker answers, the proposal stays pending so Confirm can be
    pressed again.
    """
    now = ctx.clock()
    order_id = record["order_id"]
    row = await order_row(ctx.pool, ctx.customer_id, order_id)
    outcome: str
    status = "confirmed"
    if row is None:
        outcome = "not_found"
    elif row["status"] in ALREADY and record.get("outcome") != "unavailable":
        # Refunded by other means (or by a confirmation a crash cut short). After our own
        # "unavailable" attempt the refund service reports that attempt's outcome instead.
        outcome = ALREADY[row["status"]]
    else:
        # Shielded: a turn's deadline stops waiting for the answer, never the request itself
        # (it commits or fails on its own; confirming again later is safe).
        request = asyncio.ensure_future(
            ctx.refunds.request(
                ctx.customer_id, order_id, record["reason"], channel=RequestChannel.CHAT
            )
        )
        request.add_done_callback(_retrieve)
        try:
            reply = await asyncio.shield(request)
            outcome = str(reply.outcome)  # a plain string in the checkpointed state
            REFUND_REQUESTS.labels(outcome=outcome).inc()
        except OrderNotFound:
            outcome = "not_found"
        except NoWorker:
            outcome, status = "unavailable", "pending"
    log.info(
        "refund proposal confirmed",
        extra={"customer_id": ctx.customer_id, "order_id": order_id, "outcome": outcome},
    )
    decided = {"decided_at": now.isoformat()} if status == "confirmed" else {}
    return {
        **record,
        **decided,
        "status": status,
        "outcome": outcome,
        "message": _sentence(record, outcome),
    }
