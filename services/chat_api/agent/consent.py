"""Is the customer's typed message an unambiguous yes or no to pending refund proposals, and
to which of them?

The application decides this, never a model: `classify` reads the whole message and answers
"yes" only when every word is a plain agreement ("yes please", "ok do it", "go ahead"), "no"
only when every word is a plain refusal ("no thanks", "cancel", "don't", "never mind"), and
"other" for anything else ("yes but not the laptop", "is it done yet?"), which then goes to
the model as a new message while the proposals stay pending.

`read_answer` applies it to the proposals the latest reply presents. A typed yes confirms at
most one refund: with several waiting, a bare "yes" confirms none and the customer is asked
to name them ("yes, both", "yes to all", "yes, the watch", "yes to order 4"). Nor does a bare
"yes" confirm the one refund proposed from a message that mentioned other orders too ("the
laptop is fine, but the watch..."), from words that named no order ("refund it"), or left of a
card of several whose others were decided: the order might not be the one meant, so the
customer names it or presses Confirm. "No, just the watch" cancels the others and leaves the
watch waiting; "yes, only the cheaper one" picks by price. Names are resolved here against
the waiting proposals' items and order ids, read as phrases with the shared reading of
services/orderwords ("yes to the leash and the dog bed"). An answer that names its items on
both sides ("yes for the helmet, no for the bottle") confirms the one and cancels the other,
and so does "yes, just the helmet"; "not the kettle, just the pan. yes to that one" confirms
the pan and cancels the kettle. "Do the tv as well" confirms the waiting card it names (never
in a question). "Yes to both" means the card offered now and one still waiting from an earlier
reply when those are the two that wait. "Yes. When did I buy the tv?" confirms like a bare yes
and lets the model answer the question, unless the question is about the refund agreed to or
takes the yes back. A plain "no" cancels them all. Names are read against every order of
the customer's, so "yes refund the bike" beside a Bike Light Set's card and an Electric
Mountain Bike names no card; a name or an order id may pick a card still waiting from an
earlier reply ("yes to the watch"). "The other (one)" / "the rest" are the cards the rest
of the answer does not name ("yes for the watch, no for the other"); "yes except the tv"
confirms the others; "the first and the last" confirms both; "do both" confirms both; "no
to the case yes to the watch" reads as if a comma stood between; "keep the balls" is a no
to the balls' card. "The first one" is asked about when the customer named the cards in
another order than they are listed; after "Which ones should I refund?" names alone
("both", "the watch") answer, and "both" / "all of them" alone says yes to the cards it
counts whatever was asked. "Yes but only the speakers" reads "the speakers" among the cards
offered (the Bookshelf Speakers' beside an amplifier's), though a Floorstanding Speakers
order has no card. Linear in the message's length.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from services.chat_api.agent.proposal_record import ProposalRecord
from services.orderwords.items import item_index
from services.orderwords.reading import read_message
from services.orderwords.refs import Superlative
from services.orderwords.spelling import ordinal, stem
from services.orderwords.tokens import normalize, tokenize
from workflows.vocabulary import ProposalAction

Consent = Literal["yes", "no", "other"]
Item = tuple[int, str]  # an order of the customer's: (order id, item)

# Phrases are read as one word first, so "go ahead" and "never mind" count as one word.
PHRASES = {
    ("go", "ahead"): "yes",
    ("go", "for", "it"): "yes",
    ("do", "it"): "doit",
    ("please", "do"): "yes",
    ("of", "course"): "yes",
    ("sounds", "good"): "yes",
    ("sure", "thing"): "yes",
    ("that's", "right"): "yes",
    ("that", "is", "right"): "yes",
    ("never", "mind"): "no",
    ("nevermind",): "no",
    ("forget", "it"): "no",
    ("forget", "about", "it"): "no",
    ("changed", "my", "mind"): "no",
    ("do", "not"): "dont",
    ("don't",): "dont",
    ("dont",): "dont",
    ("no", "thanks"): "no",
    ("no", "thank", "you"): "no",
    ("not", "now"): "no",
    ("except", "for"): "except",
    ("apart", "from"): "except",
    ("other", "than"): "except",
    ("aside", "from"): "except",
    ("after", "all"): "anyway",  # "my wife wants it after all": no "all" of the cards
}
LONGEST_PHRASE = max(len(p) for p in PHRASES)
YES_WORDS = frozenset(
    {
        "yes", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "k", "kk", "confirm",
        "confirmed", "absolutely", "definitely", "certainly", "correct", "alright", "proceed",
        "affirmative", "agreed", "agree", "approve", "fine", "great", "perfect", "y",
        "yse", "yess", "yesss", "yeh", "yah",  # a yes mistyped
    }
)  # fmt: skip
NO_WORDS = frozenset(
    {"no", "nope", "nah", "cancel", "dont", "stop", "decline", "n", "abort", "not", "never"}
)
# Agreement words that also praise a thing ("the case is fine"): they agree only before it.
WEAK_YES = frozenset(
    {"fine", "great", "perfect", "good", "ok", "okay", "k", "kk", "alright", "correct", "agreed"}
)
# Words before a praising word that leave it an agreement ("that's fine", "looks good").
NEUTRAL = frozenset(
    {"that's", "thats", "it's", "its", "this", "sounds", "looks", "seems", "is", "all", "be",
     "would", "will", "that'll", "thatll", "works", "me", "by", "totally", "really", "very"}
)  # fmt: skip
# Words that change nothing in a plain yes or no.
FILLER = frozenset(
    {
        "please", "pls", "plz", "thanks", "thank", "you", "thx", "so", "then", "just", "it",
        "that", "now", "i", "we", "the", "refund", "refunds", "them", "both", "all", "oh",
        "well", "sir", "ma'am", "mate", "very", "much", "one", "ones", "this", "these",
        "is", "fine", "good", "indeed", "go", "ahead", "anyway", "only", "hmm", "hm", "um",
        "umm", "uh", "actually", "honestly",
    }
)  # fmt: skip
# Words that only join the names in an answer ("yes to order 4 and the watch").
JOINING = frozenset(
    {"and", "to", "for", "of", "on", "my", "order", "orders", "the", "with", "#", "both",
     "all", "every", "each", "everything", "them", "number", "as", "too", "also"}
)  # fmt: skip
# Verbs that say no to the refunds their part names ("yes to the racket, keep the balls").
KEEP = frozenset({"keep", "keeping"})
# The customer speaking of themself in "I'll keep that" ("ill": "i'll" typed in a hurry).
SELF = frozenset({"i'll", "ill", "will", "i'm", "im", "gonna", "going", "to", "want"})
# A verb that agrees only when its part names a waiting refund ("do the tv as well") or all
# of them ("do both").
DO = "do"
DO_ALL = frozenset({"both", "all", "everything", "every", "each"})
# Filler that points at several refunds ("keep them"): it may name more than the one said no to.
PLURAL = frozenset({"them", "these", "ones"})
# Where a mixed answer splits into its parts ("yes for the helmet, no for the bottle").
PART_BREAKS = frozenset({",", ";", ".", "!", "but", "however", "though"})
# Breaks after which a part must say its own yes or no ("..., but not the watch").
CONTRASTS = frozenset({"but", "however", "though"})
# A break inside a part that leaves out what follows ("yes to all except the tv").
EXCEPT = "except"
# Words for the waiting refunds an answer's other parts do not name ("no for the other").
REST_WORDS = frozenset({"other", "others", "rest"})
OTHER_ONE, THE_REST = "the other one", "the rest"
MAX_WORDS = 16
# Words that pick a waiting refund by its price ("yes, only the cheaper one").
BY_PRICE = frozenset(
    {"cheaper", "cheapest", "pricier", "priciest", "expensive", "more", "most", "less", "least",
     "one", "only", "just"}
)  # fmt: skip


def _words(text: str) -> list[str]:
    """The message's words and numbers, lower case, with its phrases read as one word."""
    said = [t.norm for t in tokenize(normalize(text)) if t.kind != "mark" or t.norm in ",;.!"]
    words: list[str] = []
    i = 0
    while i < len(said):
        for length in range(min(LONGEST_PHRASE, len(said) - i), 0, -1):
            token = PHRASES.get(tuple(said[i : i + length]))
            if token is not None:
                words.append(token)
                i += length
                break
        else:
            words.append(said[i])
            i += 1
    return words


