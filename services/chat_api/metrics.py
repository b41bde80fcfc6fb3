"""Prometheus metrics of the chat API."""

from __future__ import annotations

from prometheus_client import Counter, Gauge

REFUND_REQUESTS = Counter(
    "refund_requests_total", "Refund requests answered, by committed outcome", ["outcome"]
)
REVIEW_DECISIONS = Counter(
    "review_decisions_total", "Review decisions sent to workflows", ["decision", "channel"]
)
CHAT_TURNS = Counter("chat_turns_total", "Agent turns answered", ["result"])
REFUNDS_RESTARTED = Counter(
    "refunds_restarted_total", "Waiting refunds without a running workflow, restarted"
)
REFUNDS_FAILED = Gauge(
    "refunds_failed", "Orders whose refund failed for good (REFUND_FAILED), at the last check"
)
