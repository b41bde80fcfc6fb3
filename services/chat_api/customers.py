"""Reads of the customers table: who may sign in, and the demo sign-in list (dev)."""

from __future__ import annotations

import asyncpg
from pydantic import BaseModel


class Customer(BaseModel):
    """A customer of the shop: id, name and email."""

    id: int
    name: str
    email: str


async def find_customer(pool: asyncpg.Pool, customer_id: int) -> Customer | None:
    """The customer, or None when there is no such customer."""
    row = await pool.fetchrow("SELECT id, name, email FROM customers WHERE id = $1", customer_id)
    return Customer.model_validate(dict(row)) if row is not None else None


async def all_customers(pool: asyncpg.Pool) -> list[Customer]:
    """Every customer by id: the dev page's pick-a-customer list."""
    rows = await pool.fetch("SELECT id, name, email FROM customers ORDER BY id")
    return [Customer.model_validate(dict(r)) for r in rows]
