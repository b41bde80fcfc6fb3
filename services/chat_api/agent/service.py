"""Chat turns and history for one customer thread each, over the compiled graph.

Turns of one customer run one at a time (a lock per thread), so two tabs sending at once
cannot interleave their messages. Before each turn the thread is repaired: a tool call that
a crash left without its result gets a result saying it was interrupted, so the model (and
the OpenAI API, which refuses such a conversation) always sees a complete exchange. The
interrupted call is never re-run; a refund it may have started is found by its status.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any, Literal

import asyncpg
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langgraph.errors import GraphRecursionError
from langgraph.graph import MessagesState
from langgraph.graph.state import CompiledStateGraph

from services.chat_api.agent import transcript
from services.chat_api.agent.context import AgentContext, thread_id
from services.chat_api.agent.graph import apology_for, now_iso
from services.chat_api.agent.model_health import turn_result
from services.chat_api.agent.thread_lock import TurnLocks
from services.chat_api.agent.tools import dumps
from services.chat_api.agent.trim import due_for_pruning, prune_checkpoints
from services.chat_api.metrics import CHAT_TURNS
from services.chat_api.refunds import RefundService

log = logging.getLogger(__name__)

# Model ⇄ tools steps allowed in one turn (each round trip is two steps).
RECURSION_LIMIT = 16
INTERRUPTED = (
    "This tool call was interrupted before its result was recorded (the service restarted)."
    " Its outcome is unknown: check the order's current state before acting on it again."
    " Asking for the same refund again is safe and pays nothing twice."
)
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)

Graph = CompiledStateGraph[MessagesState, AgentContext, MessagesState, MessagesState]


@dataclass(frozen=True)
class ChatLine:
    role: Literal["user", "assistant", "notice"]
    content: str
    at: dt.datetime

    def as_json(self) -> dict[str, Any]:
        return {"role": self.role, "content": self.content, "at": self.at.isoformat()}


def _at(message: BaseMessage, fallback: dt.datetime) -> dt.datetime:
    raw = message.additional_kwargs.get("at")
    try:
        return dt.datetime.fromisoformat(raw) if isinstance(raw, str) else fallback
    except ValueError:
        return fallback


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
        last = _at(m, last)
        lines.append(ChatLine(role, str(m.text).strip(), last))
    return lines


class ChatAgent:
    """Runs turns and reads threads; one per chat API process, built in its lifespan."""

    def __init__(
        self,
        graph: Graph,
        pool: asyncpg.Pool,
        refunds: RefundService,
        *,
        locks: TurnLocks | None = None,
    ) -> None:
        self._graph = graph
        self._pool = pool
        self._refunds = refunds
        self._turn_locks = locks or TurnLocks()

    @staticmethod
    def _config(customer_id: int) -> RunnableConfig:
        return {
            "configurable": {"thread_id": thread_id(customer_id)},
            "recursion_limit": RECURSION_LIMIT,
        }

    def _lock(self, customer_id: int) -> AbstractAsyncContextManager[None]:
        """The customer's turn lock, across processes (thread_lock.py); ThreadBusy past its wait."""
        return self._turn_locks.hold(customer_id)

    async def messages(self, customer_id: int) -> list[BaseMessage]:
        """The thread as stored by the checkpointer (tool calls and results included)."""
        snapshot = await self._graph.aget_state(self._config(customer_id))
        return list(snapshot.values.get("messages", []))

    async def repair(self, customer_id: int) -> int:
        """Answer tool calls a crash left unanswered; returns how many were repaired."""
        messages = await self.messages(customer_id)
        answered = {m.tool_call_id for m in messages if isinstance(m, ToolMessage)}
        last_ai = next((m for m in reversed(messages) if isinstance(m, AIMessage)), None)
        if last_ai is None:
            return 0
        missing = [c for c in last_ai.tool_calls if c["id"] not in answered]
        if not missing:
            return 0
        log.warning(
            "repairing chat thread: %d tool call(s) were interrupted",
            len(missing),
            extra={"customer_id": customer_id, "tools": [c["name"] for c in missing]},
        )
        results = [
            ToolMessage(
                content=dumps({"error": "interrupted", "message": INTERRUPTED}),
                tool_call_id=c["id"] or "",
                name=c["name"],
                additional_kwargs={"at": now_iso()},
            )
            for c in missing
        ]
        await self._graph.aupdate_state(
            self._config(customer_id), {"messages": results}, as_node="tools"
        )
        return len(missing)

    async def turn(self, customer_id: int, text: str) -> list[ChatLine]:
        """Run one turn; returns the assistant's new messages."""
        async with self._lock(customer_id):
            await self.repair(customer_id)
            human = HumanMessage(
                content=text, id=str(uuid.uuid4()), additional_kwargs={"at": now_iso()}
            )
            context = AgentContext(customer_id, self._pool, self._refunds)
            try:
                final = await self._graph.ainvoke(
                    {"messages": [human]},
                    self._config(customer_id),
                    context=context,
                    durability="sync",
                )
                CHAT_TURNS.labels(result=turn_result(final)).inc()
            except GraphRecursionError:
                log.warning("chat turn took too many steps", extra={"customer_id": customer_id})
                CHAT_TURNS.labels(result="too_many_steps").inc()
                await self.repair(customer_id)
                said = apology_for(await self.messages(customer_id))
                apology = AIMessage(content=said, additional_kwargs={"at": now_iso()})
                await self._graph.aupdate_state(
                    self._config(customer_id), {"messages": [apology]}, as_node="model"
                )
            messages = await self.messages(customer_id)
            if due_for_pruning(messages):
                await prune_checkpoints(self._graph.checkpointer, thread_id(customer_id))
        start = next((i for i, m in enumerate(messages) if m.id == human.id), len(messages))
        return [line for line in chat_lines(messages[start + 1 :]) if line.role == "assistant"]

    async def history(self, customer_id: int) -> list[ChatLine]:
        """The latest page of the transcript merged with notices, oldest first (transcript.py)."""
        await transcript.record(self._pool, customer_id, await self.messages(customer_id))
        lines = await transcript.page(self._pool, customer_id)
        return [ChatLine(line.role, line.content, line.at) for line in lines]
