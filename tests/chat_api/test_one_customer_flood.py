"""One customer's flood cannot starve the others: while 200 of one customer's requests are
in flight at once (chat, Confirm/Cancel, history, proposals, orders, refunds), most of them are
refused at once and another customer's chat turns are all answered. The chat API is a process
of its own with the product's default limits, reached directly or through the product's nginx
(deploy/nginx/nginx.conf, as in production), and the flood comes from another process
(tests/support/flood_client.py), as it would from a client elsewhere.

How much slower the other customer's turn is during a flood than with nothing else going on
is a speed figure, and speed is not asserted by tests: this one writes it to
test-artifacts/flood-ratio.json and flood-ratio-nginx.json (README, "Limits per customer").
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from contextlib import AsyncExitStack, nullcontext

import httpx
import pytest

from services.common.config import Settings
from tests.agent.chat_process import chat_api_process, free_port, wait_until_serving
from tests.agent.conftest import say
from tests.support import nginx
from tests.support import orders as order_factory
from tests.support.api import sign_in
from tests.support.processes import REPO_ROOT

FLOOD = 200
ARTIFACTS = REPO_ROOT / "test-artifacts"
ARTIFACT = {"chat API": "flood-ratio.json", "nginx": "flood-ratio-nginx.json"}
ROUNDS = 15
# Calm customers take turns, so none of them uses up its own allowance of chat turns.
CALM = 3
LIMITS = (
    "chat_turns_per_minute",
    "customer_actions_per_minute",
    "customer_reads_per_minute",
    "customer_concurrent_requests",
    "chat_turns_waiting",
)


async def _calm_customer(
    stack: AsyncExitStack, base_url: str, order: order_factory.TestOrder
) -> Callable[[], Awaitable[float]]:
    """A signed-in customer whose chat turn about their order is timed; the first turn (it
    makes the thread) is not."""
    http = await stack.enter_async_context(httpx.AsyncClient(base_url=base_url, timeout=60))
    await sign_in(http, order.customer_id)
    question = f"where is order {order.order_id}?"

    async def timed_turn() -> float:
        started = time.perf_counter()
        await say(http, question)
        return time.perf_counter() - started

    await timed_turn()
    return timed_turn


async def _flood(
    port: int, cookie: str, order_id: int
) -> tuple[asyncio.Task[Counter[int]], asyncio.Event]:
    """Start one customer's flood from a process of its own: the task of its status codes, and
    an event set once every request is written."""
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.support.flood_client",
        str(port),
        cookie,
        str(order_id),
        str(FLOOD),
        cwd=REPO_ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    sent = asyncio.Event()

    async def codes() -> Counter[int]:
        assert proc.stdout is not None
        assert (await proc.stdout.readline()).strip() == b"sent"
        sent.set()
        counted = json.loads(await proc.stdout.readline())
        assert await proc.wait() == 0
        return Counter({int(code): n for code, n in counted.items()})

    return asyncio.create_task(codes()), sent


def _write_artifact(name: str, unloaded: list[float], during: list[float]) -> None:
    ratios = sorted(d / statistics.median(unloaded) for d in during)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / name).write_text(
        json.dumps(
            {
                "median": statistics.median(during) / statistics.median(unloaded),
                "unloaded_ms": round(statistics.median(unloaded) * 1000, 1),
                "during_ms": round(statistics.median(during) * 1000, 1),
                "ratios": ratios,
            },
            indent=1,
        )
    )


@pytest.mark.timeout(300)  # a chat API process starts, then 15 rounds of 200 requests
@pytest.mark.parametrize("front", ["chat API", "nginx"])
async def test_another_customers_turn_is_answered_during_one_customers_flood(
    settings, worker, orders, tmp_path, front
):
    if front == "nginx" and not nginx.available():
        pytest.skip("nginx is not installed (.ci/run installs it)")
    product = settings.model_copy(update={n: Settings.model_fields[n].default for n in LIMITS})
    assert product.chat_turns_per_minute >= 2 * ROUNDS / CALM + 2
    flooder = await orders.order("10.00")
    calm = [await orders.order("10.00", item="Lamp") for _ in range(CALM)]
    unloaded: list[float] = []
    during: list[float] = []
    codes: Counter[int] = Counter()
    api_port = free_port()
    port = free_port() if front == "nginx" else api_port
    base_url = f"http://127.0.0.1:{port}"
    with (
        chat_api_process(product, api_port, tmp_path / "chat-api.log") as proc,
        nginx.nginx_in_front(api_port, port, tmp_path / "nginx")
        if front == "nginx"
        else nullcontext(),
    ):
        async with AsyncExitStack() as stack:
            a = await stack.enter_async_context(httpx.AsyncClient(base_url=base_url, timeout=60))
            await wait_until_serving(a, proc)
            await sign_in(a, flooder.customer_id)
            cookie = "; ".join(f"{name}={value}" for name, value in a.cookies.items())
            turns = [await _calm_customer(stack, base_url, order) for order in calm]
            # The other customers' turns with nothing else going on, then during each flood.
            for n in range(ROUNDS):
                unloaded.append(await turns[n % CALM]())
            for n in range(ROUNDS):
                flood, sent = await _flood(port, cookie, flooder.order_id)
                await sent.wait()
                during.append(await turns[n % CALM]())
                codes.update(await flood)
    # The flood was real: most of it refused at once (429, or 503 for a second turn of the
    # customer's while one runs), some of it served.
    assert codes[429] > FLOOD * ROUNDS // 2, codes
    assert set(codes) <= {200, 404, 429, 503}, codes
    assert sum(n for code, n in codes.items() if code not in (429, 503)) >= ROUNDS, codes
    # Every turn of the other customer was answered (say() asserts a 200 with a reply), during
    # the floods as well as before them; how much slower is recorded, not asserted.
    assert len(during) == ROUNDS
    _write_artifact(ARTIFACT[front], unloaded, during)
