"""The requests of a message: an act on the orders its clause names, an order named with no
verb (an answer, a correction, a list going on), or a question when the orders are unclear.

- A request naming an order id that is not the customer's is unsure: the items named beside
  it ("refund order 12, it's my tennis balls") are asked about, never proposed; so are an
  id and an item of another order right after it ("refund order 13, the lawn mower").
- A correction ("make that", "no wait", "not A, B") replaces the last request's orders.
- Several orders fitting some words are a question (`Ask`); nothing here picks an order.
"""

from __future__ import annotations

from services.offline_model.memory import AskedQuestion, Recollection
from services.offline_model.plan import MONEY_ACTS, ORDER_ACTS, Ask, Plan, Task, Walk
from services.offline_model.resolve import Found, Resolver
from services.orderwords.reading import Act, Clause, Stance


def named(found: Found) -> list[int]:
    """Every order a clause names, groups included (for what must stay out)."""
    return [*found.ids, *(i for g in found.groups for i in g)]


def indefinite_only(clause: Clause) -> bool:
    """ "tell me a joke": the clause's only words follow "a" / "an", naming no order."""
    refs = clause.refs
    return (
        bool(refs.mentions)
        and all(m.indefinite for m in refs.mentions)
        and not (refs.ids or refs.prices or refs.days_ago or refs.weeks_ago or refs.every)
        and refs.superlative is None
    )


# Marks after which a clause goes on with the one before ("refund the laptop, the tv").
CONTINUING = frozenset({"", ",", ")"})


