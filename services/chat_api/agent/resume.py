"""What a customer's action does to their thread: the graph input for a typed message or a
button, decided by the application alone.

- A button (ProposalButton) resumes the waiting graph for one proposal, after checking it is this
  customer's (else ProposalNotFound), unused and open (ProposalDecided) and in time
  (ProposalExpired).
- A typed message while the latest reply's proposals wait is read by consent.py: a yes that
  names them (or a bare yes to a single one) confirms, a plain no cancels, a yes and a no
  that each name theirs do both, a bare yes to several asks which, a yes followed by a
  question about another order confirms and then lets the model answer; any other message resumes
  the graph with the message (the proposals stay pending), or, when nothing waits, starts a
  new run.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import HumanMessage
from langgraph.types import Command, StateSnapshot

from services.chat_api.agent.consent import Item, read_answer
from services.chat_api.agent.proposal_record import ProposalRecord, ProposalView, load_all
from services.chat_api.agent.proposals import ProposalDecided, ProposalExpired, ProposalNotFound
from workflows.vocabulary import ProposalAction, ProposalStatus


@dataclass(frozen=True)
class ProposalButton:
    """The customer's button: confirm or cancel one proposal."""

    proposal_id: str
    action: ProposalAction


def graph_input(
    snapshot: StateSnapshot,
    customer_id: int,
    request: str | ProposalButton,
    now: dt.datetime,
    at: str,
    owned: Sequence[Item] = (),
) -> tuple[Any, HumanMessage | None]:
    """The input to run the graph with, and the customer's message it carries (if any).
    `owned`: the customer's orders (order id, item), which a typed answer's names are read
    against."""
    records = load_all(snapshot.values.get("proposals"))
    waiting = "await_consent" in snapshot.next
    if isinstance(request, ProposalButton):
        record = records.get(request.proposal_id)
        if record is None or record.customer_id != customer_id:
            raise ProposalNotFound(request.proposal_id)
        if record.status != ProposalStatus.PENDING:
            raise ProposalDecided(request.proposal_id, record.status)
        if not record.is_pending(now) or not waiting:
            raise ProposalExpired(request.proposal_id)
        resume = {"action": request.action.value, "ids": [record.id]}
        return Command(resume=resume), None
    human = HumanMessage(content=request, id=str(uuid.uuid4()), additional_kwargs={"at": at})
    messages = snapshot.values.get("messages", [])
    latest = next((m.id for m in reversed(messages) if isinstance(m, HumanMessage)), None)
    offered = sorted(
        (r for r in records.values() if r.is_pending(now) and r.turn == latest),
        key=lambda r: r.order_id,
    )
    said: dict[str, Any] = {"text": request, "message_id": human.id, "at": at}
    if waiting:
        # A card of several, some decided since by their buttons: a bare yes confirms none
        # of the rest either.
        alone = sum(1 for r in records.values() if r.turn == latest) == 1
        earlier = [r for r in records.values() if r.is_pending(now) and r.turn != latest]
        before = next((m for m in messages if m.id == latest), None)
        answer = read_answer(
            request,
            offered,
            alone=alone,
            earlier=earlier,
            owned=owned,
            proposed_from=str(before.text) if before is not None else "",
        )
        if answer.kind == "ask":
            ids = [r.id for r in offered]
            return Command(resume={"action": "ask", "ids": ids, **said}), human
        if answer.kind != "other":
            resume = {"action": str(answer.kind), "ids": list(answer.ids), **said}
            if answer.cancel:  # "yes for the helmet, no for the bottle"
                resume["cancel"] = list(answer.cancel)
            if answer.then_ask:  # "yes. when did I buy the tv?"
                resume["then"] = "model"
            return Command(resume=resume), human
        return Command(resume={"action": "message", **said}), human
    return {"messages": [human]}, human


def changed_proposals(
    before: dict[str, ProposalRecord],
    after: dict[str, ProposalRecord],
    turn: str | None,
    now: dt.datetime,
) -> list[ProposalView]:
    """The proposals a turn made, presented again or decided, by order id (proposals of one
    turn are made at once), as the API shows them."""
    changed = [r for k, r in after.items() if before.get(k) != r or (turn and r.turn == turn)]
    changed.sort(key=lambda r: (r.order_id, r.created_at))
    return [r.view(now) for r in changed]
