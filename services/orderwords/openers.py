"""Where a customer's sentence opens, read from its words when no mark says it: "I want ..."
and a refund verb after a statement ("the tv is fine refund the case") start a new sentence,
and an "ok" that opens one is no praise ("ok and the watch, refund that one"), nor is a
"like" that fills or compares ("off by like 3mm", "looks like new"); "smells" before praise
("smells lovely") is no fault, nor praise for a while ("fine for two days") a keep."""

from __future__ import annotations

from typing import TYPE_CHECKING

from services.orderwords.lexicon import Cue

if TYPE_CHECKING:  # pieces.py calls these with its pieces
    from services.orderwords.pieces import Piece

# "I want ...", "I need ...": a customer's new sentence, even with no mark before it.
WANTING = frozenset({"want", "need", "would", "wanna", "wish"})

# "ok", "alright", "great" opening a sentence that goes on ("ok and the watch, refund that
# one"): a way of starting, not praise of what follows.
DISCOURSE_OPENERS = frozenset({"ok", "okay", "alright", "great", "good", "perfect", "fine"})
SENTENCE_ENDS = frozenset(".!?;")


def discourse_openers(pieces: list[Piece]) -> None:
    """Take the keep cue off an "ok" that opens a sentence followed by more words (in place)."""
    for i, p in enumerate(pieces):
        if p.cue is not Cue.KEEP or p.norm not in DISCOURSE_OPENERS or len(p.tokens) != 1:
            continue
        opens = i == 0 or pieces[i - 1].norm in SENTENCE_ENDS
        nxt = pieces[i + 1] if i + 2 < len(pieces) else None  # a sentence that goes on
        if opens and nxt is not None and nxt.kind != "mark" and nxt.cue is not Cue.KEEP:
            p.cue = None


# Fault words that only say how a thing is sensed: praise after them is what is said of it.
SENSED = frozenset({"smells", "smell", "smelled", "smelt"})


def sensed_praise(pieces: list[Piece]) -> None:
    """ "the perfume smells lovely": take the fault cue off a sense before praise (in place)."""
    for i, p in enumerate(pieces[:-1]):
        if p.cue is Cue.FAULT and p.norm in SENSED and len(p.tokens) == 1:
            nxt = pieces[i + 1]  # "smells like burning plastic" compares: still a fault
            if nxt.cue is Cue.KEEP or (nxt.cue is Cue.LIKE and nxt.norm != "like"):
                p.cue = None


# Words for a span of time: "fine for like a week" is how long a thing worked, then failed.
SPANS = frozenset(
    {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
     "minute", "minutes", "while"}
)  # fmt: skip
UNTIL = frozenset({"until", "till", "til", "untill"})
SPAN_REACH = 4  # "for like a couple of days": the span's word within a few pieces of "for"


def praise_for_a_while(pieces: list[Piece]) -> None:
    """ "it was fine for like two days and then nothing", "worked fine until yesterday":
    praise limited to a span of time tells how long the item worked before the fault, it
    keeps nothing: take the keep cue off (in place)."""
    for i, p in enumerate(pieces[:-1]):
        if p.cue is not Cue.KEEP or len(p.tokens) != 1:
            continue
        nxt = pieces[i + 1]
        if nxt.norm in UNTIL:
            p.cue = None
        elif nxt.norm == "for":
            reach = pieces[i + 2 : i + 2 + SPAN_REACH]
            if any(q.norm in SPANS for q in reach if q.kind != "mark"):
                p.cue = None


def run_on(pieces: list[Piece], i: int) -> bool:
    """Whether the piece at `i` opens a new sentence written without a mark before it: "I
    want", "I need", "I'd like" (not "I bought"), or a refund verb right after a word that
    ends a statement ("the tv is fine refund the case", "it broke refund it")."""
    piece = pieces[i]
    nxt = pieces[i + 1].norm if i + 1 < len(pieces) else ""
    if piece.norm == "i" and nxt in WANTING:
        return True
    if piece.norm == "i'd" and nxt in ("like", "love", "prefer"):
        return True
    before = pieces[i - 1] if i > 0 else None
    ends = before is not None and before.cue in (Cue.KEEP, Cue.LIKE, Cue.FAULT)
    return piece.cue in (Cue.REFUND, Cue.RETURN) and ends


def filler_like(pieces: list[Piece], k: int) -> bool:
    """ "like" that compares or fills ("by like 3mm", "looks like", "like a week") rather than
    says the customer likes something."""
    if pieces[k].norm != "like":
        return False
    before = pieces[k - 1].norm if k > 0 else ""
    after = pieces[k + 1] if k + 1 < len(pieces) else None
    if before in LIKE_AS_COMPARING:
        return True
    return after is not None and (after.kind == "number" or after.norm in LIKE_FILLS)


LIKE_AS_COMPARING = frozenset(
    {"looks", "look", "looked", "feels", "feel", "felt", "sounds", "sound", "seems", "smells",
     "by", "is", "was", "it's", "its", "just", "more", "nothing", "something"}
)  # fmt: skip
LIKE_FILLS = frozenset({"a", "an", "half", "two", "three", "ten", "literally", "totally", "new"})
