"""The chaos run: a dev stack of its own, rounds of customers and reviewers while a random
process is killed with SIGKILL, then the verdict line (exit code 1 unless all zeros)."""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
import httpx

from tests.chaos.actors import AskedRefund, Reviewers, Stats, request_refund
from tests.chaos.verdict import Verdict, judge
from tests.support.devstack import DevStack, alive, free_port, run_devstack

VICTIMS = ("worker", "chat_api", "temporal", "postgres")
REQUESTS_PER_ROUND = 6
LARGE_SHARE = 0.35  # of requests above the review threshold ($1000)
CHAT_SHARE = 0.5  # of requests made through the chat rather than the API
ROUND_SPREAD_SECONDS = 2.5  # requests and the kill land at random moments in this window
BACK_WITHIN_SECONDS = 60.0  # a killed process must be back (and the API ready) by then
RUN_BUDGET_SECONDS = 480.0  # no new round starts past this: the run ends within ~10 minutes
SETTLE_EXTRA_SECONDS = 60.0  # beyond the review timeout, for the last payments to land
# Small payments take a moment, so kills land in the middle of some.
STACK_ENV = {"PAYMENT_DELAY_SECONDS": "0.2"}


@dataclass
class Run:
    """A chaos run in progress: its stack, its random generator and what happened so far."""

    stack: DevStack
    database_url: str
    rng: random.Random
    victims: tuple[str, ...] = VICTIMS
    stats: Stats = field(default_factory=Stats)
    requests: list[AskedRefund] = field(default_factory=list)
    recovery: dict[str, list[float]] = field(default_factory=dict)


async def _new_orders(run: Run, round_no: int) -> list[AskedRefund]:
    """A fresh customer and order for each request of the round, straight into PostgreSQL."""
    made: list[AskedRefund] = []
    deadline = time.monotonic() + BACK_WITHIN_SECONDS
    while True:
        try:
            conn = await asyncpg.connect(run.database_url, timeout=5)
            break
        except (OSError, asyncpg.PostgresError, TimeoutError):
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.25)
    try:
        for i in range(REQUESTS_PER_ROUND):
            large = run.rng.random() < LARGE_SHARE
            price = run.rng.uniform(1100, 2500) if large else run.rng.uniform(5, 900)
            customer_id = await conn.fetchval(
                "INSERT INTO customers (name, email) VALUES ($1, $2) RETURNING id",
                f"Chaos Customer {round_no}-{i}",
                f"chaos-{round_no}-{i}-{run.rng.getrandbits(32):08x}@example.com",
            )
            order_id = await conn.fetchval(
                "INSERT INTO purchases (customer_id, item, order_date, price)"
                " VALUES ($1, $2, current_date, $3) RETURNING order_id",
                customer_id,
                f"Chaos item {round_no}-{i}",
                round(price, 2),
            )
            channel = "chat" if run.rng.random() < CHAT_SHARE else "api"
            confirm = "typed" if run.rng.random() < 0.5 else "button"
            made.append(AskedRefund(order_id, customer_id, large, channel, confirm))
    finally:
        await conn.close()
    return made


async def _ready(http: httpx.AsyncClient) -> bool:
    """True when the chat API answers /readyz with 200."""
    try:
        return (await http.get("/readyz")).status_code == 200
    except httpx.TransportError:
        return False


async def _kill_and_wait(run: Run, victim: str, after: float) -> None:
    """SIGKILL `victim` after `after` seconds; wait until its successor runs and the API is
    ready again; record how long that took."""
    await asyncio.sleep(after)
    stack = run.stack
    pid = stack.pid_of(victim)
    if pid is None or not alive(pid):
        raise AssertionError(f"{victim} is not running before its kill:\n{stack.tail()}")
    os.kill(pid, signal.SIGKILL)
    killed = time.monotonic()
    async with httpx.AsyncClient(base_url=stack.base_url, timeout=2.0) as http:
        while True:
            successor = stack.pid_of(victim)
            if successor not in (None, pid) and alive(successor) and await _ready(http):
                break
            if time.monotonic() - killed > BACK_WITHIN_SECONDS:
                raise AssertionError(f"{victim} not back within {BACK_WITHIN_SECONDS}s")
            await asyncio.sleep(0.05)
    run.recovery.setdefault(victim, []).append(time.monotonic() - killed)


async def _round(run: Run, round_no: int) -> None:
    """New orders, their customers' requests at random moments, and one kill in between."""
    batch = await _new_orders(run, round_no)
    run.requests.extend(batch)
    victim = run.rng.choice(run.victims)
    _say(f"chaos: round {round_no}: {len(batch)} requests, killing {victim}")
    jobs = [_kill_and_wait(run, victim, run.rng.uniform(0.1, ROUND_SPREAD_SECONDS))]
    for req in batch:
        jobs.append(_later(run.rng.uniform(0.0, ROUND_SPREAD_SECONDS), req, run))
    await asyncio.gather(*jobs)


async def _later(delay: float, req: AskedRefund, run: Run) -> None:
    """One customer's request, `delay` seconds into the round."""
    await asyncio.sleep(delay)
    await request_refund(run.stack.base_url, req, run.stats)


