"""Rows the order activities write besides the ledger: order statuses, audit events and
customer notices."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import asyncpg

from services.common.audit import append_event
from services.common.formats import order_label
from workflows.contract import OrderFacts
from workflows.vocabulary import OrderStatus

ORDER_QUERY = """
SELECT p.order_id, p.customer_id, p.item, p.order_date, p.price, p.status,
       c.name AS customer_name, c.email AS customer_email
FROM purchases p JOIN customers c ON c.id = p.customer_id
WHERE p.order_id = $1
"""


async def move_order(
    conn: asyncpg.Connection,
    order_id: int,
    to: OrderStatus,
    *,
    only_from: Sequence[OrderStatus] = (),
) -> bool:
    """Set the order's status to `to` when it is one of `only_from` (or whatever it is, when
    none is given): a conditional update, so a retry changes nothing twice. Whether it moved."""
    moved = await conn.fetchval(
        "UPDATE purchases SET status = $2 WHERE order_id = $1"
        " AND (cardinality($3::text[]) = 0 OR status = ANY($3::text[])) RETURNING 1",
        order_id,
        to,
        list(only_from),
    )
    return bool(moved)


async def audit(
    conn: asyncpg.Connection,
    *,
    order_id: int,
    workflow_id: str,
    kind: str,
    actor: str,
    **detail: Any,
) -> None:
    """One audit event: what happened to which order, who did it, and its details."""
    await append_event(conn, order_id, workflow_id, kind, actor, detail)


def order_facts(row: asyncpg.Record) -> OrderFacts:
    """The order as the workflow carries it."""
    return OrderFacts(
        order_id=row["order_id"],
        customer_id=row["customer_id"],
        customer_name=row["customer_name"],
        customer_email=row["customer_email"],
        item=row["item"],
        order_date=row["order_date"],
        price=row["price"],
    )


async def notify(
    conn: asyncpg.Connection, order: asyncpg.Record, workflow_id: str, run_id: str, outcome: str
) -> None:
    """The customer's notice of how a run ended; one per run (retries insert nothing)."""
    await conn.execute(
        "INSERT INTO notices (customer_id, order_id, workflow_id, run_id, text)"
        " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (workflow_id, run_id, order_id) DO NOTHING",
        order["customer_id"],
        order["order_id"],
        workflow_id,
        run_id,
        f"Your refund for {order_label(order['order_id'], order['item'], order['price'])}"
        f" {outcome}",
    )
