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


async def test_info_tells_the_page_what_the_offline_model_understands(chat_app, openai_app):
    _, offline = chat_app
    note = (await offline.get("/api/info")).json()["llm_note"]
    assert "understands simple English requests" in note and "OPENAI_API_KEY" in note
    _, real = openai_app
    assert (await real.get("/api/info")).json()["llm_note"] is None
