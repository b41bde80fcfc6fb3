"""Tests create their own customers and orders, so they never share a workflow id."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from decimal import Decimal

import asyncpg


@dataclass(frozen=True)
class TestOrder:
    order_id: int
    customer_id: int
    item: str
    price: Decimal


class OrderFactory:
    def __init__(self, pool: asyncpg.Pool) -> None:
        self._pool = pool

    async def customer(self, name: str = "Test Customer") -> int:
        email = f"{uuid.uuid4().hex[:10]}@customers.test"
        cid: int = await self._pool.fetchval(
            "INSERT INTO customers (name, email) VALUES ($1, $2) RETURNING id", name, email
        )
        return cid

    async def order(
        self, price: str | Decimal, *, customer_id: int | None = None, item: str = "Test Item"
    ) -> TestOrder:
        cid = customer_id if customer_id is not None else await self.customer()
        oid: int = await self._pool.fetchval(
            "INSERT INTO purchases (customer_id, item, order_date, price)"
            " VALUES ($1, $2, $3, $4) RETURNING order_id",
            cid,
            item,
            dt.date.today(),
            Decimal(price),
        )
        return TestOrder(order_id=oid, customer_id=cid, item=item, price=Decimal(price))

    async def status(self, order_id: int) -> str:
        status: str = await self._pool.fetchval(
            "SELECT status FROM purchases WHERE order_id = $1", order_id
        )
        return status

    async def requested_at(self, order_id: int) -> dt.datetime:
        at: dt.datetime = await self._pool.fetchval(
            "SELECT requested_at FROM refunds WHERE order_id = $1", order_id
        )
        return at

    async def audit_count(self, order_id: int, kind: str) -> int:
        n: int = await self._pool.fetchval(
            "SELECT count(*) FROM audit_events WHERE order_id = $1 AND kind = $2", order_id, kind
        )
        return n

    async def ledger_rows(self, order_id: int) -> int:
        n: int = await self._pool.fetchval(
            "SELECT count(*) FROM refunds WHERE order_id = $1 AND payment_ref IS NOT NULL",
            order_id,
        )
        return n

    async def emails(self, order_id: int) -> int:
        n: int = await self._pool.fetchval(
            "SELECT count(*) FROM outbox_emails WHERE order_id = $1", order_id
        )
        return n


# Customer 1's five items in the seed (services/common/db.py): (item, price, days ago).
DEMO_ITEMS: list[tuple[str, str, int]] = [
    ("Laptop Pro X1", "1299.99", 0),
    ("Wireless Headphones", "89.99", 1),
    ("Samsung QLED 4K TV", "1199.99", 2),
    ("Smart Watch Series 5", "349.99", 3),
    ("Phone Case", "19.99", 4),
]


async def demo_customer(
    factory: OrderFactory, pool: asyncpg.Pool, name: str = "Demo Customer"
) -> tuple[int, dict[str, TestOrder]]:
    """A new customer owning the five demo items; returns the id and orders keyed by a short
    name: laptop, headphones, tv, watch, case."""
    cid = await factory.customer(name)
    keys = ["laptop", "headphones", "tv", "watch", "case"]
    made: dict[str, TestOrder] = {}
    for key, (item, price, days) in zip(keys, DEMO_ITEMS, strict=True):
        oid: int = await pool.fetchval(
            "INSERT INTO purchases (customer_id, item, order_date, price)"
            " VALUES ($1, $2, $3, $4) RETURNING order_id",
            cid,
            item,
            dt.date.today() - dt.timedelta(days=days),
            Decimal(price),
        )
        made[key] = TestOrder(order_id=oid, customer_id=cid, item=item, price=Decimal(price))
    return cid, made
