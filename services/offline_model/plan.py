"""The plan of one message: the acts on orders, the questions, what the customer said about
each item and what stays out; and how the plan is settled once every clause is read (pronouns
resolved forward, loose complaints attached to the request beside them, kept and excluded
items taken out, "everything" limited to what can be refunded, the turn kept bounded).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field, replace

from services.common.formats import MAX_NOTE_CHARS
from services.offline_model.memory import AskedQuestion, Recollection
from services.offline_model.resolve import Resolver
from services.orderwords.reading import Act, Stance
from services.orderwords.refs import PriceLimit, Refs
from workflows.vocabulary import PROPOSABLE_STATUSES

ORDER_ACTS = frozenset({Act.REFUND, Act.CANCEL, Act.STATUS, Act.LOOKUP, Act.PRICE, Act.ELIGIBLE})
MONEY_ACTS = frozenset({Act.REFUND, Act.CANCEL})
# Questions that a request for the same order in the same message answers.
QUESTIONS_A_REQUEST_ANSWERS = frozenset({Act.ELIGIBLE, Act.STATUS})
# The most orders one message acts on (each is a tool call): more are asked to be split up.
MAX_ORDERS_PER_TURN = 20


@dataclass
class Task:
    """One act on some orders."""

    act: Act
    ids: list[int]
    clause: int
    pronoun: bool = False  # its orders are "it": found after the whole message is read
    singular: bool = False  # "it", "that one": one order, so two in play are asked about
    unnamed: bool = False  # it named no order at all ("I want my money back")
    every: bool = False  # "everything": only what can still be refunded
    unmatched: bool = False  # its words named none of the customer's items
    doubtful: bool = False  # it gave an order id that is not the customer's: items asked about


@dataclass(frozen=True)
class Ask:
    """A question to the customer: which of `candidates` (every order when empty)."""

    act: Act
    candidates: tuple[int, ...] = ()
    unmatched: bool = False  # the words named none of their items
    reason: str | None = None
    clause: int = -1  # the clause whose words fit several orders (-1: none of this message)


@dataclass
class Plan:
    """What a message asks for, resolved against the customer's orders."""

    tasks: list[Task] = field(default_factory=list)
    asks: list[Ask] = field(default_factory=list)
    reasons: dict[int, list[str]] = field(default_factory=dict)
    kept: list[int] = field(default_factory=list)
    excluded: list[int] = field(default_factory=list)
    complained: list[int] = field(default_factory=list)
    hedged: bool = False  # "i might send the laptop back": a refund not decided yet
    undecided: list[int] = field(default_factory=list)  # the orders it is about
    missing: list[int] = field(default_factory=list)
    doubted: list[int] = field(default_factory=list)  # named beside an id not the customer's
    called_off: bool = False
    approve: bool = False
    policy: bool = False
    foreign: bool = False
    listing: bool = False
    limit: PriceLimit | None = None
    needs_orders: bool = False  # item words, prices, dates: the order list is needed
    too_many: bool = False  # more orders than one turn acts on
    list_only: Refs | None = None  # the purchase dates a list is limited to

    def reason_for(self, order_id: int) -> str | None:
        """What the customer said about one order, if anything."""
        said = self.reasons.get(order_id)
        return "; ".join(dict.fromkeys(said))[:MAX_NOTE_CHARS] if said else None

    @property
    def money_ids(self) -> list[int]:
        """The orders of the refund and cancel tasks, each once."""
        ids = [i for t in self.tasks if t.act in MONEY_ACTS for i in t.ids]
        return list(dict.fromkeys(ids))


@dataclass
class Walk:
    """What the clause walk keeps for the end of the message."""

    subject: list[int] = field(default_factory=list)  # the latest complaint's or request's
    subjects_at: dict[int, list[int]] = field(default_factory=dict)  # complaints by clause
    correcting: bool = False  # a correction waits for the orders that replace
    stances: dict[int, Stance] = field(default_factory=dict)  # clauses without an act
    mentioned: list[int] = field(default_factory=list)  # the latest clause with no verb
    negated_refund: bool = False  # "I don't want the laptop refunded, just the tv"
    unattached: list[tuple[int, str]] = field(default_factory=list)  # complaints, no order
    requested: bool = False  # the subject is the object of a request ("refund the tv")
    seen: list[int] = field(default_factory=list)  # every order the message named so far
    subject_at: int = -1  # the clause that named the subject with no verb ("the helmet")
    one_of: bool = False  # "one of them is broken": the subject's orders, but not saying which
    kept_every: bool = False  # "everything is fine": an order named later is the exception

    def say(self, plan: Plan, ids: list[int], text: str) -> None:
        """Record what the customer said as the reason of these orders."""
        for oid in ids:
            plan.reasons.setdefault(oid, []).append(text)

    def loose_reason(self) -> str | None:
        """A complaint about no named order, kept for the answer to "which order?"."""
        return self.unattached[0][1] if self.unattached else None


