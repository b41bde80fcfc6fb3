"""Customer sign-in (the shop's token; the demo list in dev) and the customer's own orders."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, HTTPException, Request, status
from pydantic import BaseModel, Field, StrictStr

from services.chat_api.auth import InvalidShopToken
from services.chat_api.customers import all_customers, find_customer
from services.chat_api.deps import CustomerDep, ShopTokensDep, StateDep
from services.chat_api.limits import LIMITED, ReadLimit
from services.chat_api.orders import customer_orders
from services.chat_api.schemas import (
    BAD_INPUT,
    UNAVAILABLE,
    UNSIGNED,
    Customer,
    Order,
    SignedIn,
    SignedOut,
    errors,
)
from services.common.formats import MAX_ID

router = APIRouter(prefix="/api", tags=["customers"], responses=errors(e503=UNAVAILABLE))
# Registered only when APP_ENV=dev: the demo customer list and the pick-a-customer sign-in.
dev_router = APIRouter(prefix="/api", tags=["customers", "dev"], responses=errors(e503=UNAVAILABLE))

# A JWT longer than this is not one the shop issued (characters).
MAX_TOKEN_CHARS = 8192


class SessionRequest(BaseModel):
    customer_id: int = Field(gt=0, le=MAX_ID, strict=True)


class TokenRequest(BaseModel):
    token: StrictStr | None = Field(default=None, max_length=MAX_TOKEN_CHARS)


async def _start_session(request: Request, state: Any, customer_id: int) -> dict[str, Any]:
    """Sign `customer_id` in on this browser (our signed session cookie)."""
    customer = await find_customer(state.pool, customer_id)
    if customer is None:
        return {}
    request.session.clear()
    request.session["customer_id"] = customer["id"]
    return {"customer": customer}


@dev_router.get("/customers", response_model=list[Customer])
async def list_customers(state: StateDep) -> list[dict[str, Any]]:
    return await all_customers(state.pool)


@dev_router.post(
    "/session",
    response_model=SignedIn,
    responses=errors(e404="There is no customer with that id.", e422=BAD_INPUT),
)
async def sign_in(body: SessionRequest, request: Request, state: StateDep) -> dict[str, Any]:
    """Dev only: sign in as any demo customer."""
    signed_in = await _start_session(request, state, body.customer_id)
    if not signed_in:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "There is no customer with that id.")
    return signed_in


@router.post(
    "/session/token",
    response_model=SignedIn,
    responses=errors(
        e401="The token is missing, expired, or not the shop's.",
        e403="The shop account has no orders with us.",
        e422=BAD_INPUT,
    ),
)
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


@router.delete("/session", response_model=SignedOut)
async def sign_out(request: Request) -> dict[str, str]:
    request.session.clear()
    return {"status": "signed out"}


@router.get("/orders", response_model=list[Order], responses=errors(e401=UNSIGNED, e429=LIMITED))
async def my_orders(
    customer_id: CustomerDep, state: StateDep, _: ReadLimit
) -> list[dict[str, Any]]:
    return await customer_orders(state.pool, customer_id)
