"""What the offline model remembers between turns, kept in the graph's state.

Each final reply of the offline model carries its memory as structured data
(`additional_kwargs["offline_model"]` of its AIMessage), so the checkpointer stores it with the
thread. The next turn reads it back from there, never from the words of a reply. The question
the reply asked ("which order?") counts only for the message that answers it: the customer's
very next one. A thread without this memory (an earlier release, a real model's turns, the
application's own confirmation messages) gives no memory: the model then asks instead of
guessing.

This turn's tool calls and their results are read from the messages since the customer's
latest one, parsed into the tools' own result models.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from services.chat_api.tool_results import ToolResult, parse_result
from services.orderwords.reading import Act

MEMORY_KEY = "offline_model"
# How many earlier turns a memory stays useful for "it" and "the other one".
RECENT_TURNS = 3
KEPT_IDS = 12


class AskedQuestion(BaseModel):
    """The reply asked which order a request means."""

    model_config = ConfigDict(frozen=True)

    act: Act
    reason: str | None = None  # what the customer said about it, kept for the answer
    candidates: list[int] = Field(default_factory=list)  # the orders the question listed


class TurnMemory(BaseModel):
    """What one turn of the offline model was about."""

    model_config = ConfigDict(frozen=True)

    act: Act | None = None  # the turn's main act (refund, status, lookup, ...)
    about: list[int] = Field(default_factory=list)  # the orders it acted on: "it" next time
    discussed: list[int] = Field(default_factory=list)  # orders named lately: "the other one"
    shown: list[int] = Field(default_factory=list)  # orders its reply listed, in that order
    question: AskedQuestion | None = None


@dataclass(frozen=True)
class Recollection:
    """The memory found before the customer's latest message."""

    memory: TurnMemory | None = None
    fresh: bool = False  # it is the reply just before the message: its question still stands

    @property
    def question(self) -> AskedQuestion | None:
        """The question the previous reply asked, if it was ours and just before."""
        return self.memory.question if self.memory is not None and self.fresh else None

    @property
    def shown(self) -> list[int]:
        """The orders the previous reply listed (for "the second one")."""
        return self.memory.shown if self.memory is not None and self.fresh else []


@dataclass(frozen=True)
class ToolStep:
    """One tool call of this turn and its result (None until the tool answered)."""

    name: str
    args: dict[str, Any]
    result: ToolResult | None


def attach(message: AIMessage, memory: TurnMemory) -> AIMessage:
    """The reply with its memory attached (plain JSON, as the checkpointer stores it)."""
    message.additional_kwargs[MEMORY_KEY] = memory.model_dump(mode="json")
    return message


def _memory_of(message: AIMessage) -> TurnMemory | None:
    raw = message.additional_kwargs.get(MEMORY_KEY)
    if not isinstance(raw, dict):
        return None
    try:
        return TurnMemory.model_validate(raw)
    except ValidationError:
        return None


def recall(history: Sequence[BaseMessage]) -> Recollection:
    """The latest memory among the last few turns before the customer's latest message."""
    turns = 0
    first_reply = True
    for message in reversed(history):
        if isinstance(message, HumanMessage):
            turns += 1
            if turns > RECENT_TURNS:
                break
            continue
        if isinstance(message, AIMessage) and not message.tool_calls:
            memory = _memory_of(message)
            if memory is not None:
                return Recollection(memory, fresh=first_reply and turns == 0)
            first_reply = False
    return Recollection()


def steps_of(messages: Sequence[BaseMessage]) -> list[ToolStep]:
    """The tool calls in `messages` (this turn's), each with its typed result."""
    names = {
        call["id"]: call["name"]
        for m in messages
        if isinstance(m, AIMessage)
        for call in m.tool_calls
    }
    results = {
        m.tool_call_id: parse_result(names.get(m.tool_call_id, ""), m.content)
        for m in messages
        if isinstance(m, ToolMessage)
    }
    return [
        ToolStep(call["name"], dict(call["args"]), results.get(call["id"] or ""))
        for m in messages
        if isinstance(m, AIMessage)
        for call in m.tool_calls
    ]


def remembered_ids(previous: TurnMemory | None, *now: Sequence[int]) -> list[int]:
    """The orders discussed lately: this turn's first, then the earlier ones, a few at most."""
    ids: list[int] = [i for group in now for i in group]
    if previous is not None:
        ids.extend(previous.discussed)
    return list(dict.fromkeys(ids))[:KEPT_IDS]
