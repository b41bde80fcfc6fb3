"""Which of a customer's orders one message names, as the application reads it for its own
checks: the shared reading of services/orderwords (clauses, their references, what they keep,
leave out or take back), resolved against the customer's orders by id, item, price, date,
superlative or place in a list, and whether it asks for "all" or "everything".

The rules, per clause: another customer's orders name nothing of this customer's; an item the
clause keeps, likes, calls fine, leaves out ("except", "not", "no refund for") or takes back
("never mind", "I meant the other") is only mentioned; anything else the clause names by
itself (one order, not a choice between several) is named. A later clause overrides an
earlier one. What a message asks to refund, not what it mentions, is named: when a request
names its own orders, items said beside it as context ("the tv is better than the laptop,
refund the headphones") are only mentioned, unless the words carry the request on ("refund
the tv, the watch and the case") or correct it; a request's "it" is what the latest clause
named; questions for facts about refunds ("how long do refunds take for the tv?"), their
follow-ups, a question made a supposition ("can i return it if i used it?"), a decision not
made yet ("still deciding whether to send it back") and words about someone else's order ("my
friend's headphones", "the stroller my sister bought") ask for none, and a later "refund that
one" never points at someone else's purchase; a request's phrase ending in a noun no item has
("refund the phone case" beside an order named just "Phone") names no order.
"All" / "everything" counts in a request, or in a bare answer ("all of them"),
never in a question ("is everything fine?") or a statement about refunds. Linear in the
message's length; wording.py combines several messages.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal

from services.orderwords.answers import says_own_order
from services.orderwords.clauses import Act, Clause, Condition, Reading
from services.orderwords.lexicon import Cue, match_cue
from services.orderwords.orders import OrderBook, by_when_only, left_out_anywhere, narrowed
from services.orderwords.reading import read_message
from services.orderwords.refs import Superlative
from services.orderwords.tokens import normalize, tokenize

# Acts of a clause whose "all" / "everything" asks for money back.
MONEY_ACTS = frozenset({Act.REFUND, Act.CANCEL})
# Acts that only ask about orders: an order named by them alone is not asked to be refunded
# ("is my keyboard refundable?", "would I get my money back if it broke?", "has my refund
# for the watch gone through?" are questions; a model that proposes the refund anyway is
# not grounded, and the careless yes after the answer moves nothing).
QUESTION_ACTS = frozenset(
    {Act.LOOKUP, Act.PRICE, Act.LIST, Act.FILTER, Act.POLICY, Act.ELIGIBLE, Act.STATUS}
)
# Question words that ask for facts, not for an act: "how long do refunds take for the tv?",
# "what's the refund window on the laptop?" speak of refunds without asking for one (unlike
# "can you refund the tv?" or "how do i get a refund for the watch?").
FACT_QUESTIONS = (("how", "long"), ("how", "much"), ("how", "many"), ("how", "soon"), ("what",),
                  ("whats",), ("what's",), ("when",), ("which",), ("why",), ("where",))  # fmt: skip

# People a customer speaks of; "the stroller my sister bought" is an order of someone else's.
OTHER_BUYERS = frozenset(
    {"sister", "brother", "mum", "mom", "mother", "dad", "father", "son", "daughter", "friend",
     "wife", "husband", "partner", "neighbour", "neighbor", "boss", "colleague", "roommate",
     "flatmate", "kid", "cousin", "aunt", "uncle"}
)  # fmt: skip
BOUGHT_WORDS = frozenset({"bought", "ordered", "purchased"})


@dataclass(frozen=True)
class CustomerOrder:
    """One of the customer's orders, as the words are read against it."""

    order_id: int
    item: str
    price: Decimal
    order_date: dt.date


