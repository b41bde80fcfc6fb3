"""`make bench`: the product measured as it runs under `make dev`.

Starts the dev supervisor (embedded PostgreSQL, Temporal dev server, worker, chat API as real
processes) on a temporary data folder and free ports, drives it over HTTP as customers and an
admin would, and prints a table. Every figure with the settings that produced it goes to
bench/results.json, and a chart of latency against load to bench/latency.svg. Every loop is
bounded in count and time; the whole run takes a few minutes on 2 busy cores.
"""

from __future__ import annotations

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
from tests.bench import parse_time, phases, recovery
from tests.bench.ceiling_worker import ceiling_throughput
from tests.bench.customers import CONFIRMED, new_customer
from tests.bench.report import chart_svg, table, targets
from tests.bench.stack import BenchStack, bench_stack

REPO = Path(__file__).resolve().parents[2]
OUT_DIR = REPO / "bench"
LOG_DIR = REPO / "test-artifacts" / "bench"  # the stack's logs, kept after the run


@dataclass(frozen=True)
class BenchConfig:
    """How much of everything the bench does (the smoke test uses tiny counts)."""

    load_levels: tuple[int, ...] = (1, 5, 20)
    turns_per_customer: int = 10  # per level, status and refund turns each
    thread_turns: int = 500
    thread_window: int = 20
    throughput_n: int = 300
    throughput_concurrency: int = 20
    chat_throughput_n: int = 200
    decisions: int = 50
    worker_kill_in_flight: int = 200
    server_kill_in_flight: int = 50
    kill_api: bool = True
    kill_servers: bool = True  # Temporal and PostgreSQL (destructive: done last)
    parse_random: int = 1000  # random messages for the offline model's parse-time phase


# The smoke test's run: every building block once, in seconds.
TINY = BenchConfig(
    load_levels=(1, 2),
    turns_per_customer=1,
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


async def _steady(stack: BenchStack, cfg: BenchConfig, r: dict[str, Any]) -> None:
    """Everything measured with no process killed."""
    say = _progress
    say("chat latency against load")
    r["chat_latency"] = await phases.chat_latency(
        stack, list(cfg.load_levels), cfg.turns_per_customer
    )
    say("a long thread")
    r["thread"] = await phases.thread_growth(stack, cfg.thread_turns, cfg.thread_window)
    say("refunds per second (API, chat, ceiling)")
    tp: dict[str, Any] = {}
    tp["api"] = await phases.api_throughput(stack, cfg.throughput_n, cfg.throughput_concurrency)
    tp["chat"] = await phases.chat_throughput(
        stack, cfg.chat_throughput_n, cfg.throughput_concurrency
    )
    tp["ceiling"] = await ceiling_throughput(
        stack.temporal,
        stack.settings.temporal_address,
        cfg.throughput_n,
        cfg.throughput_concurrency,
    )
    ceiling = tp["ceiling"]["per_s"]
    tp["api_over_ceiling"] = round(tp["api"]["per_s"] / ceiling, 2)
    tp["chat_over_ceiling"] = round(tp["chat"]["per_s"] / ceiling, 2)
    r["throughput"] = tp
    say("review decisions")
    r["decision"] = await phases.decision_to_refunded(stack, cfg.decisions)


async def _recoveries(stack: BenchStack, cfg: BenchConfig, r: dict[str, Any]) -> None:
    rec: dict[str, Any] = {}
    _progress("kill -9: worker")
    rec["worker"] = await recovery.worker_kill(stack, cfg.worker_kill_in_flight)
    rec["chat_api"] = {"seconds_to_ready": None, "seconds_to_serving_chat": None}
    if cfg.kill_api:
        _progress("kill -9: chat API")
        customer = await new_customer(stack, small_orders=0, name="After Crash")
        try:
            rec["chat_api"] = await recovery.api_kill(stack, customer)
        finally:
            await customer.aclose()
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
    async with bench_stack(workdir / "main", logs / "main-devstack.log") as stack:
        await _steady(stack, cfg, r)
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
    r["targets"] = targets(r)
    return r


_STARTED = time.monotonic()


def _progress(text: str) -> None:
    sys.stderr.write(f"bench: {time.monotonic() - _STARTED:6.1f}s {text}\n")
    sys.stderr.flush()


async def worker_kill_only(cfg: BenchConfig, workdir: Path, logs: Path) -> dict[str, Any]:
    """Only the worker-kill recovery, on a fresh stack: for measuring a change to it quickly."""
    _progress("starting the stack")
    async with bench_stack(workdir / "main", logs / "worker-kill-devstack.log") as stack:
        _progress("kill -9: worker")
        result = await recovery.worker_kill(stack, cfg.worker_kill_in_flight)
    result["load_at_end"] = round(os.getloadavg()[0], 2)
    return result


def main() -> None:
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    if sys.argv[1:] == ["--only", "worker_kill"]:  # one phase, printed, results.json untouched
        with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
            found = asyncio.run(worker_kill_only(BenchConfig(), Path(tmp), LOG_DIR))
        sys.stdout.write(json.dumps(found, indent=2) + "\n")
        return
    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        _progress(f"logs of the stack: {LOG_DIR}")
        results = asyncio.run(run(BenchConfig(), Path(tmp), LOG_DIR))
    OUT_DIR.mkdir(exist_ok=True)
    (OUT_DIR / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    (OUT_DIR / "latency.svg").write_text(chart_svg(results["chat_latency"]))
    sys.stdout.write(table(results))
    sys.stdout.write(f"\nwritten: {OUT_DIR / 'results.json'}, {OUT_DIR / 'latency.svg'}\n")


if __name__ == "__main__":
    main()
