"""What this machine does right now without the product's logic, measured in the same run as the
product's figures: a signed-in HTTP read (`GET /api/orders`: the session, one indexed query,
JSON), one at a time and many at once, and a cold import of the chat API in a fresh
interpreter. A slow machine shows here as much as in the figures beside them."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path
from typing import Any

from tests.bench.customers import BenchCustomer, BenchError, new_customers
from tests.bench.stack import BenchStack
from tests.bench.summary import summary

REPO = Path(__file__).resolve().parents[2]
IMPORT_APP = "import services.chat_api.app"


async def _orders(customer: BenchCustomer) -> float:
    """One signed-in `GET /api/orders`; its latency in ms."""
    started = time.perf_counter()
    response = await customer.http.get("/api/orders")
    if response.status_code != 200:
        raise BenchError(f"GET /api/orders failed: {response.status_code} {response.text}")
    return (time.perf_counter() - started) * 1000


async def http_floor(stack: BenchStack, n: int, concurrency: int) -> dict[str, Any]:
    """`GET /api/orders`: `n` requests of one customer back to back (latency), then `n` from
    `concurrency` customers at once (requests per second)."""
    customers = await new_customers(stack, concurrency, small_orders=1)
    try:
        await _orders(customers[0])  # warm-up
        one = [await _orders(customers[0]) for _ in range(n)]
        per = -(-n // concurrency)

        async def lane(customer: BenchCustomer) -> None:
            for _ in range(per):
                await _orders(customer)

        started = time.perf_counter()
        await asyncio.gather(*(lane(c) for c in customers))
        elapsed = time.perf_counter() - started
    finally:
        for c in customers:
            await c.aclose()
    return {
        "request": "GET /api/orders (signed in)",
        "one_at_a_time_ms": summary(one),
        "concurrency": concurrency,
        "per_s": round(per * concurrency / elapsed, 1),
    }


async def import_floor(runs: int) -> dict[str, Any]:
    """Seconds a fresh interpreter takes to import the chat API's app (the median of `runs`):
    what a restart would cost if the app were imported before the port opens."""
    took = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = await asyncio.create_subprocess_exec(sys.executable, "-c", IMPORT_APP, cwd=REPO)
        if await proc.wait() != 0:
            raise BenchError(f"{IMPORT_APP!r} failed (exit {proc.returncode})")
        took.append(time.perf_counter() - started)
    return {"command": f"python -c '{IMPORT_APP}'", "seconds": round(sorted(took)[runs // 2], 2)}