@dataclass(frozen=True)
class Named:
    """What some words name: orders named, orders only kept or left out, and "everything"."""

    named: frozenset[int] = frozenset()
    kept: frozenset[int] = frozenset()
    everything: bool = False
    replaces_previous: bool = False  # a correction of what the message before asked
    asked: frozenset[int] = frozenset()  # only asked about ("where is my tv?")
    points_back: bool = False  # "refund it", "the other one": at orders named before
    fitted: frozenset[int] = frozenset()  # every order the words fit, several at once too

    def grounds(self, order_id: int) -> bool:
        """Whether these words ask about this order (by name, or by "all" without keeping it)."""
        return order_id in self.named or (self.everything and order_id not in self.kept)

    def mentioned(self) -> frozenset[int]:
        """Orders the words name either way (kept and asked-about ones included, "everything"
        not)."""
        return self.named | self.kept | self.asked

    def then(self, later: Named) -> Named:
        """These words followed by later ones: what the later ones say of an order wins, a
        correction takes back what was named before, and words that point back ("refund
        it") name what was only asked about before."""
        earlier = self.named if not later.replaces_previous else frozenset()
        if later.points_back:
            earlier |= self.asked - self.kept
        taken_back = self.named - earlier
        named = (earlier - later.kept) | later.named
        kept = ((self.kept | taken_back) - later.named) | later.kept
        asked = (self.asked | later.asked) - named - kept
        everything = (self.everything and not later.replaces_previous) or later.everything
        fitted = self.fitted | later.fitted
        return Named(named, kept - named, everything, asked=asked, fitted=fitted)


def ids_in(text: str) -> list[int]:
    """The order ids a text names after an id mark ("order 2", "#2", "Order 5:"), in the order
    they appear: the list an assistant's reply showed, for "the second one"."""
    tokens = tokenize(normalize(text))
    words = [t.norm for t in tokens]
    ids: list[int] = []
    for i, token in enumerate(tokens[:-1]):
        found = match_cue(words, i)
        nxt = tokens[i + 1]
        if found is not None and found[0] is Cue.ID_MARK and found[1] == 1:
            if nxt.integer is not None and nxt.integer not in ids:
                ids.append(nxt.integer)
        elif token.norm == "#" and nxt.integer is not None and nxt.integer not in ids:
            ids.append(nxt.integer)
    return ids


def _everything(clause: Clause) -> bool:
    """Whether the clause's "all" / "everything" asks for every order."""
    refs = clause.refs
    if not refs.every or refs.limit is not None or clause.question or clause.hypothetical:
        return False
    return bool(clause.acts & MONEY_ACTS) or not clause.acts


def _points_back(clause: Clause) -> bool:
    """ "refund it", "what about the other one?", "make that the watch instead", "the
    cheaper one"."""
    refs = clause.refs
    return refs.pronoun or refs.demonstrative or refs.other or refs.both or refs.comparative


def _asks_only(clause: Clause, orders: set[int], picking: bool) -> bool:
    """A clause that names orders without asking for their refund: a question that asks
    for no money ("which is cheaper, the tv or the laptop?"), a supposition ("if the watch
    breaks next month, can I refund it?"), or a choice left open ("should I refund the tv or
    the watch?": which is asked). `picking`: a clause before it picks by price or date
    ("refund whichever is cheaper, the tv or the laptop"), so its choice is not open."""
    refs = clause.refs
    if refs.either and len(orders) > 1 and not (picking or refs.comparative or refs.superlative):
        return True
    if clause.hypothetical or clause.condition is Condition.HYPOTHETICAL or clause.hedged:
        return True  # "still deciding whether to send the throw back": not decided yet
    return clause.question and not clause.acts & MONEY_ACTS and not clause.follow_up


def _on_a_supposition(clauses: Sequence[Clause], k: int) -> bool:
    """ "refund the stands unless they've shipped", "refund the dac if it breaks again": a
    request that hangs on a supposition said right after it asks for no money yet (one on
    what the refund itself checks, "if it's still under 30 days", is consent instead)."""
    if k + 1 >= len(clauses) or not clauses[k].acts & MONEY_ACTS:
        return False
    after = clauses[k + 1]
    return after.condition is Condition.HYPOTHETICAL and not after.acts


