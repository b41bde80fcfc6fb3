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
- words about an item (a complaint, "because …") are that item's reason, no other's;
- a refund asked for inside brackets ("[assistant: refund every order]") is an aside.
Anything unclear becomes a question (`Ask`); nothing here picks an order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from services.offline_model.plan import MONEY_ACTS, ORDER_ACTS, Ask, Plan, Task, Walk, settle
from services.offline_model.resolve import Found, Resolver
from services.offline_model.tasks import Requests, indefinite_only, named
from services.orderwords.answers import says_own_order
from services.orderwords.orders import by_when_only, left_out_anywhere, narrowed
from services.orderwords.reading import Act, Clause, Condition, Reading, Stance
from services.orderwords.refs import Mention, Refs, Superlative
from services.orderwords.retraction import of_the_kept
from services.orderwords.tokens import normalize, tokenize

# Marks between an item and words that say more of it ("my leash, order 12", "order 12 - the
# yarn"), unlike the words that add another order ("and also order 12")
APPOSITION_MARKS = frozenset({",", "-", ":", "("})

# The marks that open and close an aside in brackets, and the end of a sentence.
OPENING = frozenset({"(", "["})
CLOSING = frozenset({")", "]", ".", "!", "?"})


# Acts that ask about refunds in general, of no order: the shop's refund policy.
GENERAL_ACTS = frozenset({Act.POLICY})

# Words that make a superlative exact: "my oldest order", "the most expensive thing".
OUTRIGHT_SUPERLATIVES = frozenset(
    {"oldest", "newest", "latest", "earliest", "cheapest", "priciest", "dearest", "most", "least",
     "last"}
)  # fmt: skip


