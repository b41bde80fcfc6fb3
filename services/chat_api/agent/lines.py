"""What a person sees of a thread: lines of the customer, the assistant and notices, and
what one turn added (its lines and the proposals it made or changed). The HTTP API answers
with these models as they are (services/chat_api/schemas.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Literal

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from pydantic import BaseModel, ConfigDict

from services.chat_api.agent.proposal_record import ProposalView
from services.common.formats import Timestamp

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


class ChatLine(BaseModel):
    """One line of the chat as the customer sees it."""

    model_config = ConfigDict(frozen=True)

    role: Literal["user", "assistant", "notice"]
    content: str
    at: Timestamp


class TurnResult(BaseModel):
    """What one turn added: the assistant's messages and the proposals it made or changed."""

    messages: list[ChatLine]
    proposals: list[ProposalView]


def stamp(message: BaseMessage, fallback: dt.datetime) -> dt.datetime:
    """When a message was said (its `at`), or `fallback` when it carries none."""
    raw = message.additional_kwargs.get("at")
    try:
        return dt.datetime.fromisoformat(raw) if isinstance(raw, str) else fallback
    except ValueError:
        return fallback


def seen(messages: Sequence[BaseMessage]) -> Iterator[tuple[BaseMessage, ChatLine]]:
    """The messages a person sees (theirs, and the assistant's words), each with its line; a
    message without a time of its own is dated like the one before it."""
    last = EPOCH
    for m in messages:
        role: Literal["user", "assistant"]
        if isinstance(m, HumanMessage):
            role = "user"
        elif isinstance(m, AIMessage) and str(m.text).strip():
            role = "assistant"
        else:
            continue
        last = stamp(m, last)
        yield m, ChatLine(role=role, content=str(m.text).strip(), at=last)


def chat_lines(messages: Sequence[BaseMessage]) -> list[ChatLine]:
    """What a person sees of a thread: their messages and the assistant's words."""
    return [line for _, line in seen(messages)]