def settle(
    plan: Plan,
    walk: Walk,
    resolver: Resolver,
    recollection: Recollection,
    answering: AskedQuestion | None,
) -> None:
    """Pronouns found, reasons attached, what stays out taken out, questions asked."""
    _find_orders(plan, walk, recollection)
    _attach_loose_complaints(plan, walk)
    _take_out(plan, walk, resolver)
    loose = walk.loose_reason()
    plan.asks = [
        replace(a, reason=loose) if a.reason is None and a.act in MONEY_ACTS else a
        for a in plan.asks
    ]
    if answering is not None and answering.reason and not plan.reasons:
        for oid in plan.money_ids:
            plan.reasons[oid] = [answering.reason]


def _find_orders(plan: Plan, walk: Walk, recollection: Recollection) -> None:
    """ "refund it, the watch strap snapped": a pronoun means the complaint after it, else
    the previous turn's order; a request naming nothing takes the message's complaints."""
    memory = recollection.memory
    complained = list(dict.fromkeys(plan.complained))
    subject_clauses = sorted(walk.subjects_at)
    pointed: list[Task] = []
    for task in plan.tasks:
        if task.pronoun:
            after = bisect.bisect_right(subject_clauses, task.clause)
            later = walk.subjects_at[subject_clauses[after]] if after < len(subject_clauses) else []
            task.ids = list(later) or list(memory.about if memory else [])
            if not task.ids and len(recollection.shown) == 1:
                task.ids = list(recollection.shown)  # "what did I buy 5 days ago?" - "refund it"
            if task.singular and len(task.ids) > 1:
                pointed.append(task)  # "where are my tv and my watch?" - "refund it": which?
        elif task.unnamed and task.act in MONEY_ACTS and complained:
            task.ids = complained
        elif task.unnamed and task.act in MONEY_ACTS and len(walk.mentioned) > 1:
            plan.asks.append(Ask(task.act, tuple(walk.mentioned)))
        elif task.unnamed and task.act in MONEY_ACTS:
            task.ids = list(walk.mentioned)
        elif task.unnamed and task.act in (Act.STATUS, Act.ELIGIBLE) and memory:
            task.ids = list(memory.about)
    for task in pointed:
        plan.tasks.remove(task)
        plan.asks.append(Ask(task.act, tuple(task.ids)))


def _attach_loose_complaints(plan: Plan, walk: Walk) -> None:
    """ "refund the tv, the screen is cracked": a complaint naming no order is the reason of
    the request beside it (or of the message's only request)."""
    money_at: dict[int, Task] = {}
    for task in plan.tasks:
        if task.act in MONEY_ACTS:
            money_at.setdefault(task.clause, task)
    only = next(iter(money_at.values())) if len(money_at) == 1 else None
    for at, text in walk.unattached:
        near = money_at.get(at - 1) or money_at.get(at + 1) or money_at.get(at) or only
        if near is not None:
            walk.say(plan, near.ids, text)


def _take_out(plan: Plan, walk: Walk, resolver: Resolver) -> None:
    """Kept and excluded orders out of the money requests, each order once, "everything"
    limited to what can be refunded; a request left with nothing asks."""
    out = set(plan.kept) | set(plan.excluded)
    doubted = set(plan.doubted)
    seen: set[int] = set()
    kept_tasks: list[Task] = []
    for task in plan.tasks:
        repeated = bool(task.ids) and set(task.ids) <= seen
        if task.act in MONEY_ACTS:
            ids = [i for i in task.ids if i not in out and i not in seen]
            held = tuple(i for i in ids if i in doubted)
            if held:  # "my hose from order 22 is leaking": which order is meant is unsure
                plan.asks.append(Ask(task.act, held))
                seen |= set(held)
                ids = [i for i in ids if i not in doubted]
                if not ids:
                    continue
            if task.every and resolver.orders is not None:
                ids = [i for i in ids if resolver.by_id[i].status in PROPOSABLE_STATUSES]
            seen |= set(ids)
            task.ids = ids
        if task.ids or task.act is Act.STATUS:
            kept_tasks.append(task)
        elif repeated:
            continue  # "refund the headlamp. the headlamp is dim": said already
        elif task.doubtful and not task.pronoun:
            continue  # only an id that is not theirs: "I couldn't find order 12" says it
        elif task.unnamed or task.pronoun:
            reason = walk.loose_reason()
            plan.asks.append(Ask(task.act, reason=reason, unmatched=task.unmatched))
        elif not (out or task.every):
            plan.asks.append(Ask(task.act))
    # "is it eligible? refund it if so": the request answers the question about the same order.
    money = set(plan.money_ids)
    plan.tasks = [
        t
        for t in kept_tasks
        if not (t.act in QUESTIONS_A_REQUEST_ANSWERS and t.ids and set(t.ids) <= money)
    ]
    if len({i for t in plan.tasks for i in t.ids}) > MAX_ORDERS_PER_TURN:
        plan.tasks, plan.too_many = [], True  # a bounded turn: name fewer at once
