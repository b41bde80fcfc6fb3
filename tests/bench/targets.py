"""The product's performance targets, each checked against this run's figures: met or missed,
with the figure and, where the target is relative, the bound this run's ceiling gives."""

from __future__ import annotations

from typing import Any

# Worker kill -9: every unpaid refund paid within this factor of (unpaid / ceiling).
WORKER_KILL_FACTOR = 1.2
# One customer's flood: another customer's turn p50 within this factor of its unloaded p50.
FLOOD_FACTOR = 2.0
FLOOD_WAYS = (("nginx", "through nginx"), ("direct", "straight to the chat API"))


def _target(name: str, measured: Any, bound: float, unit: str, how: str = "le") -> dict[str, Any]:
    """One target: met when `measured` is at most (`le`) or at least (`ge`) `bound`."""
    sign = "=" if how == "le" and bound == 0 else "<=" if how == "le" else ">="
    wanted = f"{sign} {bound} {unit}".rstrip()
    met = measured is not None and (measured <= bound if how == "le" else measured >= bound)
    return {"target": name, "wanted": wanted, "measured": measured, "unit": unit, "met": met}


def _get(d: dict[str, Any] | None, *keys: str) -> Any:
    """d[k1][k2]..., or None where a step is missing (a phase not run, no samples)."""
    for key in keys:
        if not isinstance(d, dict) or d.get(key) is None:
            return None
        d = d[key]
    return d


def flood_targets(f: dict[str, Any]) -> list[dict[str, Any]]:
    """Another customer's turn during one customer's flood, each way in: p50 during the floods
    over p50 with nothing else going on (n/a, and missed, where a way was not measured)."""
    return [
        _target(
            f"another customer's turn p50 during floods of {f['requests']}, {label}",
            _get(f, key, "ratio_p50"),
            FLOOD_FACTOR,
            "x unloaded",
        )
        for key, label in FLOOD_WAYS
    ]


def targets(r: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target with what this run measured and whether it is met."""
    latency = r["chat_latency"]
    one = latency["1"]
    many_level = max(latency, key=int)  # 20 customers in `make bench`
    many = latency[many_level]
    worker = r["recovery"]["worker"]
    unpaid_s = worker.get("unpaid_over_ceiling_s")
    worker_bound = None if unpaid_s is None else round(WORKER_KILL_FACTOR * unpaid_s, 2)
    rows = [
        _target("status turn p50, 1 customer", _get(one, "status_turn_ms", "p50"), 12, "ms"),
        _target("proposal turn p50, 1 customer", _get(one, "proposal_turn_ms", "p50"), 15, "ms"),
        _target("Confirm -> paid p50, 1 customer", _get(one, "confirm_ms", "p50"), 30, "ms"),
        _target(
            f"{many_level} customers at once: status turn p99",
            _get(many, "status_turn_ms", "p99"),
            250,
            "ms",
        ),
        _target(
            f"{many_level} customers at once: status turns/s",
            many["status_turns_per_s"],
            80,
            "/s",
            how="ge",
        ),
        _target(f"{many_level} customers at once: messages lost", many["status_lost"], 0, ""),
        _target(
            "decision -> REFUNDED p50",
            _get(r, "decision", "decision_to_refunded_ms", "p50"),
            16,
            "ms",
        ),
        _target(
            "chat API kill -9 (every process) -> chat answered",
            _get(r, "recovery", "chat_api", "seconds_to_serving_chat"),
            1.5,
            "s",
        ),
    ]
    worker_row = _target(
        "worker kill -9 -> all paid", worker["seconds_to_all_paid"], worker_bound or 0, "s"
    )
    worker_row["wanted"] = (
        f"<= {WORKER_KILL_FACTOR} x {worker['unpaid_at_kill']} unpaid / ceiling"
        f" {worker.get('ceiling_per_s')}/s = {worker_bound} s"
    )
    worker_row["met"] = worker_row["met"] and worker_bound is not None
    parse = r.get("parse_time") or {}
    parse_row = _target(
        "offline model reads any message (worst, up to the size limit)",
        parse.get("worst_ms"),
        parse.get("target_ms", 10),
        "ms",
    )
    return [*rows, worker_row, parse_row, *flood_targets(r["flood"])]


def targets_text(rows: list[dict[str, Any]]) -> str:
    """The targets as lines: [MET ] or [MISS], the figure, what was wanted."""
    lines = ["targets (this run):"]
    for t in rows:
        mark = "MET " if t["met"] else "MISS"
        measured = "n/a" if t["measured"] is None else f"{t['measured']} {t['unit']}".rstrip()
        lines.append(f"  [{mark}] {t['target']}: {measured} (wanted {t['wanted']})")
    return "\n".join(lines)
