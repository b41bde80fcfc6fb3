"""What `make bench` shows: the table on stdout, each figure beside what the same run measured
without the product's logic (so a slow machine shows as a slow machine), the targets met or
missed, and a small hand-written SVG chart of chat-turn latency against concurrent customers."""

from __future__ import annotations

from typing import Any

from tests.bench.targets import FLOOD_FACTOR, targets_text


def _fmt(value: Any, unit: str = "") -> str:
    """A value with its unit, or n/a."""
    return "n/a" if value is None else f"{value}{unit}"


def _row(name: str, *cells: Any) -> str:
    """A figure's name and cells, aligned."""
    return f"{name:<52}" + "".join(f" {_fmt(c):>9}" for c in cells)


def _ms(s: dict[str, Any] | None) -> tuple[Any, Any, Any]:
    """p50, p99 and n of a latency summary, for a row."""
    if s is None:
        return None, None, 0
    return f"{s['p50']}ms", f"{s['p99']}ms", s["n"]


def _ratio(value: Any, reference: Any) -> str:
    """The figure over its reference, as `1.23x`."""
    if value is None or not reference:
        return "n/a"
    return f"{value / reference:.2f}x"


def _with_ref(line: str, label: str, value: Any, reference: Any, unit: str = "") -> str:
    """The line, then the same run's reference for it and the figure's ratio to it."""
    return f"{line:<84}  {label} {_fmt(reference, unit)} ({_ratio(value, reference)})"


def _p50(s: dict[str, Any] | None) -> Any:
    """The p50 of a summary, or None without one."""
    return None if s is None else s["p50"]


def _chat_lines(r: dict[str, Any]) -> list[str]:
    """The chat latency rows of every load level, each beside the read or the no-op."""
    http = r["floors"]["http"]
    read = http["one_at_a_time_ms"]["p50"]
    noop = r["throughput"]["ceiling"]["start_to_result_ms"]["p50"]
    lines = []
    for level, fig in r["chat_latency"].items():
        status = fig["status_turn_ms"]
        line = _row(f"chat status turn, {level} customer(s) at once", *_ms(status))
        lines.append(_with_ref(line, "read", _p50(status), read, "ms"))
        sent = fig["status_errors"] + (status or {}).get("n", 0)
        line = _row(
            f"  status turns/s, errors, lost (of {sent})",
            f"{fig['status_turns_per_s']}/s",
            fig["status_errors"],
            fig["status_lost"],
        )
        lines.append(_with_ref(line, "reads/s", fig["status_turns_per_s"], http["per_s"], "/s"))
        refund = fig["refund_turn_ms"]
        lines.append(_row(f"chat refund turn, {level} customer(s) at once", *_ms(refund)))
        if "confirm_ms" in fig:
            proposal, confirm = fig["proposal_turn_ms"], fig["confirm_ms"]
            line = _row("  of which the proposal turn", *_ms(proposal))
            lines.append(_with_ref(line, "read", proposal["p50"], read, "ms"))
            line = _row("  of which Confirm -> paid", *_ms(confirm))
            lines.append(_with_ref(line, "no-op wf", confirm["p50"], noop, "ms"))
    return lines


def _thread_lines(t: dict[str, Any]) -> list[str]:
    """The long thread's rows: early against late turns, and its bytes."""
    lines = [
        _row(f"status turn, one thread, turns {t['first_turns']}", *_ms(t["first_ms"])),
        _row(f"status turn, one thread, turns {t['last_turns']}", *_ms(t["last_ms"])),
    ]
    if "new_thread_alongside_last_ms" in t:
        name = "  a new thread's turns 1-20, alongside"
        lines.append(_row(name, *_ms(t["new_thread_alongside_last_ms"])))
    lines.append(_row(f"bytes per thread after {t['turns']} turns", t["thread_bytes"]))
    return lines


def _throughput_lines(r: dict[str, Any]) -> list[str]:
    """Refunds per second beside the ceiling, and the decision beside the signalled no-op."""
    tp = r["throughput"]
    ceiling = tp["ceiling"]
    lines = []
    for key, label in (("api", "via POST /api/refunds"), ("chat", "via the chat")):
        f = tp[key]
        line = _row(f"small refunds/s {label} ({f['concurrency']} in flight)", f"{f['per_s']}/s")
        lines.append(_with_ref(line, "ceiling", f["per_s"], ceiling["per_s"], "/s"))
    decision = r["decision"]["decision_to_refunded_ms"]
    line = _row("review decision -> REFUNDED row", *_ms(decision))
    signal = ceiling["signal_to_result_ms"]["p50"]
    lines.append(_with_ref(line, "no-op signal", decision["p50"], signal, "ms"))
    return lines


