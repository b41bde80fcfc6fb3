"""GET /api/info says which model answers."""

from __future__ import annotations


async def test_info_says_offline_without_a_key(chat_app):
    _, http = chat_app
    info = (await http.get("/api/info")).json()
    assert info["llm_provider"] == "offline"
    assert info["llm_model"] == "offline-intent-grammar"


async def test_info_says_openai_with_a_key(openai_app):
    _, http = openai_app
    info = (await http.get("/api/info")).json()
    assert info["llm_provider"] == "openai"
    assert info["llm_model"] == "gpt-test"
