"""What the application, not the model, says about money at the end of a reply.

Every reply that carries proposals or refund outcomes ends with sentences the application
writes from its own records (`money_sentence`): how many refunds wait for the customer's
confirmation and how to confirm them, the proposals it dropped because the customer did not
ask for them, the orders the customer mentioned that are not included, and the recorded state
of the orders whose refund the turn looked at. So a model's "everything is refunded!" never
stands alone: the truth follows it. `close_turn` gathers those facts when the model's answer
ends a turn (graph.py); the consent node (waiting.py) writes its own answers with the same
sentences.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from services.chat_api.agent.context import AgentContext
from services.chat_api.agent.grounding import UNGROUNDED, customer_orders
from services.chat_api.agent.proposal_record import OrderRef, ProposalRecord, load_all
from services.chat_api.agent.proposals import cancelled
from services.chat_api.agent.wording import read
from services.chat_api.orders import order_rows
from services.common.money import api_amount
from workflows.vocabulary import STATUS_PHRASES, OrderStatus

# Tools whose arguments name an order: a turn that touched a pending proposal's order
# presents it again ("is it done yet?" shows the card again).
ORDER_TOOLS = frozenset({"request_refund", "check_refund_status", "look_up_order"})
# Words with which a model claims that money moved (checked only when no tool ran).
MONEY_CLAIM = re.compile(
    r"\b(?:refunded|reimbursed|credited|paid|approved|confirmed|processed)\b", re.I
)


@dataclass(frozen=True)
class MoneyFacts:
    """What the application's records say about the money of one reply."""

    waiting: tuple[ProposalRecord, ...] = ()  # pending proposals the reply presents
    after_decision: bool = False  # the reply answered a decision: the rest "still" wait
    dropped: tuple[OrderRef, ...] = ()  # proposals dropped: the customer did not ask
    left_out: tuple[OrderRef, ...] = ()  # mentioned by the customer, not proposed
    statuses: tuple[tuple[OrderRef, OrderStatus], ...] = ()  # refunds the turn looked at
    unbacked_claim: bool = False  # the model spoke of money moving with no tool run
    withdrawn: tuple[ProposalRecord, ...] = ()  # waiting refunds the customer took back
    earlier: tuple[ProposalRecord, ...] = ()  # still waiting from earlier replies, not shown


def _labels(refs: Sequence[OrderRef | ProposalRecord]) -> str:
    """ "order 2 (Headphones, $89.99)", "order 2 (...) and order 5 (...)", "a, b and c" """
    labels = [r.label() for r in refs]
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


HOW_TO_CONFIRM_ONE = ' (press Confirm or reply "yes").'


def how_to_choose(waiting: Sequence[ProposalRecord]) -> str:
    """How to confirm several proposals: each button, or naming them (never a bare yes)."""
    examples = ['"yes to all"'] + (['"yes, both"'] if len(waiting) == 2 else [])
    examples.append(f'"yes, the {waiting[0].item}"')
    return (
        'A plain "yes" confirms none of them: press Confirm on each one you want, or tell me'
        f" which: {', '.join(examples[:-1])} or {examples[-1]}."
    )


def waiting_sentence(
    waiting: Sequence[ProposalRecord], *, still: bool = False, named: bool = False
) -> str:
    """How many refunds wait for the customer's confirmation, and how to give it; `named`:
    the one waiting is confirmed by its button or its name only (`name_it` says how)."""
    if len(waiting) == 1:
        what = f"the refund of {waiting[0].label()}"
        head = (
            f"{what[0].upper()}{what[1:]} still waits"
            if still
            else (f"Nothing is refunded yet: {what} waits")
        )
        return f"{head} for your confirmation{'.' if named else HOW_TO_CONFIRM_ONE}"
    count = f"{len(waiting)} refunds"
    head = f"{count} still wait" if still else f"Nothing is refunded yet: {count} wait"
    return f"{head} for your confirmation: {_labels(waiting)}. {how_to_choose(waiting)}"


