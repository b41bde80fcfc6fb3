"""What the conversation so far tells the offline model about the customer's next message.

Everything is read from what is visible in the thread: the customer's messages, the
assistant's words and its tool calls and results. No hidden state is kept, so the same
follow-ups work when the turns were written by a real model behind the OpenAI protocol.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from services.chat_api.agent.grammar import Intent, Reading, parse

# The assistant's own questions, as replies.py writes them.
WHICH_ASKED = re.compile(r"\bWhich (?:order|one|ones) (?:do you mean|would you like)", re.I)
OFFERED = re.compile(r"\bWould you like me to request (?:one|a refund|refunds)\b", re.I)
MENTIONED = re.compile(r"\border (\d{1,10})\b", re.I)
TOOL_INTENT: dict[str, Intent] = {
    "request_refund": "refund",
    "check_refund_status": "status",
    "look_up_order": "lookup",
}
PRIORITY = ("request_refund", "check_refund_status", "look_up_order")
RECENT_TURNS = 3


@dataclass(frozen=True)
class Step:
    """One tool call of a turn and its result (None until the tool answered)."""

    name: str
    args: dict[str, Any]
    result: dict[str, Any] | None


@dataclass(frozen=True)
class Turn:
    """One earlier exchange: the customer's message, the tools used, the final reply."""

    said: str
    steps: list[Step]
    reply: str


@dataclass(frozen=True)
class Recall:
    """What the previous turns were about."""

    intent: Intent | None = None  # of the latest turn about particular orders
    about: tuple[int, ...] = ()  # the orders that turn was about
    offer: tuple[int, ...] = ()  # the previous reply offered to request their refunds
    asked: Reading | None = None  # the request the previous reply asked "which order?" about
    candidates: tuple[int, ...] = ()  # the orders that question listed
    other: tuple[int, ...] = ()  # recently discussed orders other than `about`
    said: str = ""  # the customer's previous message


def _result(message: ToolMessage) -> dict[str, Any]:
    """A tool result's JSON as a dict (an error dict when unreadable)."""
    try:
        value = json.loads(str(message.content))
    except ValueError:
        return {"error": "unreadable"}
    return value if isinstance(value, dict) else {"error": "unreadable"}


def steps_of(messages: Sequence[BaseMessage]) -> list[Step]:
    """The tool calls in `messages`, each with its result."""
    results = {m.tool_call_id: _result(m) for m in messages if isinstance(m, ToolMessage)}
    return [
        Step(call["name"], call["args"], results.get(call["id"] or ""))
        for m in messages
        if isinstance(m, AIMessage)
        for call in m.tool_calls
    ]


def turns_of(history: Sequence[BaseMessage]) -> list[Turn]:
    """The earlier exchanges, oldest first."""
    starts = [i for i, m in enumerate(history) if isinstance(m, HumanMessage)]
    turns: list[Turn] = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(history)
        body = history[start + 1 : end]
        texts = [str(m.text) for m in body if isinstance(m, AIMessage) and str(m.text).strip()]
        turns.append(Turn(str(history[start].text), steps_of(body), texts[-1] if texts else ""))
    return turns


def _order_ids(turn: Turn, name: str) -> tuple[int, ...]:
    """The order ids a turn passed to one tool, first seen first."""
    ids = (s.args.get("order_id") for s in turn.steps if s.name == name)
    return tuple(dict.fromkeys(i for i in ids if isinstance(i, int)))


def _subject(turn: Turn) -> tuple[Intent | None, tuple[int, ...]]:
    """The intent and orders a turn was about, refund before status before lookup."""
    for name in PRIORITY:
        ids = _order_ids(turn, name)
        if ids:
            return TOOL_INTENT[name], ids
    return None, ()


def _asked(turns: list[Turn]) -> Reading | None:
    """The request behind a chain of "which order?" questions, latest first."""
    for turn in reversed(turns):
        if not WHICH_ASKED.search(turn.reply):
            return None
        reading = parse(turn.said)
        if reading.intent is not None:
            return reading
    return None


def recall(history: Sequence[BaseMessage]) -> Recall:
    """What the earlier turns tell about the next message."""
    turns = turns_of(history)
    if not turns:
        return Recall()
    last = turns[-1]
    intent: Intent | None = None
    about: tuple[int, ...] = ()
    for turn in reversed(turns):
        intent, about = _subject(turn)
        if about:
            break
    discussed: list[int] = []
    for turn in turns[-RECENT_TURNS:]:
        for name in PRIORITY:
            discussed.extend(_order_ids(turn, name))
        discussed.extend(int(i) for i in MENTIONED.findall(turn.reply))
    offer: tuple[int, ...] = ()
    if OFFERED.search(last.reply):
        offer = _subject(last)[1] or tuple(int(i) for i in MENTIONED.findall(last.reply))
    asked = _asked(turns)
    candidates = tuple(dict.fromkeys(int(i) for i in MENTIONED.findall(last.reply)))
    return Recall(
        intent=intent,
        about=about,
        offer=offer,
        asked=asked,
        candidates=candidates if asked is not None or WHICH_ASKED.search(last.reply) else (),
        other=tuple(i for i in dict.fromkeys(discussed) if i not in about),
        said=last.said,
    )
