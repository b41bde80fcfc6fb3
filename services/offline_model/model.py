"""The offline model as a LangChain chat model: deterministic, no network, real tool calls.

Each call reads the conversation like a tool-calling model would: the customer's latest
message, the tool results gathered since, and the memory its own previous replies carry
(memory.py). It runs off the event loop (`asyncio.to_thread`): however long a message, no
other customer waits for it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
from collections.abc import Callable, Sequence
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolCall
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool

from services.offline_model.memory import attach, recall, steps_of
from services.offline_model.planner import OfflineTurn

TOOLS_NEEDED = frozenset(
    {"list_my_orders", "look_up_order", "request_refund", "check_refund_status"}
)
DEFAULT_POLICY = (
    "You can ask for a refund of any order that has not been refunded yet. Refunds up to our"
    " automatic limit are paid at once; larger ones are reviewed by our staff first."
)


def next_message(
    messages: Sequence[BaseMessage], *, today: dt.date | None = None, policy: str = DEFAULT_POLICY
) -> AIMessage:
    """The offline model's next message for a conversation (pure apart from the date)."""
    last = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
    human = messages[last] if last >= 0 else HumanMessage("")
    steps = steps_of(messages[last + 1 :])
    turn = OfflineTurn(
        str(human.text),
        recall(messages[:last]) if last >= 0 else recall([]),
        steps,
        today=today or dt.date.today(),
        policy=policy,
    )
    step = turn.decide()
    if step.reply is not None:
        reply = AIMessage(content=step.reply)
        return attach(reply, step.memory) if step.memory is not None else reply
    seed = f"{human.id or ''}|{human.text}|{last}"
    prefix = "call_" + hashlib.sha1(seed.encode("utf-8", "replace")).hexdigest()[:10]
    calls = [
        ToolCall(name=name, args=args, id=f"{prefix}_{len(steps) + i}", type="tool_call")
        for i, (name, args) in enumerate(step.calls)
    ]
    return AIMessage(content="", tool_calls=calls)


class OfflineChatModel(BaseChatModel):
    """A deterministic tool-calling chat model for running without an API key."""

    # The answer to "what is your return policy?" (RETURN_POLICY_TEXT).
    policy_text: str = DEFAULT_POLICY

    @property
    def _llm_type(self) -> str:
        """The name LangChain records for this model."""
        return "offline-clause-reader"

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """The offline model knows its four tools by name; binding checks they are there."""
        names = {t.name for t in tools if isinstance(t, BaseTool)}
        missing = TOOLS_NEEDED - names
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
        """One deterministic step of the conversation."""
        message = next_message(messages, policy=self.policy_text)
        return ChatResult(generations=[ChatGeneration(message=message)])

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        """The same step in a worker thread, so the event loop never waits for it."""
        return await asyncio.to_thread(self._generate, messages, stop)
