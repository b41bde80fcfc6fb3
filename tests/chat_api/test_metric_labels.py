"""No client can grow /metrics: every label takes its values from a closed set (known methods
or "other", route templates or "static"/"unmatched", the vocabulary's enums)."""

from __future__ import annotations

import asyncio
import random
import string

from prometheus_client import REGISTRY, CollectorRegistry

from services.chat_api.metrics import HTTP_METHODS, OTHER, REVIEW_DECISIONS, ClosedCounter
from tests.support.api import running_app

REQUESTS = 10_000
AT_ONCE = 50
# Path shapes a client may send: junk anywhere, and junk where a route takes a parameter.
PATH_SHAPES = ("/{junk}", "/api/{junk}", "/review/{junk}", "/api/refunds/{junk}", "/{junk}/x")
JUNK = string.ascii_letters + string.digits + "-._~%"


def _series(text: str) -> int:
    return sum(1 for line in text.splitlines() if line and not line.startswith("#"))


def _junk(rng: random.Random) -> str:
    return "".join(rng.choice(JUNK) for _ in range(rng.randint(8, 40))).replace("%", "%25")


def _method(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return rng.choice(sorted(HTTP_METHODS))
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(rng.randint(3, 12)))


async def test_ten_thousand_random_methods_and_paths_add_no_series(settings):
    rng = random.Random(1234)
    async with running_app(settings) as (_, http):
        # Every (method label, route) pair the random requests can reach, once each.
        for method in (*sorted(HTTP_METHODS), "WARMUP"):
            for shape in PATH_SHAPES:
                await http.request(method, shape.format(junk="warm-up"))
        await http.get("/metrics")  # its own request is observed once it has answered
        before = _series((await http.get("/metrics")).text)
        statuses: set[int] = set()
        for start in range(0, REQUESTS, AT_ONCE):
            batch = [
                http.request(_method(rng), rng.choice(PATH_SHAPES).format(junk=_junk(rng)))
                for _ in range(min(AT_ONCE, REQUESTS - start))
            ]
            statuses |= {r.status_code for r in await asyncio.gather(*batch)}
        text = (await http.get("/metrics")).text
    assert _series(text) == before
    assert statuses <= {400, 401, 404, 405, 422}, statuses
    assert 'method="other"' in text


def test_a_value_outside_its_set_counts_as_other():
    registry = CollectorRegistry()
    counter = ClosedCounter("test_closed_total", "a test counter", registry, kind=("a", "b"))
    assert registry.get_sample_value("test_closed_total", {"kind": "a"}) == 0.0
    counter.labels(kind="a").inc()
    counter.labels(kind="made-up").inc()
    counter.labels(kind="another made-up").inc()
    assert registry.get_sample_value("test_closed_total", {"kind": "a"}) == 1.0
    assert registry.get_sample_value("test_closed_total", {"kind": OTHER}) == 2.0
    assert registry.get_sample_value("test_closed_total", {"kind": "made-up"}) is None


def test_decision_channels_are_the_vocabularys():
    # The same words as the audit trail's decision channel (workflows/vocabulary.py).
    for channel in ("email_link", "admin_console"):
        sample = {"decision": "approve", "channel": channel}
        assert REGISTRY.get_sample_value("review_decisions_total", sample) is not None
    assert REVIEW_DECISIONS.labels(decision="approve", channel="admin") is REVIEW_DECISIONS.labels(
        decision="approve", channel=OTHER
    )