def name_it(record: ProposalRecord, *, unnamed: bool = False) -> str:
    """How to confirm the one refund proposed from a message that spoke of other orders too,
    or named none (`unnamed`: "refund it"): a plain yes does not (consent.py), its button or
    its name does."""
    why = (
        "As your message did not name the order" if unnamed else "As you mentioned other orders too"
    )
    return (
        f'{why}, a plain "yes" does not confirm it: press Confirm or reply'
        f' "yes, the {record.item}".'
    )


def earlier_sentence(earlier: Sequence[ProposalRecord], shown: int) -> str:
    """The refunds proposed in earlier replies that still wait beside the ones shown now: a
    plain yes to this reply does not confirm them (consent.py)."""
    one = len(earlier) == 1
    what = f"The refund of {_labels(earlier)}" if one else f"The refunds of {_labels(earlier)}"
    verb = "waits" if one else "wait"
    how = "its Confirm" if one else "their Confirm buttons"
    both = ' or reply "yes to both"' if one and shown == 1 else ""
    return (
        f'{what}, proposed earlier, still {verb} too: a plain "yes" does not confirm'
        f" {'it' if one else 'them'}; press {how}{both}."
    )


def money_sentence(facts: MoneyFacts) -> str | None:
    """The application's closing sentences for a reply, or None when it carries no money."""
    said: list[str] = []
    unnamed = len(facts.waiting) == 1 and facts.waiting[0].unnamed
    if facts.waiting:
        named = bool(facts.left_out) or unnamed
        said.append(waiting_sentence(facts.waiting, still=facts.after_decision, named=named))
        if unnamed and not facts.left_out:
            said.append(name_it(facts.waiting[0], unnamed=True))
    if facts.waiting and facts.earlier:
        said.append(earlier_sentence(facts.earlier, len(facts.waiting)))
    if facts.dropped:
        them = "it" if len(facts.dropped) == 1 else "them"
        refunds = "a refund" if len(facts.dropped) == 1 else "refunds"
        said.append(
            f"I did not propose {refunds} of {_labels(facts.dropped)}: you did not ask for"
            f" {them}. Tell me if you want {them} refunded."
        )
    if facts.left_out:
        they = "it is" if len(facts.left_out) == 1 else "they are"
        said.append(f"You also mentioned {_labels(facts.left_out)}: {they} not included.")
        if len(facts.waiting) == 1:
            said.append(name_it(facts.waiting[0]))
    for ref, status in facts.statuses:
        label = ref.label()
        said.append(f"Our records: {label} — {STATUS_PHRASES[status]}.")
    if facts.withdrawn:
        said.append(f"As you said, I cancelled the refund proposal of {_labels(facts.withdrawn)}.")
    if facts.unbacked_claim and not said:
        said.append("No refund was made or proposed in this reply.")
    return " ".join(said) or None


def turn_bounds(messages: Sequence[BaseMessage]) -> tuple[str | None, list[BaseMessage]]:
    """The id of the turn's customer message, and the messages after it."""
    last = max((i for i, m in enumerate(messages) if isinstance(m, HumanMessage)), default=-1)
    turn = messages[last].id if last >= 0 else None
    return turn, list(messages[last + 1 :])


def touched_orders(later: Sequence[BaseMessage]) -> set[Any]:
    """Orders the turn's tool calls named, but for refunds proposed without the customer
    asking (dropped by grounding.py): such a call does not present the order's waiting card
    again, which a bare yes would then confirm ("not now, later maybe" to a model that
    proposes every refund)."""
    dropped = {m.tool_call_id for m in later if isinstance(m, ToolMessage) and _ungrounded(m)}
    return {
        c["args"].get("order_id")
        for m in later
        if isinstance(m, AIMessage)
        for c in m.tool_calls
        if c["name"] in ORDER_TOOLS and c.get("id") not in dropped
    }


def _ungrounded(message: ToolMessage) -> bool:
    """A refund tool result that says the proposal was dropped: not asked for."""
    try:
        value = json.loads(str(message.content))
    except ValueError:
        return False
    return isinstance(value, dict) and value.get("error") == UNGROUNDED