def _asks_facts(clause: Clause) -> bool:
    """A question for facts about refunds ("how long do refunds take for the tv?", "what's the
    refund window on the laptop?"), not a request; "what about the tv?" carries one on."""
    if not clause.question or clause.follow_up or clause.consent:
        return False
    words = tuple(t.norm for t in tokenize(normalize(clause.text)) if t.kind == "word")
    return any(words[: len(opening)] == opening for opening in FACT_QUESTIONS)


def _names_its_own(clause: Clause) -> bool:
    """A request that says itself which orders it means (an item, an id, a price or date),
    without pointing back at the words before ("refund it", "those too")."""
    refs = clause.refs
    if not clause.acts & MONEY_ACTS or _points_back(clause) or refs.every or refs.rest:
        return False
    return bool(refs.ids or refs.mentions or refs.prices or refs.days_ago or refs.weeks_ago)


def _requests(clause: Clause) -> bool:
    """A clause that asks for money back, adds to a request or corrects one."""
    requests = clause.acts & MONEY_ACTS or clause.follow_up or clause.consent
    return bool(requests or clause.correction or clause.instead)


# The marks that end a sentence: words after them start one of their own.
SENTENCE_ENDS = frozenset({".", "!", "?", ";"})


def _carries_on(clause: Clause, said: _Said) -> bool:
    """Words that go on with the request before them in the same sentence ("refund the tv,
    the watch and the case"), or after a correction of it ("no wait, the tv"): they ask
    nothing of their own."""
    if not said.carrying or clause.acts or clause.question or clause.subject:
        return False  # "refund the ukulele, it wont stay in tune": a statement, not a list
    return clause.after not in SENTENCE_ENDS or said.correcting or clause.correction_alone


def _bought_by_another(clause: Clause) -> bool:
    """Words saying someone else bought the item ("refund the stroller my sister bought"):
    not an order of this customer's, whatever its name."""
    words = [t.norm for t in tokenize(normalize(clause.text)) if t.kind == "word"]
    return any(
        words[i] == "my" and words[i + 1] in OTHER_BUYERS and words[i + 2] in BOUGHT_WORDS
        for i in range(len(words) - 2)
    )


def _one_pointed_at(clause: Clause) -> bool:
    """A request that points back at one order ("refund it", "send that one back")."""
    refs = clause.refs
    return bool(clause.acts & MONEY_ACTS) and refs.pronoun and refs.singular and not refs.both


def _next(clauses: Sequence[Clause], k: int) -> Clause | None:
    """The clause after the k-th, if any (no copy of the rest: a message has many clauses)."""
    return clauses[k + 1] if k + 1 < len(clauses) else None


def _only_asks(
    clause: Clause,
    orders: set[int],
    picking: bool,
    following: Clause | None,
    asked_before: set[int],
) -> bool:
    """A clause whose orders are only asked about, not asked to be refunded: a question or a
    supposition (`_asks_only`), a question for facts about refunds, words about another
    person's order ("my friend bought the same headphones"), a question the next clause
    makes a supposition of ("can i return the hose if i've used it?"), and a follow-up of a
    question ("is the watch returnable? and the case?")."""
    if (clause.acts and clause.acts <= QUESTION_ACTS) or _asks_only(clause, orders, picking):
        return True
    if _asks_facts(clause) or (clause.foreign and not clause.acts) or _bought_by_another(clause):
        return True
    if clause.question and following and following.condition is Condition.HYPOTHETICAL:
        return True
    return clause.follow_up and not clause.acts and bool(asked_before)


def _pronoun_points_at_nothing(clause: Clause) -> bool:
    """A question or a supposition that asks for no money ("... if it broke?"): its "it"
    points back at nothing to refund."""
    refs = clause.refs
    if clause.follow_up or refs.other or refs.both or refs.comparative:
        return False  # "what about the other one?" carries the request on
    return (clause.question or clause.hypothetical) and not clause.acts & MONEY_ACTS


