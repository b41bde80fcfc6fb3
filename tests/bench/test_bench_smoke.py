"""`make bench` cannot rot: its building blocks run once each, with tiny counts, on a real dev
stack (the numbers are not checked, only that every block produced its figures)."""

from __future__ import annotations

import xml.dom.minidom
from pathlib import Path

import pytest

from tests.bench.report import chart_svg, table
from tests.bench.run import TINY, run

pytestmark = pytest.mark.timeout(300)  # only a hang: ~30 s alone, ~80 s on a loaded machine


async def test_every_block_of_the_bench_runs_and_reports(server_dir: Path, tmp_path: Path) -> None:
    results = await run(TINY, server_dir, logs=tmp_path)

    assert set(results["chat_latency"]) == {"1", "2"}
    two = results["chat_latency"]["2"]
    assert two["refund_turn_ms"]["n"] == 2
    assert two["confirm_ms"]["n"] == two["proposal_turn_ms"]["n"] == 2
    assert two["status_turn_ms"]["n"] == 2 and two["status_turns_per_s"] > 0
    assert two["status_errors"] == two["status_lost"] == 0
    assert results["floors"]["http"]["per_s"] > 0 and results["floors"]["import"]["seconds"] > 0
    assert results["thread"]["thread_bytes"] > 0
    throughput = results["throughput"]
    assert throughput["api"]["n"] == throughput["ceiling"]["n"] == TINY.throughput_n
    assert throughput["api_over_ceiling"] > 0
    assert throughput["ceiling"]["signal_to_result_ms"]["n"] == TINY.ceiling_latency_n
    assert results["decision"]["decision_to_refunded_ms"]["n"] == TINY.decisions
    worker = results["recovery"]["worker"]
    assert worker["seconds_to_all_paid"] is not None, worker
    assert worker["worker_restarted_by_supervisor"]
    assert worker["unpaid_over_ceiling_s"] > 0
    assert all(mb > 0 for mb in results["peak_rss_mb"].values()), results["peak_rss_mb"]
    flood = results["flood"]
    for way in ("nginx", "direct"):
        if "n/a" in flood[way]:  # nginx not installed
            continue
        assert flood[way]["unloaded_ms"]["n"] == flood[way]["during_ms"]["n"] == TINY.flood_rounds
        assert flood[way]["ratio_p50"] > 0
        assert sum(flood[way]["codes"].values()) == TINY.flood_rounds * TINY.flood_requests
    assert len(results["targets"]) == 12
    assert all(isinstance(t["met"], bool) for t in results["targets"])
    parse = results["parse_time"]
    assert parse["random"] == TINY.parse_random and parse["pathological"] > 20
    assert parse["longest_chars"] == 2000 and parse["worst_ms"] > 0

    text = table(results)
    assert "ceiling" in text and "targets (this run):" in text
    assert text.count("[MET ]") + text.count("[MISS]") == 12
    assert "another customer's turn, through nginx, unloaded" in text
    assert "offline model reads a message" in text
    svg = xml.dom.minidom.parseString(chart_svg(results["chat_latency"]))
    assert len(svg.getElementsByTagName("polyline")) == 4
