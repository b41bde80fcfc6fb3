"""A scripted model for the fake OpenAI server: it reads the conversation it is sent over the
OpenAI protocol and answers with the tool calls (or text) the offline grammar would choose.

It tests the real-model path (langchain-openai, tool-call ids, results and history sent back
over HTTP), not intelligence: the decisions are the offline model's.
"""

from __future__ import annotations

from typing import Any

from langchain_core.messages import convert_to_messages

from services.chat_api.agent.offline import next_message
from tests.support.fake_openai import Step, Text, ToolCalls


def grammar_responder(policy: str) -> Any:
    """A `FakeOpenAI.responder` that answers like the offline model."""

    def respond(messages: list[dict[str, Any]]) -> Step:
        history = convert_to_messages([m for m in messages if m.get("role") != "system"])
        reply = next_message(history, policy=policy)
        if reply.tool_calls:
            return ToolCalls([(c["name"], c["args"]) for c in reply.tool_calls])
        return Text(str(reply.text))

    return respond
