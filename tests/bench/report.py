"""What `make bench` shows: the table on stdout, the targets of issue 9 met or not, and a small
hand-written SVG chart of chat-turn latency against the number of concurrent customers."""

from __future__ import annotations

from typing import Any


def _fmt(value: Any, unit: str = "") -> str:
    return "n/a" if value is None else f"{value}{unit}"


def targets(r: dict[str, Any]) -> list[dict[str, Any]]:
    """Each target of issue 9 §6 with what was measured and whether it is met."""
    one = r["chat_latency"]["1"]
    thread = r["thread"]
    tp = r["throughput"]
    worker = r["recovery"]["worker"]["seconds_to_all_paid"]
    api = r["recovery"]["chat_api"]["seconds_to_serving_chat"]
    decision = r["decision"]["decision_to_refunded_ms"]["p50"]
    rows: list[tuple[str, str, Any, Any, str]] = [
        ("status turn p50 (1 customer)", "<= 15 ms", one["status_turn_ms"]["p50"], 15, "le"),
        ("status turn flat at turn 500 (vs a new thread's turns 1-20 at the same time)",
         "p50 ratio within 0.8-1.2", thread.get("last_over_new_thread"), (0.8, 1.2), "in"),
        ("small-refund chat turn p50 (proposal + confirm, payment delay 0)", "<= 30 ms",
         one["refund_turn_ms"]["p50"], 30, "le"),
        ("refunds/s via POST /api/refunds vs ceiling", ">= 0.8", tp["api_over_ceiling"], 0.8, "ge"),
        ("decision -> REFUNDED p50", "<= 20 ms", decision, 20, "le"),
        ("worker kill -9 -> all paid", "<= 5 s", worker, 5, "le"),
        ("chat API kill -9 -> serving", "<= 2 s", api, 2, "le"),
        ("offline model reads any message (worst, up to the size limit)", "<= 10 ms",
         r["parse_time"]["worst_ms"], r["parse_time"]["target_ms"], "le"),
    ]  # fmt: skip
    out = []
    for name, target, value, bound, how in rows:
        met = _met(value, bound, how)
        out.append({"target": name, "wanted": target, "measured": value, "met": met})
    return out


def _met(value: Any, bound: Any, how: str) -> bool:
    if value is None:
        return False
    if how == "le":
        return bool(value <= bound)
    if how == "ge":
        return bool(value >= bound)
    low, high = bound
    return bool(low <= value <= high)


def _row(name: str, *cells: Any) -> str:
    return f"{name:<52}" + "".join(f" {_fmt(c):>9}" for c in cells)


def _ms(s: dict[str, Any]) -> tuple[str, str, int]:
    return f"{s['p50']}ms", f"{s['p99']}ms", s["n"]


def table(r: dict[str, Any]) -> str:
    """The figures as aligned text lines."""
    m = r["machine"]
    lines = [
        "",
        f"make bench  ({r['when']}, commit {r['commit']}, {m['cpus']} cores,"
        f" load {m['load_at_start']})",
        "",
        _row("figure", "p50", "p99", "n"),
    ]
    for level, fig in r["chat_latency"].items():
        lines.append(
            _row(f"chat status turn, {level} concurrent customer(s)", *_ms(fig["status_turn_ms"]))
        )
        lines.append(
            _row(f"chat refund turn, {level} concurrent customer(s)", *_ms(fig["refund_turn_ms"]))
        )
        if "confirm_ms" in fig:
            lines.append(_row("  of which the proposal turn", *_ms(fig["proposal_turn_ms"])))
            lines.append(_row("  of which Confirm -> paid", *_ms(fig["confirm_ms"])))
    t = r["thread"]
    lines.append(_row(f"status turn, one thread, turns {t['first_turns']}", *_ms(t["first_ms"])))
    lines.append(_row(f"status turn, one thread, turns {t['last_turns']}", *_ms(t["last_ms"])))
    if "new_thread_alongside_last_ms" in t:
        name = "  a new thread's turns 1-20, alongside"
        lines.append(_row(name, *_ms(t["new_thread_alongside_last_ms"])))
    lines.append(_row(f"bytes per thread after {t['turns']} turns", t["thread_bytes"]))
    tp = r["throughput"]
    labels = {
        "api": "small refunds/s via POST /api/refunds",
        "chat": "small refunds/s via the chat",
        "ceiling": "ceiling: no-op workflows/s",
    }
    for key, label in labels.items():
        f = tp[key]
        lines.append(_row(f"{label} ({f['concurrency']} in flight)", f"{f['per_s']}/s"))
    lines.append(
        _row("refunds/s over ceiling: API, chat", tp["api_over_ceiling"], tp["chat_over_ceiling"])
    )
    lines.append(
        _row("review decision -> REFUNDED row", *_ms(r["decision"]["decision_to_refunded_ms"]))
    )
    rec = r["recovery"]
    w = rec["worker"]
    lines.append(
        _row(
            f"worker kill -9, {w['unpaid_at_kill']} unpaid -> first, all paid (s)",
            w["seconds_to_first_paid"],
            w["seconds_to_all_paid"],
        )
    )
    a = rec["chat_api"]
    lines.append(
        _row(
            "chat API kill -9 -> ready, chat answered (s)",
            a["seconds_to_ready"],
            a["seconds_to_serving_chat"],
        )
    )
    for name in ("temporal", "postgres"):
        k = rec[name]
        if "n/a" in k:
            lines.append(f"{name + ' kill -9':<52} n/a: {k['n/a']}")
        else:
            lines.append(
                _row(
                    f"{name} kill -9 -> serving, all paid (s)",
                    k["seconds_to_serving"],
                    k["seconds_to_all_paid"],
                )
            )
    pt = r["parse_time"]
    lines.append(
        _row(
            f"offline model reads a message (ms; {pt['messages']} of up to"
            f" {pt['longest_chars']} chars)",
            f"{pt['p50_ms']}ms",
            f"{pt['p99_ms']}ms",
            pt["messages"],
        )
    )
    lines.append(
        _row(
            f"  worst message ({pt['worst_message']}), whole model turn worst",
            f"{pt['worst_ms']}ms",
            f"{pt['whole_turn_worst_ms']}ms",
        )
    )
    lines.append("peak RSS: " + ", ".join(f"{k} {v} MB" for k, v in r["peak_rss_mb"].items()))
    lines += ["", "targets (issue 9):"]
    for t_ in r["targets"]:
        mark = "MET " if t_["met"] else "MISS"
        lines.append(f"  [{mark}] {t_['target']}: {_fmt(t_['measured'])} (wanted {t_['wanted']})")
    return "\n".join(lines) + "\n"


