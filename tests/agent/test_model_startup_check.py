"""The model endpoint is checked at start-up with the configured key and model: a refused key
or an unknown model makes /readyz answer 503 (and is logged) before anyone chats. A keyless
local server (only OPENAI_BASE_URL set) is used without an API key."""

from __future__ import annotations

import logging

import httpx
from pydantic import SecretStr

from tests.agent.conftest import say
from tests.support.api import running_app, sign_in
from tests.support.fake_openai import Text
from tests.support.waiting import eventually


def _admin(settings):
    """The model's error details are for admins (anonymous answers carry none)."""
    return {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}


async def test_a_refused_key_shows_in_readyz_and_the_log_at_start_up(
    openai_settings, fake_openai, orders, caplog
):
    fake_openai.api_key = "sk-the-right-key"
    with caplog.at_level(logging.WARNING):
        async with running_app(openai_settings) as (_, http):
            logged = [r.getMessage() for r in caplog.records]
            assert any("(auth)" in m and "refused the API key" in m for m in logged)
            r = await http.get("/readyz", headers=_admin(openai_settings))
            assert r.status_code == 503
            assert r.json()["checks"]["llm"].startswith("auth: the model endpoint refused")
            info = (await http.get("/api/info", headers=_admin(openai_settings))).json()
            assert info["llm_last_error"]["kind"] == "auth"
    assert fake_openai.keys_seen == ["sk-test-fake"]  # the configured key, checked once


async def test_an_unknown_model_shows_in_readyz(openai_settings, fake_openai):
    fake_openai.models = ["llama3.1:8b"]
    async with running_app(openai_settings) as (_, http):
        r = await http.get("/readyz", headers=_admin(openai_settings))
        assert r.status_code == 503
        assert r.json()["checks"]["llm"].startswith("unknown_model")
        info = (await http.get("/api/info", headers=_admin(openai_settings))).json()
        error = info["llm_last_error"]
        assert "'gpt-test' is not among the endpoint's models: llama3.1:8b" in error["message"]


async def test_a_good_key_is_ready(openai_settings, fake_openai):
    fake_openai.api_key = "sk-test-fake"
    async with running_app(openai_settings) as (_, http):
        r = await http.get("/readyz")
        assert r.status_code == 200, r.text
        assert r.json()["checks"]["llm"] == "ok"
        assert (await http.get("/api/info")).json()["llm_status"] == "ok"


async def test_a_keyless_local_server_needs_only_its_base_url(settings, fake_openai, orders):
    local = settings.model_copy(
        update={
            "llm_provider": "auto",
            "openai_api_key": SecretStr(""),
            "openai_base_url": fake_openai.base_url,
            "llm_model": "gpt-test",
        }
    )
    async with running_app(local) as (_, http):
        info = (await http.get("/api/info")).json()
        assert (info["llm_provider"], info["llm_status"]) == ("openai", "ok")
        await sign_in(http, await orders.customer())
        fake_openai.add(Text("Hello from a local model."))
        assert await say(http, "hi") == "Hello from a local model."
        await eventually(lambda: _ready(http))


async def _ready(http: httpx.AsyncClient) -> bool:
    status: int = (await http.get("/readyz")).status_code
    return status == 200
