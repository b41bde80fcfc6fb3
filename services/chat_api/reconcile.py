"""Reconciliation: refunds whose order still waits while no workflow runs for it are restarted.

An order can say PENDING_REFUND (or hold an unpaid REQUESTED ledger row) while its workflow is
gone: an operator terminated it, or it ended in a way nobody recorded. A customer's next
request repairs such an order by itself (services/chat_api/refunds.py); this pass finds the
ones nobody asks about. The chat API runs it at start and then every
RECONCILE_INTERVAL_SECONDS; it is idempotent, so several API processes may run it at once.
Refunds that failed for good (REFUND_FAILED) are counted for operators, never retried here:
a person looks, or the customer asks again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import asyncpg

from services.chat_api.metrics import REFUNDS_FAILED, REFUNDS_RESTARTED
from services.chat_api.periodic import every
from services.chat_api.refunds import RefundService
from services.common.audit import append_event
from workflows.contract import refund_workflow_id
from workflows.vocabulary import LedgerState, OrderStatus

log = logging.getLogger(__name__)

# Orders looked at per pass, oldest request first; the next pass continues.
BATCH = 100
STUCK_QUERY = f"""
SELECT p.order_id, p.customer_id, r.reason
FROM purchases p JOIN refunds r USING (order_id)
WHERE p.status = '{OrderStatus.PENDING_REFUND}'
   OR (p.status = '{OrderStatus.PURCHASED}' AND r.state = '{LedgerState.REQUESTED}'
       AND r.payment_ref IS NULL)
ORDER BY r.requested_at
LIMIT $1
"""
FAILED_QUERY = "SELECT count(*) FROM purchases WHERE status = $1"


@dataclass(frozen=True)
class ReconcileReport:
    checked: int
    restarted: list[int]
    failed: int


async def reconcile_once(
    pool: asyncpg.Pool, refunds: RefundService, *, batch: int = BATCH
) -> ReconcileReport:
    """One pass: restart every waiting refund without an open workflow (up to `batch` of
    them, oldest first); report what it did."""
    rows = await pool.fetch(STUCK_QUERY, batch)
    restarted: list[int] = []
    for row in rows:
        order_id = row["order_id"]
        if not await refunds.restart(row["customer_id"], order_id, row["reason"]):
            continue
        restarted.append(order_id)
        REFUNDS_RESTARTED.inc()
        await append_event(
            pool,
            order_id,
            refund_workflow_id(order_id),
            "refund_restarted",
            "reconciler",
            {"why": "no running workflow for a waiting refund"},
        )
        log.warning("restarted a refund that had no running workflow", extra={"order_id": order_id})
    failed = await pool.fetchval(FAILED_QUERY, OrderStatus.REFUND_FAILED)
    REFUNDS_FAILED.set(failed)
    return ReconcileReport(checked=len(rows), restarted=restarted, failed=failed)


async def reconcile_forever(
    pool: asyncpg.Pool, refunds: RefundService, interval_seconds: float
) -> None:
    """Run a pass now and then every `interval_seconds` until cancelled (periodic.py)."""

    async def one_pass() -> None:
        report = await reconcile_once(pool, refunds)
        if report.restarted or report.failed:
            log.warning(
                "reconciliation",
                extra={"restarted": report.restarted, "failed_refunds": report.failed},
            )

    await every(interval_seconds, one_pass, "reconciliation pass")
