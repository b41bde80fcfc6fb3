"""LLM_PROVIDER=auto picks the real model when a key or a base URL is set (a keyless local
server needs only OPENAI_BASE_URL), and the offline model otherwise."""

from __future__ import annotations

import pytest

from services.common.config import Settings


@pytest.mark.parametrize(
    ("env", "provider"),
    [
        ({}, "offline"),
        ({"OPENAI_API_KEY": "sk-real"}, "openai"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"}, "openai"),
        ({"OPENAI_BASE_URL": "http://127.0.0.1:11434/v1", "LLM_PROVIDER": "offline"}, "offline"),
    ],
)
def test_auto_provider(monkeypatch, env, provider):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "LLM_PROVIDER"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert Settings(_env_file=None, app_env="dev").resolved_llm_provider == provider


def test_chat_limits_have_safe_defaults():
    s = Settings(_env_file=None, app_env="dev")
    assert (s.chat_turns_per_minute, s.chat_state_turns) == (20, 6)
    assert s.support_contact
