"""From a message read clause by clause to a plan: which acts on which orders, what to ask,
what the customer said about each item, and which items stay out.

The rules, each applied per clause:
- a refund (or cancel, status, lookup) applies to the orders its own clause names;
- "it" / "them" / "that one" means the item of the nearest complaint or request clause of
  the message, else the order the previous turn was about;
- an item kept, liked or called fine, and an item said not to be refunded ("not the laptop",
  "except the case", "no refund for A"), is never proposed;
- a correction ("no wait", "make that", "X instead", "not A, B") replaces the request's
  orders; "never mind" drops the requests before it;
- "if so, go ahead" turns the question before it into the request;
- words about an item (a complaint, "because …") are that item's reason, no other's.
Anything unclear becomes a question (`Ask`); nothing here picks an order.
"""

from __future__ import annotations

from dataclasses import replace

from services.offline_model.plan import (
    MONEY_ACTS,
    ORDER_ACTS,
    Ask,
    Plan,
    Task,
    Walk,
    settle,
)
from services.offline_model.resolve import Found, Resolver
from services.orderwords.reading import Act, Clause, Condition, Reading, Stance


class Interpreter:
    """Walks a message's clauses once, left to right, building the plan."""

    def __init__(self, reading: Reading, resolver: Resolver) -> None:
        """The message and what it is read against."""
        self.reading = reading
        self.resolver = resolver
        self.recollection = resolver.recollection
        self.plan = Plan()
        self.walk = Walk()
        acts = {a for c in reading.clauses if not c.reason for a in c.acts}
        question = self.recollection.question
        self.answering = question if question is not None and not (acts & ORDER_ACTS) else None
        # A few words with no verb may name an item ("the headphones?"); a longer message
        # with no verb of ours ("what's the weather like in Paris?") is not about an order.
        self.acts = acts
        self.short = len(reading.text.split()) <= 4 or bool(acts)

    def _matters(self, clause: Clause) -> bool:
        """Whether a clause's item words need the customer's orders to be read."""
        return bool(
            clause.acts
            or clause.stance is Stance.FAULT
            or clause.excludes
            or clause.negated
            or clause.follow_up
            or self.short
            or self.walk.correcting
            or self.answering
        )

    def _found(self, clause: Clause) -> Found:
        refs = clause.refs
        needs = bool(refs.mentions or refs.prices or refs.days_ago or refs.every)
        needs = needs or refs.within_days is not None
        needs = needs or bool(refs.superlative or refs.limit or refs.ordinal_of_orders)
        if (needs or refs.excluded_mentions) and self._matters(clause):
            self.plan.needs_orders = True
        candidates = self.answering.candidates if self.answering is not None else ()
        found = self.resolver.resolve(refs, candidates)
        self.plan.missing.extend(found.missing)
        for mention in refs.excluded_mentions:
            self.plan.excluded.extend(self.resolver.index.match(mention).order_ids)
        self.plan.excluded.extend(i for i in refs.excluded_ids if i in self.resolver.by_id)
        return found

    def _described(self, clause: Clause) -> Found:
        """What a description names: its ids and items only; its dates and prices describe
        ("it stopped working 2 days ago") rather than pick an order."""
        refs = replace(
            clause.refs,
            prices=(),
            days_ago=(),
            within_days=None,
            limit=None,
            superlative=None,
            every=False,
        )
        return self.resolver.resolve(refs)

    def _named(self, found: Found) -> list[int]:
        """Every order a clause names, groups included (for what must stay out)."""
        return [*found.ids, *(i for g in found.groups for i in g)]

    def run(self) -> Plan:
        """The plan for the whole message."""
        for k, clause in enumerate(self.reading.clauses):
            if clause.foreign and not clause.refs.ids and clause.acts & ORDER_ACTS:
                self.plan.foreign = True  # another customer's orders: not even looked at
            elif clause.text:
                self._clause(k, clause, self._found(clause))
        settle(self.plan, self.walk, self.resolver, self.recollection, self.answering)
        return self.plan

    # -- one clause ---------------------------------------------------------------------
    def _clause(self, k: int, clause: Clause, found: Found) -> None:
        plan = self.plan
        if clause.reason or (clause.condition is Condition.HYPOTHETICAL and not clause.acts):
            self._description(k, clause, self._described(clause))
            return
        if clause.condition is Condition.CONSENT and not clause.acts:
            self._consent()
            return
        if clause.excludes or (clause.negated and not clause.acts):
            named = self._named(found) or (self.walk.subject if clause.refs.pronoun else [])
            plan.excluded.extend(named)
            if named or clause.refs.excluded_ids or clause.refs.excluded_mentions:
                self.walk.correcting = True  # "not A, B": B replaces A
                self.walk.negated_refund = self.walk.negated_refund or clause.negated
            else:
                self._call_off()
            return
        if clause.calls_off:
            self._call_off()
            return
        if clause.correction or clause.correction_alone or clause.instead:
            self.walk.correcting = True
        if clause.acts:
            for act in sorted(clause.acts):
                self._act(k, clause, act, found)
            return
        stance = clause.stance
        if stance is None and clause.follow_up and k - 1 in self.walk.stances:
            stance = self.walk.stances[k - 1]  # "the pan is fine. the knife too."
        if stance is not None:
            self.walk.stances[k] = stance
        if stance is Stance.KEEP:
            plan.kept.extend(self._named(found))
            return
        if stance is Stance.FAULT:
            self._complaint(k, clause, self._described(clause))
            return
        if clause.refs.any or found.anything:
            self._bare_refs(k, clause, found)

    def _description(self, k: int, clause: Clause, found: Found) -> None:
        """ "because it broke", "if it broke": words about the request before it."""
        if clause.condition is Condition.HYPOTHETICAL:
            for task in self.plan.tasks:
                if task.act in (Act.REFUND, Act.ELIGIBLE) and task.clause == k - 1:
                    task.act, task.offers = Act.ELIGIBLE, False  # "… if it broke?"
        about = found.ids or (self.plan.tasks[-1].ids if self.plan.tasks else [])
        if clause.reason:
            if about:
                self._say(about, clause.text)
            else:
                self.walk.unattached.append((k, clause.text))

    def _consent(self) -> None:
        """ "if so, go ahead": the eligibility question before it becomes the request."""
        for task in reversed(self.plan.tasks):
            if task.act in (Act.ELIGIBLE, Act.STATUS):
                task.act, task.offers = Act.REFUND, False
                return

    def _call_off(self) -> None:
        """ "never mind": the money requests before it are dropped."""
        self.plan.called_off = True
        self.plan.tasks = [t for t in self.plan.tasks if t.act not in MONEY_ACTS]

    def _complaint(self, k: int, clause: Clause, found: Found) -> None:
        """ "the watch strap snapped": the item's reason, and the subject of a later "it"."""
        about = self._named(found)
        if not about and clause.refs.pronoun:
            about = list(self.walk.subject)
        if about:
            self._say(about, clause.text)
            self.walk.subject = about
            self.walk.subjects_at[k] = about
            self.plan.complained.extend(about)
        else:  # "the screen froze": about no order by name, so about the request next to it
            self.walk.unattached.append((k, clause.text))

    def _say(self, ids: list[int], text: str) -> None:
        self.walk.say(self.plan, ids, text)

    def _act(self, k: int, clause: Clause, act: Act, found: Found) -> None:
        plan, refs = self.plan, clause.refs
        if act is Act.APPROVE:
            plan.approve = True
        elif act is Act.POLICY:
            plan.policy = True
        elif act is Act.LIST:
            plan.listing, plan.needs_orders = True, True
            if refs.days_ago or refs.within_days is not None:
                plan.list_only = refs  # "what did I buy in the last 3 days?"
        elif act is Act.FILTER:
            plan.limit, plan.needs_orders = refs.limit, True
        elif clause.foreign and not refs.ids:
            plan.foreign = True
        elif act is Act.PRICE:
            plan.needs_orders = True
            self._task(k, act, clause, found)
        else:
            self._task(k, act, clause, found)

    def _task(self, k: int, act: Act, clause: Clause, found: Found) -> None:
        """A request on the orders its clause names, or a question when that is unclear."""
        plan, refs = self.plan, clause.refs
        if refs.either and act in MONEY_ACTS:
            plan.asks.append(Ask(act, tuple(self._named(found))))
            return
        if refs.limit is not None and act in MONEY_ACTS:
            above = refs.limit.above
            fitting = [
                o.order_id
                for o in self.resolver.orders or []
                if (o.price > refs.limit.amount) == above
            ]
            plan.asks.append(Ask(act, tuple(fitting)))
            return
        if self.walk.correcting and self._replace(act, found):
            return
        if refs.both and not found.anything:  # "my watch and the case broke, refund both"
            pair = list(dict.fromkeys(self.plan.complained)) or self.walk.subject
            if len(pair) == 2:
                found = Found(ids=pair)
        for group in found.groups:
            plan.asks.append(Ask(act, group))
        if found.unmatched and not found.anything:  # a later clause may still name it
            plan.tasks.append(Task(act, [], k, unnamed=True, unmatched=True))
            return
        if found.unresolved and not found.anything:
            plan.asks.append(Ask(act))
            return
        if found.groups and not found.ids:
            return
        offers = act in (Act.STATUS, Act.ELIGIBLE) and clause.about_refund
        offers = offers and not clause.hypothetical
        task = Task(act, list(found.ids), k, every=refs.every, offers=offers)
        if not found.ids and refs.pronoun:
            task.ids, task.pronoun = list(self.walk.subject), not self.walk.subject
        elif not found.ids and not found.groups:
            task.unnamed = True
        if clause.stance is Stance.FAULT and task.ids:
            self._say(task.ids, clause.text)
        plan.tasks.append(task)
        if task.ids:
            self.walk.subject = task.ids

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

    def _bare_refs(self, k: int, clause: Clause, found: Found) -> None:
        """Orders named with no verb: an answer, a correction, a follow-up, a list."""
        memory = self.recollection.memory
        answering = self.answering
        if self.walk.correcting:
            last_act = self.plan.tasks[-1].act if self.plan.tasks else None
            act = last_act or (Act.REFUND if self.walk.negated_refund else None)
            act = act or (memory.act if memory is not None else None)
            if act is not None and act in ORDER_ACTS:
                if not self._replace(act, found):
                    self._task(k, act, clause, found)
                return
        if answering is not None:
            self._task(k, answering.act, clause, found)
            if answering.reason:
                for oid in found.ids:
                    self.plan.reasons.setdefault(oid, []).append(answering.reason)
            return
        last = self.plan.tasks[-1] if self.plan.tasks else None
        if last is not None and not last.ids and (last.pronoun or last.unnamed) and found.ids:
            # "refund it. the tv I mean", "can I get a refund. the tv."
            last.ids, last.pronoun, last.unnamed = list(found.ids), False, False
            self.walk.subject = last.ids
            return
        if self.plan.tasks:  # "refund the laptop, the tv and the watch"
            if found.anything or clause.refs.contextual:
                self._task(k, self.plan.tasks[-1].act, clause, found)
            return
        if clause.follow_up and memory is not None and memory.act in ORDER_ACTS:
            self._task(k, memory.act, clause, found)
            return
        if (self.short and not self.acts) or clause.follow_up:
            self._task(k, Act.LOOKUP, clause, found)
        elif found.anything:  # "I got the tent last week. I want my money back"
            self.walk.mentioned = self._named(found)

    # -- the whole message ----------------------------------------------------------------


def interpret(reading: Reading, resolver: Resolver) -> Plan:
    """The plan for one message."""
    return Interpreter(reading, resolver).run()