async def chaos(run: Run, *, rounds: int, review_timeout: int, temporal_address: str) -> Verdict:
    """All rounds, with reviewers deciding throughout; then the verdict."""
    token = (run.stack.data_dir / "admin-token").read_text().strip()
    # Reviewers draw from a generator of their own: their timing does not change the rounds'
    # plan (who asks what, how, and which process dies when), which the seed alone decides.
    reviewer_rng = random.Random(run.rng.getrandbits(64))
    reviewers = Reviewers(run.stack.base_url, token, reviewer_rng, run.stats)
    stop = asyncio.Event()
    reviewing = asyncio.create_task(reviewers.run(stop))
    started = time.monotonic()
    done = 0
    try:
        for round_no in range(1, rounds + 1):
            if time.monotonic() - started > RUN_BUDGET_SECONDS:
                _say(f"chaos: time budget reached after {done} rounds")
                break
            t0 = time.monotonic()
            await _round(run, round_no)
            done += 1
            _say(f"chaos: round {round_no} done in {time.monotonic() - t0:.1f} s")
        return await judge(
            run.database_url,
            temporal_address,
            run.requests,
            rounds=done,
            kills=sum(len(v) for v in run.recovery.values()),
            settle_within=review_timeout + SETTLE_EXTRA_SECONDS,
            base_url=run.stack.base_url,
        )
    finally:
        stop.set()
        await reviewing


def _say(text: str) -> None:
    """One line on stdout, at once (the run is watched live)."""
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _report(run: Run, verdict: Verdict, seconds: float) -> None:
    """Recovery times, what clients met, any problem, and the verdict line last."""
    for victim in VICTIMS:
        times = run.recovery.get(victim, [])
        if times:
            _say(
                f"chaos: {victim} kill -> back and ready: n={len(times)}"
                f" p50={statistics.median(times):.2f} s max={max(times):.2f} s"
            )
    _say(f"chaos: clients retried statuses={run.stats.retried_statuses}"
         f" errors={run.stats.retried_errors}")  # fmt: skip
    answers: dict[str, int] = {}
    for req in run.requests:
        key = f"{req.channel} {'large' if req.large else 'small'}: {req.answer}"
        answers[key] = answers.get(key, 0) + 1
    _say(f"chaos: customers' answers {dict(sorted(answers.items()))}")
    _say(f"chaos: review decisions {dict(sorted(run.stats.decisions.items()))}")
    for problem in run.stats.refused:
        _say(f"chaos: refused: {problem}")
    for name in ("lost", "double_paid", "stuck", "duplicate_emails", "stale_proposals"):
        if ids := getattr(verdict, name):
            _say(f"chaos: {name} orders: {ids}")
    _say(f"chaos: took {seconds:.1f} s")
    _say(verdict.line())


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """--rounds, --seed, --review-timeout, --keep and --victims."""
    parser = argparse.ArgumentParser(prog="python -m tests.chaos", description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--seed", type=int, default=None, help="default: a random one")
    parser.add_argument(
        "--review-timeout", type=int, default=20, help="REFUND_REVIEW_TIMEOUT of the stack (s)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the data folder and log")
    parser.add_argument(
        "--victims",
        default=",".join(VICTIMS),
        help=f"which processes may be killed, comma-separated (default: {','.join(VICTIMS)})",
    )
    return parser.parse_args(argv)


def execute(
    rounds: int,
    seed: int,
    review_timeout: int,
    workdir: Path,
    victims: tuple[str, ...] = VICTIMS,
) -> tuple[Run, Verdict]:
    """Start a stack in `workdir`, run the rounds, stop the stack; the run and its verdict."""
    ports = {"api-port": free_port(), "temporal-port": free_port(), "ui-port": free_port()}
    env = {**STACK_ENV, "REFUND_REVIEW_TIMEOUT": str(review_timeout)}
    data_dir = workdir / "data"
    with run_devstack(data_dir, workdir / "devstack.log", ports=ports, **env) as stack:
        stack.wait_ready()
        database_url = f"postgresql://postgres@/refunds?host={data_dir / 'pg'}"
        run = Run(stack, database_url, random.Random(seed), victims)
        temporal = f"127.0.0.1:{ports['temporal-port']}"
        verdict = asyncio.run(
            chaos(run, rounds=rounds, review_timeout=review_timeout, temporal_address=temporal)
        )
    return run, verdict


def main(argv: Sequence[str] | None = None) -> None:
    """Run chaos on a fresh stack in a temporary folder; exit 1 unless the verdict is clean."""
    args = parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    workdir = Path(tempfile.mkdtemp(prefix="chaos-"))
    _say(f"chaos: seed={seed} rounds={args.rounds} (repeat with --seed {seed}); files in {workdir}")
    started = time.monotonic()
    victims = tuple(v.strip() for v in args.victims.split(",") if v.strip())
    if not victims or set(victims) - set(VICTIMS):
        raise SystemExit(f"--victims: choose among {','.join(VICTIMS)}")
    run, verdict = execute(args.rounds, seed, args.review_timeout, workdir, victims)
    _report(run, verdict, time.monotonic() - started)
    if verdict.clean and not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    elif not verdict.clean:
        _say(f"chaos: the stack's log and data are kept in {workdir}")
    sys.exit(0 if verdict.clean else 1)
