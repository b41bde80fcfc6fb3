"""The latency summary every figure of the bench uses."""

from __future__ import annotations

import statistics


def summary(ms: list[float]) -> dict[str, float]:
    """n, p50, p99 and max of latencies in ms (p99 is the max below 100 samples)."""
    ordered = sorted(ms)
    p99 = ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]
    return {
        "n": len(ordered),
        "p50": round(statistics.median(ordered), 1),
        "p99": round(p99, 1),
        "max": round(ordered[-1], 1),
    }