def _agrees(word: str) -> bool:
    """A word of agreement ("yes", "ok", "do it")."""
    return word in YES_WORDS or word == "doit"


def classify(text: str) -> Consent:
    """ "yes", "no" or "other" for a message typed while a proposal waits for an answer."""
    words = [w for w in _words(text) if w not in PART_BREAKS]
    if not words or len(words) > 8:
        return "other"
    rest = [w for w in words if w not in FILLER and not _agrees(w) and w not in NO_WORDS]
    if rest:
        return "other"  # something more than a plain answer: the model reads it
    if any(w in NO_WORDS for w in words):
        # "no", "don't do it", "cancel it"; but "yes, no wait" is not a plain answer.
        return "no" if not any(w in YES_WORDS for w in words) else "other"
    return "yes" if any(_agrees(w) for w in words) else "other"


@dataclass(frozen=True)
class Answer:
    """What a typed message does to the waiting proposals: confirm or cancel some (ids), ask
    which ones ("ask": a bare yes to several), or nothing ("other": the model reads it). A
    confirmation may cancel others beside it (`cancel`: "yes for A, no for B")."""

    kind: ProposalAction | Literal["ask", "other"]
    ids: tuple[str, ...] = ()
    cancel: tuple[str, ...] = ()
    # The message asks something more after its yes ("yes. when did I buy the tv?"): the model
    # answers it once the confirmation is carried out.
    then_ask: bool = False