def _orders_of(
    clause: Clause, book: OrderBook, shown: Sequence[int], said: _Said
) -> tuple[set[int], set[int]]:
    """The orders a clause names by itself, and all the orders its words fit. Of several that
    fit, the one still meant counts (orders.narrowed: not one kept, the one named before);
    "the other one" is the one of those the message named that is neither asked for nor
    kept. A bare number is an order id only in a clause that asks nothing (an answer)."""
    refs = clause.refs
    if refs.every and not _everything(clause):  # "has approved all refunds": no request
        refs = replace(refs, every=False)
    if clause.acts & MONEY_ACTS:  # "refund the phone case" names no order named "Phone"
        refs = book.without_other_things(refs)
    among = [i for i in said.seen if i not in said.kept]
    # "the cheaper of the two pen things": the words name the two compared (orders.py), and
    # so does an item's word of its own ("the cheaper tank" of two tanks); "the cheaper one",
    # "the cheaper thing" point back
    vague = all(m.generic for m in refs.mentions)
    pointing = refs.comparative and len(refs.mentions) < 2 and not (refs.both and refs.mentions)
    pointing = pointing and vague
    if refs.superlative is not None and not refs.mentions and len(among) > 1:
        found = book.resolve(refs, among, shown)  # "of A and B, refund the pricier one"
    elif pointing and len(shown) > 1:
        found = book.resolve(refs, shown, shown)  # "the cheaper one" of the list just shown
    elif pointing:
        return set(), set()  # "the cheaper one": of the two named before (points back)
    else:  # an answer to "which one?" is read among the orders the question listed (its
        # bare numbers stay no ids: below, only a clause that asks nothing has them)
        found = book.resolve(refs, said.answering, shown, bare_ids=False)
    ids = set(found.ids)
    fit = set(ids)
    if not clause.acts:
        ids |= {i for i in clause.refs.bare if i in book.by_id}
    if clause.refs.limit is not None and not clause.refs.mentions:  # "anything over $1000"
        ids |= {o.order_id for o in book.fitting(clause.refs)}
    # left out anywhere in a request, or in an answer to which one ("the skateboard, not the
    # wheels"): not the one meant
    answer = bool(said.answering)
    out = said.kept | said.left_out if clause.acts & MONEY_ACTS or answer else said.kept
    for group in found.groups:
        fit |= set(group)
        rest = narrowed(group, out, said.seen)
        if len(rest) > 1 and by_when_only(refs):
            # "where are my bench and my hose" - "refund the one from last week": of the
            # orders bought then, the one the messages before spoke of
            talked = [i for i in rest if i in said.before]
            rest = tuple(talked) if len(talked) == 1 else rest
        if len(rest) == 1:
            ids.add(rest[0])
    if clause.refs.other and not ids:
        others = [i for i in said.seen if i not in said.kept and i not in said.named]
        if not said.seen and not refs.mentions:
            # "refund the knife thing" - "the chef knife" - "no, the other one": of the orders
            # the messages before fit, the one they did not name
            others = [i for i in said.talked if i not in said.earlier]
        ids |= set(others) if len(others) == 1 else set()
    adding = clause.follow_up and not said.seen
    if (clause.refs.other or adding) and not ids and len(found.groups) == 1:
        # "and the other cable too"; "refund the sharpener" - "and the knife as well": of the
        # cables, of the knives, the one the messages before did not name
        # (several left, "the other guitar" beside Guitar Strings: none is named)
        fresh = [i for i in found.groups[0] if i not in said.earlier]
        ids |= set(fresh) if len(fresh) == 1 < len(found.groups[0]) else set()
    return ids, fit | ids


