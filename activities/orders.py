"""Order and ledger activities: each state change is one transaction, safe to retry.

Every status change is conditional (`WHERE status = <expected>`) and the ledger's unique keys
are the last guard, so a retried activity finds its work done and returns the same result.
"""

from __future__ import annotations

from typing import Any

import asyncpg
from temporalio import activity
from temporalio.exceptions import ApplicationError

from activities.payments import PaymentGateway
from services.common.money import display_amount
from workflows.models import (
    OpenRefundInput,
    OpenRefundResult,
    OrderFacts,
    RejectInput,
    SettleInput,
    SettleResult,
)

# ApplicationError types the workflow and the chat API match on.
ORDER_NOT_FOUND = "OrderNotFound"
LEDGER_MISSING = "LedgerMissing"


async def audit(
    conn: asyncpg.Connection,
    *,
    order_id: int,
    workflow_id: str,
    kind: str,
    actor: str,
    **detail: Any,
) -> None:
    await conn.execute(
        "INSERT INTO audit_events (order_id, workflow_id, kind, actor, detail)"
        " VALUES ($1, $2, $3, $4, $5)",
        order_id,
        workflow_id,
        kind,
        actor,
        detail,
    )


def _facts(row: asyncpg.Record) -> OrderFacts:
    return OrderFacts(
        order_id=row["order_id"],
        customer_id=row["customer_id"],
        customer_name=row["customer_name"],
        customer_email=row["customer_email"],
        item=row["item"],
        order_date=row["order_date"],
        price=row["price"],
    )


def _label(facts: OrderFacts | asyncpg.Record) -> str:
    if isinstance(facts, OrderFacts):
        return f"order {facts.order_id} ({facts.item}, {display_amount(facts.price)})"
    return f"order {facts['order_id']} ({facts['item']}, {display_amount(facts['price'])})"


ORDER_QUERY = """
SELECT p.order_id, p.customer_id, p.item, p.order_date, p.price, p.status,
       c.name AS customer_name, c.email AS customer_email
FROM purchases p JOIN customers c ON c.id = p.customer_id
WHERE p.order_id = $1
"""