OTHER = Answer("other")
AMBIGUOUS = "ambiguous"


def _index(offered: Sequence[ProposalRecord], owned: Sequence[Item]) -> tuple[Item, ...]:
    """The items an answer's words are read against: the waiting proposals' and every other
    order of the customer's, by order id."""
    items = {oid: item for oid, item in owned}
    items.update((r.order_id, r.item) for r in offered)
    return tuple(sorted(items.items()))


def _chosen(
    part: str,
    offered: Sequence[ProposalRecord],
    owned: Sequence[Item] = (),
    earlier: Sequence[ProposalRecord] = (),
    places_unclear: bool = False,
    narrowing: bool = False,
) -> set[str] | str | None:
    """The proposals a part of the answer names (items, order ids); AMBIGUOUS when some words
    fit several of them; None when it names something that is no waiting proposal. The words
    are read against all the customer's orders (`owned`), so a name that fits an order with
    no card as well as one with a card ("the bike" beside a Bike Light Set's card and an
    Electric Mountain Bike) names something that is no waiting proposal. Names and order ids
    may pick a refund still waiting from an earlier reply (`earlier`: "yes to the watch");
    places in the list and prices pick among the ones offered now. OTHER_ONE / THE_REST:
    the part names only "the other (one)" / "the others", "the rest". `places_unclear`: the
    customer named the cards in another order than they are listed, so "the first one" is
    asked about. `narrowing`: the part keeps a yes to some of several cards offered now
    ("yes but only the speakers"), so it can name no other order: a name is read among those
    cards (the Bookshelf Speakers' card beside an amplifier's, though Floorstanding Speakers
    are owned too), and fitting two of them it is asked about."""
    index = item_index(_index([*offered, *earlier], owned))  # built once per answer
    by_order = {r.order_id: r.id for r in [*earlier, *offered]}
    chosen: set[str] = set()
    clauses = read_message(part, index.vocabulary).clauses
    items = {w for c in clauses for m in c.refs.mentions for w in m.words}
    words = part.split()
    for word in words:
        names = stem(word) in items and not index.naming(stem(word)).empty
        known = word in JOINING or word.isdigit() or names or word in BY_PRICE
        if not (known or ordinal(word) is not None or word in REST_WORDS):
            return None  # "ok but which one?", "yes, is it done?": more than an answer
    if any(w in REST_WORDS for w in words):  # "no for the other", "the rest too"
        if items or any(w.isdigit() or ordinal(w) is not None for w in words):
            return None  # "the other cable": more than the rest
        return OTHER_ONE if "other" in words else THE_REST
    nths = {n for n in map(ordinal, words) if n is not None}
    if nths and places_unclear:
        return AMBIGUOUS  # "refund the case and the watch" - "yes the first one": which?
    if len(nths) > 1:  # "yes the first and the last": each place named
        if not all(0 < n <= len(offered) or n == -1 for n in nths):
            return None
        chosen |= {offered[n - 1 if n > 0 else -1].id for n in nths}
    for clause in clauses:
        refs = clause.refs
        if refs.excluded_mentions or refs.excluded_ids:
            return None
        if refs.superlative is not None and not refs.mentions:  # "only the cheaper one"
            if refs.superlative not in (Superlative.CHEAPEST, Superlative.PRICIEST):
                return None
            prices = sorted({Decimal(r.amount) for r in offered})
            end = prices[0] if refs.superlative is Superlative.CHEAPEST else prices[-1]
            picked = [r.id for r in offered if Decimal(r.amount) == end]
            if len(picked) != 1:
                return AMBIGUOUS
            chosen.add(picked[0])
        if refs.ordinal is not None and len(nths) == 1:  # "yes, the second one": as listed
            nth = refs.ordinal
            if not (0 < nth <= len(offered) or nth == -1):
                return None
            chosen.add(offered[nth - 1 if nth > 0 else -1].id)
        for oid in (*refs.ids, *refs.bare):
            if oid not in by_order:
                return None
            chosen.add(by_order[oid])
        for mention in refs.mentions:
            named = index.match(mention).order_ids
            if narrowing and len(offered) > 1:
                named = tuple(r.order_id for r in offered if r.order_id in named)
            if not named or any(oid not in by_order for oid in named):
                return None
            if len(named) > 1:
                return AMBIGUOUS
            chosen.add(by_order[named[0]])
    return chosen