def chart_svg(latency: dict[str, Any]) -> str:
    """p50 and p99 of the status and refund turns against concurrent customers, as SVG."""
    levels = sorted(int(k) for k in latency)
    series = [
        ("status p50", "status_turn_ms", "p50", "#1f77b4", ""),
        ("status p99", "status_turn_ms", "p99", "#1f77b4", "4 3"),
        ("refund p50", "refund_turn_ms", "p50", "#d62728", ""),
        ("refund p99", "refund_turn_ms", "p99", "#d62728", "4 3"),
    ]
    top = max(latency[str(n)][k][q] for n in levels for _, k, q, _, _ in series) * 1.1 or 1
    w, h, left, bottom, pad = 480, 280, 50, 40, 15

    def x(i: int) -> float:
        return left + i * (w - left - pad) / max(1, len(levels) - 1)

    def y(ms: float) -> float:
        return h - bottom - ms / top * (h - bottom - pad)

    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" '
           'font-family="sans-serif" font-size="11">',
           f'<rect width="{w}" height="{h}" fill="white"/>',
           f'<text x="{w / 2:.0f}" y="12" text-anchor="middle">chat turn latency (ms)'
           ' against concurrent customers</text>',
           f'<line x1="{left}" y1="{h - bottom}" x2="{w - pad}" y2="{h - bottom}" stroke="black"/>',
           f'<line x1="{left}" y1="{pad}" x2="{left}" y2="{h - bottom}"'
           ' stroke="black"/>']  # fmt: skip
    for i, n in enumerate(levels):
        out.append(f'<text x="{x(i):.0f}" y="{h - bottom + 15}" text-anchor="middle">{n}</text>')
    for frac in (0, 0.25, 0.5, 0.75, 1):
        ms = top * frac
        out.append(f'<text x="{left - 5}" y="{y(ms) + 4:.0f}" text-anchor="end">{ms:.0f}</text>')
    for row, (label, kind, q, colour, dash) in enumerate(series):
        points = " ".join(
            f"{x(i):.0f},{y(latency[str(n)][kind][q]):.0f}" for i, n in enumerate(levels)
        )
        out.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"'
                   f' stroke-dasharray="{dash}"/>')  # fmt: skip
        ly = pad + 12 + row * 14
        out.append(f'<line x1="{left + 10}" y1="{ly}" x2="{left + 30}" y2="{ly}" stroke="{colour}"'
                   f' stroke-width="2" stroke-dasharray="{dash}"/>')  # fmt: skip
        out.append(f'<text x="{left + 35}" y="{ly + 4}">{label}</text>')
    out.append(f'<text x="{(left + w) / 2:.0f}" y="{h - 8}" text-anchor="middle">'
               "concurrent customers</text>")  # fmt: skip
    out.append("</svg>")
    return "\n".join(out) + "\n"
