"""The in-flight limit, kept in front of the framework: a customer's limited requests are counted
from before the app runs them, and one past the bound is refused before the framework sees it.

A client flooding the chat API costs the server, for each request the full stack refuses
(routing, dependencies, exception handler, JSON response), about half a millisecond of CPU,
and every other customer's turn waits behind that work. Here a refusal costs a route match, a
cookie and a remembered session, with the very answer the limit gives (429, its sentence,
`Retry-After`). Counting here, not in a route dependency, also leaves no gap in which a burst of
requests has passed the check but not yet been counted.

- Only requests for a route with a per-customer limit (limits.py's `limited` dependency), with
  a live session (checked here once and handed on to the route's own dependency), are counted.
- Anything else goes on to the app unchanged; the route's dependency counts a request that was
  not counted here (its session could not be checked), and still applies the rate limit.
- A request for a route that runs a turn (a message, Confirm, Cancel) while as many of the
  customer's turns as may run or wait in this process already do is refused here too, with
  the turn lock's own answer (ThreadBusy: 503, Retry-After), which it would otherwise give
  only after the rate limit's round trips to PostgreSQL (one to count it, one to give it back).
- It sits inside the other middleware, so a refused request is still timed by its route
  template, logged, and given its request id and security headers.
"""

from __future__ import annotations

from collections.abc import Iterable

from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute, APIRouter
from starlette.requests import cookie_parser
from starlette.routing import Match
from starlette.types import ASGIApp, Receive, Scope, Send

from services.chat_api.agent.thread_lock import ThreadBusy
from services.chat_api.errors import answer_response
from services.chat_api.limits import (
    IN_FLIGHT_COUNTED,
    LIMIT_DEPENDENCIES,
    TURN_DEPENDENCIES,
    Action,
    CustomerLimits,
    TooManyInFlight,
)
from services.chat_api.sessions import CHECKED_SESSION, SESSION_COOKIE, Session
from services.common.logs import customer_id_var


def _limited_action(dependant: Dependant) -> Action | None:
    """The action a route's dependency tree limits, if any."""
    for dependency in dependant.dependencies:
        call = dependency.call
        action = LIMIT_DEPENDENCIES.get(call) if call is not None else None
        if action is None:
            action = _limited_action(dependency)
        if action is not None:
            return action
    return None


def _route_path(scope: Scope) -> str:
    """The request's path as routes match it: without the app's root path, when it has one
    (what Starlette's routing compares; its own helper for it is private)."""
    path: str = scope["path"]
    root = scope.get("root_path", "")
    if not root or not path.startswith(root):
        return path
    rest = path[len(root) :]
    return rest if rest == "" or rest.startswith("/") else path


def _runs_turn(dependant: Dependant) -> bool:
    """Whether a route's dependency tree has a turn route's limit (limits.TURN_DEPENDENCIES)."""
    return any(
        dependency.call in TURN_DEPENDENCIES or _runs_turn(dependency)
        for dependency in dependant.dependencies
    )


def limited_routes(routers: Iterable[APIRouter]) -> list[tuple[APIRoute, Action]]:
    """The routers' routes with a per-customer limit, each with the action it limits."""
    found = []
    for router in routers:
        for route in router.routes:
            if isinstance(route, APIRoute):
                action = _limited_action(route.dependant)
                if action is not None:
                    found.append((route, action))
    return found


def _cookie(scope: Scope) -> str | None:
    for name, value in scope["headers"]:
        if name == b"cookie":
            return cookie_parser(value.decode("latin-1")).get(SESSION_COOKIE)
    return None


class InFlightGate:
    """Counts each limited request in progress from before the app runs it to its last byte,
    and refuses, before the app, one past the customer's bound."""

    def __init__(self, app: ASGIApp, owner: FastAPI, routers: Iterable[APIRouter]) -> None:
        self.app = app
        self.owner = owner
        # Each limited route, its action, and whether it runs a turn.
        self._routes = [
            (route, action, _runs_turn(route.dependant))
            for route, action in limited_routes(routers)
        ]

    def _match(self, scope: Scope) -> tuple[APIRoute, Action, bool] | None:
        path = _route_path(scope)
        for limited in self._routes:
            # The route's own path pattern first (what its full match would try first), so a
            # request runs one full match, not one per limited route.
            if not limited[0].path_regex.match(path):
                continue
            match, _ = limited[0].matches(scope)
            if match is Match.FULL:
                return limited
        return None

    async def _checked(
        self, scope: Scope, limits: CustomerLimits
    ) -> tuple[Session, Action, APIRoute, bool] | None:
        """The live session, action and route of a limited request and whether the route runs a
        turn, or None (not limited, no bound, or no session to count it for: the app answers
        it as usual)."""
        services = getattr(self.owner.state, "services", None)
        if not limits.in_flight.bound or services is None:
            return None
        matched = self._match(scope)
        presented = _cookie(scope) if matched is not None else None
        if matched is None or not presented:
            return None
        # The session check the route would make (one shared read for concurrent requests),
        # made here and handed on, so that it is still made once per request.
        try:
            session = await services.sessions.current(presented)
        except Exception:
            return None  # the route checks it again, and answers the failure as it always does
        if session is None:
            return None
        scope[CHECKED_SESSION] = session
        route, action, turn = matched
        return session, action, route, turn

    def _refuse_busy_turn(self, customer_id: int) -> None:
        """ThreadBusy when the customer's turn lock would refuse one more turn at once (the
        agent's own check, no I/O); nothing without an agent (the route answers that)."""
        agent = getattr(self.owner.state.services, "agent", None)
        if agent is not None:
            agent.refuse_if_busy(customer_id)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        limits: CustomerLimits = self.owner.state.customer_limits
        checked = await self._checked(scope, limits) if scope["type"] == "http" else None
        if checked is None:
            await self.app(scope, receive, send)
            return
        session, action, route, turn = checked
        try:
            limits.enter(session.customer_id, action)
        except TooManyInFlight as exc:
            await self._refuse(scope, receive, send, route, session, exc)
            return
        scope[IN_FLIGHT_COUNTED] = True
        try:
            try:
                if turn:
                    self._refuse_busy_turn(session.customer_id)
            except ThreadBusy as exc:
                await self._refuse(scope, receive, send, route, session, exc)
                return
            await self.app(scope, receive, send)
        finally:
            limits.in_flight.leave(session.customer_id)

    @staticmethod
    async def _refuse(
        scope: Scope,
        receive: Receive,
        send: Send,
        route: APIRoute,
        session: Session,
        exc: TooManyInFlight | ThreadBusy,
    ) -> None:
        """Answer as the app would (errors.py's table), timed and logged by the route's
        template like any request."""
        scope["route"] = route
        customer_id_var.set(session.customer_id)
        await answer_response(exc)(scope, receive, send)
