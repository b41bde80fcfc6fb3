"""What a person sees of a thread: lines of the customer, the assistant and notices, and
what one turn added (its lines and the proposals it made or changed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, Literal

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


@dataclass(frozen=True)
class ChatLine:
    role: Literal["user", "assistant", "notice"]
    content: str
    at: dt.datetime

    def as_json(self) -> dict[str, Any]:
        return {"role": self.role, "content": self.content, "at": self.at.isoformat()}


def stamp(message: BaseMessage, fallback: dt.datetime) -> dt.datetime:
    """When a message was said (its `at`), or `fallback` when it carries none."""
    raw = message.additional_kwargs.get("at")
    try:
        return dt.datetime.fromisoformat(raw) if isinstance(raw, str) else fallback
    except ValueError:
        return fallback


@dataclass(frozen=True)
class TurnResult:
    """What one turn added: the assistant's messages and the proposals it made or changed."""

    messages: list[ChatLine]
    proposals: list[dict[str, Any]]

    def as_json(self) -> dict[str, Any]:
        return {"messages": [m.as_json() for m in self.messages], "proposals": self.proposals}


def chat_lines(messages: list[BaseMessage]) -> list[ChatLine]:
    """What a person sees of a thread: their messages and the assistant's words."""
    lines: list[ChatLine] = []
    last = EPOCH
    for m in messages:
        if isinstance(m, HumanMessage):
            role: Literal["user", "assistant"] = "user"
        elif isinstance(m, AIMessage) and str(m.text).strip():
            role = "assistant"
        else:
            continue
        last = stamp(m, last)
        lines.append(ChatLine(role, str(m.text).strip(), last))
    return lines