@dataclass
class _Part:
    """One part of an answer: yes or no, and the proposals it names. `stated`: the part says
    its yes or no itself (else it carries on the one before); `only`: it says "just" or
    "only"; `also`: it adds to what was said ("the watch too", "as well")."""

    agrees: bool
    chosen: set[str] | str | None
    every: bool = False
    both: bool = False
    stated: bool = True
    only: bool = False
    also: bool = False


def _praises(words: list[str]) -> bool:
    """ "the case is fine", "laptop's great", "yes the case is fine": a word that could agree,
    said after a thing it could be about, praises that thing ("fine, the case", "that's fine"
    and "looks good" do not)."""
    content = False
    for word in words:
        if word in WEAK_YES and content:
            return True
        content = content or word not in FILLER | JOINING | YES_WORDS | NO_WORDS | NEUTRAL
    return False


def _adds(words: list[str]) -> bool:
    """ "too", "also", "as well": the part adds to what the answer said before it."""
    pairs = itertools.pairwise(words)
    return any(w in ("too", "also") for w in words) or ("as", "well") in pairs


def _stances_apart(words: list[str]) -> list[str]:
    """The words with a break where a yes follows a no (or a no a yes) after words that name
    something: "no to the case yes to the watch" reads as "no to the case, yes to the
    watch"; "yes no" and "yes not the case" stay one part (unclear)."""
    out: list[str] = []
    stance: bool | None = None
    named = False
    for word in words:
        agrees = True if _agrees(word) else False if word in NO_WORDS else None
        if word in PART_BREAKS:
            stance, named = None, False
        elif agrees is not None:
            if stance is not None and agrees != stance and named:
                out.append(",")
                named = False
            stance = agrees
        elif word not in FILLER | JOINING:
            named = True
        out.append(word)
    return out


