"""`make bench`: the product measured as it runs under `make dev`.

Starts the dev supervisor (embedded PostgreSQL, Temporal dev server, worker, chat API as real
processes) on a temporary data folder and free ports, drives it over HTTP as customers and an
admin would, and prints a table. Every figure with the settings that produced it goes to
bench/results.json, and a chart of latency against load to bench/latency.svg. Every loop is
bounded in count and time; the whole run takes a few minutes on 2 busy cores.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from services.common.servers import TEMPORAL_TUNING_ARGS
from tests.bench import floors, parse_time, phases, recovery
from tests.bench.ceiling_worker import ceiling_throughput
from tests.bench.customers import CONFIRMED, new_customer
from tests.bench.flood import one_customer_flood
from tests.bench.report import chart_svg, table
from tests.bench.stack import BenchStack, bench_stack
from tests.bench.targets import flood_targets, targets

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = REPO / "bench"
LOG_DIR = REPO / "test-artifacts" / "bench"  # the stack's logs, kept after the run


@dataclass(frozen=True)
class BenchConfig:
    """How much of everything the bench does (the smoke test uses tiny counts)."""

    load_levels: tuple[int, ...] = (1, 5, 20)
    turns_per_customer: int = 10  # per level, status and refund turns each
    min_samples: int = 30  # status turns per level at least (one customer sends 30)
    floor_n: int = 50  # GET /api/orders requests, one at a time, then as many at once
    import_runs: int = 3  # cold imports of the chat API's app
    ceiling_latency_n: int = 20  # no-op workflows one at a time (start, signal)
    thread_turns: int = 500
    thread_window: int = 20
    throughput_n: int = 300
    throughput_concurrency: int = 20
    chat_throughput_n: int = 200
    decisions: int = 50
    worker_kill_in_flight: int = 200
    server_kill_in_flight: int = 50
    kill_api: bool = True
    api_processes: int | None = None  # chat API processes; None: make dev's default
    kill_servers: bool = True  # Temporal and PostgreSQL (destructive: done last)
    parse_random: int = 1000  # random messages for the offline model's parse-time phase
    flood_rounds: int = 15  # one customer's floods, each with another customer's turn
    flood_requests: int = 200  # requests at once in each flood


# The smoke test's run: every building block once, in seconds.
TINY = BenchConfig(
    load_levels=(1, 2),
    turns_per_customer=1,
    min_samples=1,
    floor_n=2,
    import_runs=1,
    ceiling_latency_n=1,
    thread_turns=3,
    thread_window=1,
    throughput_n=2,
    throughput_concurrency=2,
    chat_throughput_n=2,
    decisions=1,
    worker_kill_in_flight=3,
    server_kill_in_flight=2,
    kill_api=False,
    kill_servers=False,
    parse_random=20,
    flood_rounds=1,
    flood_requests=16,
)


def _commit() -> str:
    done = subprocess.run(
        ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    return done.stdout.strip() or "unknown"


def _settings(cfg: BenchConfig) -> dict[str, Any]:
    return {
        "bench": dataclasses.asdict(cfg),
        "payment_delay_seconds": 0,
        "chat_turns_per_minute": "0 (the per-customer limits are off for the bench)",
        "other_product_settings": "defaults of services/common/config.py",
        "stack": "python -m services.devstack (as make dev), temporary data folder, free ports",
        "temporal_dev_server_args": TEMPORAL_TUNING_ARGS,
        "llm_provider": "offline",
        "small_refund": "$10.00, below the review threshold",
        "large_refund": "$1500.00, approved through POST /api/admin/reviews/{id}/decision",
    }


async def _steady(stack: BenchStack, cfg: BenchConfig, r: dict[str, Any], logs: Path) -> None:
    """Everything measured with no process killed, one phase after another (the flood's chat
    API and nginx log to `logs`/flood)."""
    await _floors(stack, cfg, r)
    await _chat_latency(stack, cfg, r)
    await _thread(stack, cfg, r)
    await _throughput(stack, cfg, r)
    await _decisions(stack, cfg, r)
    await _flood(stack, cfg, r, logs / "flood")


async def _floors(stack: BenchStack, cfg: BenchConfig, r: dict[str, Any]) -> None:
    """The same run's references: a signed-in read and a cold import."""
    _progress("floors: a signed-in read, a cold import")
    r["floors"] = {
        "http": await floors.http_floor(stack, cfg.floor_n, cfg.throughput_concurrency),
        "import": await floors.import_floor(cfg.import_runs),
    }


async def _chat_latency(stack: BenchStack, cfg: BenchConfig, r: dict[str, Any]) -> None:
    """Chat turns at each load level."""
    _progress("chat latency against load")
    r["chat_latency"] = await phases.chat_latency(
        stack, list(cfg.load_levels), cfg.turns_per_customer, cfg.min_samples
    )


