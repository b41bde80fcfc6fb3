"""The timed parts of `make bench` that need no kill: chat turn latency against load, a long
thread, refunds per second (API, chat) and a reviewer's decision until the row says REFUNDED.
Each returns plain figures (dicts of numbers) with the settings that produced them."""

from __future__ import annotations

import asyncio
import functools
import itertools
import time
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import httpx

from tests.bench.customers import (
    LARGE_PRICE,
    BenchCustomer,
    BenchError,
    api_refund,
    new_customer,
    new_customers,
    refund_turn,
    status_question,
    status_turn,
)
from tests.bench.stack import BenchStack
from tests.bench.summary import summary
from tests.support.orders import OrderFactory

# LangGraph's checkpoint tables: a thread's size is the sum of its rows in all three.
CHECKPOINT_BYTES = """
SELECT
  (SELECT coalesce(sum(pg_column_size(c.*)), 0) FROM checkpoints c WHERE thread_id = $1)
+ (SELECT coalesce(sum(pg_column_size(b.*)), 0) FROM checkpoint_blobs b WHERE thread_id = $1)
+ (SELECT coalesce(sum(pg_column_size(w.*)), 0) FROM checkpoint_writes w WHERE thread_id = $1)
"""
POLL_SECONDS = 0.002  # how often the decision phase reads the order's row
T = TypeVar("T")
HISTORY_LIMIT = 500  # lines of a customer's history read back to count lost messages


async def _each(
    customers: list[BenchCustomer], turns: int, one: Callable[[BenchCustomer], Awaitable[T]]
) -> list[T]:
    """Every customer runs `turns` turns one after another; all customers at once."""

    async def run(customer: BenchCustomer) -> list[T]:
        return [await one(customer) for _ in range(turns)]

    per_customer = await asyncio.gather(*(run(c) for c in customers))
    return [ms for series in per_customer for ms in series]


async def _status(customer: BenchCustomer) -> float:
    """A status question about the customer's last order (kept unrefunded for this)."""
    return await status_turn(customer, customer.small_orders[-1])


async def _status_or_none(customer: BenchCustomer) -> float | None:
    """The status question, its failure (an error answer, a dropped connection) counted, not
    raised: a message the service did not answer is a figure of its own."""
    try:
        return await _status(customer)
    except (BenchError, httpx.HTTPError):
        return None


async def _refund(customer: BenchCustomer) -> float:
    return await refund_turn(customer, customer.next_small_order())


