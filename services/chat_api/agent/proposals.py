"""Refund proposals: what the agent's refund tool records instead of starting a refund.

A proposal lives in the thread's checkpointed graph state (key `proposals`, one record per id,
typed by proposal_record.py and stored as plain JSON), so it survives a restart of the chat API.
Only the application turns it into a refund: the customer's Confirm button or their own typed
"yes" (see consent.py). A proposal's status follows its order: once the order's refund has
moved on (a crash cut a confirmation short, or it was asked for another way), the proposal is
closed with the order's outcome and never offered for confirmation again.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import uuid
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import asyncpg

from services.chat_api.agent.context import AgentContext
from services.chat_api.agent.proposal_record import OUTCOME_OF_ORDER, ProposalRecord
from services.chat_api.metrics import REFUND_REQUESTS
from services.chat_api.orders import order_row, order_statuses
from services.chat_api.refunds import NoWorker, OrderNotFound
from services.chat_api.tool_results import ProposalMade
from services.common.money import CURRENCY, api_amount, display_amount
from workflows.vocabulary import OrderStatus, ProposalOutcome, ProposalStatus, RequestChannel

log = logging.getLogger(__name__)

# Decided or expired proposals kept in the state (newest); older ones are dropped.
KEPT_DECIDED = 20
ALREADY = {
    OrderStatus.REFUNDED: ProposalOutcome.ALREADY_REFUNDED,
    OrderStatus.PENDING_REFUND: ProposalOutcome.ALREADY_REQUESTED,
    OrderStatus.REFUND_REJECTED: ProposalOutcome.REJECTED,
}


class ProposalNotFound(Exception):
    """No such proposal in this customer's thread (another customer's id looks the same)."""


class ProposalDecided(Exception):
    """The proposal was already confirmed or cancelled, or closed: it is single-use."""

    def __init__(self, proposal_id: str, status: ProposalStatus) -> None:
        super().__init__(proposal_id)
        self.status = status


class ProposalExpired(Exception):
    """The proposal's time to confirm has passed."""


def merge_proposals(
    left: dict[str, dict[str, Any]] | None, right: dict[str, dict[str, Any] | None] | None
) -> dict[str, dict[str, Any]]:
    """The state reducer: records replace records by id; None removes one."""
    merged = dict(left or {})
    for key, record in (right or {}).items():
        if record is None:
            merged.pop(key, None)
        else:
            merged[key] = record
    return merged


def new_proposal(
    ctx: AgentContext, order: asyncpg.Record, reason: str, turn: str | None
) -> ProposalRecord:
    """A fresh proposal for one of the customer's refundable orders."""
    now = ctx.clock()
    price: Decimal = order["price"]
    return ProposalRecord(
        id=uuid.uuid4().hex,
        customer_id=ctx.customer_id,
        order_id=order["order_id"],
        item=order["item"],
        amount=api_amount(price),
        currency=CURRENCY,
        review=price > ctx.review_threshold,
        reason=reason,
        created_at=now,
        expires_at=now + dt.timedelta(seconds=ctx.proposal_ttl_seconds),
        turn=turn,
        order_status=OrderStatus(order["status"]),
    )


def tool_result(record: ProposalRecord) -> ProposalMade:
    """What the model reads: the proposal, and that it waits for the customer."""
    how = (
        "a member of staff will review it after the customer confirms"
        if record.review
        else "it will be paid at once after the customer confirms"
    )
    return ProposalMade(
        proposal_id=record.id,
        order_id=record.order_id,
        item=record.item,
        price=Decimal(record.amount),
        currency=record.currency,
        review=record.review,
        reason=record.reason,
        expires_at=record.expires_at,
        message=f"Nothing has been refunded yet. Proposed the refund of {record.label()};"
        f" {how}. Ask the customer to press Confirm or reply yes. You cannot confirm it yourself.",
    )


def expired(record: ProposalRecord) -> ProposalRecord:
    return record.with_(
        status=ProposalStatus.EXPIRED,
        message=f"The proposal to refund {record.label()} expired; nothing was refunded.",
    )


def cancelled(record: ProposalRecord, now: dt.datetime) -> ProposalRecord:
    return record.with_(
        status=ProposalStatus.CANCELLED,
        decided_at=now,
        message=f"All right, I won't refund {record.label()}. Nothing was changed.",
    )


def replaced(record: ProposalRecord, now: dt.datetime) -> ProposalRecord:
    """A proposal another one for the same order replaced (the customer changed the reason)."""
    return record.with_(
        status=ProposalStatus.CANCELLED,
        decided_at=now,
        message=f"The reason was changed: a new proposal to refund {record.label()} replaces"
        " this one. Nothing was refunded.",
    )


