"""The graph's human-in-the-loop part: pending refund proposals wait for the customer.

model (no tool calls) ──▶ settle ──pending proposals──▶ await_consent ──interrupt()──▶ (waits)
      (nothing to settle) ──▶ end

`await_consent` stops the run with LangGraph's `interrupt()`; the thread's checkpoint keeps
the proposals and the wait, so a restarted chat API resumes it. The application (service.py)
resumes it with `Command(resume=...)`, one of:
- {"action": "confirm" | "cancel", "ids": [...], "text": typed words or None} — the customer's
  own decision (button or typed yes/no): confirmed refunds run here, via RefundService; a
  typed confirmation may carry "cancel": [...] too (a yes to one, a no to another), and
  "then": "model" when the message asks something more, which the model answers after;
- {"action": "ask", "ids": [...], "text", ...} — a bare "yes" to several proposals: none is
  confirmed, and the application asks which ones;
- {"action": "message", "text", "message_id", "at"} — any other message: it joins the thread
  and goes to the model, while the proposals stay pending.
Nothing a model writes reaches this node's decisions.

The node and the routers are coroutines although they never wait: LangGraph runs a plain
function of an async graph in a worker thread, a thread hop (~0.1 ms of CPU) per call.
"""

from __future__ import annotations

from typing import Annotated, Any

from langchain_core.messages import AIMessage, HumanMessage
from langgraph.graph import END, MessagesState
from langgraph.runtime import Runtime
from langgraph.types import Command, interrupt

from services.chat_api.agent.context import AgentContext
from services.chat_api.agent.proposal_record import ProposalRecord, load_all
from services.chat_api.agent.proposals import (
    KEPT_DECIDED,
    cancelled,
    carry_out,
    expired,
    merge_proposals,
)
from services.chat_api.agent.statement import name_it, waiting_sentence
from services.chat_api.metrics import PROPOSALS
from services.common.clock import Clock
from workflows.vocabulary import LEGACY_PROPOSAL_VALUES, ProposalAction, ProposalStatus

Changes = dict[str, dict[str, Any] | None]
NOTHING_WAITS = "There is no refund proposal waiting for your answer any more."


class AgentState(MessagesState):
    # Proposal records by id, as plain JSON (ProposalRecord.stored()).
    proposals: Annotated[dict[str, dict[str, Any]], merge_proposals]


