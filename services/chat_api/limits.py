"""Per-customer limits on every customer route that does work: how often, and how many at once.

- **How often** (across every chat API process, kept in PostgreSQL): the generic cell rate
  algorithm in one row per customer and action (`customer_rate_limits.tat`, the theoretical
  arrival time of the next request). A customer may make `per_minute` requests of an action
  in a burst, then one every 60/per_minute seconds. One atomic statement decides and, when it
  refuses, says how long to wait: one round trip per request.
- **How many at once** (in this process, no I/O): a customer may have at most
  `CUSTOMER_CONCURRENT_REQUESTS` requests in progress; one more is refused before it touches
  the database, so a flood from one customer cannot take the pools' connections or queue on
  its thread lock while other customers wait. The count is kept in front of the framework
  (gate.py), so that refusing a flood costs little.

Refusals raise `RateLimited` or `TooManyInFlight`, answered 429 with Retry-After (errors.py).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager, nullcontext
from enum import StrEnum
from typing import Annotated

import asyncpg
from fastapi import Depends, Request

from services.chat_api.agent.thread_lock import ThreadBusy
from services.chat_api.counting import Full, InProgress
from services.chat_api.deps import CustomerDep, StateDep
from services.chat_api.metrics import CHAT_TURNS_REFUSED, CUSTOMER_LIMITED
from services.common.config import Settings

WINDOW = dt.timedelta(minutes=1)
# The ASGI scope key set when gate.py counted the request in progress (the route does not).
IN_FLIGHT_COUNTED = "reliable_refunds.in_flight_counted"


class Action(StrEnum):
    """What a limited request does; each has its own allowance per customer."""

    CHAT = "chat"  # send a message (a chat turn)
    DECIDE = "decide"  # Confirm or Cancel a refund proposal
    REFUND = "refund"  # POST /api/refunds
    READ = "read"  # orders, history, proposals, a refund's state


# What a refused client is told about each action: what they send, and what to do after.
ACTION_WORDS = {
    Action.CHAT: ("messages", "send it again"),
    Action.DECIDE: ("Confirm or Cancel presses", "try again"),
    Action.REFUND: ("refund requests", "try again"),
    Action.READ: ("requests for your orders and chat", "try again"),
}


class RateLimited(Exception):
    """The customer used up the action's allowance; `wait` seconds until the next one."""

    def __init__(self, action: Action, per_minute: int, wait: float) -> None:
        super().__init__(f"{action} rate limited")
        self.action, self.per_minute = action, per_minute
        self.retry_after = max(1, math.ceil(wait))


class TooManyInFlight(Exception):
    """The customer already has as many requests in progress as allowed."""

    def __init__(self, limit: int) -> None:
        super().__init__("too many requests in progress")
        self.limit = limit


# Admit when the backlog (tat - now) leaves room for one more request, and push tat; when it
# does not, the same statement reads the wait (the row as it was: nothing was changed).
_ADMIT_SQL = """
WITH admitted AS (
    INSERT INTO customer_rate_limits AS r (customer_id, action, tat)
    VALUES ($1, $2, clock_timestamp() + $3::interval)
    ON CONFLICT (customer_id, action) DO UPDATE
        SET tat = greatest(r.tat, clock_timestamp()) + $3::interval
        WHERE greatest(r.tat, clock_timestamp()) - clock_timestamp() <= $4::interval
    RETURNING 1
)
SELECT EXISTS (SELECT 1 FROM admitted) AS admitted,
       (SELECT extract(epoch FROM greatest(tat, clock_timestamp()) - clock_timestamp() - $4)
        FROM customer_rate_limits WHERE customer_id = $1 AND action = $2) AS wait
"""
# A request that was counted but did no work (its turn was refused) gives its place back.
_GIVE_BACK_SQL = """
UPDATE customer_rate_limits SET tat = tat - $3::interval WHERE customer_id = $1 AND action = $2
"""
# A row whose time has passed holds no information (no row means the same): retention.
_FORGET_SPENT_SQL = "DELETE FROM customer_rate_limits WHERE tat < clock_timestamp()"


