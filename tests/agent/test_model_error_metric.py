"""A failing chat model is counted in model_errors_total (for the alert on model trouble)."""

from __future__ import annotations

from prometheus_client import REGISTRY

from tests.agent.conftest import say
from tests.support.api import sign_in
from tests.support.fake_openai import Fail


def _errors() -> float:
    total = 0.0
    for metric in REGISTRY.collect():
        if metric.name == "model_errors":
            total += sum(s.value for s in metric.samples if s.name == "model_errors_total")
    return total


async def test_a_model_failure_is_counted(openai_app, fake_openai, orders):
    _, http = openai_app
    await sign_in(http, await orders.customer())
    before = _errors()
    fake_openai.add(Fail(500), Fail(500))  # the first try and the client's one retry
    await say(http, "what did I order?")
    assert _errors() == before + 1
    assert "model_errors_total{kind=" in (await http.get("/metrics")).text
