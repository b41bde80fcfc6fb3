"""Fixtures for agent tests: the chat API with its agent, a fake OpenAI server, demo data."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from langchain_core.messages import AIMessage, HumanMessage
from pydantic import SecretStr

from services.chat_api.agent import ChatAgent
from services.common.config import Settings
from tests.support.api import running_app, sign_in
from tests.support.fake_openai import FakeOpenAI
from tests.support.orders import TestOrder, demo_customer


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    with FakeOpenAI().running() as fake:
        yield fake


@pytest.fixture
def openai_settings(settings: Settings, fake_openai: FakeOpenAI) -> Settings:
    """The openai provider, pointed at the fake server, with a short timeout."""
    return settings.model_copy(
        update={
            "llm_provider": "openai",
            "openai_api_key": SecretStr("sk-test-fake"),
            "openai_base_url": fake_openai.base_url,
            "llm_model": "gpt-test",
            "llm_timeout_seconds": 1.0,
        }
    )


@pytest.fixture
async def chat_app(settings: Settings) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    """The real chat API (default agent, offline model since no key is set)."""
    async with running_app(settings) as running:
        yield running


@pytest.fixture
async def openai_app(openai_settings: Settings) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    async with running_app(openai_settings) as running:
        yield running


@pytest.fixture
async def demo(orders, pool) -> tuple[int, dict[str, TestOrder]]:
    """A new customer owning the five demo items (laptop, headphones, tv, watch, case)."""
    return await demo_customer(orders, pool)


def agent_of(app: FastAPI) -> ChatAgent:
    agent = app.state.services.agent
    assert isinstance(agent, ChatAgent)
    return agent


async def last_turn_calls(app: FastAPI, customer_id: int) -> list[tuple[str, dict[str, Any]]]:
    """The tool calls of the customer's latest turn, read from the checkpointed thread."""
    messages = await agent_of(app).messages(customer_id)
    last = max(i for i, m in enumerate(messages) if isinstance(m, HumanMessage))
    return [
        (c["name"], c["args"])
        for m in messages[last + 1 :]
        if isinstance(m, AIMessage)
        for c in m.tool_calls
    ]


async def chat(http: httpx.AsyncClient, text: str) -> dict[str, Any]:
    """Send one chat message; returns the whole answer: messages and proposals."""
    r = await http.post("/api/chat", json={"message": text})
    assert r.status_code == 200, r.text
    answer: dict[str, Any] = r.json()
    assert answer["messages"], answer
    assert all(m["role"] == "assistant" for m in answer["messages"])
    return answer


def text_of(answer: dict[str, Any]) -> str:
    return "\n".join(m["content"] for m in answer["messages"])


async def say(http: httpx.AsyncClient, text: str) -> str:
    """Send one chat message; returns the assistant's reply (asserting a 200)."""
    return text_of(await chat(http, text))


async def press(
    http: httpx.AsyncClient, proposal_id: str, button: str = "confirm"
) -> httpx.Response:
    """The proposal card's Confirm or Cancel button."""
    return await http.post(f"/api/chat/proposals/{proposal_id}/{button}")


async def pending_ids(http: httpx.AsyncClient) -> list[str]:
    r = await http.get("/api/chat/proposals")
    assert r.status_code == 200, r.text
    return [p["id"] for p in r.json()]


__all__ = [
    "agent_of",
    "chat",
    "last_turn_calls",
    "pending_ids",
    "press",
    "say",
    "sign_in",
    "text_of",
]
