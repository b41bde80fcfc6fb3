"""One customer's flood and another customer's turns during it, as both the flood test
(tests/chat_api/test_one_customer_flood.py) and `make bench` (tests/bench/flood.py) run it.

The chat API is a process of its own with the product's default limits, reached directly or
through the product's nginx (deploy/nginx/nginx.conf, as in production). One customer sends
FLOOD requests at once (chat, Confirm/Cancel, history, proposals, orders, refunds) from another
process (flood_client.py), written in one burst, after which it gives way to the server's
processes (nice 19, on one CPU) as a client elsewhere would cost the server nothing. Other
customers' turns are timed with nothing else going on, then one during each of the rounds'
floods.
"""

from __future__ import annotations

import asyncio
import json
import os
import statistics
import sys
import time
from collections import Counter
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil

from services.common.config import Settings
from tests.agent.chat_process import chat_api_process, free_port, wait_until_serving
from tests.support import nginx
from tests.support.orders import TestOrder
from tests.support.processes import REPO_ROOT

FLOOD = 200  # requests at once, all from one customer
ROUNDS = 15  # floods, each with one other customer's turn while it is served
# Calm customers take turns, so none of them uses up its own allowance of chat turns.
CALM = 3
FRONTS = ("chat API", "nginx")  # what the flood reaches first
LIMITS = (
    "chat_turns_per_minute",
    "customer_actions_per_minute",
    "customer_reads_per_minute",
    "customer_concurrent_requests",
    "chat_turns_waiting",
)
TURN_TIMEOUT = 60.0


def product_limits(settings: Settings, rounds: int = ROUNDS) -> Settings:
    """These settings with every per-customer limit at the product's default (checked to
    leave the calm customers enough turns for `rounds` and the warm-up)."""
    product = settings.model_copy(update={n: Settings.model_fields[n].default for n in LIMITS})
    assert product.chat_turns_per_minute >= 2 * rounds / CALM + 3
    return product


def client_cpu() -> int | None:
    """The CPU the flood client is kept on: the last one this process may use, or None with
    only one (then it shares it, still at the lowest priority)."""
    cpus = sorted(os.sched_getaffinity(0))
    return cpus[-1] if len(cpus) > 1 else None


@dataclass
class FloodRun:
    """The calm customers' turn times (s) before any flood and during each, and the status
    codes of every flooding request."""

    unloaded: list[float] = field(default_factory=list)
    during: list[float] = field(default_factory=list)
    codes: Counter[int] = field(default_factory=Counter)
    # How long each flood took to write (ms, first connection to last write), in order.
    written: list[float] = field(default_factory=list)
    # CPU seconds the chat API process and nginx used over the unloaded turns, and over the
    # floods' rounds.
    cpu_unloaded: tuple[float, float] = (0.0, 0.0)
    cpu_during: tuple[float, float] = (0.0, 0.0)

    def ratio(self) -> float:
        """The median turn during a flood over the median turn with nothing else going on."""
        return statistics.median(self.during) / statistics.median(self.unloaded)

    def ratios(self) -> list[float]:
        """Each round's turn over the unloaded median, in order of size."""
        return sorted(d / statistics.median(self.unloaded) for d in self.during)


def _cpu(pid: int | None) -> float:
    """CPU seconds (user + system, every thread) a process and its children have used (its
    children now: nginx's workers live as long as it does)."""
    if pid is None:
        return 0.0
    proc = psutil.Process(pid)
    return sum(float(t.user + t.system) for t in (p.cpu_times() for p in (proc, *proc.children())))


@dataclass
class Served:
    """A running chat API process (and nginx, when in front), and where the flood and the calm
    customers reach them."""

    base_url: str
    port: int
    pid: int
    nginx_pid: int | None = None

    def cpu(self) -> tuple[float, float]:
        """CPU seconds the chat API process and nginx (0 without) have used."""
        return _cpu(self.pid), _cpu(self.nginx_pid)


@asynccontextmanager
async def serving(
    settings: Settings, run_dir: Path, fronts: Iterable[str] = FRONTS
) -> AsyncIterator[dict[str, Served]]:
    """A chat API process with `settings` (logging to `run_dir`), reached each way of `fronts`:
    directly ("chat API") and through nginx in front of it ("nginx"); yielded once it answers.
    `run_dir` must exist."""
    api_port = free_port()
    with ExitStack() as processes:
        proc = processes.enter_context(
            chat_api_process(settings, api_port, run_dir / "chat-api.log")
        )
        served = {}
        for front in fronts:
            port, front_pid = api_port, None
            if front == "nginx":
                port = free_port()
                front_pid = processes.enter_context(
                    nginx.nginx_in_front(api_port, port, run_dir / "nginx")
                ).pid
            served[front] = Served(f"http://127.0.0.1:{port}", port, proc.pid, front_pid)
        for way in served.values():
            async with httpx.AsyncClient(base_url=way.base_url, timeout=TURN_TIMEOUT) as http:
                await wait_until_serving(http, proc)
        yield served


