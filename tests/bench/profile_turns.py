"""Where a chat turn's time goes, on a dev stack of its own (`python -m tests.bench.profile_turns`).

One chat API process, the per-customer limits on (with allowances the run cannot use up), the
offline model; customers as `make bench` has them (each asks about one of its orders 30 times,
then asks for 30 small refunds and confirms each). For a status turn and for a refund turn (the
proposal, then Confirm until paid) it measures:
- the chat API process's CPU time per turn (its own counters), and the wall time;
- every statement the chat API sends to PostgreSQL in one turn (roundtrips.py);
- the checkpoint rows and bytes one turn writes;
- with `--py-spy DIR`, py-spy's CPU samples of the chat API during the turns, as percent by
  component (components.py), with the raw stacks kept in DIR.
It prints JSON. Figures from a shared machine are noisy: compare runs made back to back.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil

from tests.bench import components, roundtrips
from tests.bench.customers import BenchCustomer, confirm, new_customer, say, status_question
from tests.bench.stack import BenchStack, bench_stack

# Allowances far above what the run sends: every limit still does its work per request.
LIMITS_ON = {
    "CHAT_TURNS_PER_MINUTE": "100000",
    "CUSTOMER_ACTIONS_PER_MINUTE": "100000",
    "CUSTOMER_READS_PER_MINUTE": "100000",
    "CUSTOMER_CONCURRENT_REQUESTS": "8",
}
PY_SPY_RATE = 250  # samples per second
TURNS_EACH = 30  # status turns, then refunds, of each customer (`make bench` with one customer)


def _cpu(pid: int) -> float:
    """CPU seconds (user + system, all threads) the process has used."""
    t = psutil.Process(pid).cpu_times()
    return float(t.user + t.system)


@contextmanager
def py_spy(pid: int, out: Path | None) -> Any:
    """py-spy recording the process's CPU samples into `out` while the block runs."""
    if out is None:
        yield
        return
    exe = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    argv = [exe, "record", "--pid", str(pid), "--rate", str(PY_SPY_RATE), "--format", "raw"]
    argv += ["--nonblocking", "--full-filenames", "--output", str(out)]
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    time.sleep(1.0)  # attached before the first turn
    try:
        yield
    finally:
        proc.send_signal(2)
        proc.wait(timeout=30)


async def _timed(
    pid: int, turns: list[Callable[[], Awaitable[dict[str, float]]]]
) -> dict[str, Any]:
    """The turns one after another: wall ms of each part, and the chat API's CPU ms per turn."""
    parts: dict[str, list[float]] = {}
    cpu0 = _cpu(pid)
    for one in turns:
        for name, ms in (await one()).items():
            parts.setdefault(name, []).append(ms)
    cpu_ms = (_cpu(pid) - cpu0) * 1000 / len(turns)
    return {
        "turns": len(turns),
        "wall_p50_ms": {k: round(statistics.median(v), 1) for k, v in parts.items()},
        "chat_api_cpu_ms_per_turn": round(cpu_ms, 1),
    }


def _status(customer: BenchCustomer, order_id: int) -> Callable[[], Awaitable[dict[str, float]]]:
    async def one() -> dict[str, float]:
        started = time.perf_counter()
        await say(customer, status_question(order_id))
        return {"status turn": (time.perf_counter() - started) * 1000}

    return one


def _refund(customer: BenchCustomer) -> Callable[[], Awaitable[dict[str, float]]]:
    async def one() -> dict[str, float]:
        order_id = customer.next_small_order()
        started = time.perf_counter()
        answer = await say(customer, f"please refund order {order_id}, it broke")
        proposed = time.perf_counter()
        await confirm(customer, answer)
        done = time.perf_counter()
        return {
            "proposal turn": (proposed - started) * 1000,
            "confirm -> paid": (done - proposed) * 1000,
        }

    return one


async def _counted(
    stack: BenchStack, log: roundtrips.StatementLog, pid: int, customer: BenchCustomer, one: Any
) -> dict[str, Any]:
    """One turn with the statement log on: the chat API's statements and checkpoint rows."""
    await roundtrips.rows_written(stack.pool)
    log.mark()
    await one()
    await asyncio.sleep(0.2)  # the log is written by the server as it goes
    statements = log.since(pid)
    rows = await roundtrips.rows_written(stack.pool)
    return {
        "statements": len(statements),
        "by_kind": roundtrips.counted(statements),
        "in_order": statements,
        "checkpoint_rows_written": rows,
    }


async def profile(args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    """Start the stack, warm it up, then count, time and (optionally) sample both turns."""
    out: dict[str, Any] = {"load_at_start": round(psutil.getloadavg()[0], 2)}
    spy_dir: Path | None = args.py_spy
    async with bench_stack(workdir / "main", api_processes=1, env=LIMITS_ON) as stack:
        pid = stack.chat_api_pids()[0]
        first = await new_customer(stack, small_orders=TURNS_EACH + 1)
        order = first.small_orders.pop()
        for _ in range(5):  # warm-up: caches, prepared statements, pools
            await _status(first, order)()
        await _refund(first)()
        log = roundtrips.StatementLog(stack.dev.data_dir / "pg" / "log")
        await roundtrips.statement_log(stack.pool, on=True)
        await roundtrips.row_log(stack.pool, on=True)
        try:
            out["status_turn_db"] = await _counted(stack, log, pid, first, _status(first, order))
            out["refund_turn_db"] = await _counted(stack, log, pid, first, _refund(first))
        finally:
            await roundtrips.row_log(stack.pool, on=False)
            await roundtrips.statement_log(stack.pool, on=False)
        await first.aclose()
        # As `make bench` with one customer: each asks about one order TURNS_EACH times (the
        # first turn, not timed, makes the thread), then has as many small refunds.
        customers = [
            await new_customer(stack, small_orders=TURNS_EACH + 1) for _ in range(args.customers)
        ]
        asked = [c.small_orders.pop() for c in customers]
        for c, o in zip(customers, asked, strict=True):
            await _status(c, o)()
        status_spy = spy_dir / "status.txt" if spy_dir else None
        with py_spy(pid, status_spy):
            turns = [_status(c, o) for c, o in zip(customers, asked, strict=True)]
            out["status_turn"] = await _timed(pid, [t for t in turns for _ in range(TURNS_EACH)])
        refund_spy = spy_dir / "refund.txt" if spy_dir else None
        with py_spy(pid, refund_spy):
            refunds = [_refund(c) for c in customers for _ in range(TURNS_EACH)]
            out["refund_turn"] = await _timed(pid, refunds)
        for c in customers:
            await c.aclose()
    for name, path in (("status_turn", status_spy), ("refund_turn", refund_spy)):
        if path is not None and path.exists():
            out[name]["py_spy_samples"] = components.samples(path)
            out[name]["py_spy_percent"] = components.breakdown(path)
    out["load_at_end"] = round(psutil.getloadavg()[0], 2)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        prog="python -m tests.bench.profile_turns", description=__doc__
    )
    parser.add_argument(
        "--customers", type=int, default=3, help=f"customers, {TURNS_EACH} turns of each kind each"
    )
    parser.add_argument("--py-spy", type=Path, help="sample with py-spy; raw stacks go here")
    args = parser.parse_args()
    if args.py_spy:
        args.py_spy.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="profile-") as tmp:
        found = asyncio.run(profile(args, Path(tmp)))
    sys.stdout.write(json.dumps(found, indent=2) + "\n")


if __name__ == "__main__":
    main()
