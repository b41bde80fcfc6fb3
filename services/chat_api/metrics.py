"""Prometheus metrics of the chat API (served at /metrics or on API_METRICS_ADDRESS).

Every label takes its values from a closed set, so no client can add a time series: HTTP
methods are the known ones or "other", routes are the app's route templates ("static" for the
pages, "unmatched" for anything else; see middleware.py), and the other labels are the
vocabulary's enums or the short lists below. A labelled counter starts with every combination
at 0 (the series exist, and rates work, from the first scrape); a value outside its set is
counted as "other" instead of becoming a series of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import product

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram

from workflows.vocabulary import DecisionChannel, DecisionKind, Outcome, ProposalStatus

# The value a label takes when what was asked for is not in its set.
OTHER = "other"
HTTP_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# The `result` of a chat turn (agent/service.py, agent/model_health.py).
TURN_RESULTS = ("ok", "model_error", "deadline", "too_many_steps")
# Why a chat turn was refused before it ran (limits.py, agent/thread_lock.py).
REFUSAL_REASONS = ("rate_limited", "thread_busy")
# What happened to a refund proposal (agent/tools.py, agent/waiting.py).
PROPOSAL_EVENTS = ("made", *(s.value for s in ProposalStatus if s is not ProposalStatus.PENDING))
# How a chat model call failed (agent/model_health.py Kind), and proposals a model made that
# the customer's words did not ask for (agent/grounding.py).
MODEL_ERROR_KINDS = (
    "auth", "unknown_model", "timeout", "server_error", "rate_limited", "unreachable",
    "bad_request", "other", "ungrounded_proposal",
)  # fmt: skip
# A refund request's outcome as counted: the vocabulary's, or "not_found"/"unavailable".
REFUND_OUTCOMES = (*(o.value for o in Outcome), "not_found", "unavailable")
# The customer actions that are limited (limits.py Action) and why one was refused.
LIMITED_ACTIONS = ("chat", "decide", "refund", "read")
LIMIT_REASONS = ("rate_limited", "too_many_in_flight")


def http_method(method: str) -> str:
    """The `method` label of a request: a known HTTP method, or "other"."""
    return method if method in HTTP_METHODS else OTHER


class ClosedCounter:
    """A labelled Counter whose label values come from fixed sets (see the module doc)."""

    def __init__(
        self,
        name: str,
        documentation: str,
        registry: CollectorRegistry = REGISTRY,
        **values: Iterable[str],
    ) -> None:
        self._sets = {label: frozenset(v) for label, v in values.items()}
        self._counter = Counter(name, documentation, list(self._sets), registry=registry)
        # Every child, by its values in label order: found with one lookup per count.
        self._children = {
            combination: self._counter.labels(*combination)
            for combination in product(*(sorted(v) for v in self._sets.values()))
        }

    def labels(self, **values: str) -> Counter:
        """The child counter for these values; a value outside its set counts as "other"."""
        child = self._children.get(tuple(str(values[label]) for label in self._sets))
        if child is not None:
            return child
        closed = {
            label: value if value in self._sets[label] else OTHER
            for label, value in ((label, str(values[label])) for label in self._sets)
        }
        return self._counter.labels(**closed)


REQUEST_LATENCY = Histogram(
    "http_request_duration_seconds",
    "Time to answer an HTTP request, by method and route template",
    ["method", "route"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
UNAVAILABLE = Counter(
    "http_unavailable_total", "Requests answered 503 (a dependency or worker missing)", ["route"]
)
REFUND_REQUESTS = ClosedCounter(
    "refund_requests_total",
    "Refund requests answered, by committed outcome",
    outcome=REFUND_OUTCOMES,
)
REVIEW_DECISIONS = ClosedCounter(
    "review_decisions_total",
    "Review decisions sent to workflows, by decision and channel",
    decision=[k.value for k in DecisionKind],
    channel=[DecisionChannel.EMAIL_LINK.value, DecisionChannel.ADMIN_CONSOLE.value],
)
CHAT_TURNS = ClosedCounter("chat_turns_total", "Agent turns answered", result=TURN_RESULTS)
CHAT_TURNS_REFUSED = ClosedCounter(
    "chat_turns_refused_total", "Chat turns refused before running, by reason",
    reason=REFUSAL_REASONS,
)  # fmt: skip
CUSTOMER_LIMITED = ClosedCounter(
    "customer_requests_limited_total",
    "Customer requests refused by a per-customer limit, by action and reason",
    action=LIMITED_ACTIONS,
    reason=LIMIT_REASONS,
)
# Refund proposals made by the agent, by event: made, or the status a proposal moved to
# (closed: the order's refund moved on while the proposal waited).
PROPOSALS = ClosedCounter(
    "refund_proposals_total",
    "Refund proposals of the chat agent, by event: made, confirmed, cancelled, expired, closed",
    event=PROPOSAL_EVENTS,
)
# Failures of the chat model (timeouts, vendor errors), by kind; "ungrounded_proposal" counts
# refunds a model proposed that the customer's words did not ask for (dropped).
MODEL_ERRORS = ClosedCounter(
    "model_errors_total",
    "Chat model calls that failed, and proposals dropped, by kind",
    kind=MODEL_ERROR_KINDS,
)
REFUNDS_RESTARTED = Counter(
    "refunds_restarted_total", "Waiting refunds without a running workflow, restarted"
)
REFUNDS_FAILED = Gauge(
    "refunds_failed", "Orders whose refund failed for good (REFUND_FAILED), at the last check"
)