async def _signed_in(stack: AsyncExitStack, base_url: str, customer_id: int) -> httpx.AsyncClient:
    http = await stack.enter_async_context(
        httpx.AsyncClient(base_url=base_url, timeout=TURN_TIMEOUT)
    )
    r = await http.post("/api/session", json={"customer_id": customer_id})
    assert r.status_code == 200, r.text
    return http


async def _calm_customer(
    stack: AsyncExitStack, base_url: str, order: TestOrder
) -> Callable[[], Awaitable[float]]:
    """A signed-in customer whose chat turn about their order is timed (it must be answered:
    200, with the assistant's messages); the first turn (it makes the thread) is not."""
    http = await _signed_in(stack, base_url, order.customer_id)
    question = f"where is order {order.order_id}?"

    async def timed_turn() -> float:
        started = time.perf_counter()
        r = await http.post("/api/chat", json={"message": question})
        took = time.perf_counter() - started
        assert r.status_code == 200, r.text
        messages = r.json()["messages"]
        assert messages and all(m["role"] == "assistant" for m in messages), messages
        return took

    await timed_turn()
    return timed_turn


async def _flood(
    port: int, cookie: str, order_id: int, count: int, written: list[float] | None = None
) -> tuple[asyncio.Task[Counter[int]], asyncio.Event]:
    """Start one customer's flood from a process of its own: the task of its status codes, and
    an event set once every request is written (how long that took appended to `written`)."""
    cpu = client_cpu()
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.support.flood_client",
        str(port),
        cookie,
        str(order_id),
        str(count),
        *([] if cpu is None else ["--cpu", str(cpu)]),
        cwd=REPO_ROOT,
        stdout=asyncio.subprocess.PIPE,
    )
    sent = asyncio.Event()

    async def codes() -> Counter[int]:
        assert proc.stdout is not None
        said, took = (await proc.stdout.readline()).split()
        assert said == b"sent"
        if written is not None:
            written.append(float(took))
        sent.set()
        counted = json.loads(await proc.stdout.readline())
        assert await proc.wait() == 0
        return Counter({int(code): n for code, n in counted.items()})

    return asyncio.create_task(codes()), sent


async def measure(
    served: Served,
    flooder: TestOrder,
    calm: list[TestOrder],
    rounds: int = ROUNDS,
    count: int = FLOOD,
) -> FloodRun:
    """The calm customers' turns, `rounds` with nothing else going on, then one during each
    of `rounds` floods of `count` requests from the flooder (about their order). First, not
    timed nor counted, a warm-up: each calm customer's first turn (it makes the thread), a
    flood, then one more turn each (after which nothing of the flood is left to do)."""
    run = FloodRun()
    async with AsyncExitStack() as stack:
        flooding = await _signed_in(stack, served.base_url, flooder.customer_id)
        cookie = "; ".join(f"{name}={value}" for name, value in flooding.cookies.items())
        turns = [await _calm_customer(stack, served.base_url, order) for order in calm]
        warm_up, _ = await _flood(served.port, cookie, flooder.order_id, count)
        await warm_up
        for turn in turns:
            await turn()
        start = served.cpu()
        for n in range(rounds):
            run.unloaded.append(await turns[n % len(turns)]())
        between = served.cpu()
        for n in range(rounds):
            flood, sent = await _flood(served.port, cookie, flooder.order_id, count, run.written)
            await sent.wait()
            run.during.append(await turns[n % len(turns)]())
            run.codes.update(await flood)
        end = served.cpu()
        run.cpu_unloaded = (between[0] - start[0], between[1] - start[1])
        run.cpu_during = (end[0] - between[0], end[1] - between[1])
    return run


def summary_of(run: FloodRun) -> dict[str, Any]:
    """The figures of a run, as the flood test writes them to test-artifacts."""
    return {
        "median": run.ratio(),
        "unloaded_ms": round(statistics.median(run.unloaded) * 1000, 1),
        "during_ms": round(statistics.median(run.during) * 1000, 1),
        "ratios": run.ratios(),
        "codes": {str(code): n for code, n in sorted(run.codes.items())},
        "written_ms": round(statistics.median(run.written), 1),
        **cpu_ms(run),
    }


def cpu_ms(run: FloodRun) -> dict[str, dict[str, float]]:
    """The chat API's and nginx's CPU ms per unloaded turn, and per round (a flood and the
    turn during it)."""
    return {
        f"{name}_cpu_ms": {
            "per_unloaded_turn": round(run.cpu_unloaded[i] * 1000 / len(run.unloaded), 1),
            "per_flood_round": round(run.cpu_during[i] * 1000 / len(run.during), 1),
        }
        for i, name in enumerate(("chat_api", "nginx"))
    }
