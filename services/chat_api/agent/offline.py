"""The offline model: deterministic, no network, real tool calls and natural replies.

Each call reads the conversation like a tool-calling model would: the customer's latest
message (parsed by the grammar), the tool results gathered since, and what the previous turns
were about (follow-ups). It then asks for the next tools, or writes the answer from results.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolCall, ToolMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool

from services.chat_api.agent import replies
from services.chat_api.agent.grammar import OrderIntent, Parsed, parse
from services.chat_api.agent.matching import match_items
from services.chat_api.agent.tools import NO_REASON

ACTION_TOOL: dict[OrderIntent, str] = {
    "refund": "request_refund",
    "status": "check_refund_status",
    "lookup": "look_up_order",
}
TOOL_INTENT: dict[str, OrderIntent] = {v: k for k, v in ACTION_TOOL.items()}
PRIORITY = ("request_refund", "check_refund_status", "look_up_order")
WRITERS: dict[OrderIntent, Callable[[dict[str, Any]], str]] = {
    "refund": replies.refund,
    "status": replies.status,
    "lookup": replies.lookup,
}


@dataclass(frozen=True)
class Step:
    """One tool call of the current turn and its result (None until the tool answered)."""

    name: str
    args: dict[str, Any]
    result: dict[str, Any] | None


@dataclass(frozen=True)
class Recall:
    """What the previous turns were about: their main intent and the orders they discussed."""

    intent: OrderIntent | None
    order_ids: tuple[int, ...]


def _result(message: ToolMessage) -> dict[str, Any]:
    try:
        value = json.loads(str(message.content))
    except ValueError:
        return {"error": "unreadable"}
    return value if isinstance(value, dict) else {"error": "unreadable"}


def steps_of(messages: Sequence[BaseMessage]) -> list[Step]:
    results = {m.tool_call_id: _result(m) for m in messages if isinstance(m, ToolMessage)}
    return [
        Step(call["name"], call["args"], results.get(call["id"] or ""))
        for m in messages
        if isinstance(m, AIMessage)
        for call in m.tool_calls
    ]


def recall(history: Sequence[BaseMessage]) -> Recall:
    """The most recent earlier turn that was about particular orders."""
    end = len(history)
    for start in range(len(history) - 1, -1, -1):
        if not isinstance(history[start], HumanMessage):
            continue
        steps = steps_of(history[start + 1 : end])
        end = start
        for name in PRIORITY:
            ids = tuple(
                dict.fromkeys(
                    s.args["order_id"]
                    for s in steps
                    if s.name == name and isinstance(s.args.get("order_id"), int)
                )
            )
            if ids:
                return Recall(TOOL_INTENT[name], ids)
        if any(s.name == "list_my_orders" for s in steps):
            return Recall("lookup", ())
    return Recall(None, ())


class Planner:
    """Decides the next message of the current turn."""

    def __init__(self, messages: Sequence[BaseMessage]) -> None:
        last = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
        human = messages[last] if last >= 0 else HumanMessage("")
        self.parsed: Parsed = parse(str(human.text))
        self.steps = steps_of(messages[last + 1 :])
        self.recall = recall(messages[:last]) if last >= 0 else Recall(None, ())
        seed = f"{human.id or ''}|{human.text}|{last}"
        self._prefix = "call_" + hashlib.sha1(seed.encode()).hexdigest()[:10]

    def _calls(self, calls: list[tuple[str, dict[str, Any]]]) -> AIMessage:
        n = len(self.steps)
        tool_calls = [
            ToolCall(name=name, args=args, id=f"{self._prefix}_{n + i}", type="tool_call")
            for i, (name, args) in enumerate(calls)
        ]
        return AIMessage(content="", tool_calls=tool_calls)

    def _text(self, text: str) -> AIMessage:
        if "greet" in self.parsed.social and not text.startswith("Hello"):
            text = "Hello! " + text
        return AIMessage(content=text)

    def _listed(self) -> dict[str, Any] | None:
        return next((s.result for s in self.steps if s.name == "list_my_orders" and s.result), None)

    def next_message(self) -> AIMessage:
        p = self.parsed
        intent = p.intent
        if intent is None and (p.order_ids or (p.item_words and p.follow_up)):
            carried = self.recall.intent if p.follow_up else None
            intent = carried or "lookup"
        if intent is None:
            return self._social()
        if intent == "approve":
            return self._text(replies.APPROVE)  # no tool can approve; nothing is called
        listed = self._listed()
        if intent == "list":
            return self._text(replies.orders_list(listed)) if listed else self._list()
        return self._about_orders(intent, listed)

    def _list(self) -> AIMessage:
        return self._calls([("list_my_orders", {})])

    def _social(self) -> AIMessage:
        social = self.parsed.social
        if "help" in social:
            return AIMessage(content=replies.CAPABILITIES + " What would you like to do?")
        if "greet" in social:
            return AIMessage(content=replies.GREETING)
        if "thanks" in social:
            return AIMessage(content=replies.THANKS)
        if "bye" in social:
            return AIMessage(content=replies.BYE)
        return AIMessage(content=replies.UNKNOWN)

    def _about_orders(self, intent: OrderIntent, listed: dict[str, Any] | None) -> AIMessage:
        p = self.parsed
        ids = list(p.order_ids)
        unmatched = False
        if not ids and p.item_words:
            if listed is None:
                return self._list()
            orders = listed.get("orders") or []
            match = match_items(
                " ".join(p.item_words), [(o["order_id"], o["item"]) for o in orders]
            )
            if match.ambiguous:
                named = [o for o in orders if o["order_id"] in match.order_ids]
                return self._text(replies.ambiguous(named))
            ids = match.order_ids
            unmatched = not ids
        if not ids and p.follow_up and self.recall.order_ids:
            ids = list(self.recall.order_ids)
        if not ids:
            if p.vague and not p.follow_up:
                return self._social()  # "tell me a joke": not about an order after all
            if unmatched and listed is not None:
                return self._text(replies.no_match(listed))
            if intent == "status":
                return self._text(replies.refunds_overview(listed)) if listed else self._list()
            return self._text(replies.WHICH_ORDER)
        action = ACTION_TOOL[intent]
        done = [s for s in self.steps if s.name == action and s.result is not None]
        if not done:
            return self._calls([(action, self._args(intent, oid)) for oid in ids])
        return self._text(" ".join(WRITERS[intent](s.result or {}) for s in done))

    def _args(self, intent: OrderIntent, order_id: int) -> dict[str, Any]:
        if intent == "refund":
            return {"order_id": order_id, "reason": self.parsed.reason or NO_REASON}
        return {"order_id": order_id}


class OfflineChatModel(BaseChatModel):
    """A deterministic tool-calling chat model for running without an API key."""

    @property
    def _llm_type(self) -> str:
        return "offline-intent-grammar"

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """The offline model knows its four tools by name; binding checks they are there."""
        names = {t.name for t in tools if isinstance(t, BaseTool)}
        missing = {"list_my_orders", *ACTION_TOOL.values()} - names
        if missing:
            raise ValueError(f"the offline model needs the tools {sorted(missing)}")
        return self

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=Planner(messages).next_message())])

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return self._generate(messages, stop)
