"""What a customer's action does to their thread: the graph input for a typed message or a
button, decided by the application alone.

- A button (Decision) resumes the waiting graph for one proposal, after checking it is this
  customer's (else ProposalNotFound), unused (ProposalDecided) and in time (ProposalExpired).
- A typed message that is a plain yes/no (consent.py) while the latest reply's proposals wait
  resumes the graph with that decision; any other message resumes it with the message (the
  proposals stay pending), or, when nothing waits, starts a new run.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Any, Literal

from langchain_core.messages import HumanMessage
from langgraph.types import Command, StateSnapshot

from services.chat_api.agent.consent import classify
from services.chat_api.agent.proposals import (
    ProposalDecided,
    ProposalExpired,
    ProposalNotFound,
    Record,
    is_pending,
    public,
)


@dataclass(frozen=True)
class Decision:
    """The customer's button: confirm or decline one proposal."""

    proposal_id: str
    action: Literal["confirm", "decline"]


def graph_input(
    snapshot: StateSnapshot,
    customer_id: int,
    request: str | Decision,
    now: dt.datetime,
    at: str,
) -> tuple[Any, HumanMessage | None]:
    """The input to run the graph with, and the customer's message it carries (if any)."""
    records: dict[str, Record] = snapshot.values.get("proposals") or {}
    waiting = "await_consent" in snapshot.next
    if isinstance(request, Decision):
        record = records.get(request.proposal_id)
        if record is None or record.get("customer_id") != customer_id:
            raise ProposalNotFound(request.proposal_id)
        if record["status"] != "pending":
            raise ProposalDecided(request.proposal_id)
        if not is_pending(record, now) or not waiting:
            raise ProposalExpired(request.proposal_id)
        return Command(resume={"action": request.action, "ids": [record["id"]]}), None
    human = HumanMessage(content=request, id=str(uuid.uuid4()), additional_kwargs={"at": at})
    messages = snapshot.values.get("messages", [])
    latest = next((m.id for m in reversed(messages) if isinstance(m, HumanMessage)), None)
    offered = [k for k, r in records.items() if is_pending(r, now) and r["turn"] == latest]
    consent = classify(request) if offered and waiting else "other"
    said = {"text": request, "message_id": human.id, "at": at}
    if consent != "other":
        action = "confirm" if consent == "yes" else "decline"
        return Command(resume={"action": action, "ids": offered, **said}), human
    if waiting:
        return Command(resume={"action": "message", **said}), human
    return {"messages": [human]}, human


def changed_proposals(
    before: dict[str, Record], after: dict[str, Record], turn: str | None, now: dt.datetime
) -> list[dict[str, Any]]:
    """The proposals a turn made, presented again or decided, oldest first, as the API shows
    them."""
    changed = [
        r for k, r in after.items() if before.get(k) != r or (turn and r.get("turn") == turn)
    ]
    changed.sort(key=lambda r: r["created_at"])
    return [public(r, now) for r in changed]
