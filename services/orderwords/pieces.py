"""A message's tokens grouped into pieces (a cue phrase, or one word, number or mark), and the
pieces cut into clauses.

A clause ends at sentence marks and commas, at "but", "though", "then", at a reason
("because …"), a condition ("if …"), an exception ("except …"), a correction ("no wait"),
and at "and" when both sides say something of their own ("refund A and tell me about B";
not "refund A and B"). Each step is one pass over the pieces: linear in the message's length.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from services.orderwords.lexicon import Cue, match_cue
from services.orderwords.openers import (
    discourse_openers,
    praise_for_a_while,
    run_on,
    sensed_praise,
)
from services.orderwords.spelling import stem
from services.orderwords.tokens import Token
from services.orderwords.typos import fuzzy_cue, fuzzy_phrase
from services.orderwords.words import FUNCTION_WORDS, word_set

BOUNDARY_MARKS = frozenset(".!?;:()[]{}—–…,/|\n")
JOINING_MARKS = frozenset("-'.&")
# Cues that make a stretch of words say something by itself (a predicate).
PREDICATES = frozenset(
    {
        Cue.REFUND, Cue.RETURN, Cue.CANCEL, Cue.STATUS, Cue.LOOKUP, Cue.PRICE, Cue.LIST,
        Cue.APPROVE, Cue.ELIGIBLE, Cue.KEEP, Cue.LIKE, Cue.FAULT, Cue.UNWANTED, Cue.CONSENT,
        Cue.CALL_OFF, Cue.POLICY,
    }
)  # fmt: skip
# Cues that start a new clause of their own kind (the cue stays its first piece).
OPENERS = frozenset(
    {
        Cue.REASON, Cue.IF, Cue.IF_CONSENT, Cue.EXCEPT, Cue.INSTEAD_OF, Cue.CORRECTION,
        Cue.CORRECTION_ALONE, Cue.CALL_OFF, Cue.NEW_REASON,
    }
)  # fmt: skip
# A new clause starts at "it is …", "they're …" once the clause before said something.
SUBJECTS = frozenset({"it", "they", "it's", "they're", "its", "theyre"})
VERBS_AFTER_SUBJECT = word_set(
    """is are was were has have had keeps keep broke stopped arrived came doesn't don't didn't
    won't never just really r re seem seems look looks gone went"""
)


@dataclass(frozen=True)
class Vocabulary:
    """The customer's item words (stems and their everyday synonyms) and adjacent pairs of
    them ("phone case"): such words are items, even where a cue is spelt alike."""

    words: frozenset[str] = frozenset()
    pairs: frozenset[tuple[str, str]] = frozenset()


NO_VOCABULARY = Vocabulary()


@dataclass(slots=True)
class Piece:
    """A cue phrase, or one token with no cue (a word, number or mark). Its first token's
    facts are kept as fields: they are read many times."""

    cue: Cue | None
    tokens: tuple[Token, ...]
    start: int  # where the piece starts in the message
    end: int  # where it ends
    norm: str  # its first token as compared: lower case
    kind: str  # its first token's kind: word, number or mark
    content: bool  # a word that may name an item: no cue, not a function word
    item: bool = False  # a word of one of the customer's own items


def piece(
    cue: Cue | None, tokens: tuple[Token, ...], stemmed: str = "", item: bool = False
) -> Piece:
    """A piece of `tokens` (`stemmed`: the first token's stem, for a one-word piece)."""
    first = tokens[0]
    if first.kind != "word":  # a number or a mark: never an item's word
        return Piece(cue, tokens, first.start, tokens[-1].end, first.norm, first.kind, False)
    # A word whose stem is a function word is one when written otherwise too ("lots"), but
    # not when it is a word of the customer's own item ("the bits" of a Drill Bit Set).
    content = (
        cue is None
        and first.norm not in FUNCTION_WORDS
        and (item or (stemmed or stem(first.norm)) not in FUNCTION_WORDS)
    )
    return Piece(
        cue, tokens, first.start, tokens[-1].end, first.norm, first.kind, content, item and content
    )


@dataclass
class RawClause:
    """The pieces of one clause, and what opened it."""

    pieces: list[Piece] = field(default_factory=list)
    opener: Cue | None = None  # one of OPENERS: its piece is the clause's first
    joined: bool = False  # it started with "and", "also", "but" (cut off there)
    question: bool = False  # it ended with "?"
    after: str = ""  # the mark that ended the clause before it ("," "." "(" ...), if any


