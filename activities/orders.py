"""Order and ledger activities: each state change is one transaction, safe to retry.

Every status change is conditional (`WHERE status = <expected>`) and the ledger's unique keys
are the last guard, so a retried activity finds its work done and returns the same result.
Data PostgreSQL will always refuse fails for good (activities/errors.py) instead of retrying.
"""

from __future__ import annotations

from typing import Any

import asyncpg
from temporalio import activity
from temporalio.exceptions import ApplicationError

from activities.errors import final_database_errors
from activities.payments import PaymentGateway
from activities.records import ORDER_QUERY, audit, move_order, notify, order_facts
from services.common.formats import long_date
from services.common.text import strip_control_chars
from workflows.contract import (
    ActivityName,
    DecisionChannel,
    DecisionOutcome,
    ErrorType,
    FailInput,
    OpenRefundInput,
    OpenRefundResult,
    RejectInput,
    SettleInput,
    SettleResult,
)
from workflows.vocabulary import FINAL_STATUSES, STATUS_OUTCOME, LedgerState, OrderStatus

# The statuses and states below are the vocabulary's, spelled into the SQL by their enums.
PURCHASED, PENDING = OrderStatus.PURCHASED, OrderStatus.PENDING_REFUND
REQUESTED, REVIEWING, FAILED = LedgerState.REQUESTED, LedgerState.PENDING_REVIEW, LedgerState.FAILED
# A ledger row may be paid in these states; an approved review passes its decision along.
PAYABLE_SQL = f"(state = '{REQUESTED}' OR (state = '{REVIEWING}' AND $4::text IS NOT NULL))"
# The longest failure message recorded for a refund that failed for good (characters).
MAX_FAILURE_CHARS = 500