async def _thread(stack: BenchStack, cfg: BenchConfig, r: dict[str, Any]) -> None:
    """A long thread's early and late turns."""
    _progress("a long thread")
    r["thread"] = await phases.thread_growth(stack, cfg.thread_turns, cfg.thread_window)


async def _ceiling(stack: BenchStack, cfg: BenchConfig) -> dict[str, Any]:
    """The no-op ceiling and latencies, on the stack's Temporal server."""
    return await ceiling_throughput(
        stack.temporal,
        stack.settings.temporal_address,
        cfg.throughput_n,
        cfg.throughput_concurrency,
        cfg.ceiling_latency_n,
    )


async def _throughput(stack: BenchStack, cfg: BenchConfig, r: dict[str, Any]) -> None:
    """Refunds per second through the API and the chat, against the ceiling."""
    _progress("refunds per second (API, chat, ceiling)")
    tp: dict[str, Any] = {}
    tp["api"] = await phases.api_throughput(stack, cfg.throughput_n, cfg.throughput_concurrency)
    tp["chat"] = await phases.chat_throughput(
        stack, cfg.chat_throughput_n, cfg.throughput_concurrency
    )
    tp["ceiling"] = await _ceiling(stack, cfg)
    ceiling = tp["ceiling"]["per_s"]
    tp["api_over_ceiling"] = round(tp["api"]["per_s"] / ceiling, 2)
    tp["chat_over_ceiling"] = round(tp["chat"]["per_s"] / ceiling, 2)
    r["throughput"] = tp


async def _decisions(stack: BenchStack, cfg: BenchConfig, r: dict[str, Any]) -> None:
    """Reviewers' approvals until the row says REFUNDED."""
    _progress("review decisions")
    r["decision"] = await phases.decision_to_refunded(stack, cfg.decisions)


async def _flood(stack: BenchStack, cfg: BenchConfig, r: dict[str, Any], logs: Path) -> None:
    """Another customer's turn, unloaded and during one customer's floods (nginx, direct)."""
    _progress(f"another customer's turn during floods of {cfg.flood_requests} requests")
    r["flood"] = await one_customer_flood(stack, cfg.flood_rounds, cfg.flood_requests, logs)


async def _worker_kill(stack: BenchStack, cfg: BenchConfig, ceiling_per_s: float) -> Any:
    """The worker kill, with the time the same run's ceiling would take for the unpaid."""
    _progress("kill -9: worker")
    found = await recovery.worker_kill(stack, cfg.worker_kill_in_flight)
    found["ceiling_per_s"] = ceiling_per_s
    found["unpaid_over_ceiling_s"] = round(found["unpaid_at_kill"] / ceiling_per_s, 2)
    if found["seconds_to_all_paid"] is not None:
        found["over_unpaid_over_ceiling"] = round(
            found["seconds_to_all_paid"] / found["unpaid_over_ceiling_s"], 2
        )
    return found


async def _api_kill(stack: BenchStack, every_process: bool) -> Any:
    """The chat API kill, measured for a customer of its own."""
    _progress("kill -9: " + ("every chat API process" if every_process else "one chat API"))
    customer = await new_customer(stack, small_orders=0, name="After Crash")
    try:
        return await recovery.api_kill(stack, customer, every_process=every_process)
    finally:
        await customer.aclose()


async def _recoveries(stack: BenchStack, cfg: BenchConfig, r: dict[str, Any]) -> None:
    """The worker and chat API kills (the servers' come after, being destructive)."""
    rec: dict[str, Any] = {}
    rec["worker"] = await _worker_kill(stack, cfg, r["throughput"]["ceiling"]["per_s"])
    rec["chat_api"] = {"n/a": "not run (kill_api is off)"}
    rec["chat_api_one"] = {"n/a": "not run (kill_api is off)"}
    if cfg.kill_api:
        rec["chat_api"] = await _api_kill(stack, every_process=True)
        rec["chat_api_one"] = {"n/a": "one chat API process: nothing else answers meanwhile"}
        if len(stack.chat_api_pids()) > 1:
            rec["chat_api_one"] = await _api_kill(stack, every_process=False)
    r["recovery"] = rec


