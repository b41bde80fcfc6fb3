"""Recovery figures: kill -9 of each of the stack's four processes while refunds are in flight,
and how long until the stack serves again and every accepted refund is paid. The dev
supervisor does the restarting, as under `make dev`; a process it does not restart yet is
reported as "n/a" with the reason instead of a figure."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from temporalio.api.enums.v1 import TaskQueueType
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import DescribeTaskQueueRequest
from temporalio.service import RPCError

from tests.bench.customers import BenchCustomer, new_customers, statuses
from tests.bench.stack import BenchStack
from tests.support.waiting import eventually

DONE_WITHIN = 120.0  # seconds: past this a recovery is a failure, reported as n/a
SERVE_WITHIN = 20.0  # seconds for the stack to serve after a server's death
RETRY_PAUSE = 0.2  # seconds before a client's first retry of a failed refund request
MAX_RETRY_PAUSE = 3.0  # the pause doubles up to this


async def _paid(stack: BenchStack, order_ids: list[int]) -> int:
    """How many of the orders PostgreSQL shows REFUNDED (0 while PostgreSQL is down)."""
    try:
        return (await statuses(stack, order_ids)).get("REFUNDED", 0)
    except Exception:  # PostgreSQL restarting: the pool's connections died with it
        return 0


async def _until_paid(stack: BenchStack, order_ids: list[int], started: float) -> float | None:
    """Seconds from `started` until all orders are REFUNDED; None if not within DONE_WITHIN."""
    while time.monotonic() - started < DONE_WITHIN:
        if await _paid(stack, order_ids) == len(order_ids):
            return round(time.monotonic() - started, 2)
        await asyncio.sleep(0.05)
    return None


async def _opened(stack: BenchStack, order_ids: list[int]) -> int:
    return int(
        await stack.pool.fetchval(
            "SELECT count(*) FROM refunds WHERE order_id = ANY($1)", order_ids
        )
    )


async def _until_opened(stack: BenchStack, order_ids: list[int], count: int) -> None:
    """Until the worker has opened `count` of the refunds (ledger rows exist)."""
    await eventually(
        lambda: _opened(stack, order_ids),
        lambda n: n >= count,
        within=DONE_WITHIN,
        interval=0.005,
    )


async def _persistent_refund(customer: BenchCustomer, order_id: int, deadline: float) -> None:
    """Request a refund until it is answered as refunded, as a real client retries a 503 or a
    dropped connection: with a growing pause, so 200 clients do not hammer a recovering stack
    (asking again is safe: it attaches to the same workflow)."""
    pause = RETRY_PAUSE
    while time.monotonic() < deadline:
        with contextlib.suppress(httpx.HTTPError):
            response = await customer.http.post(
                "/api/refunds", json={"order_id": order_id, "reason": "recovery"}
            )
            if response.status_code == 200 and response.json().get("outcome") == "refunded":
                return
        await asyncio.sleep(pause)
        pause = min(pause * 2, MAX_RETRY_PAUSE)


async def _clients(stack: BenchStack, in_flight: int) -> tuple[list[BenchCustomer], list[int]]:
    per = 20
    customers = await new_customers(stack, -(-in_flight // per), small_orders=per)
    orders = [o for c in customers for o in c.small_orders][:in_flight]
    return customers, orders


def _fire(customers: list[BenchCustomer], orders: list[int]) -> list[asyncio.Task[None]]:
    deadline = time.monotonic() + DONE_WITHIN
    owner = {o: c for c in customers for o in c.small_orders}
    return [asyncio.create_task(_persistent_refund(owner[o], o, deadline)) for o in orders]


async def _finish(customers: list[BenchCustomer], tasks: list[asyncio.Task[None]]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for c in customers:
        await c.aclose()


async def worker_kill(stack: BenchStack, in_flight: int) -> dict[str, Any]:
    """`in_flight` small refunds are requested at once; the worker is frozen (SIGSTOP) as soon
    as it has opened a few, so it dies holding tasks, then SIGKILLed once every workflow has
    started. Seconds from the kill until all are paid."""
    customers, orders = await _clients(stack, in_flight)
    tasks = _fire(customers, orders)
    try:
        pid = stack.pid("worker")
        await _until_opened(stack, orders, min(5, in_flight))
        os.kill(pid, signal.SIGSTOP)
        handles = [stack.temporal.get_workflow_handle(f"refund-{o}") for o in orders]
        pending = list(handles)
        while pending:  # every request has reached Temporal: the refunds are all accepted
            found = await asyncio.gather(*(h.describe() for h in pending), return_exceptions=True)
            pending = [h for h, d in zip(pending, found, strict=True) if isinstance(d, Exception)]
            await asyncio.sleep(0.05)
        unpaid = in_flight - await _paid(stack, orders)
        paid_before = in_flight - unpaid
        os.kill(pid, signal.SIGKILL)
        killed = time.monotonic()
        polling = asyncio.create_task(_new_worker_polling(stack, pid, killed))
        first = await eventually(
            lambda: _paid(stack, orders), lambda n: n > paid_before, within=DONE_WITHIN
        )
        first_paid = round(time.monotonic() - killed, 2)
        seconds = await _until_paid(stack, orders, killed)
        restarted = stack.pid("worker") != pid
        new_worker_polling = await polling
    finally:
        await _finish(customers, tasks)
    return {
        "requested": in_flight,
        "unpaid_at_kill": unpaid,
        "seconds_to_new_worker_polling": new_worker_polling,
        "seconds_to_first_paid": first_paid,
        "seconds_to_all_paid": seconds,
        "gave_up_after_s": DONE_WITHIN,
        "paid_at_first_probe": first,
        "worker_restarted_by_supervisor": restarted,
        "how": "worker SIGSTOPped after its first refunds opened, SIGKILLed once all had"
        " started; the supervisor restarts it. First paid = the new worker is at work; all"
        " paid adds the time to work through the backlog",
    }


async def _new_worker_polling(stack: BenchStack, old_pid: int, since: float) -> float | None:
    """Seconds from `since` until a worker other than `old_pid` polls the refund task queue
    (Temporal names a poller `<pid>@<host>`); None if not within DONE_WITHIN."""
    request = DescribeTaskQueueRequest(
        namespace=stack.settings.temporal_namespace,
        task_queue=TaskQueue(name=stack.settings.temporal_task_queue),
        task_queue_type=TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
    )
    old = f"{old_pid}@"
    while time.monotonic() - since < DONE_WITHIN:
        with contextlib.suppress(RPCError):
            described = await stack.temporal.workflow_service.describe_task_queue(request)
            if any(not p.identity.startswith(old) for p in described.pollers):
                return round(time.monotonic() - since, 2)
        await asyncio.sleep(0.02)
    return None


async def api_kill(
    stack: BenchStack, customer: BenchCustomer, *, every_process: bool
) -> dict[str, Any]:
    """kill -9 of every chat API process (or of the first only, while the others serve); seconds
    until a fresh connection's /healthz answers, until /readyz answers 200 and until a signed-in
    customer's chat turn, sent at the kill and retried on errors, is answered."""
    pids = stack.chat_api_pids()
    victims = pids if every_process else pids[:1]
    for pid in victims:
        os.kill(pid, signal.SIGKILL)
    killed = time.monotonic()

    async def probe(path: str) -> float | None:
        limits = httpx.Limits(max_keepalive_connections=0)  # a new connection every time
        async with httpx.AsyncClient(base_url=stack.base_url, timeout=10.0, limits=limits) as http:
            return await _first_success(lambda: http.get(path), killed)

    async def chat() -> float | None:
        return await _first_success(
            lambda: customer.http.post("/api/chat", json={"message": "hello"}), killed
        )

    healthz, ready, served = await asyncio.gather(probe("/healthz"), probe("/readyz"), chat())
    return {
        "processes": len(pids),
        "killed": len(victims),
        "seconds_to_healthz": healthz,
        "seconds_to_ready": ready,
        "seconds_to_serving_chat": served,
        "restarted_by_supervisor": not set(victims) & set(stack.chat_api_pids()),
    }


