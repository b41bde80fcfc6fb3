"""A scripted model for the fake OpenAI server: it reads the conversation it is sent over the
OpenAI protocol and answers with the tool calls (or text) the offline model would choose.

It tests the real-model path (langchain-openai, tool-call ids, results and history sent back
over HTTP), not intelligence: the decisions are the offline model's. The OpenAI protocol
carries no memory beside the messages, so the script keeps the offline model's memory itself,
keyed by the conversation before each reply (as a real model "remembers" by reading).
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from langchain_core.messages import AIMessage, convert_to_messages

from services.offline_model import next_message
from services.offline_model.memory import MEMORY_KEY
from tests.support.fake_openai import Step, Text, ToolCalls


def _key(messages: list[dict[str, Any]]) -> str:
    """A digest of the conversation as sent (roles, words, tool calls and results)."""
    plain = []
    for m in messages:
        calls = [
            (c["function"]["name"], c["function"]["arguments"]) for c in m.get("tool_calls") or []
        ]
        plain.append((m.get("role"), m.get("content") or "", calls, m.get("tool_call_id")))
    return hashlib.sha256(json.dumps(plain, sort_keys=True).encode()).hexdigest()


def grammar_responder(policy: str) -> Any:
    """A `FakeOpenAI.responder` that answers like the offline model."""
    memories: dict[str, dict[str, Any]] = {}

    def respond(messages: list[dict[str, Any]]) -> Step:
        sent = [m for m in messages if m.get("role") != "system"]
        history = convert_to_messages(sent)
        for n, message in enumerate(history):
            remembered = memories.get(_key(sent[:n]))
            if isinstance(message, AIMessage) and remembered is not None:
                message.additional_kwargs[MEMORY_KEY] = remembered
        reply = next_message(history, policy=policy)
        if reply.tool_calls:
            return ToolCalls([(c["name"], c["args"]) for c in reply.tool_calls])
        if MEMORY_KEY in reply.additional_kwargs:
            memories[_key(sent)] = reply.additional_kwargs[MEMORY_KEY]
        return Text(str(reply.text))

    return respond