async def run(cfg: BenchConfig, workdir: Path, logs: Path | None = None) -> dict[str, Any]:
    """The whole bench on stacks under `workdir` (their logs in `logs`, default `workdir`);
    returns every figure."""
    logs = logs or workdir
    r: dict[str, Any] = {
        "when": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "commit": _commit(),
        "machine": {"cpus": os.cpu_count(), "load_at_start": round(os.getloadavg()[0], 2)},
        "settings": _settings(cfg),
    }
    # First, on a machine not yet busy with the stack: the offline model's reading time.
    _progress("parse time: the offline model reading messages built to be slow")
    r["parse_time"] = parse_time.measure(cfg.parse_random)
    _progress("starting the stack")
    postgres_kill_left = cfg.kill_servers
    skipped = {"n/a": "not run (kill_servers is off)"}
    main_log = logs / "main-devstack.log"
    async with bench_stack(workdir / "main", main_log, api_processes=cfg.api_processes) as stack:
        r["settings"]["chat_api_processes"] = len(stack.chat_api_pids())
        await _steady(stack, cfg, r, logs)
        await _recoveries(stack, cfg, r)
        r["recovery"]["temporal"] = dict(skipped)
        r["recovery"]["postgres"] = dict(skipped)
        if cfg.kill_servers:
            _progress("kill -9: Temporal")
            r["recovery"]["temporal"] = await recovery.server_kill(
                stack, "temporal", cfg.server_kill_in_flight
            )
            if stack.alive():
                _progress("kill -9: PostgreSQL")
                r["recovery"]["postgres"] = await recovery.server_kill(
                    stack, "postgres", cfg.server_kill_in_flight
                )
                postgres_kill_left = False
        rss = stack.rss.peak_mb()
    if postgres_kill_left:  # the supervisor gave up when Temporal died: a fresh stack
        _progress("kill -9: PostgreSQL (on a fresh stack)")
        async with bench_stack(workdir / "pg-kill", logs / "pg-kill-devstack.log") as stack:
            r["recovery"]["postgres"] = await recovery.server_kill(
                stack, "postgres", cfg.server_kill_in_flight
            )
    r["peak_rss_mb"] = rss
    r["proposal_flow"] = {
        "proposals_confirmed": CONFIRMED["proposals"],
        "refund_turn_is": "proposal + confirm"
        if CONFIRMED["proposals"]
        else "one turn (no proposal flow on this commit: the turn starts the refund itself)",
    }
    r["machine"]["load_at_end"] = round(os.getloadavg()[0], 2)
    r["targets"] = targets(r)
    return r


_STARTED = time.monotonic()


def _progress(text: str) -> None:
    sys.stderr.write(f"bench: {time.monotonic() - _STARTED:6.1f}s {text}\n")
    sys.stderr.flush()


async def only(phase: str, cfg: BenchConfig, workdir: Path, logs: Path) -> dict[str, Any]:
    """One phase on a fresh stack, for measuring a change to it quickly: `worker_kill` (after
    the ceiling it is compared with), `api_kill` or `flood` (with its targets)."""
    _progress("starting the stack")
    log = logs / f"{phase}-devstack.log"
    async with bench_stack(workdir / "main", log, api_processes=cfg.api_processes) as stack:
        result: dict[str, Any] = {
            "load_at_start": round(os.getloadavg()[0], 2),
            "chat_api_processes": len(stack.chat_api_pids()),
        }
        if phase == "worker_kill":
            _progress("the ceiling")
            ceiling = await _ceiling(stack, cfg)
            result |= {"ceiling": ceiling, **await _worker_kill(stack, cfg, ceiling["per_s"])}
        elif phase == "flood":
            await _flood(stack, cfg, result, logs / "flood")
            result["targets"] = flood_targets(result["flood"])
        else:
            result |= await _api_kill(stack, every_process=True)
    result["load_at_end"] = round(os.getloadavg()[0], 2)
    return result


ONLY = ("worker_kill", "api_kill", "flood")


def main() -> None:
    """`make bench`, or one phase with `--only`."""
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run", description=__doc__)
    parser.add_argument("--only", choices=ONLY, help="one phase, printed as JSON")
    parser.add_argument("--api-processes", type=int, help="chat API processes (make dev's default)")
    args = parser.parse_args()
    cfg = dataclasses.replace(BenchConfig(), api_processes=args.api_processes)
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    if args.only:  # one phase, printed; results.json untouched
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            found = asyncio.run(only(args.only, cfg, Path(tmp), LOG_DIR))
        sys.stdout.write(json.dumps(found, indent=2) + "\n")
        return
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        _progress(f"logs of the stack: {LOG_DIR}")
        results = asyncio.run(run(cfg, Path(tmp), LOG_DIR))
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    (OUT_DIR / "latency.svg").write_text(chart_svg(results["chat_latency"]))
    sys.stdout.write(table(results))
    sys.stdout.write(f"\nwritten: {OUT_DIR / 'results.json'}, {OUT_DIR / 'latency.svg'}\n")


if __name__ == "__main__":
    main()