async def chat_latency(
    stack: BenchStack, levels: list[int], turns: int, min_samples: int
) -> dict[str, Any]:
    """Status and refund turns at each load level (concurrent customers, each on its own
    thread, each sending its turns back to back; at least `min_samples` status turns a level).
    Fresh customers per level."""
    out: dict[str, Any] = {}
    for level in levels:
        out[str(level)] = await chat_level(stack, level, max(turns, -(-min_samples // level)))
    return out


async def chat_level(stack: BenchStack, level: int, turns: int) -> dict[str, Any]:
    """`level` customers at once: `turns` status turns each (their latency, the turns answered
    per second, and the messages lost: sent but not answered, or answered but missing from the
    customer's history), then `turns` small refunds each (the proposal turn and Confirm until
    paid, timed apart)."""
    customers = await new_customers(stack, level, small_orders=turns + 1)
    try:
        await _each(customers, 1, _status)  # warm-up: first turn of a thread, caches
        started = time.perf_counter()
        answers = await _each(customers, turns, _status_or_none)
        elapsed = time.perf_counter() - started
        lost = sum([await _lost(c, sent=1 + turns) for c in customers])
        refund = await _each(customers, turns, _refund)
    finally:
        for c in customers:
            await c.aclose()
    status = [ms for ms in answers if ms is not None]
    out: dict[str, Any] = {
        "customers": level,
        "status_turn_ms": summary(status) if status else None,
        "status_turns_per_s": round(len(status) / elapsed, 1),
        "status_errors": len(answers) - len(status),
        "status_lost": lost,
        "refund_turn_ms": summary(refund),
    }
    parts = [p for c in customers for p in c.refund_parts]
    if parts:  # the refund turn is a proposal, then the Confirm button
        out["proposal_turn_ms"] = summary([p for p, _ in parts])
        out["confirm_ms"] = summary([c for _, c in parts])
    return out


async def _lost(customer: BenchCustomer, sent: int) -> int:
    """How many of the `sent` status questions are not in the customer's history, each
    followed by the assistant's answer."""
    question = status_question(customer.small_orders[-1])
    response = await customer.http.get("/api/history", params={"limit": HISTORY_LIMIT})
    lines = response.json() if response.status_code == 200 else []
    kept = sum(
        1
        for asked, answered in itertools.pairwise(lines)
        if asked["role"] == "user" and asked["content"] == question
        and answered["role"] == "assistant"
    )  # fmt: skip
    return max(0, sent - kept)


async def thread_growth(stack: BenchStack, turns: int, window: int) -> dict[str, Any]:
    """One customer asks the same status question `turns` times on one thread; its first and
    last `window` turns are compared, and the thread's checkpoint bytes are measured. The last
    turns alternate with a new customer's first turns, so that a comparison of the two sees the
    same machine load (this machine's load changes within minutes)."""
    old = await new_customer(stack, small_orders=1, name="Long Thread")
    new = await new_customer(stack, small_orders=1, name="New Thread")
    late: list[float] = []
    fresh: list[float] = []
    try:
        early = [await status_turn(old, old.small_orders[0]) for _ in range(turns - window)]
        for _ in range(window):
            fresh.append(await status_turn(new, new.small_orders[0]))
            late.append(await status_turn(old, old.small_orders[0]))
    finally:
        await old.aclose()
        await new.aclose()
    first, last, same_time = summary(early[:window]), summary(late), summary(fresh)
    size = int(await stack.pool.fetchval(CHECKPOINT_BYTES, f"customer-{old.customer_id}"))
    return {
        "turns": turns,
        "first_turns": f"1-{window}",
        "last_turns": f"{turns - window + 1}-{turns}",
        "first_ms": first,
        "last_ms": last,
        "new_thread_alongside_last_ms": same_time,
        "last_over_first": round(last["p50"] / first["p50"], 2),
        "last_over_new_thread": round(last["p50"] / same_time["p50"], 2),
        "thread_bytes": size,
    }


async def _rate(jobs: Sequence[Callable[[], Awaitable[float]]], concurrency: int) -> dict[str, Any]:
    """Run the jobs `concurrency` at a time; refunds (jobs) per second and their latency."""
    queue = list(jobs)
    latencies: list[float] = []

    async def lane() -> None:
        while queue:
            latencies.append(await queue.pop()())

    started = time.perf_counter()
    await asyncio.gather(*(lane() for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    return {
        "n": len(jobs),
        "concurrency": concurrency,
        "seconds": round(elapsed, 2),
        "per_s": round(len(jobs) / elapsed, 1),
        "latency_ms": summary(latencies),
    }


async def api_throughput(stack: BenchStack, n: int, concurrency: int) -> dict[str, Any]:
    """Small refunds through POST /api/refunds, `concurrency` customers at once."""
    per = -(-n // concurrency)
    customers = await new_customers(stack, concurrency, small_orders=per)
    try:
        pairs = [(c, o) for c in customers for o in c.small_orders][:n]
        jobs = [functools.partial(api_refund, c, o) for c, o in pairs]
        return await _rate(jobs, concurrency)
    finally:
        for c in customers:
            await c.aclose()


async def chat_throughput(stack: BenchStack, n: int, concurrency: int) -> dict[str, Any]:
    """Small refunds asked for (and confirmed) in the chat, one thread per customer; each
    customer's turns run in order, as a person's would."""
    per = -(-n // concurrency)
    customers = await new_customers(stack, concurrency, small_orders=per)
    try:
        started = time.perf_counter()
        latencies = await _each(customers, per, _refund)
        elapsed = time.perf_counter() - started
    finally:
        for c in customers:
            await c.aclose()
    return {
        "n": len(latencies),
        "concurrency": concurrency,
        "seconds": round(elapsed, 2),
        "per_s": round(len(latencies) / elapsed, 1),
        "latency_ms": summary(latencies),
    }


async def decision_to_refunded(stack: BenchStack, n: int) -> dict[str, Any]:
    """Large refunds wait for review; an admin approves each through the admin route, and the
    time from sending the decision until PostgreSQL shows the order REFUNDED is recorded."""
    factory = OrderFactory(stack.pool)
    customer = await new_customer(stack, small_orders=0, name="Reviewed")
    large = [
        (await factory.order(LARGE_PRICE, customer_id=customer.customer_id)).order_id
        for _ in range(n)
    ]
    latencies: list[float] = []
    answered: list[float] = []
    try:
        async with stack.admin_http() as admin:
            for order_id in large:
                response = await customer.http.post(
                    "/api/refunds", json={"order_id": order_id, "reason": "bench review"}
                )
                if response.json().get("outcome") != "pending_review":
                    raise BenchError(f"expected a review: {response.text}")
                started = time.perf_counter()
                # The route itself answers only after it has seen the result (it polls), so
                # the row is watched from here while the request is under way.
                request = asyncio.create_task(
                    admin.post(
                        f"/api/admin/reviews/{order_id}/decision", json={"decision": "approve"}
                    )
                )
                latencies.append(await _until_refunded(stack, order_id, started))
                decided = await request
                answered.append((time.perf_counter() - started) * 1000)
                if decided.status_code != 200:
                    raise BenchError(f"decision failed: {decided.status_code} {decided.text}")
    finally:
        await customer.aclose()
    return {
        "n": n,
        "decision_to_refunded_ms": summary(latencies),
        "admin_route_answered_ms": summary(answered),
    }


async def _until_refunded(stack: BenchStack, order_id: int, started: float) -> float:
    deadline = started + 30
    async with stack.pool.acquire() as conn:
        while time.perf_counter() < deadline:
            status = await conn.fetchval(
                "SELECT status FROM purchases WHERE order_id = $1", order_id
            )
            if status == "REFUNDED":
                return (time.perf_counter() - started) * 1000
            await asyncio.sleep(POLL_SECONDS)
    raise BenchError(f"order {order_id} was not REFUNDED within 30 s of the approval")
