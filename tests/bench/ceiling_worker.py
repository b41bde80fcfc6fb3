"""The ceiling's worker as a process of its own (`python -m tests.bench.ceiling_worker
<temporal address>`, as the refund worker runs in its own), and the phase that drives it: the
no-op workflows per second, and the latency of one no-op at a time (started until its result;
a signal until its result), which are the floors of a refund's figures on this machine, now."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from temporalio.client import Client
from temporalio.contrib.pydantic import pydantic_data_converter

from services.chat_api.refunds import WORKFLOW_TASK_TIMEOUT
from tests.bench.ceiling import (
    CEILING_TASK_QUEUE,
    SignalledNoopWorkflow,
    build_ceiling_worker,
    start_noop,
)
from tests.bench.summary import summary
from tests.support.waiting import eventually

REPO = Path(__file__).resolve().parents[2]


async def serve(address: str) -> None:
    """Run the no-op worker until SIGTERM/SIGINT; say so on stdout once it polls."""
    client = await Client.connect(address, data_converter=pydantic_data_converter)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with build_ceiling_worker(client):
        sys.stdout.write("ceiling worker running\n")
        sys.stdout.flush()
        await stop.wait()


@contextlib.contextmanager
def ceiling_worker(address: str) -> Iterator[subprocess.Popen[bytes]]:
    """The no-op worker process, ready to poll; stopped with SIGTERM afterwards."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.bench.ceiling_worker", address],
        stdout=subprocess.PIPE,
        cwd=REPO,
    )
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline()  # blocks until the worker says it runs, or exits
        if b"running" not in line:
            raise RuntimeError(f"the ceiling worker did not start (exit {proc.poll()})")
        yield proc
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()


async def ceiling_throughput(
    client: Client, address: str, n: int, concurrency: int, latency_n: int
) -> dict[str, Any]:
    """No-op workflows per second at `concurrency` in flight, started and awaited by a client
    as the chat API starts and awaits refunds; then `latency_n` no-ops one at a time, started
    until their result and signalled until their result (ms)."""
    run = uuid.uuid4().hex[:8]
    with ceiling_worker(address):
        for i in range(3):  # warm-up: the worker's first tasks pay for imports and caches
            await start_noop(client, f"ceiling-{run}-warm-{i}", i)
        queue = list(range(n))

        async def lane() -> None:
            while queue:
                i = queue.pop()
                await start_noop(client, f"ceiling-{run}-{i}", i)

        started = time.perf_counter()
        await asyncio.gather(*(lane() for _ in range(concurrency)))
        elapsed = time.perf_counter() - started
        one = [await _timed_noop(client, f"ceiling-{run}-one-{i}", i) for i in range(latency_n)]
        signalled = [
            await _signalled_noop(client, f"ceiling-{run}-signal-{i}", i) for i in range(latency_n)
        ]
    return {
        "n": n,
        "concurrency": concurrency,
        "seconds": round(elapsed, 2),
        "per_s": round(n / elapsed, 1),
        "start_to_result_ms": summary(one),
        "signal_to_result_ms": summary(signalled),
        "workflow": "NoopWorkflow: one regular no-op activity (refund timeouts and retry policy);"
        " SignalledNoopWorkflow: the same after a signal",
    }


async def _timed_noop(client: Client, workflow_id: str, n: int) -> float:
    """One no-op workflow, started until its result (ms)."""
    started = time.perf_counter()
    await start_noop(client, workflow_id, n)
    return (time.perf_counter() - started) * 1000


async def _signalled_noop(client: Client, workflow_id: str, n: int) -> float:
    """Start a SignalledNoopWorkflow, wait until its first task is done (it waits for the
    signal, as a refund waits for its reviewer), then time the signal until its result (ms)."""
    handle = await client.start_workflow(
        SignalledNoopWorkflow.run,
        n,
        id=workflow_id,
        task_queue=CEILING_TASK_QUEUE,
        task_timeout=WORKFLOW_TASK_TIMEOUT,
    )

    async def history_length() -> int:
        return int((await handle.describe()).raw_description.workflow_execution_info.history_length)

    # Started, task scheduled, task started, task completed: the workflow now waits.
    await eventually(history_length, lambda n: n >= 4, within=30, interval=0.005)
    started = time.perf_counter()
    await handle.signal(SignalledNoopWorkflow.go)
    await handle.result()
    return (time.perf_counter() - started) * 1000


if __name__ == "__main__":
    asyncio.run(serve(sys.argv[1]))