def _parts(
    text: str,
    offered: Sequence[ProposalRecord],
    owned: Sequence[Item] = (),
    earlier: Sequence[ProposalRecord] = (),
    places_unclear: bool = False,
) -> list[_Part] | None:
    """The answer cut at its commas and "but"; None when a part says yes and no at once. A
    part whose only agreement is "do" agrees when it names waiting refunds ("do the tv as
    well"), and never in a question."""
    parts: list[_Part] = []
    current: list[str] = []
    agrees: bool | None = None
    asking = "?" in text
    after: str | None = None  # the word that ended the part before
    for word in [*_stances_apart(_words(text)), "."]:
        if word not in PART_BREAKS and word != EXCEPT:
            current.append(word)
            continue
        if not current:
            after = word
            continue
        said_yes = any(_agrees(w) for w in current)
        said_no = any(w in NO_WORDS for w in current)
        if said_yes and said_no:
            return None
        keeps = not (said_yes or said_no) and any(w in KEEP for w in current)
        # (of the filler, only words naming nothing: "keep both" after "yes to the pan, not
        # the kettle" keeps the pan agreed to as well, which the model must ask about)
        restated = set(current) <= KEEP | (FILLER - DO_ALL - PLURAL) | SELF
        if keeps and parts and not parts[-1].agrees and restated:
            # "..., but not the watch, I'll keep that": the no before it, said again
            current, after = [], word
            continue
        after_no = bool(parts) and not parts[-1].agrees and parts[-1].stated
        if after_no and not (said_yes or said_no) and _explains(current, offered, owned, earlier):
            # "yes except the checked one, ill get that repaired": why the no, said after
            # it, names nothing and asks nothing; the answer stands
            current, after = [], word
            continue
        narrows = any(w in ("just", "only") for w in current)  # "yes but only the watch"
        if after == EXCEPT and parts and parts[-1].agrees and parts[-1].chosen == set():
            parts[-1].every = True  # "yes except the tv": all the others
        if after in (*CONTRASTS, EXCEPT) and not (said_yes or said_no or narrows or keeps):
            if not (parts and parts[-1].every and parts[-1].agrees):
                return None  # "yes but the watch": unclear
            said_no = True  # "yes to everything but the watch": the watch is left out
        after = word
        skipped = NO_WORDS | FILLER | {DO} | (KEEP if keeps else frozenset())
        rest = " ".join(w for w in current if not _agrees(w) and w not in skipped)
        narrowing = narrows and not said_no and agrees is not False
        chosen = (
            _chosen(rest, offered, owned, earlier, places_unclear, narrowing) if rest else set()
        )
        if keeps and isinstance(chosen, set) and chosen:
            said_no = True  # "keep the balls": a no to the cards it names
        elif keeps:  # "I'll keep it": no answer of its own
            rest = " ".join(w for w in current if not _agrees(w) and w not in NO_WORDS | FILLER)
            rest = " ".join(w for w in rest.split() if w != DO)
            chosen = _chosen(rest, offered, owned, earlier, places_unclear) if rest else set()
        if _praises(current):  # "the watch is great": kept, never a yes
            strong = any(w in YES_WORDS - WEAK_YES or w == "doit" for w in current)
            if chosen is None and parts and not (strong or said_no):
                # "sure. oh and the laptop is perfect": praise of what waits for no answer
                # says nothing of the waiting refunds; the yes before it stands
                current, after = [], word
                continue
            if strong or said_no or not (isinstance(chosen, set) and chosen):
                return None
            said_yes, said_no = False, True
        if not (said_yes or said_no) and DO in current and not asking:
            # "do the tv as well", "do both"
            said_yes = (isinstance(chosen, set) and bool(chosen)) or bool(DO_ALL & set(current))
        stated = said_yes or said_no
        agrees = True if said_yes else False if said_no else agrees
        if agrees is not None:
            every = any(w in ("all", "everything", "every", "each") for w in current)
            only = any(w in ("just", "only") for w in current)
            parts.append(
                _Part(agrees, chosen, every, "both" in current, stated, only, _adds(current))
            )
        current = []
        after = word
    return parts