async def _first_success(
    send: Callable[[], Awaitable[httpx.Response]], since: float
) -> float | None:
    """Seconds from `since` until `send()` is answered 200, sending again after errors; None if
    not within SERVE_WITHIN."""
    while time.monotonic() - since < SERVE_WITHIN:
        with contextlib.suppress(httpx.HTTPError):
            if (await send()).status_code == 200:
                return round(time.monotonic() - since, 2)
        await asyncio.sleep(0.02)
    return None


async def server_kill(stack: BenchStack, name: str, in_flight: int) -> dict[str, Any]:
    """kill -9 of `temporal` or `postgres` with `in_flight` small refunds being requested by
    retrying clients: seconds until /readyz is 200 again and until all are paid."""
    customers, orders = await _clients(stack, in_flight)
    tasks = _fire(customers, orders)
    try:
        await _until_opened(stack, orders, min(5, in_flight))
        stack.kill_9(name)
        killed = time.monotonic()
        ready = await _ready_again(stack, killed)
        if ready is None:
            why = "the supervisor exited" if not stack.alive() else "not ready again"
            return {"seconds_to_serving": None, "seconds_to_all_paid": None,
                    "n/a": f"supervisor does not restart {name} yet ({why} within"
                    f" {SERVE_WITHIN:.0f} s)"}  # fmt: skip
        seconds = await _until_paid(stack, orders, killed)
    finally:
        await _finish(customers, tasks)
    return {"requested": in_flight, "seconds_to_serving": ready, "seconds_to_all_paid": seconds}


async def _ready_again(stack: BenchStack, killed: float) -> float | None:
    async with httpx.AsyncClient(base_url=stack.base_url, timeout=2.0) as http:
        # First /readyz must notice the death (a few seconds at most), then answer 200 again.
        while time.monotonic() - killed < 3.0 and stack.alive():
            with contextlib.suppress(httpx.HTTPError):
                if (await http.get("/readyz")).status_code != 200:
                    break
            await asyncio.sleep(0.02)
        while time.monotonic() - killed < SERVE_WITHIN and stack.alive():
            with contextlib.suppress(httpx.HTTPError):
                if (await http.get("/readyz")).status_code == 200:
                    return round(time.monotonic() - killed, 2)
            await asyncio.sleep(0.05)
    return None
