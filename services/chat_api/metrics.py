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
CHAT_MODEL_ERRORS = Counter(
    "chat_model_errors_total", "Failed calls to the chat model endpoint, by kind", ["kind"]
)
CHAT_TURNS_REFUSED = Counter(
    "chat_turns_refused_total", "Chat turns refused before running, by reason", ["reason"]
)