def _named_out_of_order(
    text: str, offered: Sequence[ProposalRecord], owned: Sequence[Item]
) -> bool:
    """Whether the message named the offered cards in another order than they are listed (by
    order id): "refund the phone case and the watch" lists the watch first."""
    if len(offered) < 2 or not text:
        return False
    index = item_index(_index(offered, owned))
    ours = {r.order_id for r in offered}
    said: list[int] = []
    for clause in read_message(text, index.vocabulary).clauses:
        refs = clause.refs
        found = [*refs.ids, *(o for m in refs.mentions for o in index.match(m).order_ids)]
        said += [o for o in found if o in ours and o not in said]
    return said != sorted(said)


def _explains(
    words: list[str],
    offered: Sequence[ProposalRecord],
    owned: Sequence[Item],
    earlier: Sequence[ProposalRecord],
) -> bool:
    """ "..., ill get that repaired", "..., i found a use for it": words after a no that
    only say why. They agree to nothing, refuse nothing, ask for no act (no refund, no
    cancel, no question) and name none of the customer's orders, by words, id, number,
    place or price."""
    if any(w in NOT_EXPLAINING or w.isdigit() or ordinal(w) is not None for w in words):
        return False
    if any(_agrees(w) or w in NO_WORDS or w == DO for w in words):
        return False
    index = item_index(_index([*offered, *earlier], owned))
    for clause in read_message(" ".join(words), index.vocabulary).clauses:
        refs = clause.refs
        if clause.acts or clause.calls_off or clause.question or clause.excludes:
            return False
        if refs.ids or refs.bare or refs.prices or refs.every or refs.superlative is not None:
            return False
        if refs.excluded_mentions or any(index.match(m).order_ids for m in refs.mentions):
            return False
    return True


def _the_named(parts: list[_Part] | None, offered: Sequence[ProposalRecord]) -> list[_Part]:
    """The parts of an answer made only of names, when each names cards or all of them."""
    if not parts or any(p.chosen == set() and not (p.every or p.both) for p in parts):
        return []
    return _the_rest(parts, offered)


def _the_rest(parts: list[_Part], offered: Sequence[ProposalRecord]) -> list[_Part]:
    """The parts with "the other (one)" / "the rest" read as the refunds offered now that the
    other parts do not name ("yes for the watch, no for the other"): "the other" must be
    one, else it is asked about."""
    named = {i for p in parts if isinstance(p.chosen, set) for i in p.chosen}
    rest = {r.id for r in offered} - named
    for part in parts:
        if part.chosen in (OTHER_ONE, THE_REST):
            one = part.chosen == OTHER_ONE
            part.chosen = (AMBIGUOUS if one and len(rest) != 1 else set(rest)) if rest else None
    return parts


def _mixed(parts: list[_Part], offered: Sequence[ProposalRecord]) -> Answer:
    """ "yes for the helmet, no for the bottle": each side must name its own proposals. A
    no followed by "just" names the ones kept, which a later bare yes confirms ("not the
    kettle, just the pan. yes to that one")."""
    yes: set[str] = set()
    no: set[str] = set()
    kept: set[str] = set()
    every = False
    bare = False  # a yes that names nothing: "yes but not the case"
    for part in parts:
        if part.agrees and part.every and part.chosen == set():
            every = True  # "yes to everything but the watch"
        elif part.agrees and part.stated and part.chosen == set() and not part.both and not kept:
            bare = True
        elif not isinstance(part.chosen, set) or part.every or part.both:
            return OTHER
        elif not part.agrees and not part.stated and part.only and part.chosen:
            kept |= part.chosen  # "not the kettle, just the pan"
        elif part.agrees and not part.chosen and kept:
            yes |= kept  # "... yes to that one"
        elif not part.chosen:
            return OTHER
        else:
            (yes if part.agrees else no).update(part.chosen)
    if every:
        yes |= {r.id for r in offered} - no
    rest = {r.id for r in offered} - no - yes
    if bare and no and not yes:
        # "yes but not the case" to the watch's and the case's cards: the yes is the one
        # card the no leaves; with more left, which of them is not said
        if len(rest) != 1:
            return Answer("ask")
        yes = rest
    if yes & no or not yes:
        return OTHER
    return Answer(ProposalAction.CONFIRM, tuple(sorted(yes)), tuple(sorted(no)))


