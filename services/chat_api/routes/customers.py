"""Customer sign-in with the shop's token, sign-out, and the customer's own orders (the demo
sign-in of dev is in routes/dev.py). Sessions are server-side (services/chat_api/sessions.py):
every sign-in issues a new session id and ends the browser's previous one; sign-out ends it
for every copy."""

from __future__ import annotations

import datetime as dt

from fastapi import APIRouter, HTTPException, Request, Response, status
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field, StrictBool

from services.chat_api.auth import InvalidShopToken
from services.chat_api.customers import Customer, find_customer
from services.chat_api.deps import CustomerDep, ShopTokensDep, StateDep
from services.chat_api.errors import DATABASE_UNAVAILABLE, responses
from services.chat_api.limits import LIMITED_ERRORS, ReadLimit
from services.chat_api.orders import orders_of
from services.chat_api.schemas import BAD_INPUT, UNSIGNED, Order, SignedIn, SignedOut
from services.chat_api.sessions import (
    SESSION_COOKIE,
    clear_session_cookie,
    set_session_cookie,
)
from services.chat_api.state import AppState
from services.common.text import CleanText

router = APIRouter(prefix="/api", tags=["customers"], responses=responses(*DATABASE_UNAVAILABLE))

# A JWT longer than this is not one the shop issued (characters).
MAX_TOKEN_CHARS = 8192


class TokenRequest(BaseModel):
    token: CleanText | None = Field(default=None, max_length=MAX_TOKEN_CHARS)
    # True once the person agreed to leave the customer this browser is signed in as.
    switch: StrictBool = False


SWITCH_QUESTION = (
    "This browser is signed in as another customer; the answer names both (`signed_in`,"
    ' `token_for`). Ask the person, then send the token again with "switch": true.'
)


async def start_session(
    request: Request,
    response: Response,
    state: AppState,
    customer: Customer,
    ends_by: dt.datetime | None = None,
) -> SignedIn:
    """Sign `customer` in on this browser: a new session (and id), ending by `ends_by`; the
    browser's previous session ends."""
    started = await state.sessions.start(
        customer.id, ends_by=ends_by, replacing=request.cookies.get(SESSION_COOKIE)
    )
    set_session_cookie(response, started, state.sessions.clock(), state.settings.is_production)
    return SignedIn(customer=customer)


async def _switch_question(
    request: Request, state: AppState, customer: Customer
) -> JSONResponse | None:
    """409 when this browser is signed in as another customer than `customer` (a link with
    someone else's token must not silently replace the session: login CSRF); else None."""
    current = await state.sessions.current(request.cookies.get(SESSION_COOKIE))
    if current is None or current.customer_id == customer.id:
        return None
    signed_in = await find_customer(state.pool, current.customer_id)
    if signed_in is None:
        return None
    return JSONResponse(
        {
            "detail": f"You are signed in as {signed_in.name}; this link would sign you in as"
            f" {customer.name} instead. Confirm to switch.",
            "signed_in": {"id": signed_in.id, "name": signed_in.name},
            "token_for": {"id": customer.id, "name": customer.name},
        },
        status_code=status.HTTP_409_CONFLICT,
    )


@router.post(
    "/session/token",
    response_model=SignedIn,
    responses=responses(
        *DATABASE_UNAVAILABLE,
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
) -> SignedIn | JSONResponse:
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
    return await start_session(request, response, state, customer, identity.expires_at)


@router.delete("/session", response_model=SignedOut)
async def sign_out(request: Request, response: Response, state: StateDep) -> SignedOut:
    """End this browser's session on the server (a copy of the cookie stops working too)."""
    await state.sessions.end(request.cookies.get(SESSION_COOKIE))
    clear_session_cookie(response, state.settings.is_production)
    return SignedOut()


@router.get(
    "/orders",
    response_model=list[Order],
    responses=responses(LIMITED_ERRORS, *DATABASE_UNAVAILABLE, e401=UNSIGNED),
)
async def my_orders(customer_id: CustomerDep, state: StateDep, _: ReadLimit) -> list[Order]:
    """The signed-in customer's orders, by order id."""
    return await orders_of(state.pool, customer_id)