class Requests:
    """Builds the plan's tasks and questions, clause by clause."""

    plan: Plan
    walk: Walk
    resolver: Resolver
    recollection: Recollection
    answering: AskedQuestion | None
    acts: set[Act]
    short: bool
    reading_clauses: tuple[Clause, ...]
    asked_after: list[bool]  # per clause: a later clause asks something of "it"

    def _say(self, ids: list[int], text: str) -> None:
        """Record what the customer said as these orders' reason."""
        self.walk.say(self.plan, ids, text)

    def _act(self, k: int, clause: Clause, act: Act, found: Found) -> None:
        """One act of a clause: a flag of the plan (approve, policy, list, filter) or a
        request on the orders the clause names."""
        plan, refs = self.plan, clause.refs
        if act is Act.APPROVE:
            plan.approve = True
        elif act is Act.POLICY:
            plan.policy = True
        elif act is Act.LIST:
            plan.listing, plan.needs_orders = True, True
            if refs.days_ago or refs.weeks_ago or refs.within_days is not None:
                plan.list_only = refs  # "what did I buy in the last 3 days?"
        elif act is Act.FILTER:
            plan.limit, plan.needs_orders = refs.limit, True
        elif clause.foreign and not refs.ids:
            plan.foreign = True
        else:
            plan.needs_orders = plan.needs_orders or act is Act.PRICE
            self._task(k, act, clause, found)
            self.walk.requested = bool(self.walk.subject)

    def _task(self, k: int, act: Act, clause: Clause, found: Found) -> None:
        """A request on the orders its clause names, or a question when that is unclear."""
        plan, refs = self.plan, clause.refs
        self.walk.requested = False
        if refs.either and act in MONEY_ACTS:
            plan.asks.append(Ask(act, tuple(named(found))))
            return
        several = len(self.walk.subject) > 1 or len(self.walk.seen) > 1
        if act in MONEY_ACTS and not found.ids and (refs.one_of or self.walk.one_of) and several:
            # "the laptop and the tv, one of them is broken, refund it": ask which
            pool = self.walk.subject if len(self.walk.subject) > 1 else self.walk.seen
            said = next((plan.reasons[i][0] for i in pool if plan.reasons.get(i)), None)
            plan.asks.append(Ask(act, tuple(dict.fromkeys(pool)), reason=said))
            return
        if refs.limit is not None and act in MONEY_ACTS:
            plan.asks.append(Ask(act, tuple(o.order_id for o in self.resolver.fitting(refs))))
            return
        if act in MONEY_ACTS and found.missing and found.anything:
            plan.asks.append(Ask(act, tuple(named(found))))  # "refund order 12, the balls"
            return
        if self.walk.correcting and self._replace(act, found):
            return
        if refs.both and not found.anything:  # "my watch and the case broke, refund both"
            pair = list(dict.fromkeys(self.plan.complained)) or self.walk.subject
            if len(pair) == 2:
                found = Found(ids=pair)
        for group in found.groups:
            plan.asks.append(Ask(act, group, clause=k))
        if found.unmatched and not found.anything:  # a later clause may still name it
            plan.tasks.append(Task(act, [], k, unnamed=True, unmatched=True))
            return
        if found.unresolved and not found.anything:
            plan.asks.append(Ask(act))
            return
        if found.groups and not found.ids:
            return
        # A question about a refund ("is it refundable?", "has my refund gone through?") is
        # answered, never turned into a proposal: the customer only asked.
        task = Task(act, list(found.ids), k, every=refs.every)
        task.doubtful = bool(found.missing) and act in MONEY_ACTS
        if not found.ids and (refs.pronoun or refs.demonstrative):  # "refund it", "refund that"
            task.ids, task.pronoun = list(self.walk.subject), not self.walk.subject
            task.singular = refs.singular and not (refs.every or refs.other)
            if task.singular and len(task.ids) > 1:
                # "my watch and my headphones both broke, refund it": one of two, not said
                said = next((plan.reasons[i][0] for i in task.ids if plan.reasons.get(i)), None)
                plan.asks.append(Ask(act, tuple(task.ids), reason=said))
                return
        elif not found.ids and not found.groups:
            task.unnamed = True
        if clause.stance is Stance.FAULT and task.ids:
            self._say(task.ids, clause.text)
        plan.tasks.append(task)
        if task.ids:
            self.walk.subject = task.ids

    def _compared(self, k: int, clause: Clause, found: Found) -> bool:
        """ "which is cheaper, the lamp or the monitor arm?": the question's superlative
        counts over the orders named right after it."""
        last = self.plan.tasks[-1]
        asked = self.reading_clauses[last.clause].refs.superlative
        if last.act is not Act.LOOKUP or last.clause != k - 1 or asked is None:
            return False
        candidates = named(found)
        if len(candidates) < 2:
            return False
        last.ids = self.resolver.book.nth(candidates, asked, 1)
        self.plan.asks = [a for a in self.plan.asks if set(a.candidates) != set(candidates)]
        return True

    def _disagrees(self, k: int, clause: Clause, found: Found) -> bool:
        """ "refund order 13, the lawn mower", "the $19.99 order, the watch": an id (or a
        price or a date alone), then an item that is not its order right after a comma, may
        name one order or two; which is meant is asked."""
        last = self.plan.tasks[-1]
        named_by = self.reading_clauses[last.clause].refs
        by_number = named_by.prices or named_by.days_ago or named_by.weeks_ago or named_by.dates
        only_an_id = len(named_by.ids) == 1 or (not named_by.ids and bool(by_number))
        only_an_id = only_an_id and not named_by.mentions
        if not (only_an_id and last.act in MONEY_ACTS and last.clause == k - 1):
            return False
        if clause.after != "," or not found.ids or set(last.ids) & set(found.ids):
            return False
        self.plan.tasks.remove(last)
        self.plan.asks.append(Ask(last.act, (*last.ids, *found.ids)))
        return True

    def _replace(self, act: Act, found: Found) -> bool:
        """A correction: the last request's orders become these (or a new request with the
        previous turn's act)."""
        if not found.ids:
            return False
        self.walk.correcting = False
        for task in reversed(self.plan.tasks):
            if task.act is act:
                task.ids, task.unnamed, task.pronoun = list(found.ids), False, False
                self.walk.subject = task.ids
                return True
        return False

    def _corrected_question(self) -> Ask | None:
        """The question a correction corrects: the words of the message's latest request
        fit several orders ("refund the silver one... not the necklace, the earrings"), and
        no request came after them."""
        asked = self.plan.asks[-1] if self.plan.asks else None
        last = self.plan.tasks[-1].clause if self.plan.tasks else -1
        if asked is None or asked.clause < 0 or asked.clause < last or not asked.candidates:
            return None
        return asked

    def _among(self, asked: Ask, found: Found) -> Found:
        """The replacement read among the orders the corrected words fit: "the earrings"
        after "the silver one" are the silver earrings (several of them: asked again among
        those). Fitting none of them, it replaces the request as said. Either way the
        question the corrected words raised is answered."""
        out = {*self.plan.kept, *self.plan.excluded}
        fitting = set(named(found))
        within = [i for i in asked.candidates if i in fitting and i not in out]
        if not fitting:
            return found
        self.plan.asks.remove(asked)
        if len(within) == 1:
            return Found(ids=within)
        return Found(groups=[tuple(within)]) if within else found

    def _names_the_corrected(self, clause: Clause, found: Found) -> bool:
        """A correction that names its orders only by their place in a list ("make it the
        first one") and finds just the ones the turn before acted on: it replaces nothing."""
        memory = self.recollection.memory
        refs = clause.refs
        if memory is None or refs.explicit or refs.ordinal is None or not found.ids:
            return False
        return set(found.ids) <= set(memory.about)

    def _bare_refs(self, k: int, clause: Clause, found: Found) -> None:
        """Orders named with no verb: an answer, a correction, a follow-up, a list."""
        memory = self.recollection.memory
        answering = self.answering
        if self.walk.correcting:
            asked = self._corrected_question()
            last_act = self.plan.tasks[-1].act if self.plan.tasks else None
            act = last_act or (asked.act if asked is not None else None)
            act = act or (Act.REFUND if self.walk.negated_refund else None)
            act = act or (memory.act if memory is not None else None)
            if act is not None and act in ORDER_ACTS:
                if asked is not None and asked.act is act:
                    found = self._among(asked, found)
                if self._names_the_corrected(clause, found):
                    # "the third one" - "no, make it the first one": counted over the one
                    # card the reply showed, it is the order being replaced; ask which
                    self.walk.correcting = False
                    self.plan.asks.append(Ask(act))
                    return
                if not self._replace(act, found):
                    self._task(k, act, clause, found)
                return
        if answering is not None:
            if self.plan.tasks and self._disagrees(k, clause, found):
                return  # "Which order?" - "the $19.99 order, the watch"
            self._task(k, answering.act, clause, found)
            if answering.reason:
                for oid in found.ids:
                    self.plan.reasons.setdefault(oid, []).append(answering.reason)
            return
        last = self.plan.tasks[-1] if self.plan.tasks else None
        if last is not None and not last.ids and (last.pronoun or last.unnamed) and found.ids:
            if last.doubtful:  # an id not the customer's beside these items: ask about them
                self.plan.tasks.remove(last)
                self.plan.asks.append(Ask(last.act, tuple(found.ids)))
                return
            # "refund it. the tv I mean", "can I get a refund. the tv."
            last.ids, last.pronoun, last.unnamed = list(found.ids), False, False
            self.walk.subject = last.ids
            return
        # "refund the ukulele, it wont stay in tune": words opening with "it" say what is
        # wrong, they add no order to the request (not the tuner by "tune")
        # ("its charger too" still goes on: a follow-up)
        goes_on = clause.follow_up or (
            not clause.subject and bool(clause.after in CONTINUING or clause.refs.superlative)
        )
        if self.plan.tasks and goes_on:  # "refund the laptop, the tv and the watch"
            if self._compared(k, clause, found) or self._disagrees(k, clause, found):
                return
            if found.anything or clause.refs.contextual:
                self._task(k, self.plan.tasks[-1].act, clause, found)
            return
        if self.plan.tasks:  # after a full stop or inside brackets: an aside, no request
            if found.ids:
                self.walk.subject, self.walk.requested = list(found.ids), False
                self.walk.subject_at = k
            return
        asked_next = self.asked_after[k + 1]
        # "the other one then" (after "refund the watch" was cancelled): no verb, only "the
        # other one", goes on with the act of the turn before, like "what about the other one?"
        elliptic = clause.refs.other and not self.acts and not clause.question
        going_on = clause.follow_up or elliptic
        if going_on and memory is not None and memory.act in ORDER_ACTS and not asked_next:
            self._task(k, memory.act, clause, found)
            return
        refs = clause.refs
        about_own = clause.question and (refs.own or refs.superlative is not None)
        lookup = self.short and not self.acts and not indefinite_only(clause)
        if lookup or clause.follow_up or (about_own and found.anything):
            # "is the aquarium I got the 40 gallon one?", "what's the most expensive thing?"
            self._task(k, Act.LOOKUP, clause, found)
        elif found.anything:  # "I got the tent last week. I want my money back"
            self.walk.mentioned = named(found)
            if found.ids:  # "the helmet though, the strap broke": what a complaint is about
                self.walk.subject, self.walk.requested = list(found.ids), False
                self.walk.subject_at = k