class CustomerLimits:
    """The limits of one chat API process: allowances from the settings, requests in progress."""

    def __init__(self, settings: Settings) -> None:
        self.per_minute = {
            Action.CHAT: settings.chat_turns_per_minute,
            Action.DECIDE: settings.customer_actions_per_minute,
            Action.REFUND: settings.customer_actions_per_minute,
            Action.READ: settings.customer_reads_per_minute,
        }
        # Requests in progress, by customer.
        self.in_flight = InProgress(settings.customer_concurrent_requests)

    def enter(self, customer_id: int, action: Action) -> None:
        """Count one request in progress (leave with `in_flight.leave`); TooManyInFlight, and
        nothing counted, past the limit."""
        try:
            self.in_flight.enter(customer_id)
        except Full:
            _refused(action, "too_many_in_flight")
            raise TooManyInFlight(self.in_flight.bound) from None

    @contextmanager
    def slot(self, customer_id: int, action: Action) -> Iterator[None]:
        """Count one request in progress for the block; TooManyInFlight past the limit."""
        self.enter(customer_id, action)
        try:
            yield
        finally:
            self.in_flight.leave(customer_id)

    async def admit(self, pool: asyncpg.Pool, customer_id: int, action: Action) -> None:
        """Count the request against the action's allowance; RateLimited when it is used up."""
        per_minute = self.per_minute[action]
        if per_minute <= 0:
            return
        interval = WINDOW / per_minute
        try:
            row = await pool.fetchrow(_ADMIT_SQL, customer_id, action, interval, WINDOW - interval)
        except asyncpg.ForeignKeyViolationError:
            return  # a session outliving its customer row: nothing to count against
        if row is None or row["admitted"]:
            return
        _refused(action, "rate_limited")
        raise RateLimited(action, per_minute, float(row["wait"] or 0))

    async def give_back(self, pool: asyncpg.Pool, customer_id: int, action: Action) -> None:
        """Uncount a request that `admit` counted but that did no work."""
        per_minute = self.per_minute[action]
        if per_minute > 0:
            await pool.execute(_GIVE_BACK_SQL, customer_id, action, WINDOW / per_minute)


def _refused(action: Action, reason: str) -> None:
    CUSTOMER_LIMITED.labels(action=action, reason=reason).inc()
    if action is Action.CHAT and reason == "rate_limited":
        CHAT_TURNS_REFUSED.labels(reason="rate_limited").inc()


async def forget_spent(pool: asyncpg.Pool) -> int:
    """Delete the rate-limit rows whose time has passed; returns how many."""
    done = await pool.execute(_FORGET_SPENT_SQL)
    return int(done.split()[-1])


# Each `limited` dependency, and the action it limits: the early gate (gate.py) finds the
# limited routes by it.
LIMIT_DEPENDENCIES: dict[Callable[..., AsyncIterator[None]], Action] = {}
# The `limited` dependencies of routes that run a turn and answer ThreadBusy with its 503: the
# gate refuses their request at once when the customer's turn lock would (gate.py).
TURN_DEPENDENCIES: set[Callable[..., AsyncIterator[None]]] = set()


def limited(action: Action, *, turn: bool = False) -> Callable[..., AsyncIterator[None]]:
    """A FastAPI dependency for a route doing `action`: the customer's slot for the whole
    request, and one allowance counted (429 past either limit; given back when the request's
    turn is refused because the customer's previous one still runs). `turn`: the route runs
    a turn and answers its ThreadBusy with a 503 (not inside a stream of events)."""

    async def dependency(
        customer_id: CustomerDep, state: StateDep, request: Request
    ) -> AsyncIterator[None]:
        limits: CustomerLimits = request.app.state.customer_limits
        counted = request.scope.get(IN_FLIGHT_COUNTED, False)  # by gate.py, in front
        with nullcontext() if counted else limits.slot(customer_id, action):
            await limits.admit(state.pool, customer_id, action)
            try:
                yield
            except ThreadBusy:
                # The turn was refused before it ran: a client retrying it (as Retry-After
                # says) must not use up its allowance.
                await limits.give_back(state.pool, customer_id, action)
                raise

    LIMIT_DEPENDENCIES[dependency] = action
    if turn:
        TURN_DEPENDENCIES.add(dependency)
    return dependency


def sentence(exc: RateLimited | TooManyInFlight) -> str:
    """What the refused customer reads."""
    if isinstance(exc, TooManyInFlight):
        return (
            f"You already have {exc.limit} requests in progress; please wait for them to"
            " finish and try again."
        )
    seconds = exc.retry_after
    what, then = ACTION_WORDS[exc.action]
    return (
        f"You are sending {what} faster than {exc.per_minute} a minute; please wait"
        f" {seconds} second{'s' if seconds != 1 else ''} and {then}."
    )


# What a limited route may refuse with (429, documented from errors.py's table).
LIMITED_ERRORS = (RateLimited, TooManyInFlight)
ChatLimit = Annotated[None, Depends(limited(Action.CHAT))]  # the stream of a turn's events
ChatTurnLimit = Annotated[None, Depends(limited(Action.CHAT, turn=True))]
DecideLimit = Annotated[None, Depends(limited(Action.DECIDE, turn=True))]
RefundLimit = Annotated[None, Depends(limited(Action.REFUND))]
ReadLimit = Annotated[None, Depends(limited(Action.READ))]