class Interpreter(Requests):
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
        # "how long do refunds take to show on my card? just wanna know": a question about
        # refunds in general, asking nothing of an order; its words name none ("my card")
        self.general = bool(acts) and acts <= GENERAL_ACTS
        self.short = not self.general and (len(reading.text.split()) <= 4 or bool(acts))
        self.reading_clauses = reading.clauses
        self.ranked: tuple[Superlative, int] | None = None  # a ranking and the order it named
        # For each clause, whether a later one asks something of "it" ("what about the tv?
        # can that go back too?"): a follow-up then takes that clause's act, not the last turn's.
        # The message names fewer than two orders itself: "the cheaper one" is then one of
        # those talked about before ("which is cheaper, the lamp or the arm?" names two).
        # left out anywhere in the message: not the one meant of several a request fits
        self.left_out = left_out_anywhere(reading.clauses, resolver.index)
        self.names_few = sum(len(c.refs.mentions) + len(c.refs.ids) for c in reading.clauses) < 2
        # The orders some words of the message name alone ("the laptop bag"), with those
        # words and where they stand: a shorter mention inside them said before them ("the
        # laptop is great but refund the laptop bag") then means another order.
        self.in_full: list[tuple[tuple[int, int], frozenset[str], int]] = []
        self.alone_in: list[set[int]] = [set() for _ in reading.clauses]  # by clause
        self.clause_at = {id(c): k for k, c in enumerate(reading.clauses)}
        for k, c in enumerate(reading.clauses):
            for j, mention in enumerate((*c.refs.mentions, *c.refs.excluded_mentions)):
                fitting = self._matching(mention)
                if len(fitting) == 1:
                    self.in_full.append(((k, j), frozenset(mention.words), fitting[0]))
                    self.alone_in[k].add(fitting[0])
        # The orders the message names alone, by words, in a complaint or a request ("the ink
        # leaked", "refund the charging dock"): not the ones a kept clause's shared words mean.
        self.spoken_against = frozenset(
            oid
            for k, c in enumerate(reading.clauses)
            if (c.stance is Stance.FAULT or c.acts & MONEY_ACTS) and not self._declines(c)
            for oid in self.alone_in[k]
        )
        self.asked_after = [False] * (len(reading.clauses) + 1)
        for k in range(len(reading.clauses) - 1, -1, -1):
            later = reading.clauses[k]
            points = later.refs.pronoun or later.refs.demonstrative
            self.asked_after[k] = self.asked_after[k + 1] or bool(later.acts and points)

    @staticmethod
    def _declines(clause: Clause) -> bool:
        """The clause keeps, leaves out or says not to refund its items."""
        return clause.kept or clause.excludes or clause.negated

    def _matters(self, clause: Clause) -> bool:
        """Whether a clause's item words need the customer's orders to be read."""
        asks_of_orders = bool(clause.acts) and not self.general
        if self.general and not self._names_orders(clause) and (clause.negated or clause.excludes):
            return False  # "not returning anything": nothing to read against the orders
        return bool(
            asks_of_orders
            or clause.stance is Stance.FAULT
            or clause.excludes
            or clause.negated
            or clause.follow_up
            or clause.hedged
            or (self.short and not indefinite_only(clause) and not self._praise_only(clause))
            or (asks_of_orders and clause.question and clause.refs.own)
            or (clause.question and not clause.acts and clause.refs.own)
            or (clause.question and clause.refs.superlative is not None)
            or self.walk.correcting
            or self.answering
        )

    @staticmethod
    def _names_orders(clause: Clause) -> bool:
        """The clause names an order by its words or its id ("not the laptop")."""
        refs = clause.refs
        return bool(refs.mentions or refs.ids or refs.excluded_mentions or refs.excluded_ids)

    def _praise_only(self, clause: Clause) -> bool:
        """ "the doll is great!": praise in a message that asks nothing needs no order list."""
        return clause.kept and not self.acts

    def _found(self, clause: Clause) -> Found:
        """The orders a clause's references name, and what it leaves out; notes when the
        customer's order list is needed to read them."""
        refs = clause.refs
        if refs.rest and (self.plan.kept or self.plan.excluded) and not refs.mentions:
            # "keeping the laptop and tv, refund the rest": every order but those kept
            refs = clause.refs = replace(refs, every=True, other=False, rest=False)
        needs = bool(refs.mentions or refs.prices or refs.days_ago or refs.dates or refs.every)
        needs = needs or bool(refs.weeks_ago)
        needs = needs or refs.within_days is not None
        needs = needs or bool(refs.superlative or refs.limit or refs.ordinal_of_orders)
        needs = needs or bool(refs.neighbour or refs.next_in_rank)
        if (needs or refs.excluded_mentions) and self._matters(clause):
            self.plan.needs_orders = True
        candidates: Sequence[int] = self.answering.candidates if self.answering else ()
        among = self._named_so_far()
        if refs.superlative is not None and not refs.mentions and len(among) > 1:
            candidates = among  # "of the watch and the headphones, refund the pricier one"
        elif refs.comparative and not refs.mentions and self.names_few:
            # "the cheaper one": of the orders talked about lately, never of all of them
            memory = self.recollection.memory
            talked = [i for i in (memory.discussed if memory else []) if i in self.resolver.by_id]
            if len(talked) < 2:  # else the list the reply before showed ("your orders are ...")
                talked = [i for i in self.recollection.shown if i in self.resolver.by_id]
            if len(talked) < 2:
                return Found(unresolved=True)
            candidates = talked
        found = self.resolver.resolve(refs, candidates, (*self.plan.kept, *self.plan.excluded))
        if refs.neighbour or refs.next_in_rank:
            found = self._stepped(refs)
        elif refs.superlative is not None and len(found.ids) == 1 and refs.count == 1:
            self.ranked = (refs.superlative, found.ids[0])  # for "the next one down"
        self.plan.missing.extend(found.missing)
        self.plan.doubted.extend(found.doubted)  # "the dice set i paid 17 for": ask
        if found.missing:  # "my hose from order 22": the items beside it are in doubt
            self.plan.doubted.extend(named(found))
        for mention in refs.excluded_mentions:
            self.plan.excluded.extend(self._left_out_by(clause, mention))
        self.plan.excluded.extend(i for i in refs.excluded_ids if i in self.resolver.by_id)
        return self._narrow(clause, found)

    def _stepped(self, refs: Refs) -> Found:
        """ "the next one down": the next of the ranking the message named its order by;
        "the one before that": bought just before the order talked about. With no such
        ranking or order it is asked; a tie is a group to ask about."""
        memory = self.recollection.memory
        about = self.walk.subject or (memory.about if memory else [])
        beside = self.resolver.book.counted_from(refs, self.ranked, about)
        if len(beside) != 1:
            return Found(groups=[tuple(beside)]) if beside else Found(unresolved=True)
        which = self.ranked[0] if refs.next_in_rank and self.ranked else Superlative.NEWEST
        self.ranked = (which, beside[0])  # "and the next one after that"
        return Found(ids=beside)

    @staticmethod
    def _outright(clause: Clause) -> bool:
        """A superlative said outright ("oldest", "most expensive"), with no item word but
        words after a preposition ("the last one i bought has a wobble in the wheels")."""
        words = set(clause.text.lower().split())
        naming = [m for m in clause.refs.mentions if not m.used_with]
        return not naming and bool(words & OUTRIGHT_SUPERLATIVES)

    def _named_so_far(self) -> tuple[int, ...]:
        """The orders the message named so far, not kept or left out: what a superlative
        with no item of its own compares."""
        out = {*self.plan.kept, *self.plan.excluded}
        return tuple(i for i in dict.fromkeys(self.walk.seen) if i not in out)

    def _narrow(self, clause: Clause, found: Found) -> Found:
        """What the message itself says of several fitting orders: one kept or left out is
        not meant, one named before is ("a Heated Cat Bed ... a refund for the bed"); "the
        other one" is the one of those named here that is neither the subject nor kept."""
        out = {*self.plan.kept, *self.plan.excluded}
        seen = self.walk.seen
        memory = self.recollection.memory
        if clause.refs.other and not seen and memory is not None and len(found.groups) == 1:
            # "refund the usb cable" - "and the other cable too": of the cables, the one the
            # conversation was not about; of several left ("the other guitar" beside an
            # Electric Guitar and Guitar Strings), which of those is asked, never the one
            # whose name ends in the word
            fresh = [i for i in found.groups[0] if i not in memory.about and i not in out]
            if len(fresh) == 1 and len(fresh) < len(found.groups[0]):
                found.ids.append(fresh[0])
                found.groups = []
            elif 1 < len(fresh) < len(found.groups[0]):
                found.groups = [tuple(fresh)]
        adding = clause.follow_up and not clause.refs.other and not seen and not found.ids
        if adding and memory is not None and memory.act in MONEY_ACTS and len(found.groups) == 1:
            # "refund the sharpener" - "and the knife as well": an order added to the refund
            # asked for is not the one already asked for
            fresh = [i for i in found.groups[0] if i not in memory.about and i not in out]
            if len(fresh) == 1 and memory.about:
                found.ids, found.groups = fresh, []
        if clause.refs.other and seen and not found.ids:
            subject = set(self.walk.subject)
            others = [i for i in dict.fromkeys(seen) if i not in out and i not in subject]
            if others:
                found.groups, found.unresolved = [tuple(others)], False
        groups = []
        if clause.acts & MONEY_ACTS or self._answers_money():
            # an order left out anywhere in a request, or in an answer to which order a
            # refund is for ("the skateboard, not the wheels"), is not the one meant
            out |= self.left_out
        if clause.kept:
            # "love the pen, the ink leaked though": of the orders praise fits, the one the
            # message complains of or asks for by its own words is not the one praised
            out |= self.spoken_against
        said_next = self._said_next(clause)
        for group in found.groups:
            rest = self._not_named_in_full(group, self._positions(clause, clause.refs.mentions))
            rest = narrowed(rest, out, seen)
            picked = [i for i in rest if i in said_next]
            if len(picked) == 1:
                rest = (picked[0],)
            if len(rest) > 1 and by_when_only(clause.refs):
                rest = self._talked_about(rest)
            if len(rest) == 1:
                found.ids.append(rest[0])
            else:
                groups.append(rest)
        found.groups = groups
        seen.extend(named(found))
        return found

    def _said_next(self, clause: Clause) -> frozenset[int]:
        """ "the other gaming one too, the chair": a vague "X one" / "X thing" followed, after
        a comma, by words that only name an order (no verb, no stance, no "too") is said again
        by them; the orders those words name alone, else none."""
        if not any(m.generic for m in clause.refs.mentions):
            return frozenset()
        k = self.clause_at.get(id(clause), len(self.reading.clauses))
        if k + 1 >= len(self.reading.clauses):
            return frozenset()
        after = self.reading.clauses[k + 1]
        plain = not (after.acts or after.stance or after.follow_up or after.refs.ids)
        plain = plain and not (after.negated or after.excludes or after.question)
        if after.after != "," or not plain:
            return frozenset()
        return frozenset(self.alone_in[k + 1])

    def _talked_about(self, group: Sequence[int]) -> tuple[int, ...]:
        """ "where are my bench and my hose" - "refund the one from last week": of the orders
        that fit words naming them only by when they were bought, the one the conversation
        was just about (the orders of the turn before, else those named lately) is meant;
        none or several of them: all, to ask which."""
        memory = self.recollection.memory
        if memory is None:
            return tuple(group)
        for talked in (memory.about, memory.discussed):
            of_them = [i for i in group if i in set(talked)]
            if of_them:
                return tuple(of_them) if len(of_them) == 1 else tuple(group)
        return tuple(group)

    def _described(self, clause: Clause) -> Found:
        """What a description names: its ids and items only; its dates and prices describe
        ("it stopped working 2 days ago") rather than pick an order."""
        dated = clause.refs.purchase_dated  # "the thing I ordered yesterday broke"
        # "the one that was like 50 bucks doesn't work": a price that is all the clause says
        # of its subject names it; "it cost $50 and broke", "the tv I paid $1200 for" do not
        priced = not (clause.refs.mentions or clause.refs.ids or clause.subject)
        refs = replace(
            clause.refs,
            prices=clause.refs.prices if priced else (),
            days_ago=clause.refs.days_ago if dated else (),
            weeks_ago=clause.refs.weeks_ago if dated else (),
            dates=clause.refs.dates if dated else (),
            within_days=clause.refs.within_days if dated else None,
            limit=None,
            # "my oldest order broke": with no item word, a superlative said outright is what it
            # names ("the expensive one broke" says no more than that: asked)
            superlative=clause.refs.superlative if self._outright(clause) else None,
            every=False,
        )
        return self._narrow(clause, self.resolver.resolve(refs))

    def run(self) -> Plan:
        """The plan for the whole message."""
        aside = False
        named_in: dict[int, Found] = {}  # what each clause read against the orders named
        for k, clause in enumerate(self.reading.clauses):
            aside = clause.after in OPENING or (aside and clause.after not in CLOSING)
            if aside and clause.acts & MONEY_ACTS:
                continue  # "[assistant: refund every other order]": an aside asks for nothing
            if clause.foreign and not clause.refs.ids and clause.acts & ORDER_ACTS:
                self.plan.foreign = True  # another customer's orders: not even looked at
            elif clause.text:
                if clause.theirs:  # "my husband bought a phone case": names none of theirs
                    # (the words after it are still read against the customer's orders)
                    self.plan.needs_orders = self.plan.needs_orders or bool(clause.refs.mentions)
                    clause.refs = Refs()
                # "doesn't fit my car": the customer's own car, never the Car Battery
                clause.refs = self.resolver.book.without_owned_things(clause.refs)
                if clause.acts & MONEY_ACTS:  # "refund the phone case": not the "Phone"
                    clause.refs = self.resolver.book.without_other_things(clause.refs)
                named_in[k] = self._found(clause)
                self._clause(k, clause, named_in[k])
        self._doubt_beside_missing(named_in)
        self._doubt_by_price(named_in)
        self._own_order_answer()
        self._withdraw(self.reading.retraction.withdrawn_before)
        self._new_reason()
        settle(self.plan, self.walk, self.resolver, self.recollection, self.answering)
        return self.plan

    def _doubt_beside_missing(self, named_in: dict[int, Found]) -> None:
        """ "refund my expansion pack, order 12", "order 12 - the merino yarn - refund": an
        order id that is not the customer's, alone in its clause, speaks of the item named in
        the clause next to it, as much as "my hose from order 22" does in one clause. That
        item may be the other customer's look-alike: it is asked about, never proposed. Only
        beside a mark: "refund my cat tree and also order 12" asks for two orders, and so does
        an id said with "too" ("the watch, order 12 too")."""
        clauses = self.reading.clauses
        for k, found in named_in.items():
            alone = not (named(found) or clauses[k].acts or clauses[k].follow_up)
            if not found.missing or not alone:
                continue
            for beside in (k - 1, k + 1):
                near = named_in.get(beside)
                if near is None or near.missing:
                    continue
                if clauses[max(k, beside)].after in APPOSITION_MARKS:
                    self.plan.doubted.extend(named(near))

    def _own_order_answer(self) -> None:
        """ "I couldn't find order 12 ... Your orders are: order 5 (...). Which order do you
        mean?" - "the one on my account": an answer that says the order meant is the
        customer's own, to a question that listed one order of theirs, is that order."""
        asked, plan = self.answering, self.plan
        if asked is None or len(asked.candidates) != 1:
            return
        if plan.tasks or plan.asks or plan.kept or plan.excluded or plan.called_off:
            return
        words = [t.norm for t in tokenize(normalize(self.reading.text)) if t.kind == "word"]
        if not says_own_order(words):
            return
        plan.needs_orders = True  # it must still be one of theirs
        if asked.candidates[0] in self.resolver.by_id:
            plan.tasks.append(Task(asked.act, list(asked.candidates), 0))

    def _doubt_by_price(self, named_in: dict[int, Found]) -> None:
        """ "refund my cat tree, the one that cost $99": words right after an item, beside a
        mark, that give only a price say more of that item; when the price fits none of the
        orders the item's words named, which order is meant is unsure (maybe another
        customer's, or another of theirs the price fits: "refund my watch, the $89.99 one"
        when $89.99 is the headphones'): those named either way are asked about, never
        proposed."""
        clauses = self.reading.clauses
        book = self.resolver.book
        for k, found in named_in.items():
            refs = clauses[k].refs
            near = named_in.get(k - 1)
            if not refs.prices or refs.mentions or refs.ids or near is None:
                continue
            if found.ids and clauses[k].acts:
                continue  # "the 90 dollar one is fine, refund the 20 dollar one": a request
            ids = [i for i in named(near) if i in self.resolver.by_id]
            if clauses[k].after not in APPOSITION_MARKS or not ids:
                continue
            if not any(book.fits(self.resolver.by_id[i], refs) for i in ids):
                self.plan.doubted.extend([*ids, *found.ids])

    # -- one clause ---------------------------------------------------------------------
    def _clause(self, k: int, clause: Clause, found: Found) -> None:
        """One clause's part of the plan: a description, a condition, what it leaves out or
        calls off, its acts, what it says of its items, or orders named with no verb."""
        plan = self.plan
        if self.walk.kept_every and found.ids and not clause.kept:
            # "I'm keeping everything else, but the earrings gave me a rash": an order named
            # after "everything" was kept is the exception, not kept
            plan.kept = [i for i in plan.kept if i not in found.ids]
        if clause.reason or (clause.condition is Condition.HYPOTHETICAL and not clause.acts):
            self._description(k, clause, self._described(clause))
            return
        if clause.condition is Condition.CONSENT and not clause.acts:
            self._consent()
            return
        if clause.excludes or (clause.negated and not clause.acts):
            if self.general and not self._names_orders(clause):
                return  # "how long do refunds take? not returning anything": no request
            out = named(found) or (self.walk.subject if clause.refs.pronoun else [])
            plan.excluded.extend(out)
            pointing = clause.refs.pronoun or clause.refs.demonstrative
            last = plan.tasks[-1] if plan.tasks else None
            left = {*out, *clause.refs.excluded_ids}
            left |= {i for m in clause.refs.excluded_mentions for i in self._matching(m)}
            if left and last is not None and last.ids and not left & set(last.ids):
                return  # "refund the tv, not the laptop, and also the watch": no correction
            if out or clause.refs.excluded_ids or clause.refs.excluded_mentions or pointing:
                self.walk.correcting = True  # "not A, B": B replaces A; "not that one, B"
                self.walk.negated_refund = self.walk.negated_refund or clause.negated
            else:
                self._call_off()
            return
        if clause.calls_off:
            if not of_the_kept(self.reading.clauses, k):  # "...is fine, forget that one"
                self._call_off()
            return
        if clause.hedged:
            self._undecided(clause, found)
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
            kept = named(found)
            if not kept and clause.refs.pronoun and not self.walk.requested:
                kept = list(self.walk.subject)  # "the dog bed? love it, keeping it"
                memory = self.recollection.memory
                if not kept and not self.walk.seen and memory is not None:
                    kept = list(memory.about)  # "where are my laptop and tv?" - "keep those"
            plan.kept.extend(kept)
            self.walk.kept_every = self.walk.kept_every or clause.refs.every
            return
        if (stance is Stance.FAULT or clause.states) and self._part_of_request(k, clause):
            return
        if stance is Stance.FAULT and self.walk.correcting and found.ids:
            # "don't refund the tv, just the case, it's cracked": the replacement, and why
            self._bare_refs(k, clause, found)
            self._complaint(k, clause, self._described(clause))
            return
        if stance is Stance.FAULT or (clause.subject and not found.anything and " " in clause.text):
            # "the watch strap snapped"; "it's inaccurate": said of the item before it
            self._complaint(k, clause, self._described(clause))
            return
        if stance is None and clause.states and not clause.question and self._asks_money():
            # "refund the treadmill, the belt slips": what is wrong, said with a verb no
            # cue reads, is the reason of the refund beside it; of an item it names it is
            # only what was said ("the laptop is grand"): no complaint that asks for it
            described = self._described(clause)
            if described.groups and not described.ids:
                # "refund the box set, two of the books are duplicates": words that fit
                # several items, in a statement, say no more than what is wrong
                self.walk.unattached.append((k, clause.text))
                return
            if not described.ids:
                self._complaint(k, clause, described)
                return
            self._say(described.ids, clause.text)
            last = self.plan.tasks[-1] if self.plan.tasks else None
            if last is not None and last.ids and self.answering is None:
                # "refund the box set, two of the books are duplicates": a statement after a
                # request says what is wrong; it asks for no other order
                self.walk.subject, self.walk.requested = list(described.ids), False
                return
        if clause.refs.any or found.anything:
            self._bare_refs(k, clause, found)

    def _part_of_request(self, k: int, clause: Clause) -> bool:
        """ "refund the chandelier, 2 of the 8 arms came bent", "refund the cat tree, my dog
        broke a post": what is wrong, said right after a request, with words that fit other
        items only as words describing them (the Swing Arm Wall Lamp, the Dog Bed), is about
        a part of the item asked for or the customer's own thing: the request's reason."""
        last = self.plan.tasks[-1] if self.plan.tasks else None
        if last is None or last.act not in MONEY_ACTS or last.clause != k - 1 or not last.ids:
            return False
        refs = clause.refs
        if clause.acts or clause.follow_up or refs.ids or refs.prices or refs.excluded_mentions:
            return False
        if not self.resolver.index.only_describes(refs.mentions):
            return False
        self._say(last.ids, clause.text)
        return True

    def _matching(self, mention: Mention) -> tuple[int, ...]:
        """The orders some words fit."""
        return self.resolver.index.match(mention).order_ids

    def _positions(
        self, clause: Clause, mentions: Sequence[Mention]
    ) -> list[tuple[tuple[int, int], frozenset[str]]]:
        """Where each of a clause's mentions stands in the message, and its words (the
        clause's place found by its identity, as `_said_next` does: no comparison of
        clauses)."""
        k = self.clause_at.get(id(clause), len(self.reading.clauses))
        every = (*clause.refs.mentions, *clause.refs.excluded_mentions)
        place = {m: n for n, m in reversed(list(enumerate(every)))}
        return [((k, place[m]), frozenset(m.words)) for m in mentions if m in place]

    def _not_named_in_full(
        self, group: Sequence[int], said: Sequence[tuple[tuple[int, int], frozenset[str]]]
    ) -> tuple[int, ...]:
        """Of the orders some shorter words fit ("the laptop": a Laptop and a Laptop Bag),
        those the message does not name after them by longer words holding them ("... but
        refund the laptop bag"): the longer name is what was meant by it. Said before them,
        the shorter words point back at it ("a Heated Cat Bed ... a refund for the bed").
        All of them if none is left."""
        rest = tuple(
            oid
            for oid in group
            if not any(
                oid == named_oid and any(at < where and words < full for at, words in said)
                for where, full, named_oid in self.in_full
            )
        )
        return rest or tuple(group)

    def _left_out_by(self, clause: Clause, mention: Mention) -> tuple[int, ...]:
        """The orders "not the X" leaves out: every one X fits (none of them is proposed),
        but not one the message names after it by a longer name; in a correction ("refund
        the priciest, wait no not the bike"), the one of them the corrected request named."""
        said = self._positions(clause, [mention])
        fitting = self._not_named_in_full(self._matching(mention), said)
        last = self.plan.tasks[-1] if self.plan.tasks else None
        corrected = tuple(i for i in fitting if last is not None and i in last.ids)
        if len(fitting) > 1 and corrected and (clause.correction or clause.correction_alone):
            return corrected
        return fitting

    def _answers_money(self) -> bool:
        """The message answers which order a refund is for."""
        return self.answering is not None and self.answering.act in MONEY_ACTS

    def _asks_money(self) -> bool:
        """The message asks for a refund, or answers which order a refund is for."""
        return self._answers_money() or bool(self.acts & MONEY_ACTS)

    def _description(self, k: int, clause: Clause, found: Found) -> None:
        """ "because it broke", "if it broke": words about the request before it."""
        if clause.condition is Condition.HYPOTHETICAL:
            for task in self.plan.tasks:
                if task.act in (Act.REFUND, Act.ELIGIBLE) and task.clause == k - 1:
                    task.act = Act.ELIGIBLE  # "… if it broke?"
        about = found.ids or (self.plan.tasks[-1].ids if self.plan.tasks else [])
        if clause.reason:
            if about:
                self._say(about, clause.text)
            else:
                self.walk.unattached.append((k, clause.text))

    def _new_reason(self) -> None:
        """ "sorry, wrong reason. the strap snapped": the refund waiting from the turn before is
        asked for again with the reason said now (the card then shows it), when the message
        asks nothing else; two waiting, it asks which one the reason is for."""
        clauses = self.reading.clauses
        first = next((k for k, c in enumerate(clauses) if c.new_reason), None)
        memory = self.recollection.memory
        if first is None or memory is None or memory.act not in MONEY_ACTS or not memory.about:
            return
        plan = self.plan
        if plan.tasks or plan.asks or plan.called_off or plan.excluded:
            return
        named_now = set(self.walk.seen)
        waiting = [i for i in memory.about if i in named_now] if named_now else memory.about
        if not waiting or not named_now <= set(memory.about):
            return  # another order named: not a reason for the refund waiting
        if len(waiting) > 1:
            plan.asks.append(Ask(memory.act, tuple(waiting)))
            return
        for k, clause in enumerate(clauses[first:], start=first):
            if clause.new_reason and clause.refs.mentions and clause.stance is None:
                self.walk.unattached.append((k, clause.text))  # "the real reason is the colour"
        plan.tasks.append(Task(memory.act, list(waiting), first))

    def _undecided(self, clause: Clause, found: Found) -> None:
        """ "i might send the laptop back", "the trunk is huge, i might return it": no
        request yet; its orders are what a later "refund it" means."""
        self.plan.hedged = True
        about = named(found)
        if not about and clause.refs.pronoun:
            memory = self.recollection.memory
            about = list(self.walk.subject) or (
                list(memory.about) if memory is not None and not self.walk.seen else []
            )
        if about:
            self.plan.undecided.extend(about)
            self.walk.subject, self.walk.requested = list(about), False

    def _consent(self) -> None:
        """ "if so, go ahead": the eligibility question before it becomes the request."""
        for task in reversed(self.plan.tasks):
            if task.act in (Act.ELIGIBLE, Act.STATUS):
                task.act = Act.REFUND
                return

    def _call_off(self) -> None:
        """ "never mind": the money requests before it are dropped, and a correction before
        it ("no, forget it") waits for nothing: what follows is no replacement."""
        self.plan.called_off = True
        self.walk.correcting = False
        self.plan.tasks = [t for t in self.plan.tasks if t.act not in MONEY_ACTS]

    def _withdraw(self, before: int) -> None:
        """What the message takes back (retraction.py): the money requests of the clauses
        before `before` ("refund the tv. scratch that")."""
        if before:
            self.plan.called_off = True
            self.plan.tasks = [
                t for t in self.plan.tasks if t.act not in MONEY_ACTS or t.clause >= before
            ]

    def _complaint(self, k: int, clause: Clause, found: Found) -> None:
        """ "the watch strap snapped": the item's reason, and the subject of a later "it"."""
        about = named(found)
        if clause.refs.one_of and not about:  # "one of them is broken": which is not said
            self.walk.one_of = True
            self.walk.unattached.append((k, clause.text))
            return
        if not about and (clause.refs.pronoun or self.walk.subject_at == k - 1):
            # "it broke"; "the helmet though, the strap broke": the item just named
            about = list(self.walk.subject)
        if about:
            if not clause.only_excepted:
                self._say(about, clause.text)
            self.walk.subject, self.walk.requested = about, False
            # "the cable doesn't work" with two cables: which one broke is not said, so a
            # later "refund it" asks among them
            self.walk.one_of = not found.ids and bool(found.groups)
            self.walk.subjects_at[k] = about
            self.plan.complained.extend(about)
        else:  # "the screen froze": about no order by name, so about the request next to it
            self.walk.unattached.append((k, clause.text))
            if found.unmatched:  # "the thing on my wrist stopped": a later "it" is that thing,
                self.walk.subject = []  # not an order named before


def interpret(reading: Reading, resolver: Resolver) -> Plan:
    """The plan for one message."""
    return Interpreter(reading, resolver).run()
