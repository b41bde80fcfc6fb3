"""Dependencies: the app state, the signed-in customer and the admin credential."""

from __future__ import annotations

import base64
import binascii
import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status

from services.chat_api.auth import ShopTokens
from services.chat_api.state import AppState
from services.common.logs import customer_id_var


async def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.services
    return state


StateDep = Annotated[AppState, Depends(get_state)]


def get_shop_tokens(request: Request) -> ShopTokens:
    """The verifier of the shop's sign-in tokens, built once with the app."""
    tokens: ShopTokens = request.app.state.shop_tokens
    return tokens


ShopTokensDep = Annotated[ShopTokens, Depends(get_shop_tokens)]


async def current_customer(request: Request) -> int:
    """The signed-in customer's id, from the signed session cookie."""
    customer_id = request.session.get("customer_id")
    if not isinstance(customer_id, int):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Please sign in first: exchange the shop's sign-in token at POST /api/session/token.",
        )
    customer_id_var.set(customer_id)  # this request's log lines name the customer
    return customer_id


CustomerDep = Annotated[int, Depends(current_customer)]


def _presented_token(request: Request) -> bytes | None:
    """The token presented as Bearer or as Basic admin's password, as bytes (any characters,
    even ones a header cannot spell in ASCII); None when the header is missing or malformed."""
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer":
        return value.strip().encode("utf-8", "surrogateescape")
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True)
        except (binascii.Error, ValueError):
            return None
        user, sep, password = decoded.partition(b":")
        return password if sep and user == b"admin" else None
    return None


def require_admin(request: Request, state: StateDep) -> str:
    """Bearer <ADMIN_TOKEN> or Basic admin:<ADMIN_TOKEN>; returns the actor name for audit."""
    expected = state.settings.admin_token.get_secret_value().encode()
    presented = _presented_token(request)
    # Bytes on both sides: compare_digest refuses non-ASCII str, which used to answer a 500.
    if not expected or presented is None or not hmac.compare_digest(presented, expected):
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Admin credentials required: send the admin token as a Bearer token or as the"
            " password of user 'admin'.",
            headers={"WWW-Authenticate": 'Basic realm="Reliable Refunds admin"'},
        )
    return "admin"


AdminDep = Annotated[str, Depends(require_admin)]
