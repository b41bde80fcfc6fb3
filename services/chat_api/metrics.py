"""Prometheus metrics of the chat API (served at /metrics or on API_METRICS_ADDRESS)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

REQUEST_LATENCY = Histogram(
    "http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route template",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
UNAVAILABLE = Counter(
    "http_unavailable_total", "Requests answered 503 (a dependency or worker missing)", ["route"]
)
REFUND_REQUESTS = Counter(
    "refund_requests_total", "Refund requests answered, by committed outcome", ["outcome"]
)
REVIEW_DECISIONS = Counter(
    "review_decisions_total", "Review decisions sent to workflows", ["decision", "channel"]
)
CHAT_TURNS = Counter("chat_turns_total", "Agent turns answered", ["result"])
CHAT_TURNS_REFUSED = Counter(
    "chat_turns_refused_total", "Chat turns refused before running, by reason", ["reason"]
)
# Refund proposals made by the agent, by event: made, confirmed, cancelled, expired, closed
# (the order's refund moved on while the proposal waited).
PROPOSALS = Counter(
    "refund_proposals_total",
    "Refund proposals of the chat agent, by event: made, confirmed, cancelled, expired, closed",
    ["event"],
)
# Failures of the chat model (timeouts, vendor errors), by kind; "ungrounded_proposal" counts
# refunds a model proposed that the customer's words did not ask for (dropped).
MODEL_ERRORS = Counter(
    "model_errors_total", "Chat model calls that failed, and proposals dropped, by kind", ["kind"]
)
REFUNDS_RESTARTED = Counter(
    "refunds_restarted_total", "Waiting refunds without a running workflow, restarted"
)
REFUNDS_FAILED = Gauge(
    "refunds_failed", "Orders whose refund failed for good (REFUND_FAILED), at the last check"
)
