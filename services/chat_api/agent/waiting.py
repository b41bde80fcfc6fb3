"""The graph's human-in-the-loop part: pending refund proposals wait for the customer.

model (no tool calls) ──▶ settle ──pending proposals──▶ await_consent ──interrupt()──▶ (waits)

`await_consent` stops the run with LangGraph's `interrupt()`; the thread's checkpoint keeps
the proposals and the wait, so a restarted chat API resumes it. The application (service.py)
resumes it with `Command(resume=...)`, one of:
- {"action": "confirm" | "decline", "ids": [...], "text": typed words or None} — the customer's
  own decision (button or typed yes/no): confirmed refunds run here, via RefundService;
- {"action": "message", "text", "message_id", "at"} — any other message: it joins the thread
  and goes to the model, while the proposals stay pending.
Nothing a model writes reaches this node's decisions.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from langchain_core.messages import AIMessage, HumanMessage
from langgraph.graph import END, MessagesState
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from services.chat_api.agent.context import AgentContext
from services.chat_api.agent.proposals import (
    KEPT_DECIDED,
    Record,
    carry_out,
    declined,
    expired,
    is_overdue,
    is_pending,
    merge_proposals,
)
from services.chat_api.metrics import PROPOSALS

# Tool arguments that name an order: a turn that touched a pending proposal's order shows it
# again ("is it done yet?" re-presents the card).
ORDER_TOOLS = frozenset({"request_refund", "check_refund_status", "look_up_order"})


class AgentState(MessagesState):
    proposals: Annotated[dict[str, Record], merge_proposals]


def _now_iso() -> str:
    """Messages carry the real time, like every other message of the thread."""
    return dt.datetime.now(dt.UTC).isoformat()


def settle(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """After the model's answer: expire overdue proposals, re-present those the turn was about,
    drop old decided ones."""
    now = runtime.context.clock()
    messages = state["messages"]
    last = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
    turn = messages[last].id if last >= 0 else None
    touched = {
        c["args"].get("order_id")
        for m in messages[last + 1 :]
        if isinstance(m, AIMessage)
        for c in m.tool_calls
        if c["name"] in ORDER_TOOLS
    }
    records = state.get("proposals") or {}
    changes: dict[str, Record | None] = {}
    for key, record in records.items():
        if is_overdue(record, now):
            changes[key] = expired(record)
            PROPOSALS.labels(event="expired").inc()
        elif is_pending(record, now) and record["order_id"] in touched and record["turn"] != turn:
            changes[key] = {**record, "turn": turn}
    done = [r for r in records.values() if r["status"] != "pending"]
    done.sort(key=lambda r: r["created_at"])
    for record in done[:-KEPT_DECIDED]:
        changes[record["id"]] = None
    return {"proposals": changes} if changes else {}


def after_settle(state: AgentState) -> str:
    """Wait while any proposal is pending. No clock here: state updates made outside a run
    (repairs) route through this too; `settle` has already expired what was overdue."""
    records = (state.get("proposals") or {}).values()
    return "await_consent" if any(r["status"] == "pending" for r in records) else END


def after_model(state: AgentState) -> str:
    last = state["messages"][-1] if state["messages"] else None
    return "tools" if isinstance(last, AIMessage) and last.tool_calls else "settle"


async def await_consent(state: AgentState, runtime: Runtime[AgentContext]) -> Command[Any]:
    """Wait for the customer's next action; then apply their decision or pass their message on."""
    records = state.get("proposals") or {}
    answer = interrupt({"pending": [k for k, r in records.items() if r["status"] == "pending"]})
    action = answer.get("action") if isinstance(answer, dict) else None
    now = runtime.context.clock()
    overdue = {k: expired(r) for k, r in records.items() if is_overdue(r, now)}
    if action == "message":
        human = HumanMessage(
            content=str(answer["text"]),
            id=answer.get("message_id"),
            additional_kwargs={"at": answer.get("at") or _now_iso()},
        )
        return Command(update={"messages": [human], "proposals": overdue}, goto="model")
    if action not in ("confirm", "decline"):
        return Command(update={"proposals": overdue}, goto="settle")
    messages: list[Any] = []
    if answer.get("text"):
        at = answer.get("at") or _now_iso()
        messages.append(
            HumanMessage(
                content=str(answer["text"]),
                id=answer.get("message_id"),
                additional_kwargs={"at": at},
            )
        )
    changes: dict[str, Record | None] = dict(overdue)
    said: list[str] = []
    for key in answer.get("ids") or []:
        record = records.get(key)
        if record is None or record["status"] != "pending":
            continue  # decided meanwhile: it was answered then
        if key in overdue:  # its time ran out just now
            said.append(str(overdue[key]["message"]))
            continue
        if action == "confirm":
            runtime.stream_writer(
                {"tool": "request_refund", "text": f"Requesting the refund of order"
                 f" {record['order_id']}…"}
            )  # fmt: skip
            decided = await carry_out(runtime.context, record)
        else:
            decided = declined(record, now)
        changes[key] = decided
        if decided["status"] != "pending":
            PROPOSALS.labels(event=str(decided["status"])).inc()
        said.append(str(decided["message"]))
    if messages and not said:
        said.append("There is no refund proposal waiting for your answer any more.")
    if said:
        messages.append(AIMessage(content=" ".join(said), additional_kwargs={"at": _now_iso()}))
    return Command(update={"messages": messages, "proposals": changes}, goto="settle")