def to_pieces(tokens: list[Token], vocabulary: Vocabulary = NO_VOCABULARY) -> list[Piece]:
    """Group tokens into pieces, longest cue phrase first (a phrase with one word misspelt
    too); item words of the customer's own orders are never read as cues."""
    norms = [t.norm for t in tokens]
    stems = [stem(t.norm) if t.kind == "word" else t.norm for t in tokens]
    protected = frozenset(n for n, s in zip(norms, stems, strict=True) if s in vocabulary.words)
    pieces: list[Piece] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.kind == "word":
            nxt = stems[i + 1] if i + 1 < len(tokens) else ""
            if (stems[i], nxt) in vocabulary.pairs:
                pieces.append(piece(None, (token,), stems[i], item=True))
                pieces.append(piece(None, (tokens[i + 1],), stems[i + 1], item=True))
                i += 2
                continue
        found = match_cue(norms, i)
        if found is None and token.kind == "word":
            found = fuzzy_phrase(norms, i, protected)
        if found is not None:
            cue, length = found
            pieces.append(piece(cue, tuple(tokens[i : i + length])))
            i += length
            continue
        typo: Cue | None = None
        known = stems[i] in vocabulary.words
        if token.kind == "word" and not known:
            typo = fuzzy_cue(norms[i])
        pieces.append(piece(typo, (token,), stems[i], item=known))
        i += 1
    _sent_back(pieces)
    _adverbs(pieces)
    _nouns_after_articles(pieces, vocabulary)
    discourse_openers(pieces)
    sensed_praise(pieces)
    praise_for_a_while(pieces)
    return pieces


# Verbs of ours that are nouns too ("track my order" / "runs on the track", "ship it" / "a
# model ship"), and the words that say a noun follows.
VERB_NOUNS = frozenset({"track", "ship"})
ARTICLES = frozenset({"the", "a", "an", "this", "that", "its", "my"})
OWN_ARTICLES = frozenset({"the", "my"})


def _nouns_after_articles(pieces: list[Piece], vocabulary: Vocabulary) -> None:
    """ "the train doesn't run on the track": after an article the word is a thing, not the
    verb asking where an order is; between "the" or "my" and "one", or after them as a word
    of the customer's own item, a word is a thing's ("the complete one" beside a Complete
    Skateboard), not the cue spelt alike ("is it complete?")."""
    for k in range(1, len(pieces)):
        p = pieces[k]
        one_word = p.cue is not None and len(p.tokens) == 1 and p.kind == "word"
        if not one_word or pieces[k - 1].norm not in ARTICLES:
            continue
        own = stem(p.norm) in vocabulary.words
        # a word asking how an order stands ("complete", "pending"): never a rank ("priciest")
        the_x_one = k + 1 < len(pieces) and pieces[k + 1].norm == "one"
        the_x_one = the_x_one and p.cue in (Cue.STATUS, Cue.LOOKUP)
        if p.norm in VERB_NOUNS or (pieces[k - 1].norm in OWN_ARTICLES and (own or the_x_one)):
            p.cue, p.content = None, True  # it may name an item ("the Race Track Set")
            p.item = own


# Verbs that ask for money back with a "back" a few words after them ("send that back").
SENDING = word_set("send sending sent ship shipping mail post take taking bring bringing give")
BACK_SPAN = 4


def _sent_back(pieces: list[Piece]) -> None:
    """ "send that back", "take the cat tree back": the verb before "back" asks for a refund."""
    for k, p in enumerate(pieces):
        if p.norm != "back" or p.cue is not None:
            continue
        for j in range(k - 1, max(-1, k - 1 - BACK_SPAN), -1):
            verb = pieces[j]
            if verb.kind == "mark" or verb.cue in (Cue.REFUND, Cue.CALL_OFF):
                break
            # "ship it back": a sending verb read as a lookup ("did it ship?") sends it back
            if verb.cue in (None, Cue.LOOKUP) and verb.norm in SENDING:
                verb.cue, verb.content = Cue.REFUND, False
                p.content = False
                break


# Words after which "actually" says how a thing is, not that the customer corrects
# themselves: "it's not actually signed", "it is actually broken" (and after a call-off).
STATING = word_set("is are was were it's its they're theyre isn't aren't wasn't not never")


# "now the watch", "next the case": a message that goes on with the request before it.
GOING_ON = frozenset({"now", "next"})


def _when_it_happened(pieces: list[Piece], k: int) -> bool:
    """ "when I opened the box": a "when" before a subject and a verb in the past tense."""
    if pieces[k].norm != "when" or k + 2 >= len(pieces):
        return False
    subject, verb = pieces[k + 1], pieces[k + 2]
    return subject.norm in WHEN_SUBJECTS and verb.kind == "word" and verb.norm.endswith("ed")