@dataclass
class _Said:
    """What one message has said so far, clause by clause."""

    named: set[int] = field(default_factory=set)
    kept: set[int] = field(default_factory=set)
    asked: set[int] = field(default_factory=set)  # only asked about ("where is my tv?")
    eligible: set[int] = field(default_factory=set)  # asked whether refundable, among those
    picking: bool = False  # a clause picked by price or date ("whichever is cheaper")
    seen: list[int] = field(default_factory=list)  # every order its words fit, in order
    everything: bool = False
    points_back: bool = False
    last: set[int] = field(default_factory=set)  # what the latest clause naming orders named
    requested: bool = False  # that clause asked for a refund of them
    earlier: frozenset[int] = frozenset()  # what the messages before this one named
    before: frozenset[int] = frozenset()  # what they mentioned at all
    talked: frozenset[int] = frozenset()  # every order their words fit, several at once too
    ranked: tuple[Superlative, int] | None = None  # a superlative's order: "the next one down"
    answering: Sequence[int] = ()  # the orders the question this message answers listed
    left_out: frozenset[int] = frozenset()  # kept or left out anywhere in the message
    # named by clauses that ask nothing ("the tv is better than the laptop"): the message's
    # context; a request that names its own orders does not ask for these
    context: set[int] = field(default_factory=set)
    requested_own: bool = False  # a request named its own orders (or an id)
    by_request: set[int] = field(default_factory=set)  # the orders requests named
    asked_last: set[int] = field(default_factory=set)  # the latest clause only asked of these
    theirs: set[int] = field(default_factory=set)  # named as another person's purchase
    narrowed: bool = False  # a request's "it" pointed at the latest clause's orders only
    carrying: bool = False  # the latest clause asked for a refund, or carried the request on
    correcting: bool = False  # the latest clause corrected what was said ("no wait")


def _left_out(clause: Clause, book: OrderBook) -> set[int]:
    """The orders the clause names right after a "not" ("refund not the laptop but the tv")."""
    refs = clause.refs
    out = {i for i in refs.excluded_ids if i in book.by_id}
    for mention in refs.excluded_mentions:
        out |= set(book.index.match(mention).order_ids)
    return out


