"""Dependencies: the app state, the agent, the signed-in customer and the admin credential."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, HTTPException, Request, status

from services.chat_api.admins import Admin, AdminCredentials
from services.chat_api.agent import ChatAgent
from services.chat_api.auth import ShopTokens
from services.chat_api.sessions import CHECKED_SESSION, SESSION_COOKIE, Session
from services.chat_api.state import AppState
from services.common.logs import customer_id_var


async def get_state(request: Request) -> AppState:
    state: AppState = request.app.state.services
    return state


StateDep = Annotated[AppState, Depends(get_state)]


class AgentUnavailable(Exception):
    """This process runs no agent (not built yet, or none was asked for)."""


async def get_agent(state: StateDep) -> ChatAgent:
    """The process's chat agent; AgentUnavailable when it has none."""
    if state.agent is None:
        raise AgentUnavailable()
    return state.agent


AgentDep = Annotated[ChatAgent, Depends(get_agent)]


def get_shop_tokens(request: Request) -> ShopTokens:
    """The verifier of the shop's sign-in tokens, built once with the app."""
    tokens: ShopTokens = request.app.state.shop_tokens
    return tokens


ShopTokensDep = Annotated[ShopTokens, Depends(get_shop_tokens)]


async def current_session(request: Request, state: StateDep) -> Session:
    """The signed-in customer's live session, from the session cookie (one indexed read)."""
    presented = request.cookies.get(SESSION_COOKIE)
    if not presented:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Please sign in first: exchange the shop's sign-in token at POST /api/session/token.",
        )
    checked = request.scope.get(CHECKED_SESSION)
    session = checked if checked is not None else await state.sessions.current(presented)
    if session is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Your session has ended (signed out or expired); please sign in again.",
        )
    customer_id_var.set(session.customer_id)  # this request's log lines name the customer
    return session


SessionDep = Annotated[Session, Depends(current_session)]


async def current_customer(session: SessionDep) -> int:
    """The signed-in customer's id."""
    return session.customer_id


CustomerDep = Annotated[int, Depends(current_customer)]


def get_admins(request: Request) -> AdminCredentials:
    """The admins' credentials, built once with the app."""
    admins: AdminCredentials = request.app.state.admins
    return admins


def optional_admin(request: Request) -> Admin | None:
    """The admin the request's credential names, or None (no credential, or a wrong one)."""
    return get_admins(request).admin(request.headers.get("authorization", ""))


def require_admin(request: Request) -> Admin:
    """An admin's own token, as `Bearer <token>` or Basic `<name or admin>:<token>`; the
    admin it names is who decisions and the audit trail record."""
    admin = optional_admin(request)
    if admin is None:
        raise HTTPException(
            status.HTTP_401_UNAUTHORIZED,
            "Admin credentials required: send your admin token as a Bearer token or as the"
            " password of HTTP Basic (user 'admin' or your admin name).",
            headers={"WWW-Authenticate": 'Basic realm="Reliable Refunds admin"'},
        )
    return admin


AdminDep = Annotated[Admin, Depends(require_admin)]
MaybeAdminDep = Annotated[Admin | None, Depends(optional_admin)]