def outcome_sentence(record: ProposalRecord, outcome: ProposalOutcome) -> str:
    """What the customer is told about a proposal's refund."""
    what = record.label()
    amount = display_amount(Decimal(record.amount))
    return {
        ProposalOutcome.REFUNDED: f"Done: the refund of {amount} for order {record.order_id}"
        f" ({record.item}) has been paid.",
        ProposalOutcome.PENDING_REVIEW: f"I've requested the refund for {what}. Because of its"
        " amount, a member of our staff will review it; you'll see their decision here in the"
        " chat.",
        ProposalOutcome.ALREADY_REFUNDED: f"{what[0].upper()}{what[1:]} was already refunded;"
        " nothing was paid twice.",
        ProposalOutcome.ALREADY_REQUESTED: f"The refund for {what} was already requested and is"
        " waiting for review by our staff.",
        ProposalOutcome.REJECTED: f"The refund for {what} was already reviewed and not approved.",
        ProposalOutcome.FAILED: f"The refund for {what} failed on our side; you can ask for it"
        " again.",
        ProposalOutcome.NOT_FOUND: f"I couldn't find {what} among your orders any more, so"
        " nothing was refunded.",
        ProposalOutcome.UNAVAILABLE: f"Our refund system isn't answering right now, so the refund"
        f" for {what} hasn't started. Your proposal is kept: press Confirm or reply yes again in"
        " a minute; that is safe and pays nothing twice.",
    }[outcome]


def closed(record: ProposalRecord, status: OrderStatus | None) -> ProposalRecord:
    """A waiting proposal whose order moved on: closed, with where the order's refund stands."""
    outcome = OUTCOME_OF_ORDER.get(status) if status else ProposalOutcome.NOT_FOUND
    return record.with_(
        status=ProposalStatus.CLOSED,
        outcome=outcome or ProposalOutcome.NOT_FOUND,
        message=outcome_sentence(record, outcome or ProposalOutcome.NOT_FOUND),
    )


def moved_on(record: ProposalRecord, status: OrderStatus | None) -> bool:
    """Whether the order is no longer where it was when this proposal was made."""
    return status is None or status != record.order_status


async def overtaken(
    pool: asyncpg.Pool, customer_id: int, records: Iterable[ProposalRecord]
) -> list[ProposalRecord]:
    """The waiting proposals whose order moved on since they were made, closed (one query)."""
    waiting = [r for r in records if r.status == ProposalStatus.PENDING]
    if not waiting:
        return []
    statuses = await order_statuses(pool, customer_id, [r.order_id for r in waiting])
    return [
        closed(r, statuses.get(r.order_id))
        for r in waiting
        if moved_on(r, statuses.get(r.order_id))
    ]


def _retrieve(future: asyncio.Future[Any]) -> None:
    """Mark a shielded request's failure as seen (it is handled, or nobody waits any more)."""
    if not future.cancelled():
        future.exception()


async def carry_out(ctx: AgentContext, record: ProposalRecord) -> ProposalRecord:
    """Run the confirmed refund exactly as the direct API does (RefundService.request).

    Safe to repeat: the refund service attaches to the one workflow per order or returns the
    order's outcome. When no worker answers, the proposal stays pending so Confirm can be
    pressed again.
    """
    now = ctx.clock()
    order_id = record.order_id
    row = await order_row(ctx.pool, ctx.customer_id, order_id)
    outcome: ProposalOutcome
    status = ProposalStatus.CONFIRMED
    if row is None:
        outcome = ProposalOutcome.NOT_FOUND
    elif row["status"] in ALREADY and record.outcome != ProposalOutcome.UNAVAILABLE:
        # Refunded by other means (or by a confirmation a crash cut short). After our own
        # "unavailable" attempt the refund service reports that attempt's outcome instead.
        outcome = ALREADY[OrderStatus(row["status"])]
    else:
        # Shielded: a turn's deadline stops waiting for the answer, never the request itself
        # (it commits or fails on its own; confirming again later is safe).
        request = asyncio.ensure_future(
            ctx.refunds.request(
                ctx.customer_id, order_id, record.reason, channel=RequestChannel.CHAT
            )
        )
        request.add_done_callback(_retrieve)
        try:
            reply = await asyncio.shield(request)
            outcome = ProposalOutcome(str(reply.outcome))
            REFUND_REQUESTS.labels(outcome=outcome.value).inc()
        except OrderNotFound:
            outcome = ProposalOutcome.NOT_FOUND
        except NoWorker:
            outcome, status = ProposalOutcome.UNAVAILABLE, ProposalStatus.PENDING
    log.info(
        "refund proposal confirmed",
        extra={"customer_id": ctx.customer_id, "order_id": order_id, "outcome": outcome.value},
    )
    decided = {"decided_at": now} if status == ProposalStatus.CONFIRMED else {}
    return record.with_(
        **decided, status=status, outcome=outcome, message=outcome_sentence(record, outcome)
    )