class OrderActivities:
    """Activities that change orders and the ledger; they receive their pool and gateway."""

    def __init__(self, pool: asyncpg.Pool, gateway: PaymentGateway) -> None:
        self._pool = pool
        self._gateway = gateway

    @activity.defn(name=ActivityName.OPEN_REFUND)
    async def open_refund(self, req: OpenRefundInput) -> OpenRefundResult:
        """Record the request and decide the path: pay now, review, or already decided."""
        with final_database_errors():
            return await self._open_refund(req)

    async def _open_refund(self, req: OpenRefundInput) -> OpenRefundResult:
        async with self._pool.acquire() as conn, conn.transaction():
            row = await conn.fetchrow(ORDER_QUERY + " FOR UPDATE OF p", req.order_id)
            if row is None or row["customer_id"] != req.customer_id:
                raise ApplicationError(
                    f"order {req.order_id} not found for customer {req.customer_id}",
                    type=ErrorType.ORDER_NOT_FOUND,
                    non_retryable=True,
                )
            facts = order_facts(row)
            ids: dict[str, Any] = {"order_id": req.order_id, "workflow_id": req.workflow_id}
            status = OrderStatus(row["status"])
            if status in FINAL_STATUSES:  # decided already: its outcome, nothing started
                return OpenRefundResult(action="done", outcome=STATUS_OUTCOME[status], order=facts)
            if status == OrderStatus.REFUND_FAILED:
                # A fresh run after a failed one: the order is open for a refund again.
                await move_order(conn, req.order_id, PURCHASED)
            if status == OrderStatus.PENDING_REFUND:
                # A re-run of a review whose workflow ended (terminated by an operator, or
                # restarted by reconciliation): this run waits for the decision now.
                await self._claim(conn, req)
                return OpenRefundResult(action="review", order=facts)
            needs_review = facts.price > req.review_threshold
            # One ledger row per order, ever: a failed run's row is reopened, never duplicated.
            inserted = await conn.fetchval(
                "INSERT INTO refunds (order_id, workflow_id, amount, reason, state, run_id)"
                " VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (order_id) DO UPDATE"
                " SET state = EXCLUDED.state, reason = EXCLUDED.reason, amount = EXCLUDED.amount,"
                " run_id = EXCLUDED.run_id, workflow_id = EXCLUDED.workflow_id,"
                " requested_at = now(), decided_at = NULL, decided_by = NULL,"
                " decision_note = NULL, decision = NULL, failure = NULL"
                f" WHERE refunds.state = '{FAILED}' RETURNING 1",
                req.order_id,
                req.workflow_id,
                facts.price,
                req.reason,
                REVIEWING if needs_review else REQUESTED,
                req.run_id or None,
            )
            if inserted:
                await audit(
                    conn, **ids, kind="refund_requested", actor=f"customer:{req.customer_id}",
                    reason=req.reason, amount=str(facts.price), needs_review=needs_review,
                )  # fmt: skip
            else:
                await self._claim(conn, req)
            if not needs_review:
                return OpenRefundResult(action="settle", order=facts)
            await move_order(conn, req.order_id, PENDING, only_from=[PURCHASED])
            await audit(conn, **ids, kind="status_changed", actor="system", status=PENDING)
            return OpenRefundResult(action="review", order=facts)

    @staticmethod
    async def _claim(conn: asyncpg.Connection, req: OpenRefundInput) -> None:
        """An open ledger row now belongs to this run: its review links and decisions."""
        if req.run_id:
            await conn.execute(
                "UPDATE refunds SET run_id = $2 WHERE order_id = $1"
                f" AND state IN ('{REQUESTED}', '{REVIEWING}') AND run_id IS DISTINCT FROM $2",
                req.order_id,
                req.run_id,
            )

    @activity.defn(name=ActivityName.SETTLE_REFUND)
    async def settle_refund(self, req: SettleInput) -> SettleResult:
        """Pay through the gateway, then book payment + REFUNDED (+ notice) in one transaction.

        Only a payable row is paid: requested, or awaiting review with an approval in hand. A
        rejected, failed or timed-out refund is never paid, even by a late or repeated call.
        """
        with final_database_errors():
            return await self._settle_refund(req)

    async def _settle_refund(self, req: SettleInput) -> SettleResult:
        refund = await self._pool.fetchrow(
            "SELECT amount, payment_ref, state FROM refunds WHERE order_id = $1", req.order_id
        )
        if refund is None:
            raise ApplicationError(
                f"no ledger row for order {req.order_id}",
                type=ErrorType.LEDGER_MISSING,
                non_retryable=True,
            )
        if refund["payment_ref"] is not None:
            return SettleResult(payment_ref=refund["payment_ref"], amount=refund["amount"])
        payable = refund["state"] == REQUESTED or (
            refund["state"] == REVIEWING and req.decided_by is not None
        )
        if not payable:
            raise ApplicationError(
                f"the refund of order {req.order_id} is {refund['state']}, not payable",
                type=ErrorType.NOT_PAYABLE,
                non_retryable=True,
            )
        payment_ref = await self._gateway.pay(
            idempotency_key=req.workflow_id, order_id=req.order_id, amount=refund["amount"]
        )
        async with self._pool.acquire() as conn, conn.transaction():
            # The state guard is part of the same conditional update as the booking.
            booked = await conn.fetchrow(
                f"UPDATE refunds SET state = '{LedgerState.REFUNDED}', payment_ref = $2,"
                " paid_at = now(),"
                " decided_at = coalesce($3, decided_at), decided_by = coalesce($4, decided_by),"
                " decision_note = coalesce($5, decision_note),"
                " decision = CASE WHEN $4::text IS NULL THEN decision"
                f" ELSE '{DecisionOutcome.APPROVED}' END"
                f" WHERE order_id = $1 AND payment_ref IS NULL AND {PAYABLE_SQL} RETURNING amount",
                req.order_id,
                payment_ref,
                req.decided_at,
                req.decided_by,
                req.decision_note,
            )
            if booked is None:
                now = await conn.fetchrow(
                    "SELECT payment_ref, state FROM refunds WHERE order_id = $1", req.order_id
                )
                if now is not None and now["payment_ref"] is not None:
                    # A concurrent attempt booked it first.
                    return SettleResult(payment_ref=now["payment_ref"], amount=refund["amount"])
                raise ApplicationError(
                    f"the refund of order {req.order_id} stopped being payable",
                    type=ErrorType.NOT_PAYABLE,
                    non_retryable=True,
                )
            order = await conn.fetchrow(ORDER_QUERY, req.order_id)
            await move_order(
                conn, req.order_id, OrderStatus.REFUNDED, only_from=[PURCHASED, PENDING]
            )
            ids: dict[str, Any] = {"order_id": req.order_id, "workflow_id": req.workflow_id}
            if req.decided_by is not None:
                await audit(
                    conn, **ids, kind="review_approved", actor=f"reviewer:{req.decided_by}",
                    note=req.decision_note or "", channel=req.decision_channel or "unknown",
                )  # fmt: skip
                await notify(conn, order, req.workflow_id, req.run_id, "was approved and paid.")
            await audit(
                conn, **ids, kind="refund_paid", actor="system",
                amount=str(booked["amount"]), payment_ref=payment_ref,
            )  # fmt: skip
            await audit(
                conn, **ids, kind="status_changed", actor="system", status=OrderStatus.REFUNDED
            )
        activity.logger.info("refund paid", extra={"order_id": req.order_id, "ref": payment_ref})
        return SettleResult(payment_ref=payment_ref, amount=booked["amount"])

    @activity.defn(name=ActivityName.REJECT_REFUND)
    async def reject_refund(self, req: RejectInput) -> None:
        """Close a review without paying: REFUND_REJECTED, the reason, and the customer's notice."""
        with final_database_errors():
            await self._reject_refund(req)

    async def _reject_refund(self, req: RejectInput) -> None:
        async with self._pool.acquire() as conn, conn.transaction():
            closed = await conn.fetchval(
                f"UPDATE refunds SET state = '{LedgerState.REJECTED}', decided_at = $2,"
                " decided_by = $3, decision_note = $4, decision = $5"
                f" WHERE order_id = $1 AND state = '{REVIEWING}' RETURNING 1",
                req.order_id,
                req.decided_at,
                req.decided_by,
                req.decision_note,
                DecisionOutcome(req.cause).value,
            )
            if not closed:
                return  # an earlier attempt committed it
            await move_order(conn, req.order_id, OrderStatus.REFUND_REJECTED, only_from=[PENDING])
            order = await conn.fetchrow(ORDER_QUERY, req.order_id)
            ids: dict[str, Any] = {"order_id": req.order_id, "workflow_id": req.workflow_id}
            if req.cause == DecisionOutcome.TIMED_OUT:
                kind, actor = "review_timed_out", "system"
                channel: str = DecisionChannel.TIMEOUT
                closed_on = long_date(req.decided_at)
                outcome = f"was not approved: the review window closed on {closed_on}."
            else:
                kind, actor = "review_rejected", f"reviewer:{req.decided_by}"
                channel = req.decision_channel or "unknown"
                outcome = "was not approved" + (
                    f": {req.decision_note}" if req.decision_note else "."
                )
            await audit(
                conn, **ids, kind=kind, actor=actor, note=req.decision_note, channel=channel
            )
            await audit(
                conn, **ids, kind="status_changed", actor="system",
                status=OrderStatus.REFUND_REJECTED,
            )  # fmt: skip
            await notify(conn, order, req.workflow_id, req.run_id, outcome)

    @activity.defn(name=ActivityName.FAIL_REFUND)
    async def fail_refund(self, req: FailInput) -> None:
        """Record a refund that failed for good: REFUND_FAILED on the order (so a later request
        starts a fresh run), FAILED with the cause on the ledger, the audit trail, the
        customer's notice. Never touches a paid or decided refund."""
        message = strip_control_chars(req.message)[:MAX_FAILURE_CHARS]
        async with self._pool.acquire() as conn, conn.transaction():
            failed = OrderStatus.REFUND_FAILED
            if not await move_order(conn, req.order_id, failed, only_from=[PURCHASED, PENDING]):
                return  # paid, decided, or an earlier attempt recorded it
            # The ledger shows the failure; when the request itself could not be recorded, a
            # row without its reason is written so the admin page lists the refund.
            await conn.execute(
                "INSERT INTO refunds"
                " (order_id, workflow_id, amount, reason, state, run_id, failure)"
                f" SELECT order_id, $2, price, '(not recorded)', '{FAILED}', $3, $4"
                " FROM purchases WHERE order_id = $1"
                f" ON CONFLICT (order_id) DO UPDATE SET state = '{FAILED}',"
                " failure = EXCLUDED.failure"
                f" WHERE refunds.state IN ('{REQUESTED}', '{REVIEWING}')",
                req.order_id,
                req.workflow_id,
                req.run_id,
                f"{req.error_type}: {message}",
            )
            ids: dict[str, Any] = {"order_id": req.order_id, "workflow_id": req.workflow_id}
            await audit(
                conn, **ids, kind="refund_failed", actor="system",
                error_type=req.error_type, message=message, run_id=req.run_id,
            )  # fmt: skip
            await audit(
                conn, **ids, kind="status_changed", actor="system",
                status=OrderStatus.REFUND_FAILED,
            )  # fmt: skip
            order = await conn.fetchrow(ORDER_QUERY, req.order_id)
            await notify(
                conn, order, req.workflow_id, req.run_id,
                "could not be completed because of a problem on our side; our team has been"
                " told, and you can ask for it again.",
            )  # fmt: skip
        activity.logger.error(
            "refund failed for good",
            extra={"order_id": req.order_id, "error_type": req.error_type},
        )
