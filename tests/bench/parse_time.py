"""`make bench`'s parse-time phase: how long the offline model takes to read one message of up
to the chat's size limit, over messages built to be slow (tests/support/pathological.py) and
random strings from hypothesis (every code point, lone surrogates included, and runs of the
model's own words). Each message is read `runs` times, each time afresh (the reader keeps what
it read, reading.READINGS_KEPT), and its median counts; the time is the reading thread's CPU
time, so the other processes of a shared machine do not count as the parser's cost (the worst
wall-clock read is reported beside it). The target: at most 10 ms for
any message.

`python -m tests.bench.parse_time` runs this phase alone and prints its figures as JSON.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings

from services.orderwords.items import ItemIndex
from services.orderwords.reading import forget_readings, read_message
from tests.support.offline_shop import DEMO, Shop
from tests.support.pathological import RANDOM_MESSAGES, pathological

TARGET_MS = 10.0
RUNS = 7


def random_messages(n: int) -> list[str]:
    """`n` messages drawn by hypothesis."""
    drawn: list[str] = []

    @settings(
        max_examples=n,
        database=None,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(RANDOM_MESSAGES)
    def draw(text: str) -> None:
        drawn.append(text)

    draw()
    return drawn[:n]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def measure(random_count: int = 1000, runs: int = RUNS) -> dict[str, Any]:
    """Read every message `runs` times; the figures over the per-message medians."""
    vocabulary = ItemIndex([(oid, item) for oid, item, _, _ in DEMO]).vocabulary
    messages = list(pathological().items())
    messages += [(f"random {n}", text) for n, text in enumerate(random_messages(random_count))]
    medians: list[tuple[float, str]] = []
    single_worst = 0.0
    for name, text in messages:
        times = []
        for _ in range(runs):
            forget_readings()
            started, cpu = time.perf_counter(), time.thread_time()
            read_message(text, vocabulary)
            times.append(time.thread_time() - cpu)
            single_worst = max(single_worst, time.perf_counter() - started)
        medians.append((statistics.median(times), name))
    medians.sort()
    worst, worst_name = medians[-1]
    p99 = medians[min(len(medians) - 1, int(0.99 * len(medians)))][0]
    # The whole model turn (orders listed, plan, reply) for the slow-to-read messages, once.
    step_worst = 0.0
    for _, text in pathological().items():
        forget_readings()  # as the message's first turn reads it
        started = time.thread_time()
        Shop().say(text)
        step_worst = max(step_worst, time.thread_time() - started)
    return {
        "messages": len(messages),
        "pathological": len(pathological()),
        "random": len(messages) - len(pathological()),
        "longest_chars": max(len(t) for _, t in messages),
        "runs_per_message": runs,
        "p50_ms": _ms(medians[len(medians) // 2][0]),
        "p99_ms": _ms(p99),
        "worst_ms": _ms(worst),
        "worst_message": worst_name,
        "clock": "thread CPU time, median of the runs per message",
        "worst_wall_clock_read_ms": _ms(single_worst),
        "whole_turn_worst_ms": _ms(step_worst),
        "target_ms": TARGET_MS,
        "met": worst * 1000 <= TARGET_MS,
    }


def main() -> None:
    """This phase alone."""
    sys.stdout.write(json.dumps(measure(), indent=2) + "\n")


if __name__ == "__main__":
    main()
