"""Model endpoint failures are visible: each kind (401/403 key refused, 404 unknown model,
timeout, 5xx) is logged with its cause, counted in /metrics by kind, shown in /api/info, and
answered with an apology that is not counted as a successful turn."""

from __future__ import annotations

import logging

import pytest
from prometheus_client import REGISTRY

from services.chat_api.agent.graph import APOLOGY
from tests.agent.conftest import say
from tests.support.api import sign_in
from tests.support.fake_openai import Fail, Hang, Text


def _count(name: str, **labels: str) -> float:
    return REGISTRY.get_sample_value(name, labels) or 0.0


@pytest.mark.parametrize(
    ("steps", "kind", "cause"),
    [
        ([Fail(401, "Incorrect API key provided.")], "auth", "Incorrect API key provided."),
        ([Fail(403, "Project lacks access.")], "auth", "Project lacks access."),
        ([Fail(404, "The model `gpt-test` does not exist.")], "unknown_model", "does not exist"),
        ([Fail(503, "Overloaded."), Fail(503, "Overloaded.")], "server_error", "Overloaded."),
        ([Hang(), Hang()], "timeout", "timed out"),
    ],
    ids=["401", "403", "404", "5xx", "timeout"],
)
async def test_a_failed_model_call_is_logged_counted_shown_and_not_a_successful_turn(
    openai_app, openai_settings, fake_openai, orders, caplog, steps, kind, cause
):
    _, http = openai_app
    await sign_in(http, await orders.customer())
    errors_before = _count("model_errors_total", kind=kind)
    ok_before = _count("chat_turns_total", result="ok")
    failed_before = _count("chat_turns_total", result="model_error")
    fake_openai.add(*steps)
    with caplog.at_level(logging.WARNING):
        assert await say(http, "what did I order?") == APOLOGY
    fake_openai.release()

    logged = [r.getMessage() for r in caplog.records if "chat model failed" in r.getMessage()]
    assert len(logged) == 1 and f"({kind})" in logged[0] and cause in logged[0]
    assert _count("model_errors_total", kind=kind) == errors_before + 1
    assert _count("chat_turns_total", result="model_error") == failed_before + 1
    assert _count("chat_turns_total", result="ok") == ok_before
    assert f'model_errors_total{{kind="{kind}"}}' in (await http.get("/metrics")).text
    admin = {"Authorization": f"Bearer {openai_settings.admin_token.get_secret_value()}"}
    info = (await http.get("/api/info", headers=admin)).json()  # the error text: admins only
    assert info["llm_status"] == "error"
    assert info["llm_last_error"]["kind"] == kind
    assert cause in info["llm_last_error"]["message"]

    fake_openai.add(Text("Back again."))
    assert await say(http, "hello?") == "Back again."
    assert (await http.get("/api/info")).json()["llm_status"] == "ok"
    assert _count("chat_turns_total", result="ok") == ok_before + 1
