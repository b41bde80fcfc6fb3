"""Customer sign-in (the shop's token; the demo list in dev), sign-out, and the customer's
own orders. Sessions are server-side (services/chat_api/sessions.py): every sign-in issues a
new session id and ends the browser's previous one; sign-out ends it for every copy."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, StrictBool

from services.chat_api.auth import InvalidShopToken
from services.chat_api.customers import all_customers, find_customer
from services.chat_api.deps import CustomerDep, ShopTokensDep, StateDep
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
from services.chat_api.sessions import (
    SESSION_COOKIE,
    clear_session_cookie,
    set_session_cookie,
)
from services.chat_api.state import AppState
from services.common.formats import MAX_ID
from services.common.text import CleanText

router = APIRouter(prefix="/api", tags=["customers"], responses=errors(e503=UNAVAILABLE))
# Registered only when APP_ENV=dev: the demo customer list and the pick-a-customer sign-in.
dev_router = APIRouter(prefix="/api", tags=["customers", "dev"], responses=errors(e503=UNAVAILABLE))

# A JWT longer than this is not one the shop issued (characters).
MAX_TOKEN_CHARS = 8192


class SessionRequest(BaseModel):
    customer_id: int = Field(gt=0, le=MAX_ID, strict=True)


class TokenRequest(BaseModel):
    token: CleanText | None = Field(default=None, max_length=MAX_TOKEN_CHARS)
    # True once the person agreed to leave the customer this browser is signed in as.
    switch: StrictBool = False


SWITCH_QUESTION = (
    "This browser is signed in as another customer; the answer names both (`signed_in`,"
    ' `token_for`). Ask the person, then send the token again with "switch": true.'
)


async def _start_session(
    request: Request,
    response: Response,
    state: AppState,
    customer: dict[str, Any],
    ends_by: dt.datetime | None = None,
) -> dict[str, Any]:
    """Sign `customer` in on this browser: a new session (and id), ending by `ends_by`; the
    browser's previous session ends."""
    started = await state.sessions.start(
        customer["id"], ends_by=ends_by, replacing=request.cookies.get(SESSION_COOKIE)
    )
    set_session_cookie(response, started, state.sessions.clock(), state.settings.is_production)
    return {"customer": customer}


async def _switch_question(
    request: Request, state: AppState, customer: dict[str, Any]
) -> JSONResponse | None:
    """409 when this browser is signed in as another customer than `customer` (a link with
    someone else's token must not silently replace the session: login CSRF); else None."""
    current = await state.sessions.current(request.cookies.get(SESSION_COOKIE))
    if current is None or current.customer_id == customer["id"]:
        return None
    signed_in = await find_customer(state.pool, current.customer_id)
    if signed_in is None:
        return None
    return JSONResponse(
        {
            "detail": f"You are signed in as {signed_in['name']}; this link would sign you in as"
            f" {customer['name']} instead. Confirm to switch.",
            "signed_in": {"id": signed_in["id"], "name": signed_in["name"]},
            "token_for": {"id": customer["id"], "name": customer["name"]},
        },
        status_code=status.HTTP_409_CONFLICT,
    )


@dev_router.get("/customers", response_model=list[Customer])
async def list_customers(state: StateDep) -> list[dict[str, Any]]:
    return await all_customers(state.pool)


@dev_router.post(
    "/session",
    response_model=SignedIn,
    responses=errors(e404="There is no customer with that id.", e422=BAD_INPUT),
)
async def sign_in(
    body: SessionRequest, request: Request, response: Response, state: StateDep
) -> dict[str, Any]:
    """Dev only: sign in as any demo customer (the person picked one: no question asked)."""
    customer = await find_customer(state.pool, body.customer_id)
    if customer is None:
        raise HTTPException(status.HTTP_404_NOT_FOUND, "There is no customer with that id.")
    return await _start_session(request, response, state, customer)


@router.post(
    "/session/token",
    response_model=SignedIn,
    responses=errors(
        e401="The token is missing, expired, or not the shop's.",
        e403="The shop account has no orders with us.",
        e409=SWITCH_QUESTION,
        e422=BAD_INPUT,
    ),
)
async def sign_in_with_shop_token(
    request: Request,
    response: Response,
    state: StateDep,
    tokens: ShopTokensDep,
    body: TokenRequest | None = None,
) -> Any:
    """Exchange the shop's sign-in token (in the body or as `Authorization: Bearer`) for our
    session cookie; the session ends no later than the token's `exp`."""
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
        identity = await tokens.verify(token)
    except InvalidShopToken as exc:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED, str(exc), headers={"WWW-Authenticate": "Bearer"}
        ) from None
    if identity.expires_at <= state.sessions.clock():
        # Accepted within the clock-skew leeway, but a session must not outlive the token.
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "This sign-in token has expired; please sign in again.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    customer = await find_customer(state.pool, identity.customer_id)
    if customer is None:
        raise HTTPException(
            status.HTTP_403_FORBIDDEN, "This shop account has no orders with us yet."
        )
    if not (body is not None and body.switch):
        question = await _switch_question(request, state, customer)
        if question is not None:
            return question
    return await _start_session(request, response, state, customer, identity.expires_at)


@router.delete("/session", response_model=SignedOut)
async def sign_out(request: Request, response: Response, state: StateDep) -> dict[str, str]:
    """End this browser's session on the server (a copy of the cookie stops working too)."""
    await state.sessions.end(request.cookies.get(SESSION_COOKIE))
    clear_session_cookie(response, state.settings.is_production)
    return {"status": "signed out"}


@router.get("/orders", response_model=list[Order], responses=errors(e401=UNSIGNED))
async def my_orders(customer_id: CustomerDep, state: StateDep) -> list[dict[str, Any]]:
    return await customer_orders(state.pool, customer_id)