class OrderActivities:
    """Activities that change orders and the ledger; they receive their pool and gateway."""

    def __init__(self, pool: asyncpg.Pool, gateway: PaymentGateway) -> None:
        self._pool = pool
        self._gateway = gateway

    @activity.defn
    async def open_refund(self, req: OpenRefundInput) -> OpenRefundResult:
        """Record the request and decide the path: pay now, review, or already decided."""
        async with self._pool.acquire() as conn, conn.transaction():
            row = await conn.fetchrow(ORDER_QUERY + " FOR UPDATE OF p", req.order_id)
            if row is None or row["customer_id"] != req.customer_id:
                raise ApplicationError(
                    f"order {req.order_id} not found for customer {req.customer_id}",
                    type=ORDER_NOT_FOUND,
                    non_retryable=True,
                )
            facts = _facts(row)
            status = row["status"]
            if status == "REFUNDED":
                return OpenRefundResult(action="done", outcome="refunded", order=facts)
            if status == "REFUND_REJECTED":
                return OpenRefundResult(action="done", outcome="rejected", order=facts)
            if status == "PENDING_REFUND":
                # A re-run of a review that an operator restarted: wait for the decision again.
                return OpenRefundResult(action="review", order=facts)
            needs_review = facts.price > req.review_threshold
            inserted = await conn.fetchval(
                "INSERT INTO refunds (order_id, workflow_id, amount, reason, state)"
                " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (order_id) DO NOTHING RETURNING 1",
                req.order_id,
                req.workflow_id,
                facts.price,
                req.reason,
                "PENDING_REVIEW" if needs_review else "REQUESTED",
            )
            if inserted:
                await audit(
                    conn,
                    order_id=req.order_id,
                    workflow_id=req.workflow_id,
                    kind="refund_requested",
                    actor=f"customer:{req.customer_id}",
                    reason=req.reason,
                    amount=str(facts.price),
                    needs_review=needs_review,
                )
            if not needs_review:
                return OpenRefundResult(action="settle", order=facts)
            await conn.execute(
                "UPDATE purchases SET status = 'PENDING_REFUND'"
                " WHERE order_id = $1 AND status = 'PURCHASED'",
                req.order_id,
            )
            await audit(
                conn,
                order_id=req.order_id,
                workflow_id=req.workflow_id,
                kind="status_changed",
                actor="system",
                status="PENDING_REFUND",
            )
            return OpenRefundResult(action="review", order=facts)

    @activity.defn
    async def settle_refund(self, req: SettleInput) -> SettleResult:
        """Pay through the gateway, then book payment + REFUNDED (+ notice) in one transaction."""
        refund = await self._pool.fetchrow(
            "SELECT amount, payment_ref FROM refunds WHERE order_id = $1", req.order_id
        )
        if refund is None:
            raise ApplicationError(
                f"no ledger row for order {req.order_id}", type=LEDGER_MISSING, non_retryable=True
            )
        if refund["payment_ref"] is not None:
            return SettleResult(payment_ref=refund["payment_ref"], amount=refund["amount"])
        payment_ref = await self._gateway.pay(
            idempotency_key=req.workflow_id, order_id=req.order_id, amount=refund["amount"]
        )
        async with self._pool.acquire() as conn, conn.transaction():
            booked = await conn.fetchrow(
                "UPDATE refunds SET state = 'REFUNDED', payment_ref = $2, paid_at = now(),"
                " decided_at = coalesce($3, decided_at), decided_by = coalesce($4, decided_by),"
                " decision_note = coalesce($5, decision_note)"
                " WHERE order_id = $1 AND payment_ref IS NULL RETURNING amount",
                req.order_id,
                payment_ref,
                req.decided_at,
                req.decided_by,
                req.decision_note,
            )
            if booked is None:  # a concurrent attempt booked it first
                ref = await conn.fetchval(
                    "SELECT payment_ref FROM refunds WHERE order_id = $1", req.order_id
                )
                return SettleResult(payment_ref=ref, amount=refund["amount"])
            order = await conn.fetchrow(ORDER_QUERY, req.order_id)
            await conn.execute(
                "UPDATE purchases SET status = 'REFUNDED'"
                " WHERE order_id = $1 AND status IN ('PURCHASED', 'PENDING_REFUND')",
                req.order_id,
            )
            ids: dict[str, Any] = {"order_id": req.order_id, "workflow_id": req.workflow_id}
            if req.decided_by is not None:
                await audit(
                    conn, **ids, kind="review_approved", actor=f"reviewer:{req.decided_by}",
                    note=req.decision_note or "",
                )  # fmt: skip
                await _notify(conn, order, req.workflow_id, "was approved and paid.")
            await audit(
                conn, **ids, kind="refund_paid", actor="system",
                amount=str(booked["amount"]), payment_ref=payment_ref,
            )  # fmt: skip
            await audit(conn, **ids, kind="status_changed", actor="system", status="REFUNDED")
        activity.logger.info("refund paid", extra={"order_id": req.order_id, "ref": payment_ref})
        return SettleResult(payment_ref=payment_ref, amount=booked["amount"])

    @activity.defn
    async def reject_refund(self, req: RejectInput) -> None:
        """Close a review without paying: REFUND_REJECTED, the reason, and the customer's notice."""
        async with self._pool.acquire() as conn, conn.transaction():
            closed = await conn.fetchval(
                "UPDATE refunds SET state = 'REJECTED', decided_at = $2, decided_by = $3,"
                " decision_note = $4 WHERE order_id = $1 AND state = 'PENDING_REVIEW'"
                " RETURNING 1",
                req.order_id,
                req.decided_at,
                req.decided_by,
                req.decision_note,
            )
            if not closed:
                return  # an earlier attempt committed it
            await conn.execute(
                "UPDATE purchases SET status = 'REFUND_REJECTED'"
                " WHERE order_id = $1 AND status = 'PENDING_REFUND'",
                req.order_id,
            )
            order = await conn.fetchrow(ORDER_QUERY, req.order_id)
            ids: dict[str, Any] = {"order_id": req.order_id, "workflow_id": req.workflow_id}
            if req.cause == "timed_out":
                kind, actor = "review_timed_out", "system"
                closed_on = req.decided_at.strftime("%B %-d, %Y")
                outcome = f"was not approved: the review window closed on {closed_on}."
            else:
                kind, actor = "review_rejected", f"reviewer:{req.decided_by}"
                outcome = "was not approved" + (
                    f": {req.decision_note}" if req.decision_note else "."
                )
            await audit(conn, **ids, kind=kind, actor=actor, note=req.decision_note)
            await audit(
                conn, **ids, kind="status_changed", actor="system", status="REFUND_REJECTED"
            )
            await _notify(conn, order, req.workflow_id, outcome)


async def _notify(
    conn: asyncpg.Connection, order: asyncpg.Record, workflow_id: str, outcome: str
) -> None:
    """The customer's notice that a review ended; one per review (retries insert nothing)."""
    await conn.execute(
        "INSERT INTO notices (customer_id, order_id, workflow_id, text) VALUES ($1, $2, $3, $4)"
        " ON CONFLICT (workflow_id, order_id) DO NOTHING",
        order["customer_id"],
        order["order_id"],
        workflow_id,
        f"Your refund for {_label(order)} {outcome}",
    )
