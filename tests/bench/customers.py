"""Simulated customers: each is a signed-in HTTP session on the real chat API, with orders of
its own, and the few things a customer does that the bench times (chat turns, refunds)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import httpx

from tests.bench.stack import BenchStack
from tests.support.orders import OrderFactory

SMALL_PRICE = "10.00"  # below the review threshold: paid at once
LARGE_PRICE = "1500.00"  # above it: waits for a reviewer
TURN_TIMEOUT = 60.0  # seconds; a turn slower than this is a failure, not a figure
# Idle connections are dropped before uvicorn's 5 s keep-alive timeout, so a request never
# races the server closing the connection it was sent on.
LIMITS = httpx.Limits(keepalive_expiry=2.0)


# How many proposals the bench confirmed: 0 means the refund turn still starts the refund itself.
CONFIRMED = {"proposals": 0}


class BenchError(RuntimeError):
    """A request the bench relies on did not answer as the product promises."""


@dataclass
class BenchCustomer:
    """One signed-in customer: an HTTP client holding the session cookie, and its orders."""

    customer_id: int
    http: httpx.AsyncClient
    small_orders: list[int] = field(default_factory=list)
    # (proposal ms, confirm ms) of each refund turn, when the turn needed a confirmation.
    refund_parts: list[tuple[float, float]] = field(default_factory=list)

    async def aclose(self) -> None:
        await self.http.aclose()

    def next_small_order(self) -> int:
        if not self.small_orders:
            raise BenchError(f"customer {self.customer_id} has no unused order left")
        return self.small_orders.pop(0)


async def new_customer(stack: BenchStack, small_orders: int, name: str = "Bench") -> BenchCustomer:
    """A fresh customer (own chat thread) owning `small_orders` orders, signed in."""
    factory = OrderFactory(stack.pool)
    cid = await factory.customer(name)
    orders = [
        (await factory.order(SMALL_PRICE, customer_id=cid)).order_id for _ in range(small_orders)
    ]
    http = httpx.AsyncClient(base_url=stack.base_url, timeout=TURN_TIMEOUT, limits=LIMITS)
    response = await http.post("/api/session", json={"customer_id": cid})
    if response.status_code != 200:
        await http.aclose()
        raise BenchError(f"sign-in failed: {response.status_code} {response.text}")
    return BenchCustomer(cid, http, orders)


async def new_customers(stack: BenchStack, count: int, small_orders: int) -> list[BenchCustomer]:
    return [await new_customer(stack, small_orders) for _ in range(count)]


async def say(customer: BenchCustomer, text: str) -> dict[str, object]:
    """POST /api/chat; returns the JSON answer or raises BenchError on anything but 200."""
    response = await customer.http.post("/api/chat", json={"message": text})
    if response.status_code != 200:
        raise BenchError(f"chat turn failed: {response.status_code} {response.text}")
    answer: dict[str, object] = response.json()
    return answer


def status_question(order_id: int) -> str:
    """The status question the bench asks about one order."""
    return f"what is the status of my refund for order {order_id}?"


async def status_turn(customer: BenchCustomer, order_id: int) -> float:
    """A status question about one order; returns its latency in ms."""
    started = time.perf_counter()
    await say(customer, status_question(order_id))
    return (time.perf_counter() - started) * 1000


async def confirm(customer: BenchCustomer, answer: dict[str, object]) -> int:
    """Press Confirm on every pending proposal a turn made; returns how many. Each must come
    back refunded (small refunds are paid at once)."""
    proposals = answer.get("proposals")
    confirmed = 0
    for proposal in proposals if isinstance(proposals, list) else []:
        if isinstance(proposal, dict) and proposal.get("status") == "pending":
            path = f"/api/chat/proposals/{proposal['id']}/confirm"
            response = await customer.http.post(path)
            decided = response.json().get("proposals", [{}]) if response.status_code == 200 else []
            if not decided or decided[0].get("outcome") != "refunded":
                raise BenchError(f"confirm failed: {response.status_code} {response.text}")
            confirmed += 1
    CONFIRMED["proposals"] += confirmed
    return confirmed


async def refund_turn(customer: BenchCustomer, order_id: int) -> float:
    """Ask for a small refund in the chat and confirm it with the button; returns the latency
    in ms of the whole exchange (proposal turn + confirm, or the one turn on a commit without
    proposals)."""
    started = time.perf_counter()
    answer = await say(customer, f"please refund order {order_id}, it broke")
    proposed = time.perf_counter()
    if await confirm(customer, answer):
        done = time.perf_counter()
        customer.refund_parts.append(((proposed - started) * 1000, (done - proposed) * 1000))
    return (time.perf_counter() - started) * 1000


async def api_refund(customer: BenchCustomer, order_id: int) -> float:
    """POST /api/refunds for a small order; returns the latency in ms (answered once paid)."""
    started = time.perf_counter()
    response = await customer.http.post(
        "/api/refunds", json={"order_id": order_id, "reason": "bench"}
    )
    if response.status_code != 200 or response.json().get("outcome") != "refunded":
        raise BenchError(f"refund failed: {response.status_code} {response.text}")
    return (time.perf_counter() - started) * 1000


async def statuses(stack: BenchStack, order_ids: list[int]) -> dict[str, int]:
    """How many of these orders are in each status, straight from PostgreSQL."""
    rows = await stack.pool.fetch(
        "SELECT status, count(*) AS n FROM purchases WHERE order_id = ANY($1) GROUP BY status",
        order_ids,
    )
    return {r["status"]: r["n"] for r in rows}