# "noise cancelling", "echo-canceling": a cancel word after a noun describes a thing.
DESCRIBING_CANCEL = frozenset({"cancelling", "canceling"})
# Who may follow a "when" that joins two statements: "it slides down when i walk".
WHEN_SUBJECTS = word_set("i i'm im we you it it's its they they're he she")


def _adverbs(pieces: list[Piece]) -> None:
    """ "it's not actually signed": an "actually" inside a statement is no correction; "it
    slides down when i walk", "when I opened the box it was scratched": a "when" that joins
    two statements asks nothing; "now the watch": a message going on from the one before."""
    asked_at = max((k for k, p in enumerate(pieces) if p.norm == "?"), default=-1)
    if len(pieces) > 1 and pieces[0].norm in GOING_ON and pieces[1].norm in ("the", "my"):
        pieces[0].cue = Cue.FOLLOW_UP
    if pieces and _when_it_happened(pieces, 0) and asked_at < 0:
        pieces[0].cue = None
    for k in range(1, len(pieces)):
        p = pieces[k]
        if p.cue is Cue.LOOKUP and _when_it_happened(pieces, k) and asked_at < k:
            opens = pieces[k - 1].kind == "mark" and pieces[k - 1].norm in ".!;,"
            if opens:
                p.cue = None
                continue
        if p.cue is Cue.CANCEL and p.norm in DESCRIBING_CANCEL and pieces[k - 1].content:
            p.cue = None  # "the noise cancelling stopped working": what the thing does
            continue
        if p.cue is Cue.LOOKUP and p.norm == "when" and k + 1 < len(pieces):
            before, after = pieces[k - 1], pieces[k + 1]
            stated = before.content or before.cue is Cue.FAULT
            if stated and after.norm in WHEN_SUBJECTS:
                p.cue = None
        actually = p.cue is Cue.CORRECTION and p.norm == "actually" and len(p.tokens) == 1
        if actually and (pieces[k - 1].norm in STATING or pieces[k - 1].cue is Cue.CALL_OFF):
            # "hold off actually", "forget it actually": it stresses the calling off; what
            # follows is no replacement for the request called off
            p.cue = None


def _is_boundary_mark(pieces: list[Piece], i: int) -> bool:
    """A mark that ends a clause; "-" or "." inside a word ("t-shirt", "e.g") does not."""
    piece = pieces[i]
    if piece.kind != "mark" or piece.cue is not None:
        return False
    mark = piece.norm
    if mark == "," and 0 < i < len(pieces) - 1 and pieces[i - 1].kind == "number":
        nxt = pieces[i + 1]
        if nxt.kind == "number" or nxt.cue is Cue.ID_MARK:  # "orders 1, 2 and 5"
            return False
    if mark in JOINING_MARKS:
        before = i > 0 and pieces[i - 1].end == piece.start and pieces[i - 1].kind != "mark"
        after = (
            i + 1 < len(pieces)
            and pieces[i + 1].start == piece.end
            and pieces[i + 1].kind != "mark"
        )
        if before and after:
            return False
        return mark in "-."
    return mark in BOUNDARY_MARKS


def _segment_end(pieces: list[Piece], start: int, look: _Lookup) -> int:
    """Where the stretch of pieces from `start` meets the next boundary (mark or opener, or
    a "please" that ends a sentence)."""
    i = start
    while i < len(pieces):
        p = pieces[i]
        if _is_boundary_mark(pieces, i) or p.cue in OPENERS or p.cue is Cue.SPLIT:
            return i
        if _please_ends(pieces, start, i, look):
            return i + 1
        i += 1
    return i


# Words that close a request politely, and the words that open a sentence after them.
CLOSING_POLITELY = frozenset({"please", "pls", "plz", "plse"})
OPENING_A_SENTENCE = frozenset({"the", "my", "both", "it", "its", "they", "i", "we"})


@dataclass(frozen=True)
class _Lookup:
    """Where, from each position of a message's pieces, the nearest predicate stands before
    and after it, and the next mark or opener: computed once, front to back and back to
    front, so the questions the splitting asks at every piece cost O(1) and the reading
    stays linear in the message."""

    previous_predicate: list[int]  # at or before k; -1 if none
    next_predicate: list[int]  # at or after k; len(pieces) if none
    next_stop: list[int]  # the next mark or opener at or after k; len(pieces) if none

    @classmethod
    def of(cls, pieces: list[Piece]) -> _Lookup:
        n = len(pieces)
        previous, following, stop = [-1] * (n + 1), [n] * (n + 1), [n] * (n + 1)
        for k, p in enumerate(pieces):
            previous[k] = k if p.cue in PREDICATES else previous[k - 1]
        for k in range(n - 1, -1, -1):
            p = pieces[k]
            following[k] = k if p.cue in PREDICATES else following[k + 1]
            stop[k] = k if p.kind == "mark" or p.cue in OPENERS else stop[k + 1]
        return cls(previous, following, stop)