def _recovery_lines(r: dict[str, Any]) -> list[str]:
    """The kill -9 rows: the worker beside unpaid / ceiling, the chat API beside a cold import."""
    rec = r["recovery"]
    w = rec["worker"]
    line = _row(
        f"worker kill -9, {w['unpaid_at_kill']} unpaid -> polls, 1st, all paid (s)",
        w.get("seconds_to_new_worker_polling"),
        w["seconds_to_first_paid"],
        w["seconds_to_all_paid"],
    )
    lines = [
        _with_ref(
            line, "unpaid/ceiling", w["seconds_to_all_paid"], w.get("unpaid_over_ceiling_s"), "s"
        )
    ]
    cold = r["floors"]["import"]["seconds"]
    for key, label in (("chat_api", "all processes"), ("chat_api_one", "one process")):
        a = rec[key]
        name = f"chat API kill -9 ({label}) -> port, ready, chat (s)"
        if "n/a" in a:
            lines.append(f"{name:<52} n/a: {a['n/a']}")
            continue
        line = _row(
            name, a["seconds_to_healthz"], a["seconds_to_ready"], a["seconds_to_serving_chat"]
        )
        lines.append(_with_ref(line, "cold import", a["seconds_to_serving_chat"], cold, "s"))
    for name in ("temporal", "postgres"):
        k = rec[name]
        if "n/a" in k:
            lines.append(f"{name + ' kill -9':<52} n/a: {k['n/a']}")
        else:
            label = f"{name} kill -9 -> serving, all paid (s)"
            lines.append(_row(label, k["seconds_to_serving"], k["seconds_to_all_paid"]))
    return lines


def _flood_lines(f: dict[str, Any]) -> list[str]:
    """Another customer's turn before and during one customer's floods, each way in, the
    ratio beside the 2x target and the floods' answers."""
    lines = []
    for key, label in (("nginx", "through nginx"), ("direct", "straight to the chat API")):
        fig = f[key]
        name = f"another customer's turn, {label}, unloaded"
        if "n/a" in fig:
            lines.append(f"{name:<52} n/a: {fig['n/a']}")
            continue
        unloaded, during = fig["unloaded_ms"], fig["during_ms"]
        lines.append(_row(name, *_ms(unloaded)))
        line = _row(f"  during floods of {f['requests']} requests of one customer", *_ms(during))
        ratio = fig["ratio_p50"]  # of the unrounded medians, as the target reads it
        met = "MET" if ratio <= FLOOD_FACTOR else "MISSED"
        lines.append(
            f"{line:<84}  unloaded {unloaded['p50']}ms ({ratio:.2f}x)  {FLOOD_FACTOR:g}x target"
            f" {met}; worst round {fig['worst_round']}x"
        )
        codes = ", ".join(f"{code}: {n}" for code, n in fig["codes"].items())
        lines.append(
            f"    the floods' {sum(fig['codes'].values())} answers  {codes};"
            f" written in {fig['written_ms']} ms (p50)"
        )
        api, front = fig["chat_api_cpu_ms"], fig["nginx_cpu_ms"]
        cpu = (
            f"    CPU: chat API {api['per_unloaded_turn']} ms a turn alone,"
            f" {api['per_flood_round']} ms a round (a flood and a turn)"
        )
        if key == "nginx":
            cpu += f"; nginx {front['per_flood_round']} ms a round"
        lines.append(cpu)
    return lines


def _parse_lines(pt: dict[str, Any]) -> list[str]:
    """The offline model's reading time (CPU of the reading thread, median of its reads)."""
    return [
        _row(
            f"offline model reads a message (ms; {pt['messages']} of up to"
            f" {pt['longest_chars']} chars)",
            f"{pt['p50_ms']}ms",
            f"{pt['p99_ms']}ms",
            pt["messages"],
        ),
        _row(
            f"  worst message ({pt['worst_message']}), whole model turn worst",
            f"{pt['worst_ms']}ms",
            f"{pt['whole_turn_worst_ms']}ms",
        ),
    ]


def table(r: dict[str, Any]) -> str:
    """The figures as aligned text lines, each beside its reference of the same run."""
    m = r["machine"]
    lines = [
        "",
        f"make bench  ({r['when']}, commit {r['commit']}, {m['cpus']} cores,"
        f" load {m['load_at_start']} at start, {m.get('load_at_end', 'n/a')} at end)",
        "",
        f"{_row('figure', 'p50', 'p99', 'n'):<84}  same run: reference (figure / reference)",
        *_chat_lines(r),
        *_thread_lines(r["thread"]),
        *_throughput_lines(r),
        *_recovery_lines(r),
        *_flood_lines(r["flood"]),
        *_parse_lines(r["parse_time"]),
        "peak RSS: " + ", ".join(f"{k} {v} MB" for k, v in r["peak_rss_mb"].items()),
        "",
        "references: read = GET /api/orders signed in, one at a time (p50); reads/s = the same,"
        f" {r['floors']['http']['concurrency']} at once;",
        "  no-op wf = a workflow with one no-op activity, started until its result (p50);"
        " no-op signal = signalled until its result;",
        "  ceiling = no-op workflows/s; unpaid/ceiling = unpaid refunds / ceiling;"
        " cold import = python -c 'import services.chat_api.app'",
        f"  unloaded = the same customers' turns with nothing else going on; floods of"
        f" {r['flood']['requests']} requests, {r['flood']['rounds']} rounds, from a client that"
        f" {r['flood']['client']},",
        "  against one chat API process with the product's limits (written = the burst's ms)",
        "",
        targets_text(r["targets"]),
    ]
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
