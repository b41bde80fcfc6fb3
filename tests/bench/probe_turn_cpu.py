"""In-process CPU per chat turn, for A/B comparisons of the agent's hot path on a shared machine.

Run: `python -m pytest tests/bench/probe_turn_cpu.py -s` (not collected by `make test`: its
name is not test_*). It drives the real chat API in this process (the test servers, the
offline model, a refund worker), and prints for a status turn and a refund exchange (proposal
+ Confirm, the worker's CPU included): the least and the median CPU per turn over batches of
turns (other processes' load only adds to a batch, so the least is the steadiest), for the
exchange also its proposal turn's alone, thread hops per turn (calls of `run_in_executor`) and
proposal-record validations per turn, and writes a cProfile of one more batch to
`$PROBE_OUT_<kind>.prof` (the event loop's thread only: the offline model runs in a worker
thread, which py-spy sees, see profile_turns.py). Settings: PROBE_KINDS (status,refund),
PROBE_BATCHES, PROBE_PER_BATCH, PROBE_OUT.
"""

from __future__ import annotations

import asyncio
import cProfile
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest

from services.chat_api.agent.proposal_record import ProposalRecord
from services.common.config import Settings
from tests.agent.conftest import chat, press, sign_in
from tests.support.api import running_app
from tests.support.orders import OrderFactory

BATCHES = int(os.environ.get("PROBE_BATCHES", "8"))
PER_BATCH = int(os.environ.get("PROBE_PER_BATCH", "10"))
OUT = os.environ.get("PROBE_OUT", "/tmp/probe_turn")
COUNTS = {"hops": 0, "validations": 0}


def _count(key: str, call: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any, **kwargs: Any) -> Any:
        COUNTS[key] += 1
        return call(*args, **kwargs)

    return counted


@pytest.fixture
def counting(monkeypatch: pytest.MonkeyPatch) -> None:
    loop_class = asyncio.BaseEventLoop
    monkeypatch.setattr(loop_class, "run_in_executor", _count("hops", loop_class.run_in_executor))
    validate = ProposalRecord.model_validate.__func__  # type: ignore[attr-defined]
    counted = _count("validations", validate)
    monkeypatch.setattr(ProposalRecord, "model_validate", classmethod(counted))


@pytest.mark.timeout(900)
@pytest.mark.usefixtures("worker", "counting")
async def test_turn_cpu(settings: Settings, orders: OrderFactory) -> None:
    turns = BATCHES * PER_BATCH + PER_BATCH
    async with running_app(settings) as (_app, http):
        cid = await orders.customer()
        small = [(await orders.order("5.00", customer_id=cid)).order_id for _ in range(turns + 4)]
        await sign_in(http, cid)
        question = f"what is the status of my refund for order {small.pop()}?"

        proposing = [0.0]  # CPU seconds of the refund exchanges' proposal turns

        async def one(kind: str) -> None:
            if kind == "status":
                await chat(http, question)
                return
            started = time.process_time()
            answer = await chat(http, f"please refund order {small.pop()}, it broke")
            proposing[0] += time.process_time() - started
            response = await press(http, answer["proposals"][0]["id"])
            assert response.status_code == 200, response.text

        for kind in ("status", "refund", "status"):  # warm-up: pools, caches, a few proposals
            await one(kind)
        for kind in os.environ.get("PROBE_KINDS", "status,refund").split(","):
            cpus: list[float] = []
            proposals: list[float] = []
            COUNTS.update(hops=0, validations=0)
            for _ in range(BATCHES):
                gc.collect()
                proposing[0] = 0.0
                started = time.process_time()
                for _ in range(PER_BATCH):
                    await one(kind)
                cpus.append((time.process_time() - started) * 1000 / PER_BATCH)
                proposals.append(proposing[0] * 1000 / PER_BATCH)
            n = BATCHES * PER_BATCH
            profile = cProfile.Profile()
            profile.enable()
            for _ in range(PER_BATCH):
                await one(kind)
            profile.disable()
            profile.dump_stats(f"{OUT}_{kind}.prof")
            proposal = ""
            if kind == "refund":
                proposal = (
                    f" (its proposal turn: least {min(proposals):.2f},"
                    f" median {statistics.median(proposals):.2f})"
                )
            sys.stdout.write(
                f"\nPROBE {kind}: CPU least {min(cpus):.2f}, median {statistics.median(cpus):.2f}"
                f" ms/turn{proposal}; thread hops {COUNTS['hops'] / n:.1f}/turn; record"
                f" validations {COUNTS['validations'] / n:.1f}/turn\n"
            )
