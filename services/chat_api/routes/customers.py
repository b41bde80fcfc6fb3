"""Customer sign-in (the shop's token; the demo list in dev) and the customer's own orders."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from pydantic import BaseModel, Field, StrictStr

from services.chat_api.auth import InvalidShopToken
from services.chat_api.deps import CustomerDep, ShopTokensDep, StateDep
from services.chat_api.orders import customer_orders
from services.common.formats import MAX_ID

router = APIRouter(prefix="/api", tags=["customers"])
# Registered only when APP_ENV=dev: the demo customer list and the pick-a-customer sign-in.
dev_router = APIRouter(prefix="/api", tags=["customers", "dev"])

# A JWT longer than this is not one the shop issued (characters).
MAX_TOKEN_CHARS = 8192


class SessionRequest(BaseModel):
    customer_id: int = Field(gt=0, le=MAX_ID, strict=True)


class TokenRequest(BaseModel):
    token: StrictStr | None = Field(default=None, max_length=MAX_TOKEN_CHARS)


async def _start_session(request: Request, state: Any, customer_id: int) -> dict[str, Any]:
    """Sign `customer_id` in on this browser (our signed session cookie)."""
    row = await state.pool.fetchrow(
        "SELECT id, name, email FROM customers WHERE id = $1", customer_id
    )
    if row is None:
        return {}
    request.session.clear()
    request.session["customer_id"] = row["id"]
    return {"customer": dict(row)}


@dev_router.get("/customers")
async def list_customers(state: StateDep) -> list[dict[str, Any]]:
    rows = await state.pool.fetch("SELECT id, name, email FROM customers ORDER BY id")
    return [dict(r) for r in rows]


@dev_router.post("/session")
async def sign_in(body: SessionRequest, request: Request, state: StateDep) -> dict[str, Any]:
    """Dev only: sign in as any demo customer."""
    signed_in = await _start_session(request, state, body.customer_id)
    if not signed_in:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "There is no customer with that id.")
    return signed_in


@router.post("/session/token")
async def sign_in_with_shop_token(
    request: Request, state: StateDep, tokens: ShopTokensDep, body: TokenRequest | None = None
) -> dict[str, Any]:
    """Exchange the shop's sign-in token (in the body or as `Authorization: Bearer`) for our
    session cookie."""
    token = body.token if body is not None else None
    if token is None:
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        token = value.strip() if scheme.lower() == "bearer" else None
    if not token:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            'Send the shop\'s sign-in token as {"token": "..."} or as a Bearer token.',
            headers={"WWW-Authenticate": "Bearer"},
        )
    try:
        customer_id = await tokens.customer_id(token)
    except InvalidShopToken as exc:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, str(exc), headers={"WWW-Authenticate": "Bearer"}
        ) from None
    signed_in = await _start_session(request, state, customer_id)
    if not signed_in:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "This shop account has no orders with us yet."
        )
    return signed_in


@router.delete("/session")
async def sign_out(request: Request) -> dict[str, str]:
    request.session.clear()
    return {"status": "signed out"}


@router.get("/orders")
async def my_orders(customer_id: CustomerDep, state: StateDep) -> list[dict[str, Any]]:
    return await customer_orders(state.pool, customer_id)