def presented(
    records: dict[str, ProposalRecord], turn: str | None, later: Sequence[BaseMessage], now: Any
) -> list[ProposalRecord]:
    """The pending proposals this turn presents: made or asked for again in it, or about an
    order its tools looked at; by order id."""
    touched = touched_orders(later)
    shown = [
        r
        for r in records.values()
        if r.is_pending(now) and (r.turn == turn or r.order_id in touched)
    ]
    return sorted(shown, key=lambda r: r.order_id)


def _results(later: Sequence[BaseMessage]) -> list[dict[str, Any]]:
    """The turn's refund tool results (JSON objects)."""
    found = []
    for m in later:
        if isinstance(m, ToolMessage) and m.name in {"request_refund", "check_refund_status"}:
            try:
                value = json.loads(str(m.content))
            except ValueError:
                continue
            if isinstance(value, dict) and value.get("order_id") is not None:
                found.append(value)
    return found


def _ref(result: dict[str, Any]) -> OrderRef | None:
    try:
        return OrderRef(
            order_id=int(result["order_id"]), item=str(result["item"]), amount=result["price"]
        )
    except (KeyError, TypeError, ValueError):
        return None


@dataclass(frozen=True)
class Closing:
    """The end of a turn: the application's sentence and the presented proposals' records."""

    sentence: str | None
    proposals: dict[str, dict[str, Any] | None]


async def close_turn(state: Any, ctx: AgentContext, reply: str) -> Closing:
    """The facts of a turn the model's answer ends, read from the state and PostgreSQL."""
    messages: list[BaseMessage] = list(state.get("messages") or [])
    now: dt.datetime = ctx.clock()
    turn, later = turn_bounds(messages)
    records = load_all(state.get("proposals"))
    shown = presented(records, turn, later, now)
    dropped: dict[int, OrderRef] = {}
    statuses: dict[int, tuple[OrderRef, OrderStatus]] = {}
    for result in _results(later):
        ref = _ref(result)
        if ref is None:
            continue
        if result.get("error") == UNGROUNDED:
            dropped[ref.order_id] = ref
        elif result.get("status") in tuple(OrderStatus) and "proposal" not in result:
            statuses[ref.order_id] = (ref, OrderStatus(result["status"]))
    shown_ids = {r.order_id for r in shown}
    dropped = {k: v for k, v in dropped.items() if k not in shown_ids}  # presented anyway
    left_out: list[OrderRef] = []
    waiting_before = [r for r in records.values() if r.is_pending(now) and r not in shown]
    withdrawn: list[ProposalRecord] = []
    if (shown or dropped or waiting_before) and turn is not None:
        rows = await order_rows(ctx.pool, ctx.customer_id)
        said = read([str(messages[-len(later) - 1].text)], customer_orders(rows), now.date())
        # "not the headphones", "leave the mixer": a refund still waiting for an order the
        # customer now keeps or takes back is cancelled, whatever the model did
        withdrawn = [r for r in waiting_before if r.order_id in said.kept - shown_ids]
        waiting = {r.order_id for r in records.values() if r.is_pending(now)}
        skip = shown_ids | waiting | set(dropped) | set(statuses)
        left_out = [
            OrderRef(order_id=r["order_id"], item=r["item"], amount=api_amount(r["price"]))
            for r in rows
            if r["order_id"] in said.mentioned() - skip
        ]
    facts = MoneyFacts(
        waiting=tuple(shown),
        withdrawn=tuple(withdrawn),
        earlier=tuple(r for r in waiting_before if r not in withdrawn),
        dropped=tuple(dropped.values()),
        left_out=tuple(left_out),
        statuses=tuple(v for k, v in statuses.items() if k not in shown_ids),
        unbacked_claim=not later and bool(MONEY_CLAIM.search(reply)),
    )
    updates: dict[str, dict[str, Any] | None] = {
        r.id: cancelled(r, now).stored() for r in withdrawn
    }
    for record in shown:
        changed = record.with_(turn=turn, not_included=left_out)
        if changed != record:
            updates[record.id] = changed.stored()
    return Closing(money_sentence(facts), updates)
