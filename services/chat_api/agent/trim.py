"""Keeping a thread small however long it gets.

Two things grow with every turn unless cut: the graph state's `messages` (the checkpointer
stores the whole list again at each step) and the checkpoints themselves (LangGraph keeps every
one). So:

- when a turn ends with more than KEEP_TURNS + TRIM_SLACK turns in the graph state, the state
  is cut back to the last KEEP_TURNS complete turns: older messages are first recorded in the
  transcript table (what `/api/history` pages through), then removed with `RemoveMessage`.
  Only `messages` is trimmed; every other state key is left as it is.
- after every few turns, superseded checkpoints of the thread are deleted (the saver's own
  `keep_latest` prune: the latest checkpoint, its blobs and pending writes stay).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

import asyncpg
from langchain_core.messages import BaseMessage, HumanMessage, RemoveMessage

from services.chat_api.agent import transcript

log = logging.getLogger(__name__)

# Complete turns (a customer message and everything up to the next one) kept in the state.
KEEP_TURNS = 6
# Trim only once this many turns beyond KEEP_TURNS piled up, so most turns trim nothing.
TRIM_SLACK = 4
# Prune checkpoints after every this many turns (counted in the state): a few superseded
# checkpoints of the window's size are cheap; a prune on every turn is not.
PRUNE_EVERY_TURNS = 4


def window_start(messages: Sequence[BaseMessage], keep_turns: int) -> int:
    """Index of the customer message that starts the last `keep_turns` turns (0 if fewer)."""
    seen = 0
    for i in range(len(messages) - 1, -1, -1):
        if isinstance(messages[i], HumanMessage):
            seen += 1
            if seen == keep_turns:
                return i
    return 0


async def trim_messages(
    messages: Sequence[BaseMessage], pool: asyncpg.Pool, customer_id: int, keep_turns: int
) -> list[RemoveMessage]:
    """Record the turns older than the window in the transcript; the removals for the state."""
    turns = sum(1 for m in messages if isinstance(m, HumanMessage))
    if turns <= keep_turns + TRIM_SLACK:
        return []
    start = window_start(messages, max(1, keep_turns))
    old = [m for m in messages[:start] if m.id]
    if not old:
        return []
    await transcript.record(pool, customer_id, old)
    return [RemoveMessage(id=m.id or "") for m in old]


def due_for_pruning(messages: Sequence[BaseMessage]) -> bool:
    """True after every PRUNE_EVERY_TURNS-th turn of the state (the same in every process)."""
    return sum(1 for m in messages if isinstance(m, HumanMessage)) % PRUNE_EVERY_TURNS == 0


async def prune_checkpoints(checkpointer: object, thread: str) -> None:
    """Delete the thread's superseded checkpoints; a failure only costs space, so it is logged."""
    prune = getattr(checkpointer, "aprune", None)
    if prune is None:
        return
    try:
        await prune([thread], strategy="keep_latest")
    except Exception as exc:  # e.g. a concurrent prune: the next turn prunes again
        log.warning("could not prune chat checkpoints: %s", exc, extra={"thread_id": thread})