def _only_these(words: list[str], parts: list[_Part], offered: Sequence[ProposalRecord]) -> Answer:
    """ "no, just the watch": the others are cancelled and the watch still waits (it is not
    confirmed: the customer said no, not yes). Any other "no, the watch" is a correction for
    the model."""
    if not any(w in ("just", "only") for w in words):
        return OTHER
    named: set[str] = set()
    for part in parts:
        if part.chosen == AMBIGUOUS or part.chosen is None:
            return OTHER
        named |= set(part.chosen) if isinstance(part.chosen, set) else set()
    others = tuple(r.id for r in offered if r.id not in named)
    if not named or not others:
        return OTHER
    return Answer(ProposalAction.CANCEL, others)


# Words that make a question after a yes about the refund just agreed to, or take the yes
# back: such a message is no plain yes ("yes. is that the right one?", "yes. wait, which?").
DOUBTS = frozenset(
    {"it", "that", "this", "one", "ones", "them", "those", "right", "sure", "correct", "which",
     "wait", "actually", "instead", "but", "mean", "meant", "really", "hold", "rather"}
)  # fmt: skip

# Words that make what follows a no more than its explanation: another answer, a change of
# mind, a question, a pick by place, price, "all" or "the rest". Pronouns and prepositions
# of these sets are words any explanation uses ("i found a use for it").
NOT_EXPLAINING = (DOUBTS | REST_WORDS | BY_PRICE | JOINING) - {
    "it", "that", "this", "one", "ones", "them", "those", "to", "for", "of", "on", "my", "the",
    "with", "as",
}  # fmt: skip


def _yes_then_question(text: str, offered: Sequence[ProposalRecord]) -> str | None:
    """The yes of "yes. also when did I buy the tv?": a plain yes, a full stop, then a question
    about something else than the waiting refunds; None for any other message."""
    end = min((i for i in (text.find("."), text.find("!")) if i >= 0), default=-1)
    head, question = text[:end], text[end + 1 :].strip()
    if end < 0 or not question.endswith("?") or classify(head) != "yes":
        return None
    words = set(_words(question))
    if words & (YES_WORDS | NO_WORDS | DOUBTS | {"doit", "dont"}):
        return None
    index = item_index(tuple((r.order_id, r.item) for r in offered))  # built once per answer
    refs = [c.refs for c in read_message(question, index.vocabulary).clauses]
    named = {o for r in refs for m in r.mentions for o in index.match(m).order_ids}
    named |= {o for r in refs for o in (*r.ids, *r.bare)}
    if named & {r.order_id for r in offered}:
        return None  # a question about the refund agreed to: the model answers it first
    return head


# The answers that are nothing but the count of the waiting cards, each of which may end
# politely ("both please", "all of them thanks"); a closed set, so that "thanks all", "all
# good" or "that is all" (a goodbye, not a yes) never confirm a card.
COUNT_ANSWERS = frozenset(
    {("both",), ("both", "of", "them"), ("all",), ("all", "of", "them"), ("all", "three"),
     ("every", "one"), ("each", "one"), ("everything",), ("the", "lot")}
)  # fmt: skip
POLITE_ENDINGS = frozenset({"please", "pls", "plz", "thanks", "thank", "you", "thx"})


def _all_of_them(words: list[str]) -> bool:
    """ "both", "both of them", "all of them please": an answer of nothing but the count of
    the waiting cards (which read_answer holds to their number: "both" of three asks)."""
    end = len(words)
    while end and words[end - 1] in POLITE_ENDINGS:
        end -= 1
    return tuple(words[:end]) in COUNT_ANSWERS