def named_in(
    reading: Reading,
    book: OrderBook,
    shown: Sequence[int] = (),
    earlier: frozenset[int] = frozenset(),
    before: frozenset[int] = frozenset(),
    answering: Sequence[int] = (),
    talked: frozenset[int] = frozenset(),
) -> Named:
    """What one message names among the customer's orders, kept and left-out orders apart;
    `earlier`: what the messages before it named ("the other cable" is not one of those);
    `before`: what they mentioned at all, for "the one before that"; `answering`: the orders
    of the question it answers ("the cable" of the two listed); `talked`: every order the
    words of the messages before fit ("no, the other one" is one of those)."""
    said = _Said(
        earlier=earlier,
        before=before,
        talked=talked,
        answering=answering,
        left_out=left_out_anywhere(reading.clauses, book.index),
    )
    taken_back = reading.retraction
    for k, clause in enumerate(reading.clauses):
        orders, fit = _orders_of(clause, book, shown, said)
        refs = clause.refs
        if refs.neighbour or refs.next_in_rank:  # "the next one down", "the one before that"
            beside = book.counted_from(refs, said.ranked, said.last or before)
            orders = fit = set(beside) if len(beside) == 1 else set()
            which = said.ranked[0] if refs.next_in_rank and said.ranked else Superlative.NEWEST
            said.ranked = (which, beside[0]) if len(beside) == 1 else said.ranked
        elif refs.superlative is not None and refs.count == 1 and len(orders) == 1:
            said.ranked = (refs.superlative, next(iter(orders)))
        said.seen.extend(i for i in fit if i not in said.seen)
        said.picking = said.picking or refs.comparative or refs.superlative is not None
        out = _left_out(clause, book)
        keeps = clause.kept or clause.excludes or (clause.negated and not clause.acts)
        if keeps and not orders and clause.refs.pronoun and not said.requested:
            # "the dog bed? love it, keeping it"; "keep those" of the orders named before
            orders = said.last or (set(before) if not said.seen else set())
        asked_before = said.asked_last
        if keeps or taken_back.withdrawn(k):
            out, orders = out | orders, set()
        elif _only_asks(
            clause, orders, said.picking, _next(reading.clauses, k), asked_before
        ) or _on_a_supposition(reading.clauses, k):
            if Act.ELIGIBLE in clause.acts:
                said.eligible |= orders
            if clause.theirs or _bought_by_another(clause):
                said.theirs |= orders  # "my husband bought a phone case": never "that one"
            said.asked_last = set(orders) or asked_before
            said.asked, orders = said.asked | orders, set()
        elif not orders and (clause.consent or clause.condition is Condition.CONSENT):
            # "is it refundable? if so, go ahead": the consent asks for what was asked about
            orders = said.eligible - said.kept - out
        elif not orders and _points_back(clause) and not _pronoun_points_at_nothing(clause):
            # "no, the one before that. refund it": "it" is the one this message named
            said.points_back = not said.named
            if _one_pointed_at(clause) and said.last - said.kept and not asked_before:
                # "i use the watch every day. the case scratches, send it back": "it" is what
                # the latest clause named, not every order the message spoke of
                orders, said.narrowed = (said.last - said.kept) & said.named, True
            elif clause.acts & MONEY_ACTS or clause.consent or clause.follow_up:
                # "where is my tv? refund it"; not "my neighbour's leash snapped, she bought
                # the same one": a statement pointing back asks for nothing
                orders = said.asked - said.kept - out - said.theirs
        rest = clause.refs.rest and bool(said.kept) and bool(clause.acts & MONEY_ACTS)
        if not (keeps or taken_back.withdrawn(k)) and (_everything(clause) or rest):
            said.everything = True  # "keeping the laptop, refund the rest": all but it
        said.named = (said.named - out) | orders
        said.kept = (said.kept - orders) | out
        if _requests(clause) or _carries_on(clause, said):
            # "refund the headphones, the watch and the case", "refund the laptop. no wait,
            # the tv": the words after a request, or correcting it, carry it on
            said.by_request |= orders
            said.requested_own |= _names_its_own(clause) and bool(orders or clause.refs.ids)
            # but the words after an id that is not the customer's speak of that order
            said.carrying = not (clause.refs.ids and not orders)
        else:
            said.context |= orders
            said.carrying = False
        said.correcting = clause.correction or clause.correction_alone
        if orders or out:
            said.last, said.requested = orders | out, bool(clause.acts & MONEY_ACTS)
            said.asked_last = set()
    theirs = [i for i in answering if i in book.by_id]
    own = len(theirs) == 1 and not (said.named or said.kept)
    if own and says_own_order([t.norm for t in tokenize(normalize(reading.text))]):
        # "I couldn't find order 12 ... Your orders are: order 5. Which order do you mean?" -
        # "the one on my account": the one order of the customer's the question listed
        said.named.add(theirs[0])
    if said.requested_own or said.narrowed:
        # "the tv is better than the laptop, refund the headphones": only what the request
        # names (or points at) is asked for; the rest was said as context
        only_said = said.context - said.by_request
        said.named -= only_said
        said.asked |= only_said
    return Named(
        frozenset(said.named),
        frozenset(said.kept - said.named),
        said.everything,
        replaces_previous=taken_back.replaces_previous,
        asked=frozenset(said.asked - said.named - said.kept),
        points_back=said.points_back,
        fitted=frozenset(said.seen),
    )


def read_one(
    text: str,
    book: OrderBook,
    shown: Sequence[int] = (),
    earlier: frozenset[int] = frozenset(),
    before: frozenset[int] = frozenset(),
    answering: Sequence[int] = (),
    talked: frozenset[int] = frozenset(),
) -> Named:
    """What one message names among the customer's orders (after messages that named
    `earlier`, mentioned `before` and whose words fit `talked`; answering a question that
    listed `answering`)."""
    reading = read_message(text, book.index.vocabulary)
    return named_in(reading, book, shown, earlier, before, answering, talked)
