"""The people in a chaos run, each retrying what failed the way a real client does: customers
asking for refunds through the API or the chat, reviewers deciding through the emailed link or
the admin console."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import urlsplit

import httpx

# Answers a real client retries: the server is restarting or one of its dependencies is.
TRANSIENT_STATUSES = frozenset({502, 503, 504})
RETRY_PAUSE_SECONDS = 0.25
REQUEST_TIMEOUT_SECONDS = 15.0
# How long a customer keeps trying before giving up on a request (it then counts as lost).
CUSTOMER_PATIENCE_SECONDS = 60.0
# How often a customer who chatted looks at the order before asking again.
CHAT_CHECKS_BEFORE_ASKING_AGAIN = 4


class GaveUp(Exception):
    """A client retried for its whole patience without a real answer."""


async def call(
    send: Callable[[], Awaitable[httpx.Response]], *, patience: float, stats: Stats
) -> httpx.Response:
    """Send until the answer is not a transient failure (connection error, 502/503/504)."""
    deadline = time.monotonic() + patience
    while True:
        try:
            response = await send()
            if response.status_code not in TRANSIENT_STATUSES and response.status_code < 500:
                return response
            stats.retried_statuses[response.status_code] = (
                stats.retried_statuses.get(response.status_code, 0) + 1
            )
        except httpx.TransportError as exc:
            name = type(exc).__name__
            stats.retried_errors[name] = stats.retried_errors.get(name, 0) + 1
        if time.monotonic() > deadline:
            raise GaveUp(f"no answer within {patience:.0f} s")
        await asyncio.sleep(RETRY_PAUSE_SECONDS)


@dataclass
class Stats:
    """What the clients met on the way: retried answers and errors, refusals."""

    retried_statuses: dict[int, int] = field(default_factory=dict)
    retried_errors: dict[str, int] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    decisions: dict[str, int] = field(default_factory=dict)


@dataclass
class AskedRefund:
    """One customer's request for one order, and what came of it on the client's side."""

    order_id: int
    customer_id: int
    large: bool
    channel: str  # "api" or "chat"
    confirm: str = "button"  # chat only: "button" (POST .../confirm) or "typed" ("yes")
    accepted: bool = False
    answer: str = ""
    proposals: list[str] = field(default_factory=list)  # chat: the proposal ids it was shown


async def _sign_in(http: httpx.AsyncClient, customer_id: int, stats: Stats) -> None:
    """Start a demo session as `customer_id` (the cookie stays on `http`)."""
    response = await call(
        lambda: http.post("/api/session", json={"customer_id": customer_id}),
        patience=CUSTOMER_PATIENCE_SECONDS,
        stats=stats,
    )
    if response.status_code != 200:
        raise GaveUp(f"sign-in answered {response.status_code}: {response.text[:200]}")


async def offered_proposals(base_url: str, req: AskedRefund, stats: Stats) -> list[dict[str, Any]]:
    """The proposals a chat customer would still be offered Confirm on: their waiting list,
    and each proposal they were shown, as the API reports it now."""
    async with httpx.AsyncClient(base_url=base_url, timeout=REQUEST_TIMEOUT_SECONDS) as http:
        await _sign_in(http, req.customer_id, stats)
        patience = CUSTOMER_PATIENCE_SECONDS
        listed = await call(lambda: http.get("/api/chat/proposals"), patience=patience, stats=stats)
        found: list[dict[str, Any]] = list(listed.json()) if listed.status_code == 200 else []
        for path in [f"/api/chat/proposals/{p}" for p in req.proposals]:
            one = await call(partial(http.get, path), patience=patience, stats=stats)
            if one.status_code == 200:
                found.append(one.json())
    return [p for p in found if p.get("status") == "pending"]


async def _order_status(http: httpx.AsyncClient, order_id: int, stats: Stats) -> str:
    """The order's status as the customer sees it ("" when the service would not say)."""
    response = await call(
        lambda: http.get(f"/api/refunds/{order_id}"),
        patience=CUSTOMER_PATIENCE_SECONDS,
        stats=stats,
    )
    return str(response.json().get("status", "")) if response.status_code == 200 else ""


async def request_refund(base_url: str, req: AskedRefund, stats: Stats) -> None:
    """Sign in and ask for the refund until the service accepts it (or patience runs out)."""
    async with httpx.AsyncClient(base_url=base_url, timeout=REQUEST_TIMEOUT_SECONDS) as http:
        try:
            await _sign_in(http, req.customer_id, stats)
            if req.channel == "api":
                await _through_api(http, req, stats)
            else:
                await _through_chat(http, req, stats)
        except GaveUp as exc:
            req.answer = f"gave up: {exc}"
            stats.refused.append(f"order {req.order_id} ({req.channel}): {req.answer}")


async def _through_api(http: httpx.AsyncClient, req: AskedRefund, stats: Stats) -> None:
    """POST /api/refunds until a real answer; 200 means accepted."""
    body = {"order_id": req.order_id, "reason": "Arrived broken (chaos)"}
    response = await call(
        lambda: http.post("/api/refunds", json=body),
        patience=CUSTOMER_PATIENCE_SECONDS,
        stats=stats,
    )
    if response.status_code == 200:
        req.accepted = True
        req.answer = str(response.json().get("outcome"))
    else:
        req.answer = f"{response.status_code}: {response.text[:200]}"
        stats.refused.append(f"order {req.order_id} (api): {req.answer}")


