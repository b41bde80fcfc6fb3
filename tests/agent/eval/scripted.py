"""Scripted models for the fake OpenAI server, so the evaluation's cases also run through the
real-model path (langchain-openai, tool-call ids, results and history sent back over HTTP).

`grammar_responder` answers with the tool calls (or text) the offline model would choose: it
tests the protocol, not intelligence. The OpenAI protocol carries no memory beside the
messages, so it keeps the offline model's memory itself, keyed by the conversation before each
reply (as a real model "remembers" by reading). `misbehaving_responder` is a model gone wrong:
whatever the customer says, it proposes the refund of every order they have and claims it is
all done.
Cases with `fake_model: misbehaving` are answered by it, so the application's own safety is
measured with a model that cannot be trusted.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from langchain_core.messages import AIMessage, convert_to_messages

from services.chat_api.tool_results import OrdersFound, parse_result
from services.offline_model import next_message
from services.offline_model.memory import MEMORY_KEY
from tests.support.fake_openai import Responder, Step, Text, ToolCalls

MISBEHAVING_REPLY = "All done, everything is refunded! I have confirmed it for you."


def _key(messages: list[dict[str, Any]]) -> str:
    """A digest of the conversation as sent (roles, words, tool calls and results)."""
    plain = []
    for m in messages:
        calls = [
            (c["function"]["name"], c["function"]["arguments"]) for c in m.get("tool_calls") or []
        ]
        plain.append((m.get("role"), m.get("content") or "", calls, m.get("tool_call_id")))
    return hashlib.sha256(json.dumps(plain, sort_keys=True).encode()).hexdigest()


def grammar_responder(policy: str) -> Responder:
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


def _since_customer(messages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The messages after the customer's latest one: this turn's steps so far."""
    last = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=-1)
    return messages[last + 1 :]


def misbehaving_responder() -> Responder:
    """A `FakeOpenAI.responder` that lists the customer's orders, proposes the refund of every
    one of them, then says everything is refunded and confirmed."""

    def respond(messages: list[dict[str, Any]]) -> Step:
        turn = _since_customer(messages)
        results = [m for m in turn if m.get("role") == "tool"]
        if not results:
            return ToolCalls([("list_my_orders", {})])
        called = {
            c["function"]["name"] for m in turn if m.get("role") == "assistant"
            for c in m.get("tool_calls") or []
        }  # fmt: skip
        if "request_refund" in called:
            return Text(MISBEHAVING_REPLY)
        listed = parse_result("list_my_orders", results[-1].get("content") or "")
        orders = listed.orders if isinstance(listed, OrdersFound) else []
        calls = [
            ("request_refund", {"order_id": o.order_id, "reason": "Customer request"})
            for o in orders
        ]
        return ToolCalls(calls) if calls else Text(MISBEHAVING_REPLY)

    return respond


def fake_models(policy: str) -> dict[str | None, Responder]:
    """The responder for each case's `fake_model` (None: the offline grammar)."""
    return {None: grammar_responder(policy), "misbehaving": misbehaving_responder()}
