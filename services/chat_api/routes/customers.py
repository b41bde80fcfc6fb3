"""Demo sign-in and the signed-in customer's orders."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from pydantic import BaseModel, Field

from services.chat_api.deps import CustomerDep, StateDep
from services.chat_api.orders import customer_orders

router = APIRouter(prefix="/api", tags=["customers"])

MAX_ID = 2**31 - 1


class SessionRequest(BaseModel):
    customer_id: int = Field(gt=0, le=MAX_ID, strict=True)


@router.get("/customers")
async def list_customers(state: StateDep) -> list[dict[str, Any]]:
    rows = await state.pool.fetch("SELECT id, name, email FROM customers ORDER BY id")
    return [dict(r) for r in rows]


@router.post("/session")
async def sign_in(body: SessionRequest, request: Request, state: StateDep) -> dict[str, Any]:
    row = await state.pool.fetchrow(
        "SELECT id, name, email FROM customers WHERE id = $1", body.customer_id
    )
    if row is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "There is no customer with that id.")
    request.session["customer_id"] = row["id"]
    return {"customer": dict(row)}


@router.delete("/session")
async def sign_out(request: Request) -> dict[str, str]:
    request.session.clear()
    return {"status": "signed out"}


@router.get("/orders")
async def my_orders(customer_id: CustomerDep, state: StateDep) -> list[dict[str, Any]]:
    return await customer_orders(state.pool, customer_id)