def _pending_proposal(answer: object, order_id: int) -> str | None:
    """The id of the newest pending proposal for `order_id` in a chat answer or listing."""
    proposals = answer.get("proposals", []) if isinstance(answer, dict) else answer
    if not isinstance(proposals, list):
        return None
    found = [
        p["id"]
        for p in proposals
        if isinstance(p, dict) and p.get("order_id") == order_id and p.get("status") == "pending"
    ]
    return str(found[-1]) if found else None


async def _confirm(
    http: httpx.AsyncClient, req: AskedRefund, proposal_id: str, stats: Stats
) -> httpx.Response:
    """Say yes the way this customer does: typing "yes", or the Confirm button."""
    if req.confirm == "typed":
        return await call(
            lambda: http.post("/api/chat", json={"message": "yes"}),
            patience=CUSTOMER_PATIENCE_SECONDS,
            stats=stats,
        )
    return await call(
        lambda: http.post(f"/api/chat/proposals/{proposal_id}/confirm"),
        patience=CUSTOMER_PATIENCE_SECONDS,
        stats=stats,
    )


async def _through_chat(http: httpx.AsyncClient, req: AskedRefund, stats: Stats) -> None:
    """Ask the assistant, confirm its proposal; a customer whose order does not move (a lost
    answer, an expired or already-used proposal) asks again."""
    message = {"message": f"Please refund order {req.order_id}, it is broken"}
    deadline = time.monotonic() + CUSTOMER_PATIENCE_SECONDS
    while time.monotonic() < deadline:
        response = await call(
            lambda: http.post("/api/chat", json=message),
            patience=CUSTOMER_PATIENCE_SECONDS,
            stats=stats,
        )
        if response.status_code != 200:
            req.answer = f"{response.status_code}: {response.text[:200]}"
            stats.refused.append(f"order {req.order_id} (chat): {req.answer}")
            return
        proposal_id = _pending_proposal(response.json(), req.order_id)
        if proposal_id is None:  # the answer may have been lost: the proposal is listed
            listed = await call(
                lambda: http.get("/api/chat/proposals"),
                patience=CUSTOMER_PATIENCE_SECONDS,
                stats=stats,
            )
            if listed.status_code == 200:
                proposal_id = _pending_proposal(listed.json(), req.order_id)
        if proposal_id is not None:
            req.proposals.append(proposal_id)
            confirmed = await _confirm(http, req, proposal_id, stats)
            # 404/409/410: unknown, already used or expired; the order's state tells.
            if confirmed.status_code not in (200, 404, 409, 410):
                req.answer = f"confirm {confirmed.status_code}: {confirmed.text[:200]}"
                stats.refused.append(f"order {req.order_id} (chat): {req.answer}")
                return
        for _ in range(CHAT_CHECKS_BEFORE_ASKING_AGAIN):
            if await _order_status(http, req.order_id, stats) not in ("", "PURCHASED"):
                req.accepted = True
                req.answer = f"chat accepted ({req.confirm})"
                return
            await asyncio.sleep(RETRY_PAUSE_SECONDS * 2)
    raise GaveUp("the order never moved after asking the assistant")


@dataclass
class Reviewers:
    """Reviewers reading the dev outbox and deciding each review once, by link or console."""

    base_url: str
    admin_token: str
    rng: random.Random
    stats: Stats
    decided: set[int] = field(default_factory=set)

    async def run(self, stop: asyncio.Event) -> None:
        """Decide every review that arrives until `stop` is set."""
        async with httpx.AsyncClient(base_url=self.base_url, timeout=REQUEST_TIMEOUT_SECONDS) as h:
            pending: set[asyncio.Task[None]] = set()
            while not stop.is_set():
                try:
                    response = await h.get("/api/dev/outbox")
                    mails = response.json() if response.status_code == 200 else []
                except (httpx.TransportError, ValueError):
                    mails = []
                for mail in mails:
                    order_id = int(mail["order_id"])
                    if order_id in self.decided:
                        continue
                    self.decided.add(order_id)
                    task = asyncio.create_task(self._decide(h, order_id, mail["review_url"]))
                    pending.add(task)
                    task.add_done_callback(pending.discard)
                await asyncio.sleep(0.3)
            for task in list(pending):
                task.cancel()

    async def _decide(self, http: httpx.AsyncClient, order_id: int, review_url: str) -> None:
        """Approve or reject one review through its link or the console, retrying failures."""
        await asyncio.sleep(self.rng.uniform(0.0, 2.0))  # people take a moment to read
        decision = "approve" if self.rng.random() < 0.6 else "reject"
        channel = "link" if self.rng.random() < 0.5 else "console"
        try:
            if channel == "link":
                path = urlsplit(review_url).path
                response = await call(
                    lambda: http.post(path, data={"decision": decision, "note": "chaos"}),
                    patience=CUSTOMER_PATIENCE_SECONDS,
                    stats=self.stats,
                )
            else:
                response = await call(
                    lambda: http.post(
                        f"/api/admin/reviews/{order_id}/decision",
                        json={"decision": decision, "note": "chaos"},
                        headers={"Authorization": f"Bearer {self.admin_token}"},
                    ),
                    patience=CUSTOMER_PATIENCE_SECONDS,
                    stats=self.stats,
                )
        except GaveUp:
            key = f"{channel} gave up"
        else:
            key = f"{channel} {decision} {response.status_code}"
        self.stats.decisions[key] = self.stats.decisions.get(key, 0) + 1