async def settle(state: AgentState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    """After the turn's answer: expire overdue proposals, drop old decided ones."""
    now = runtime.context.clock()
    records = load_all(state.get("proposals"))
    changes: Changes = {}
    for key, record in records.items():
        if record.is_overdue(now):
            changes[key] = expired(record).stored()
            PROPOSALS.labels(event="expired").inc()
    done = sorted(
        (r for r in records.values() if r.status != ProposalStatus.PENDING),
        key=lambda r: r.created_at,
    )
    for record in done[:-KEPT_DECIDED]:
        changes[record.id] = None
    return {"proposals": changes} if changes else {}


async def after_settle(state: AgentState) -> str:
    """Wait while any proposal is pending. No clock here: state updates made outside a run
    (repairs) route through this too; `settle` has already expired what was overdue."""
    records = load_all(state.get("proposals")).values()
    return "await_consent" if any(r.status == ProposalStatus.PENDING for r in records) else END


async def after_model(state: AgentState) -> str:
    """Tools for the model's calls; after its answer, settle only when there is something to
    settle (a pending proposal, which may be overdue and waits, or more decided ones than are
    kept): otherwise settle would change nothing and end the run, so the run ends here, a step
    sooner."""
    last = state["messages"][-1] if state["messages"] else None
    if isinstance(last, AIMessage) and last.tool_calls:
        return "tools"
    records = load_all(state.get("proposals")).values()
    decided = sum(1 for r in records if r.status != ProposalStatus.PENDING)
    if decided > KEPT_DECIDED or len(records) > decided:
        return "settle"
    return END


def _action(answer: Any) -> str | None:
    """The resume value's action, in today's words (an earlier release said "decline")."""
    action = answer.get("action") if isinstance(answer, dict) else None
    return LEGACY_PROPOSAL_VALUES.get(action, action) if isinstance(action, str) else None


def _typed(answer: dict[str, Any], clock: Clock) -> list[Any]:
    """The customer's typed words carried by a resume value, as their message (said now
    unless the resume value says when)."""
    if not answer.get("text"):
        return []
    at = answer.get("at") or clock().isoformat()
    human = HumanMessage(
        content=str(answer["text"]), id=answer.get("message_id"), additional_kwargs={"at": at}
    )
    return [human]


def _ask_which(
    answer: dict[str, Any], records: dict[str, ProposalRecord], changes: Changes, clock: Clock
) -> Command[Any]:
    """A bare yes to several proposals: none is confirmed; they are presented again."""
    offered = sorted(
        (records[k] for k in answer.get("ids") or [] if k in records), key=lambda r: r.order_id
    )
    waiting = [r for r in offered if r.status == ProposalStatus.PENDING]
    for record in waiting:  # presented again; still to be named, never a bare yes
        changes[record.id] = record.with_(turn=answer.get("message_id"), unnamed=True).stored()
    if len(waiting) > 1:
        text = f"Which ones should I refund? {waiting_sentence(waiting)}"
    elif waiting:  # one: proposed beside other orders, from words that named none, or the
        # rest of a card whose other refunds were decided
        text = f"Is it this one you mean? {waiting_sentence(waiting, named=True)}"
        text += f" {name_it(waiting[0], unnamed=not waiting[0].not_included)}"
    else:
        text = NOTHING_WAITS
    said = _typed(answer, clock)
    reply = AIMessage(content=text, additional_kwargs={"at": clock().isoformat()})
    return Command(update={"messages": [*said, reply], "proposals": changes}, goto="settle")


async def await_consent(state: AgentState, runtime: Runtime[AgentContext]) -> Command[Any]:
    """Wait for the customer's next action; then apply their decision or pass their message on."""
    records = load_all(state.get("proposals"))
    pending = [k for k, r in records.items() if r.status == ProposalStatus.PENDING]
    answer = interrupt({"pending": pending})
    action = _action(answer)
    clock = runtime.context.clock
    now = clock()
    overdue = {k: expired(r) for k, r in records.items() if r.is_overdue(now)}
    changes: Changes = {k: r.stored() for k, r in overdue.items()}
    if action == "message":
        return Command(
            update={"messages": _typed(answer, clock), "proposals": changes}, goto="model"
        )
    if action == "ask":
        return _ask_which(answer, records, changes, clock)
    if action not in tuple(ProposalAction):
        return Command(update={"proposals": changes}, goto="settle")
    messages = _typed(answer, clock)
    said: list[str] = []
    decided_ids: set[str] = set()
    # A confirmation may cancel others beside it ("yes for the helmet, no for the bottle").
    decisions = [(key, action) for key in answer.get("ids") or []]
    decisions += [(key, ProposalAction.CANCEL) for key in answer.get("cancel") or []]
    for key, action in decisions:
        record = records.get(key)
        if record is None or record.status != ProposalStatus.PENDING:
            continue  # decided meanwhile: it was answered then
        if key in overdue:  # its time ran out just now
            said.append(str(overdue[key].message))
            continue
        if action == ProposalAction.CONFIRM:
            runtime.stream_writer(
                {"tool": "request_refund", "text": f"Requesting the refund of order"
                 f" {record.order_id}…"}
            )  # fmt: skip
            decided = await carry_out(runtime.context, record)
        else:
            decided = cancelled(record, now)
        changes[key] = decided.stored()
        decided_ids.add(key)
        if decided.status != ProposalStatus.PENDING:
            PROPOSALS.labels(event=decided.status.value).inc()
        said.append(str(decided.message))
    if messages and not said:
        said.append(NOTHING_WAITS)
    # The proposals the same reply presented that still wait: how many, and how to confirm.
    presented = {r.turn for k, r in records.items() if k in decided_ids}
    rest = sorted(
        (
            r
            for k, r in records.items()
            if k not in decided_ids
            and k not in overdue
            and r.is_pending(now)
            and r.turn in presented
        ),
        key=lambda r: r.order_id,
    )
    if said and rest:
        said.append(waiting_sentence(rest, still=True))
        if messages:  # a typed answer: the latest reply now presents the rest, which the
            # answer did not name, so a bare yes does not confirm them
            for record in rest:
                moved = record.with_(turn=answer.get("message_id"), unnamed=True)
                changes[record.id] = moved.stored()
    if said:
        messages.append(
            AIMessage(content=" ".join(said), additional_kwargs={"at": clock().isoformat()})
        )
    # "yes. when did I buy the tv?": the model answers the rest of the message
    goto = "model" if answer.get("then") == "model" and messages else "settle"
    return Command(update={"messages": messages, "proposals": changes}, goto=goto)
