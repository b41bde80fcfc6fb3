"""Rows the order activities write besides the ledger: audit events and customer notices."""

from __future__ import annotations

from typing import Any

import asyncpg

from services.common.audit import append_event
from services.common.money import display_amount
from workflows.contract import OrderFacts

ORDER_QUERY = """
SELECT p.order_id, p.customer_id, p.item, p.order_date, p.price, p.status,
       c.name AS customer_name, c.email AS customer_email
FROM purchases p JOIN customers c ON c.id = p.customer_id
WHERE p.order_id = $1
"""


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


def order_label(order: asyncpg.Record) -> str:
    """How a notice names an order: `order 5 (Phone Case, $19.99)`."""
    return f"order {order['order_id']} ({order['item']}, {display_amount(order['price'])})"


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
        f"Your refund for {order_label(order)} {outcome}",
    )
