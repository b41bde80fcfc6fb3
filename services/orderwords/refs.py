"""What one clause says about which orders it means: order ids ("order 2", "#2", "order
three"), prices ("the $89 one"), price limits ("over $1000"), purchase dates ("yesterday",
"3 days ago"), "everything", "both", "it", "the other one", ordinals ("the second one"),
superlatives ("the cheapest") and the words that may name items.

Pure text work in one pass over the clause's pieces; the customer's orders give these
references their meaning later (catalogue.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from services.orderwords.lexicon import Cue
from services.orderwords.numbers import (
    MONTHS,
    NUMBER_STARTS,
    QUANTITY_UNITS,
    Date,
    date_at,
    ids_after_mark,
    integer,
    price_at,
    within,
)
from services.orderwords.pieces import Piece
from services.orderwords.quantifiers import COMPARATIVES, MOSTS, POSITIVES, all_as_adverb
from services.orderwords.spelling import ORDINAL_WORDS, is_plural, ordinal, stem, unique

ORDER_NOUNS = frozenset({"order", "orders", "purchase", "purchases", "item", "items"})
# Nouns that say nothing of an item's kind: "the tennis thing", "the baby one".
GENERIC_NOUNS = frozenset({"thing", "things", "one", "ones", "stuff", *ORDER_NOUNS})
# Nouns after which a few words may say what the thing is for: "the thing on my wrist", "the
# stuff for my eyes", "the one that makes coffee", "something for my ears".
USE_NOUNS = frozenset({"thing", "things", "one", "ones", "stuff", "item", "items", "something"})
USE_SPAN = 6  # how many pieces after such a noun its use may be said in
# Words a calendar date may start with: a month, or a day written as an ordinal ("22nd").
DATE_STARTS = frozenset(MONTHS) | frozenset(
    f"{n}{s}" for n in range(1, 32) for s in ("st", "nd", "rd", "th")
)
# The most orders "my N cheapest", "the last N" counts: more is a list to ask about.
MOST_COUNTED = 20


def _counted(pieces: list[Piece], i: int) -> tuple[int, int] | None:
    """ "two" or "2" at pieces[i] counting orders from one end ("my 2 cheapest", "the last
    two orders"): (count, pieces used) when 2 <= count <= MOST_COUNTED."""
    found = integer(pieces, i) if i < len(pieces) else None
    if found is None or not 2 <= found[0] <= MOST_COUNTED:
        return None
    return found


NEIGHBOURS = {"before": -1, "after": 1}
RANK_STEPS = frozenset({"down", "up", "lower", "higher", "below"})


def _relative(pieces: list[Piece], i: int) -> tuple[str, int] | None:
    """ "the one before that" / "the order after it" at pieces[i] ("before", after a noun
    for an order): ("neighbour", pieces used); "the next one (down)": ("next", pieces used)."""
    norm = pieces[i].norm
    if norm in NEIGHBOURS:
        follows = i + 1 < len(pieces) and pieces[i + 1].cue in (Cue.DEMONSTRATIVE, Cue.PRONOUN)
        if follows and i > 0 and pieces[i - 1].norm in GENERIC_NOUNS:
            return "neighbour", 2
        return None
    if norm == "next" and i + 1 < len(pieces) and pieces[i + 1].norm in GENERIC_NOUNS:
        down = i + 2 < len(pieces) and pieces[i + 2].norm in RANK_STEPS
        return "next", 3 if down else 2
    return None


# Negations of a noun phrase: the item after them is left out. A negated verb ("doesn't heat
# up", "won't close", "never used it") leaves nothing out.
NOUN_NEGATORS = frozenset({"not", "no", "without", "nor", "neither", "none", "none of"})
# The verbs after which a "not" says how a thing is ("the jacket is not waterproof").
COPULAS = frozenset({"is", "are", "was", "were"})


# Subjects whose next word is a verb ("every time i tune", "when we walk"), never an item's.
SUBJECT_WORDS = frozenset({"i", "we", "you", "he", "she", "i'd", "we'd", "i'll", "we'll"})
ADVERBS_BEFORE_VERB = frozenset({"just", "really", "only", "also", "still", "always", "even"})
# Verbs after which "no" says what a thing lacks: "it has no sound", "came with no manual".
HAVING = frozenset(
    {"has", "have", "had", "with", "got", "gets", "came", "comes", "makes", "gives", "shows"}
)


class Superlative(StrEnum):
    """Which end of the customer's orders a superlative picks."""

    CHEAPEST = "cheapest"
    PRICIEST = "priciest"
    NEWEST = "newest"
    OLDEST = "oldest"


SUPERLATIVES = {
    Cue.CHEAPEST: Superlative.CHEAPEST,
    Cue.PRICIEST: Superlative.PRICIEST,
    Cue.NEWEST: Superlative.NEWEST,
    Cue.OLDEST: Superlative.OLDEST,
}


@dataclass(frozen=True)
class Mention:
    """Consecutive words that may name one item ("my phone case" → ("phone", "case"))."""

    words: tuple[str, ...]  # stemmed, lower case
    indefinite: bool = False  # after "a" / "an": "tell me a joke" names no order of theirs
    plurals: frozenset[int] = frozenset()  # which of the words were written in the plural
    generic: bool = False  # followed by "thing", "one", "stuff": "the tennis thing"
    # Says what a thing is for: "the ear thing", "the thing on my wrist" (items.py).
    by_use: bool = False
    # After a verb or a preposition, and "my" or "the": "doesn't fit my car", "stays on the
    # car", what an item is used with; it may be a thing of the customer's own (items.py).
    used_with: bool = False
    # Listed after another mention with "and" / "or" ("the controller and the dock"): the two
    # name different things.
    listed: bool = False


@dataclass(frozen=True)
class PriceLimit:
    """ "over $1000" (above=True) or "under $100"."""

    above: bool
    amount: Decimal


@dataclass(slots=True)
class Refs:
    """The order references of one clause."""

    ids: tuple[int, ...] = ()  # marked: "order 2", "#2", "order two"
    bare: tuple[int, ...] = ()  # unmarked whole numbers: ids only as an answer to "which?"
    prices: tuple[Decimal, ...] = ()
    limit: PriceLimit | None = None
    days_ago: tuple[int, ...] = ()
    # "last week", "a week ago": weeks back, each said of any day of that week (orders.py)
    weeks_ago: tuple[int, ...] = ()
    dates: tuple[Date, ...] = ()  # "Nov 22", "2026-11-22": (month, day, year or None)
    within_days: int | None = None  # "in the last 3 days", "this week"
    every: bool = False
    both: bool = False
    pronoun: bool = False  # it, them, that one
    # Its pointing words are all singular ("it", "that one", "this"): one order, never two
    # ("them", "those", "both" point at every order they stand for).
    singular: bool = False
    demonstrative: bool = False  # a bare "that"/"this"
    other: bool = False  # the other one, the rest
    rest: bool = False  # "the rest", "the others": every order the message did not name
    ordinal: int | None = None  # the second one → 2; the last one → -1
    ordinal_of_orders: bool = False  # "my second order": counted by date, not by a list
    # "the first one i asked about", "the one we talked about last": counted over the orders
    # the conversation named, in the order it named them, not over the last reply's list
    ordinal_of_mentioned: bool = False
    superlative: Superlative | None = None
    count: int = 1  # how many from the end a superlative or "last"/"first" takes: "my two cheapest"
    # Counted from the order talked about: "the one before that" (-1: bought before it),
    # "the one after it" (1); "the next one down" (1: the next of the ranking that named it).
    neighbour: int = 0
    next_in_rank: bool = False
    comparative: bool = False  # "the cheaper one": of two the conversation named
    mentions: tuple[Mention, ...] = ()
    either: bool = False  # "the watch or the headphones"
    one_of: bool = False  # "one of them": one of the orders before, not saying which
    # Named right after a "not": "refund not the laptop but the tv".
    excluded_ids: tuple[int, ...] = ()
    excluded_mentions: tuple[Mention, ...] = ()
    purchase_dated: bool = False  # its dates are when it was bought: "the thing I got yesterday"
    own: bool = False  # an item said to be the customer's: "my aquarium", "the one I got"

    @property
    def explicit(self) -> bool:
        """Names orders by itself: ids, items, prices, dates, everything, a superlative."""
        return bool(
            self.ids
            or self.mentions
            or self.prices
            or self.days_ago
            or self.weeks_ago
            or self.dates
            or self.within_days is not None
            or self.every
            or self.superlative
            or self.limit
        )

    @property
    def contextual(self) -> bool:
        """Names orders only through the conversation: it, the other one, the second one."""
        return bool(
            self.pronoun
            or self.other
            or self.ordinal is not None
            or self.both
            or self.neighbour
            or self.next_in_rank
        )

    @property
    def any(self) -> bool:
        """Names anything at all, directly or through the conversation."""
        return self.explicit or self.contextual or bool(self.bare)


# The first words of pronouns that point at one thing ("it", "that one", "this one", "the same
# one"); "them", "they", "those", "these" point at several.
SINGULAR_POINTERS = frozenset({"it", "its", "it's", "that", "this", "the"})
# Pronouns that a cue phrase may hold ("send it back", "send this back").
POINTERS_IN_PHRASES = frozenset({"it", "them", "this", "that", "these", "those"})
# "the rest", "the others", "the remaining": every order but those the message named.
REST_WORDS = frozenset({"rest", "others", "remaining"})
REF_CUES = frozenset(
    {
        Cue.ID_MARK, Cue.CURRENCY_WORD, Cue.OVER, Cue.UNDER, Cue.YESTERDAY, Cue.DAY_BEFORE,
        Cue.TODAY, Cue.WEEK_AGO, Cue.DAYS_AGO, Cue.EVERY, Cue.BOTH, Cue.PRONOUN,
        Cue.DEMONSTRATIVE, Cue.OTHER, Cue.NEGATION, Cue.OR, Cue.LIST, Cue.ONE_OF, *SUPERLATIVES,
    }
)  # fmt: skip
NO_REFS = Refs()


def _may_refer(piece: Piece) -> bool:
    """Whether a piece can be (part of) an order reference at all."""
    return (
        piece.content
        or piece.kind == "number"
        or piece.cue in REF_CUES
        or (len(piece.tokens) > 1 and piece.tokens[1].norm in POINTERS_IN_PHRASES)
        or (piece.kind == "word" and ordinal(piece.norm) is not None)
    )


def _use_span(piece: Piece, left: int) -> int:
    """How many pieces after "the thing" may still say what it is for, from this one on: a
    use noun opens the span ("the thing", "that one"); a mark or a cue other than "that"
    ("the thing that makes coffee") closes it ("the thing on my wrist stopped ...")."""
    if piece.tokens[-1].norm in USE_NOUNS and not piece.content:
        return USE_SPAN
    if not left:
        return 0
    if piece.kind == "mark" and piece.norm not in "-'":
        return 0
    return 0 if piece.cue is not None and piece.cue is not Cue.DEMONSTRATIVE else left - 1


BUYING = frozenset({"bought", "ordered", "purchased", "got"})


def _negated_verb(piece: Piece) -> bool:
    """ "not turning on", "not charging": a verb after "not", no word of the customer's items
    ("not the fishing line" leaves the line out)."""
    return piece.content and not piece.item and len(piece.norm) > 4 and piece.norm.endswith("ing")


# Prepositions that say what a thing is used with: "on the car", "in my truck", "for my tv".
USED_WITH_PREPOSITIONS = frozenset({"on", "in", "into", "onto", "to", "with", "for", "from"})
POSSESSIVES = frozenset({"my", "our"})
SAID_OF_A_THING = frozenset({Cue.FAULT, Cue.KEEP, Cue.PRONOUN})


def _used_with(pieces: list[Piece], i: int) -> bool:
    """Whether the words starting at pieces[i] follow a verb with "my" ("doesn't fit my
    car", "scratched my phone") or a preposition with "my" or "the" ("staying on the car",
    "for my truck"): the object of what the clause says, not a request's ("refund my car
    battery", "a refund for the fog bulb": the preposition of a refund cue says which
    order)."""
    if i < 2 or pieces[i - 1].norm not in POSSESSIVES | {"the"}:
        return False
    before = pieces[i - 2]
    if before.norm in USED_WITH_PREPOSITIONS and before.cue is None:
        # after a thing ("the bulb in my car", "put it in my car") or what is said of it
        # ("staying on the car"); never after a cue of what is asked ("a refund for the fog
        # bulb", "my order for the yoga mat", "what did i pay for the amp")
        said = pieces[i - 3] if i >= 3 else None
        return said is not None and (said.content or said.cue in SAID_OF_A_THING)
    # a verb no cue reads ("fits my car"), or a fault done to it ("doesn't fit my car",
    # "scratched my phone"); never "keep my pendant", "refund my pendant"
    verb = (before.cue is None and before.content) or before.cue is Cue.FAULT
    return verb and before.kind == "word" and not before.item and pieces[i - 1].norm in POSSESSIVES


# A whole number of at least this many digits right after a refund verb is an order id.
MIN_ID_DIGITS = 3
REQUEST_CUES = frozenset({Cue.REFUND, Cue.RETURN, Cue.CANCEL})


def _id_after_verb(pieces: list[Piece], i: int, after: int) -> bool:
    """ "refund 12016", "refund 12016, the 50mm lens": a number of several digits that is the
    refund verb's object, with nothing after it in its clause, names an order by its id ("refund
    5" stays a bare number: a count or an id, asked about)."""
    piece = pieces[i]
    if i == 0 or piece.kind != "number" or len(piece.norm) < MIN_ID_DIGITS:
        return False
    if not piece.norm.isdigit() or pieces[i - 1].cue not in REQUEST_CUES:
        return False
    return after >= len(pieces) or pieces[after].kind == "mark"


def _bought_along(pieces: list[Piece], i: int) -> bool:
    """ "i ordered along with my laptop": an "along with" right after a purchase verb."""
    return pieces[i].tokens[0].norm == "along" and i > 0 and pieces[i - 1].norm in BUYING


def _buying(piece: Piece) -> bool:
    """ "what I bought", "everything I ordered": a list phrase that says when, by buying."""
    return any(t.norm in BUYING for t in piece.tokens)


def _counts_ranked(pieces: list[Piece], i: int) -> bool:
    """ "the two cheapest": "the two" right before a superlative counts."""
    after = pieces[i + 1] if i + 1 < len(pieces) else None
    words = tuple(t.norm for t in pieces[i].tokens)
    return words == ("the", "two") and after is not None and after.cue in SUPERLATIVES


# Cues of a day that, written as a possessive, date a purchase ("yesterday's one").
DAY_CUES = frozenset({Cue.YESTERDAY, Cue.TODAY, Cue.WEEK_AGO})

# Verbs after "i"/"we" that say the customer named an order earlier ("the one i asked about").
MENTIONING = frozenset({"asked", "mentioned", "talked", "named", "brought", "said", "spoke"})


def _mentioned_by_customer(pieces: list[Piece]) -> bool:
    """The clause says "i asked about" / "we talked about": an order the customer named."""
    return any(
        pieces[i].norm in ("i", "we") and pieces[i + 1].norm in MENTIONING
        for i in range(len(pieces) - 1)
    )


# Words before "first" that make it count ("the first", "my first order", "your first one").
COUNTING_FIRST = frozenset({"the", "my", "your", "our", "this", "that", "very"})


def _first_as_adverb(pieces: list[Piece], i: int) -> bool:
    """ "let me check the fuse on the power strip first", "i'll try a reset first": a
    "first" ending what it says, after words naming no "one", with no article before it and
    no noun after it, says "before anything else"; "the first one", "my first order", "first
    order", "first" alone (an answer) and "the one i asked about first" count."""
    if pieces[i].norm != "first" or i == 0 or pieces[i - 1].norm in COUNTING_FIRST:
        return False
    if any(p.norm in ("one", "ones") for p in pieces[:i]):
        return False
    after = pieces[i + 1] if i + 1 < len(pieces) else None
    return after is None or after.kind == "mark" or (after.cue is not None and not after.content)


def _named_ordinal(pieces: list[Piece], i: int) -> bool:
    """ "the signed first edition": an ordinal that is a word of one of the customer's items,
    inside the name (another of its words after it), names the item, counts nothing."""
    if not pieces[i].item or i + 1 >= len(pieces):
        return False
    after = pieces[i + 1]
    return after.item and after.norm not in GENERIC_NOUNS


def _plain_amount(pieces: list[Piece], i: int) -> tuple[Decimal, int] | None:
    """A limit's amount written as a plain number ("orders under 400"): digits ending the
    phrase (a mark, a joining word or the message's end after them), never a count of days
    or things ("under 2 years old", "more than 3 orders")."""
    piece = pieces[i]
    if piece.kind != "number" or piece.cue is not None or piece.tokens[0].integer is None:
        return None
    after = pieces[i + 1] if i + 1 < len(pieces) else None
    if after is not None and after.kind != "mark" and after.cue not in AMOUNT_ENDS:
        return None
    return Decimal(piece.tokens[0].integer), 1


# The last words of a phrase of paying: a plain number right after them is an amount.
PAYING = frozenset({"paid", "cost", "costs"})


def _paid_amount(pieces: list[Piece], i: int) -> Decimal | None:
    """ "the dice set i paid 17 for", "the one that cost 99": a plain number right after
    the words of paying is what was paid, never an order id."""
    piece = pieces[i]
    if piece.kind != "number" or i == 0 or pieces[i - 1].cue is not Cue.PRICE:
        return None
    if pieces[i - 1].tokens[-1].norm not in PAYING:
        return None
    value = piece.tokens[0].value
    return value if isinstance(value, Decimal) else None


# The verbs of buying a week's phrase may start with ("got last week").
BUYING = frozenset({"got", "get", "bought", "ordered", "purchased"})

# What may follow a limit's plain amount: "under 400 except the headphones", "over 50 and".
AMOUNT_ENDS = frozenset({Cue.EXCEPT, Cue.AND, Cue.OR, Cue.SPLIT, Cue.REASON, Cue.INSTEAD_OF})


def read_refs(pieces: list[Piece]) -> Refs:
    """Every order reference in a clause's pieces."""
    if not any(_may_refer(p) for p in pieces):
        return NO_REFS
    ids: list[int] = []
    bare: list[int] = []
    prices: list[Decimal] = []
    days: list[int] = []
    weeks: list[int] = []
    dates: list[Date] = []
    limit: PriceLimit | None = None
    span_days: int | None = None
    flags: set[str] = set()
    order_nth: int | None = None
    of_orders = False
    superlative: Superlative | None = None
    count = 1
    neighbour, next_in_rank = 0, False
    comparative = False
    mentions: list[Mention] = []
    words: list[str] = []
    excluded_ids: list[int] = []
    excluded_mentions: list[Mention] = []
    negating = False  # a "not" waits for the next order reference
    joiners_between = 0
    listing = False  # an "and" / "or" right after a mention: the next one is listed with it
    # "bought", and "what I bought" too: its dates are when the thing was bought
    bought = any(p.cue is Cue.BOUGHT or (p.cue is Cue.LIST and _buying(p)) for p in pieces)
    # "the one i got last week": the week of the purchase, read as one phrase
    bought_weeks = any(p.cue is Cue.WEEK_AGO and p.tokens[0].norm in BUYING for p in pieces)
    # "yesterday's one", "last weeks order": a day's possessive dates the purchase
    bought = bought or any(p.cue in DAY_CUES and p.norm.endswith("s") for p in pieces)
    indefinite = yours = False  # the words follow "a" / "an", or "your"
    plurals: set[int] = set()  # positions in `words` written in the plural
    own = bought
    i = 0
    use_left = 0  # pieces left after "the thing" for what it is for ("on my wrist")
    by_use = False  # the words so far say what a thing is for
    verb_next = False  # after "i", "we": the next word is a verb, no item's
    used_with = False  # the words so far follow a verb or preposition and "my" / "the"
    companion = False  # the words so far follow "bought along with": another purchase
    while i < len(pieces):
        piece, cue = pieces[i], pieces[i].cue
        use_left = _use_span(piece, use_left)
        if piece.content and verb_next and not words:
            verb_next = False  # "every time i tune": the word after "i" is its verb
            i += 1
            continue
        verb_next = (cue is None and piece.norm in SUBJECT_WORDS) or (
            verb_next and piece.norm in ADVERBS_BEFORE_VERB
        )  # "i just tuned": an adverb may stand between
        dated = date_at(pieces, i) if piece.norm in DATE_STARTS or piece.kind == "number" else None
        if dated is not None:  # "Nov 22", "22nd of November", "2026-11-22"
            if words:
                (excluded_mentions if negating else mentions).append(
                    Mention(
                        tuple(words),
                        indefinite,
                        frozenset(plurals),
                        by_use=by_use,
                        used_with=used_with,
                    )
                )
                words, negating = [], False
                plurals.clear()
            dates.append(dated[0])
            i += dated[1]
            continue
        step = _relative(pieces, i) if piece.norm in ("before", "after", "next") else None
        if step is not None:
            if step[0] == "neighbour":
                neighbour = NEIGHBOURS[piece.norm]
            else:
                next_in_rank = True
            i += step[1]
            continue
        if negating and not words and _negated_verb(piece):
            negating = False  # "two bulb not turning on": a verb is negated, no item left out
            i += 1
            continue
        if piece.content and (
            _named_ordinal(pieces, i)
            or (
                piece.norm not in NUMBER_STARTS
                and piece.norm not in ORDINAL_WORDS
                and ordinal(piece.norm) is None
            )
        ):
            if not yours:  # "your name", "your store": never one of the customer's orders
                by_use = by_use if words else use_left > 0
                used_with = used_with if words else _used_with(pieces, i)
                if is_plural(piece.norm):
                    plurals.add(len(words))
                words.append(stem(piece.norm))
            i += 1
            continue
        if words and not (piece.kind == "mark" and piece.norm in "-'"):
            generic = piece.norm in GENERIC_NOUNS
            mention = Mention(
                tuple(words), indefinite, frozenset(plurals), generic, by_use or generic,
                used_with, listing,
            )  # fmt: skip
            if not companion:
                (excluded_mentions if negating else mentions).append(mention)
            words, negating, listing, companion = [], False, False, False
            plurals.clear()
        if cue is Cue.AND and _bought_along(pieces, i):
            # "the phone case i ordered along with my laptop is the wrong size": what it was
            # bought with is not what the clause speaks of
            companion = True
        elif cue in (Cue.AND, Cue.OR):
            listing = bool(mentions) and not words
        elif piece.cue is not None or piece.kind == "number":
            listing = False  # "the tv and order 4", "the tree and loves the bed": no list
        if not (piece.kind == "mark" and piece.norm in "-'"):
            indefinite, yours = piece.norm in ("a", "an"), piece.norm == "your"
            own = own or piece.norm in ("my", "our")
        if piece.kind == "mark" and cue is None:  # "," "(": nothing to read in it
            i += 1
            continue
        if cue is Cue.NEGATION:
            # "not the tv", "no refund for the tv"; "doesn't heat up" negates a verb, no item,
            # and so does "has no sound", "came with no charger": what a thing lacks
            lacks = i > 0 and pieces[i - 1].norm in HAVING
            # "the waterproof jacket is not waterproof": said of the thing named before it
            lacks = lacks or (i > 0 and pieces[i - 1].norm in COPULAS and bool(mentions))
            negating = negating or (piece.norm in NOUN_NEGATORS and not lacks)
            i += 1
            continue
        if cue is Cue.ID_MARK and (found := ids_after_mark(pieces, i))[0]:
            (excluded_ids if negating else ids).extend(found[0])
            negating = False
            i = found[1]
            continue
        if cue in (Cue.OVER, Cue.UNDER) and i + 1 < len(pieces):
            priced = price_at(pieces, i + 1) or _plain_amount(pieces, i + 1)
            if priced is not None:
                limit = PriceLimit(cue is Cue.OVER, priced[0])
                i += 1 + priced[1]
                continue
        priced = price_at(pieces, i)
        if priced is not None:
            prices.append(priced[0])
            i += priced[1]
            continue
        paid = _paid_amount(pieces, i)
        if paid is not None:
            prices.append(paid)
            i += 1
            continue
        number = integer(pieces, i) if piece.cue is not Cue.ONE_OF else None
        if number is not None:
            after = i + number[1]
            if after < len(pieces) and pieces[after].cue in SUPERLATIVES:
                counted = _counted(pieces, i)  # "my two cheapest things"
                count = counted[0] if counted is not None else count
                i = after
                continue
            if after < len(pieces) and pieces[after].cue is Cue.DAYS_AGO:
                days.append(number[0])
                i = after + 1
                continue
            unit = pieces[after].norm if after < len(pieces) else ""
            if _id_after_verb(pieces, i, after):  # "refund 12016, the lens": an order id
                (excluded_ids if negating else ids).append(number[0])
            elif piece.kind == "number" and unit not in QUANTITY_UNITS:  # not "3 days"
                bare.append(number[0])
            i += number[1]
            continue
        span = within(pieces, i)
        if span is not None:
            span_days, i = span
            continue
        nth = ordinal(piece.norm) if cue is None and piece.kind == "word" else None
        if nth is not None and _first_as_adverb(pieces, i):
            i += 1  # "let me check the fuse first": before anything else, no order counted
            continue
        if nth is not None:
            order_nth = nth
            counted = _counted(pieces, i + 1) if nth in (1, -1) else None
            skip = counted[1] if counted is not None else 0  # "the last two orders"
            count = counted[0] if counted is not None else count
            following = pieces[i + 1 + skip].norm if i + 1 + skip < len(pieces) else ""
            # "my second order", "the last two orders"; "the first thing I bought"
            of_orders = following in ORDER_NOUNS or (skip > 0 and (bought or own))
            of_orders = of_orders or (following in GENERIC_NOUNS and bought)
            i += 1 + skip
            continue
        if cue is Cue.YESTERDAY:
            days.append(1)
        elif cue is Cue.DAY_BEFORE:
            days.append(2)
        elif cue is Cue.WEEK_AGO:
            weeks.append(1)
        elif cue is Cue.TODAY and bought:
            days.append(0)
        elif cue in SUPERLATIVES:
            superlative = SUPERLATIVES[cue]
            words_of = {t.norm for t in piece.tokens}
            comparative = comparative or bool(words_of & COMPARATIVES)  # "the cheaper one"
            # "the expensive one": of the ones talked about, like "the pricier one"; only
            # "most expensive" ranks all the customer's orders
            comparative = comparative or bool(words_of & POSITIVES and not words_of & MOSTS)
        elif cue is Cue.EVERY and all_as_adverb(pieces, i):
            pass  # "the screen is all black", "it's all scratched": no order meant
        elif cue is Cue.EVERY or (cue is Cue.LIST and piece.norm in ("everything", "all")):
            flags.add("every")  # "everything", and "everything I bought" too
        elif cue is Cue.BOTH and _counts_ranked(pieces, i):
            count = 2  # "the two cheapest things": a count, not "both"
        elif cue is Cue.BOTH:
            flags.update(("both", "several"))
        elif cue is Cue.PRONOUN:
            flags.add("pronoun")
            flags.add("one" if piece.norm in SINGULAR_POINTERS else "several")
        elif cue is Cue.ONE_OF:
            flags.update(("pronoun", "one_of"))
        elif cue is Cue.DEMONSTRATIVE:
            flags.add("demonstrative")
            flags.add("one")
        elif cue is Cue.OTHER:
            flags.add("other")
            if {t.norm for t in piece.tokens} & REST_WORDS:
                flags.add("rest")
        elif cue in (Cue.REFUND, Cue.RETURN) and len(piece.tokens) > 1:
            # "send it back", "send them back": the pronoun inside the phrase points
            pointers = {t.norm for t in piece.tokens} & POINTERS_IN_PHRASES
            if pointers:
                flags.add("pronoun")
                flags.add("one" if pointers & SINGULAR_POINTERS else "several")
        elif cue is Cue.OR and (mentions or ids):
            joiners_between += 1
        i += 1
    if words and not companion:
        mention = Mention(
            tuple(words),
            indefinite,
            frozenset(plurals),
            by_use=by_use,
            used_with=used_with,
            listed=listing,
        )
        (excluded_mentions if negating else mentions).append(mention)
    either = joiners_between > 0 and len(mentions) + len(ids) >= 2
    return Refs(
        ids=unique(ids),
        bare=unique(bare),
        prices=tuple(prices),
        limit=limit,
        days_ago=unique(days),
        weeks_ago=unique(weeks),
        dates=tuple(dict.fromkeys(dates)),
        within_days=span_days,
        every="every" in flags,
        both="both" in flags,
        pronoun="pronoun" in flags,
        singular="one" in flags and "several" not in flags,
        one_of="one_of" in flags,
        demonstrative="demonstrative" in flags,
        other="other" in flags,
        rest="rest" in flags,
        ordinal=order_nth,
        ordinal_of_orders=of_orders,
        ordinal_of_mentioned=order_nth is not None and _mentioned_by_customer(pieces),
        superlative=superlative,
        count=count,
        neighbour=neighbour,
        next_in_rank=next_in_rank,
        comparative=comparative,
        mentions=tuple(dict.fromkeys(mentions)),
        either=either,
        excluded_ids=unique(excluded_ids),
        excluded_mentions=tuple(dict.fromkeys(excluded_mentions)),
        purchase_dated=(bought or bought_weeks)
        and bool(days or weeks or dates or span_days is not None),
        own=own and bool(mentions),
    )