def _please_ends(pieces: list[Piece], start: int, i: int, look: _Lookup) -> bool:
    """ "refund the thread set and the pins please the thread snaps": a "please" after a
    request and its object, followed by words that open a sentence with a verb of their
    own, ends the request with no mark ("refund please the lamp" and "refund the lamp
    please" go on)."""
    if pieces[i].norm not in CLOSING_POLITELY or i + 1 >= len(pieces) or i == start:
        return False
    if pieces[i - 1].cue in PREDICATES or pieces[i + 1].norm not in OPENING_A_SENTENCE:
        return False
    if look.previous_predicate[i - 1] < start:  # no predicate between start and the please
        return False
    # a predicate after it, before any mark or opener (a piece that is both stops first)
    return look.next_predicate[i + 1] < look.next_stop[i + 1]


# Words that open a sentence of the customer's own: "..., we're moving house", never an item
# of a list.
SPEAKERS = word_set("i i'm im we we're we've you he she they they're")


def _speaker_next(pieces: list[Piece], i: int) -> bool:
    """ "except the chandelier, we're moving house": a person speaking opens the words after
    the comma, a sentence of its own, not one more item left out."""
    return i < len(pieces) and pieces[i].kind == "word" and pieces[i].norm in SPEAKERS


def split_clauses(pieces: list[Piece]) -> list[RawClause]:
    """Cut the pieces into clauses (empty ones dropped)."""
    clauses: list[RawClause] = [RawClause()]
    # Where the current stretch (since the last boundary) started, and whether its part so
    # far has a predicate: "and" cuts only between two predicates.
    look = _Lookup.of(pieces)
    segment_end = _segment_end(pieces, 0, look)
    next_predicate = look.next_predicate
    predicate_so_far = False
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        current = clauses[-1]
        if i >= segment_end:
            segment_end = _segment_end(pieces, i + 1, look)
        if _is_boundary_mark(pieces, i):
            if piece.norm == "?":
                current.question = True
            # "except the laptop, the tv and the watch": a list after "except" goes on past
            # its commas while no predicate comes before the next boundary
            listed = (
                piece.norm == ","
                and current.opener is Cue.EXCEPT
                and next_predicate[i + 1] >= _segment_end(pieces, i + 1, look)
                and not _speaker_next(pieces, i + 1)
            )
            clauses.append(RawClause(after=piece.norm, opener=Cue.EXCEPT if listed else None))
            predicate_so_far = False
            i += 1
            continue
        after = "" if current.pieces else current.after  # an empty clause passes its mark on
        if current.pieces and _please_ends(pieces, 0, i, look):
            current.pieces.append(piece)
            clauses.append(RawClause(after="."))  # "... please the thread snaps"
            predicate_so_far = False
            i += 1
            continue
        if piece.cue is Cue.SPLIT and not _all_but(current):
            clauses.append(RawClause(joined=True, after=after))
            predicate_so_far = False
            i += 1
            continue
        if piece.cue is Cue.SPLIT:  # "all but the case": an exception
            clauses.append(RawClause(opener=Cue.EXCEPT))
            i += 1
            continue
        if piece.cue in OPENERS:
            clauses.append(RawClause(pieces=[piece], opener=piece.cue, after=after))
            predicate_so_far = piece.cue in PREDICATES
            i += 1
            continue
        if piece.cue is Cue.AND and current.pieces and _two_rankings(pieces, i, segment_end):
            # "refund my newest and my oldest orders": two requests, one order each
            clauses.append(RawClause(joined=True))
            predicate_so_far = False
            i += 1
            continue
        if (
            piece.cue is Cue.AND
            and current.pieces
            and predicate_so_far
            and next_predicate[i + 1] < segment_end
        ):
            clauses.append(RawClause(joined=True))
            predicate_so_far = False
            i += 1
            continue
        if _so_then_request(pieces, i, next_predicate, segment_end) and current.pieces:
            # "the guy said its the battery not the alternator so yeah refund the battery":
            # "so" before a request opens it, a sentence of its own ("so" is dropped)
            clauses.append(RawClause())
            predicate_so_far = False
            i += 1
            continue
        if predicate_so_far and current.pieces and run_on(pieces, i):
            # "I don't want a refund for the laptop I want one for the watch", "the tv is
            # fine refund the phone case": a new sentence with no mark before it
            clauses.append(RawClause(pieces=[piece]))
            predicate_so_far = piece.cue in PREDICATES
            i += 1
            continue
        if (
            piece.cue is Cue.PRONOUN
            and piece.norm in SUBJECTS
            and predicate_so_far
            and current.pieces
            and _starts_statement(pieces, i)
        ):
            clauses.append(RawClause(pieces=[piece]))
            predicate_so_far = False
            i += 1
            continue
        if piece.cue is Cue.AND and not current.pieces:
            current.joined = True
            i += 1
            continue
        if piece.cue in PREDICATES:
            predicate_so_far = True
        current.pieces.append(piece)
        i += 1
    return _meaningful(clauses)


