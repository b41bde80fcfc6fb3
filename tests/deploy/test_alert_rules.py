"""deploy/monitoring: the Prometheus alert rules are well-formed, each links to its runbook
entry in deploy/README.md, the worker metrics they read are the names a real worker serves,
and the pending-review query returns what the review alert needs."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import httpx
import yaml

from services.common.config import ONE_WEEK_SECONDS
from tests.support.devstack import free_port
from tests.support.processes import worker_process
from tests.support.refunds import start_refund
from tests.support.waiting import eventually

REPO_ROOT = Path(__file__).resolve().parents[2]
MONITORING = REPO_ROOT / "deploy" / "monitoring"
README = REPO_ROOT / "deploy" / "README.md"


def _rules() -> list[dict[str, Any]]:
    groups = yaml.safe_load((MONITORING / "alerts.yaml").read_text())["groups"]
    return [rule for group in groups for rule in group["rules"]]


def _anchors(markdown: str) -> set[str]:
    """GitHub's anchors for the headings of a Markdown file."""
    anchors = set()
    for line in markdown.splitlines():
        if line.startswith("#"):
            title = line.lstrip("#").strip().lower()
            anchors.add(re.sub(r"[^a-z0-9 _-]", "", title).replace(" ", "-"))
    return anchors


def test_alert_rules_are_complete_and_link_to_the_runbook():
    rules = _rules()
    names = [r["alert"] for r in rules]
    assert len(names) == len(set(names))
    for needed in ("RefundTasksWaitingForWorkers", "RefundWorkflowFailed", "RefundReviewsWaiting"):
        assert needed in names
    assert {"ChatApi503Rate", "RefundsFailed"} <= set(names)
    anchors = _anchors(README.read_text())
    for rule in rules:
        assert set(rule) <= {"alert", "expr", "for", "labels", "annotations"}, rule["alert"]
        assert rule["labels"]["severity"] in ("warning", "critical")
        assert rule["annotations"]["summary"]
        page, _, anchor = rule["annotations"]["runbook"].partition("#")
        assert page == "deploy/README.md" and anchor in anchors, rule["annotations"]["runbook"]
        expr = rule["expr"]
        assert expr.count("(") == expr.count(")") and expr.count("{") == expr.count("}")
        if "for" in rule:
            assert re.fullmatch(r"\d+[smh]", rule["for"])


def test_review_alert_fires_before_reviews_time_out():
    (rule,) = [r for r in _rules() if r["alert"] == "RefundReviewsWaiting"]
    found = re.search(r"> (\d+) \* 86400", rule["expr"])
    assert found, rule["expr"]
    days = int(found.group(1))
    assert 0 < days * 86400 < ONE_WEEK_SECONDS


async def test_pending_review_query_reports_the_oldest_waiting_refund(pool, orders):
    queries = yaml.safe_load((MONITORING / "postgres-exporter-queries.yaml").read_text())
    query = queries["reliable_refunds_pending_reviews"]["query"]
    order = await orders.order("1500.00")
    four_days_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=4)
    await pool.execute(
        "INSERT INTO refunds (order_id, workflow_id, amount, reason, state, requested_at)"
        " VALUES ($1, $2, 1500, 'alert test', 'PENDING_REVIEW', $3)",
        order.order_id,
        f"refund-{order.order_id}",
        four_days_ago,
    )
    try:
        row = await pool.fetchrow(query)
        assert row["waiting"] >= 1
        assert float(row["oldest_age_seconds"]) >= 4 * 86400 - 60
        exported = {next(iter(m)) for m in queries["reliable_refunds_pending_reviews"]["metrics"]}
        assert exported == set(row.keys())
    finally:
        await pool.execute("DELETE FROM refunds WHERE order_id = $1", order.order_id)


async def test_worker_metrics_used_by_the_alerts_are_served_by_a_real_worker(
    client, orders, settings
):
    address = f"127.0.0.1:{free_port()}"
    order = await orders.order("12.00")
    with worker_process(settings, WORKER_METRICS_ADDRESS=address):
        handle = await start_refund(client, settings, order)
        assert (await handle.result()).outcome == "refunded"
        async with httpx.AsyncClient() as http:

            async def scrape() -> str:
                try:
                    return (await http.get(f"http://{address}/metrics")).text
                except httpx.TransportError:
                    return ""

            text = await eventually(scrape, lambda t: "temporal_workflow_completed" in t)
    served = {line.split("{")[0] for line in text.splitlines() if not line.startswith("#")}
    used = set()
    for rule in _rules():
        used |= set(re.findall(r"\btemporal_[a-z_]+", rule["expr"]))
    # Counters exist once something was counted: a failure counter shares its name scheme
    # with the completion counter this refund produced.
    counted_on_failure = {"temporal_workflow_failed", "temporal_activity_execution_failed"}
    assert used - counted_on_failure <= served, used - served
    assert "temporal_workflow_completed" in served
    assert 'workflow_type="RefundWorkflow"' in text
    # Durations are in milliseconds (the thresholds in alerts.yaml assume so).
    assert "temporal_activity_schedule_to_start_latency_bucket{" in text
    assert re.search(r'schedule_to_start_latency_bucket\{[^}]*le="100"', text)


async def test_chat_api_metrics_used_by_the_alerts_are_served(api):
    assert (await api.get("/healthz")).status_code == 200
    text = (await api.get("/metrics")).text
    used = set()
    for rule in _rules():
        if 'job="refunds-chat-api"' in rule["expr"]:
            used |= set(re.findall(r"\b([a-z_]+)\{job=", rule["expr"]))
    assert used, "no chat API alert"
    for name in used:
        assert re.search(rf"^{name}[{{ ]", text, re.M) or f"# TYPE {name} " in text, name
