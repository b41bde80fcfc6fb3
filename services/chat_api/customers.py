"""Reads of the customers table: who may sign in, and the demo sign-in list (dev)."""

from __future__ import annotations

from typing import Any

import asyncpg


async def find_customer(pool: asyncpg.Pool, customer_id: int) -> dict[str, Any] | None:
    """The customer's id, name and email, or None when there is no such customer."""
    row = await pool.fetchrow("SELECT id, name, email FROM customers WHERE id = $1", customer_id)
    return dict(row) if row is not None else None


async def all_customers(pool: asyncpg.Pool) -> list[dict[str, Any]]:
    """Every customer (id, name, email) by id: the dev page's pick-a-customer list."""
    rows = await pool.fetch("SELECT id, name, email FROM customers ORDER BY id")
    return [dict(r) for r in rows]