def read_answer(
    text: str,
    offered: Sequence[ProposalRecord],
    *,
    alone: bool = True,
    earlier: Sequence[ProposalRecord] = (),
    owned: Sequence[Item] = (),
    proposed_from: str = "",
) -> Answer:
    """The customer's typed answer to the proposals their latest reply presents (in the
    order they are listed: by order id). `alone`: no other proposal was presented with them
    (one of a card of two, the other decided by its button, is not alone). `earlier`: the
    refunds still waiting from earlier replies; "yes to both" means one of them and the one
    offered now, when they are two in all. `owned`: the customer's orders (order id, item),
    which the names in the answer are read against. `proposed_from`: the customer's message
    the offered cards were proposed from; when it named them in another order than they are
    listed, "the first one" is asked about."""
    head = _yes_then_question(text, offered) if offered else None
    if head is not None:
        agreed = read_answer(
            head, offered, alone=alone, earlier=earlier, owned=owned, proposed_from=proposed_from
        )
        if agreed.kind != ProposalAction.CONFIRM:
            return OTHER  # a bare yes to several: the model answers, the cards wait
        return Answer(agreed.kind, agreed.ids, agreed.cancel, then_ask=True)
    if "?" in text:
        return OTHER  # "yes to the watch and the case?": a question is answered, not obeyed
    words = [w for w in _words(text) if w not in PART_BREAKS]
    if not offered or not words or len(words) > MAX_WORDS:
        return OTHER
    if classify(text) == "no":  # a plain "no" cancels them all
        return Answer(ProposalAction.CANCEL, tuple(r.id for r in offered))
    unclear = _named_out_of_order(proposed_from, offered, owned)
    parts = _parts(text, offered, owned, earlier, unclear)
    if parts is not None:
        parts = _the_rest(parts, offered)
    if parts and not any(p.agrees for p in parts):
        return _only_these(words, parts, offered)
    if not parts and (all(r.unnamed for r in offered) or _all_of_them(words)):
        # "Which ones should I refund?" - "both", "the watch": names alone answer it; and
        # "both" / "all of them" alone says yes to every waiting card it counts
        parts = _the_named(_parts(f"yes {text}", offered, owned, earlier, unclear), offered)
    if not parts:
        return OTHER
    if not all(p.agrees for p in parts):
        return _mixed(parts, offered)
    everyone = {r.id for r in offered}
    if len(offered) == 1 and len(earlier) == 1 and any(p.both for p in parts):
        offered = sorted([*offered, *earlier], key=lambda r: r.order_id)  # the two cards
        everyone = {r.id for r in offered}
    chosen: set[str] = set()
    bare = False  # a part that says yes and names nothing
    for part in parts:
        if part.chosen is None:
            return OTHER  # names more than the waiting proposals: the model reads it
        bare = bare or (part.chosen == set() and not (part.every or part.both))
        if part.every or (part.both and len(offered) == 2):
            chosen |= everyone
        elif part.chosen == AMBIGUOUS or part.both:
            return Answer("ask")
        else:
            chosen |= set(part.chosen)
    if bare and chosen and any(p.also for p in parts) and everyone - chosen:
        # "yes, and the watch too": the watch and the other one, when one other waits
        if len(everyone - chosen) != 1:
            return Answer("ask")
        chosen |= everyone
    if not chosen:
        single = offered[0]
        if len(offered) > 1 or single.not_included or single.unnamed or not alone:
            # A bare yes to several confirms none of them; nor does it confirm one proposed
            # from a message that spoke of other orders too ("the laptop is fine, but the
            # watch...").
            return Answer("ask")
        chosen = everyone
    # "yes, just the seeds": the ones not named are declined, not left waiting
    only = any(w in ("just", "only") for w in words)
    declined = tuple(r.id for r in offered if r.id not in chosen) if only else ()
    listed = [*offered, *(r for r in earlier if r not in offered)]
    confirmed = tuple(r.id for r in listed if r.id in chosen)
    return Answer(ProposalAction.CONFIRM, confirmed, declined)
