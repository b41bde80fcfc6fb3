"""Prometheus metrics of the chat API."""

from __future__ import annotations

from prometheus_client import Counter

REFUND_REQUESTS = Counter(
    "refund_requests_total", "Refund requests answered, by committed outcome", ["outcome"]
)
REVIEW_DECISIONS = Counter(
    "review_decisions_total", "Review decisions sent to workflows", ["decision", "channel"]
)
CHAT_TURNS = Counter("chat_turns_total", "Agent turns answered", ["result"])
PROPOSALS = Counter(
    "refund_proposals_total",
    "Refund proposals of the chat agent, by event: made, confirmed, declined, expired",
    ["event"],
)