SO_REACH = 5  # "so can i get a refund": the request within a few pieces of "so"
MONEY_CUES = frozenset({Cue.REFUND, Cue.RETURN})


def _so_then_request(pieces: list[Piece], i: int, next_predicate: list[int], end: int) -> bool:
    """A "so" (no cue of its own) whose next predicate, before the next boundary and within a
    few pieces, asks for a refund: "... so yeah refund the battery", "so can i get a refund"."""
    piece = pieces[i]
    if piece.norm != "so" or piece.cue is not None:
        return False
    at = next_predicate[i + 1]
    return at < end and at - i <= SO_REACH and pieces[at].cue in MONEY_CUES


RANKINGS = frozenset({Cue.CHEAPEST, Cue.PRICIEST, Cue.NEWEST, Cue.OLDEST})


def _two_rankings(pieces: list[Piece], i: int, end: int) -> bool:
    """ "my newest and my oldest", "the cheapest and the priciest": a ranking right before
    the "and" at `i` and another right after its "my" / "the" (not "my newest and cheapest
    order", one order said two ways)."""
    before = pieces[i - 1] if i > 0 else None
    if before is None or before.cue not in RANKINGS or i + 2 >= min(end, len(pieces)):
        return False
    return pieces[i + 1].norm in ("my", "the") and pieces[i + 2].cue in RANKINGS


def _meaningful(clauses: list[RawClause]) -> list[RawClause]:
    """The clauses that say anything: a cue, a word that may name an item, or a number. One
    of only "a", "the", "hmm" is dropped, its mark passed on when stronger than a comma
    ("refund the pens. hmm, the lamp": "the lamp" starts a new sentence; "(she loves it),
    the tv": the bracket closed before the comma)."""
    kept: list[RawClause] = []
    after = ""
    for clause in clauses:
        if clause.after not in ("", ","):
            after = clause.after
        if any(p.cue is not None or p.content or p.kind == "number" for p in clause.pieces):
            clause.after = clause.after if after == "" else after
            kept.append(clause)
            after = ""
    return kept


def _starts_statement(pieces: list[Piece], i: int) -> bool:
    """ "they are rubbish", "it's broken": a subject pronoun opening a statement of its own."""
    if pieces[i].norm in ("it's", "they're", "theyre"):
        return True
    if i + 1 >= len(pieces):
        return False
    nxt = pieces[i + 1]
    if nxt.norm in VERBS_AFTER_SUBJECT or nxt.cue in (Cue.FAULT, Cue.QUESTION, Cue.KEEP):
        return True
    if nxt.kind != "word" or nxt.cue is not None or nxt.item or nxt.norm in FUNCTION_WORDS:
        return nxt.norm in STATING_VERBS
    # "refund the headphones they hiss": "they" is never an object, so a word after it is
    # its verb; "it" is ("refund it asap"), so only a verb's "-s" or "-ed" says it there
    # ("refund the lamp it buzzes", "it fizzed")
    return pieces[i].norm == "they" or (len(nxt.norm) > 3 and nxt.norm.endswith(VERB_ENDINGS))


# Verbs a statement may open with after "it" that are function words elsewhere.
STATING_VERBS = frozenset({"makes", "gives", "gets", "goes", "comes", "seems", "made", "gave"})
# How a verb after "it" ends: "it buzzes", "it hissed" (not "refund it asap").
VERB_ENDINGS = ("s", "ed")


def _all_but(clause: RawClause) -> bool:
    """True when the clause so far ends in "all"/"everything": "all but X" is an exception."""
    if not clause.pieces:
        return False
    last = clause.pieces[-1]
    return last.cue is Cue.EVERY or last.norm in ("nothing", "none")  # "nothing but the case"
