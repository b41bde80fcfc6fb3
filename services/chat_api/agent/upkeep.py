"""Bringing a thread back in line before a turn runs, after whatever stopped the last one.

- `repair`: a tool call that a crash left without its result gets a result saying it was
  interrupted, so the model (and the OpenAI API, which refuses such a conversation) always
  sees a complete exchange. The interrupted call is never re-run.
- `follow_orders`: a waiting proposal whose order's refund moved on (a crash cut the
  confirmation short after the refund started, or it was asked for another way) is closed with
  the order's outcome, so its card shows what happened and it is never offered again; the
  thread says so in a line of its own.
- `park`: pending proposals mean the thread waits at `await_consent`, whatever came before.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

import asyncpg
from langchain_core.messages import AIMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from langgraph.types import StateSnapshot

from services.chat_api.agent.proposal_record import load_all, stored_all
from services.chat_api.agent.proposals import overtaken
from services.chat_api.metrics import PROPOSALS
from services.chat_api.tool_results import ToolError, ToolErrorKind
from workflows.vocabulary import ProposalStatus

log = logging.getLogger(__name__)

UPDATE = "An update on a refund you asked for here:"

INTERRUPTED = (
    "This tool call was interrupted before its result was recorded (the service restarted)."
    " Its outcome is unknown: check the order's current state before acting on it again."
    " Asking for the same refund again is safe and pays nothing twice."
)


async def repair(
    graph: Any,
    config: RunnableConfig,
    customer_id: int,
    now: dt.datetime,
    snapshot: StateSnapshot | None = None,
) -> int:
    """Answer tool calls a crash left unanswered (their results said at `now`); returns how
    many were repaired (0: nothing was written, so `snapshot`, the thread as just read, still
    stands)."""
    if snapshot is None:
        snapshot = await graph.aget_state(config)
    messages = list(snapshot.values.get("messages", []))
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
    at = now.isoformat()
    content = ToolError(error=ToolErrorKind.INTERRUPTED, message=INTERRUPTED).to_json()
    results = [
        ToolMessage(
            content=content,
            tool_call_id=c["id"] or "",
            name=c["name"],
            additional_kwargs={"at": at},
        )
        for c in missing
    ]
    await graph.aupdate_state(config, {"messages": results}, as_node="tools")
    return len(missing)


async def follow_orders(
    graph: Any,
    config: RunnableConfig,
    pool: asyncpg.Pool,
    customer_id: int,
    now: dt.datetime,
    snapshot: StateSnapshot,
) -> StateSnapshot:
    """Close the waiting proposals whose order moved on (the thread says so at `now`); the
    thread's snapshot after it (`snapshot` itself when nothing moved: no proposal waits, or one
    query says so)."""
    records = load_all(snapshot.values.get("proposals"))
    moved = await overtaken(pool, customer_id, records.values())
    if not moved:
        return snapshot
    log.info(
        "closed proposals whose order moved on",
        extra={"customer_id": customer_id, "orders": [r.order_id for r in moved]},
    )
    PROPOSALS.labels(event=ProposalStatus.CLOSED.value).inc(len(moved))
    # The thread says what became of them, where the lost answer would have said it.
    said = " ".join(str(r.message) for r in sorted(moved, key=lambda r: r.order_id))
    update = AIMessage(content=f"{UPDATE} {said}", additional_kwargs={"at": now.isoformat()})
    await graph.aupdate_state(
        config, {"proposals": stored_all(moved), "messages": [update]}, as_node="settle"
    )
    result: StateSnapshot = await graph.aget_state(config)
    return result


async def park(graph: Any, config: RunnableConfig, snapshot: StateSnapshot) -> StateSnapshot:
    """Pending proposals mean the thread waits at `await_consent`, whatever came before
    (a crash or a deadline may have stopped it elsewhere)."""
    records = load_all(snapshot.values.get("proposals"))
    if "await_consent" in snapshot.next or not any(
        r.status == ProposalStatus.PENDING for r in records.values()
    ):
        return snapshot
    await graph.aupdate_state(config, {"messages": []}, as_node="settle")
    result: StateSnapshot = await graph.aget_state(config)
    return result
