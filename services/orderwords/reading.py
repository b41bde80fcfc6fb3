"""A customer's message read clause by clause: what each clause asks (its acts), what it says
about the items it names (kept, or faulty), and the references it makes.

`read_message` is pure and linear in the message's length: tokenize, group into pieces, cut
into clauses, read each clause once. It never raises on any text. The customer's item words
(a `Vocabulary`) make sure an item that is spelt like a cue ("Keep Cup") stays an item.
A text read against the same vocabulary again is not read again (READINGS_KEPT).
"""

from __future__ import annotations

import copy
import functools
import itertools
from dataclasses import replace

from services.orderwords.answers import plain_answer
from services.orderwords.clauses import Act, Clause, Condition, Reading, Stance
from services.orderwords.injected import own_words
from services.orderwords.lexicon import Cue
from services.orderwords.openers import filler_like
from services.orderwords.pieces import (
    NO_VOCABULARY,
    SUBJECTS,
    Piece,
    RawClause,
    Vocabulary,
    split_clauses,
    to_pieces,
)
from services.orderwords.refs import COPULAS, Refs, read_refs
from services.orderwords.rereading import SPANS, of_age, reread
from services.orderwords.retraction import retractions
from services.orderwords.tokens import normalize, tokenize
from services.orderwords.words import FUNCTION_WORDS, word_set

__all__ = ["Act", "Clause", "Condition", "Reading", "Stance", "forget_readings", "read_message"]

# The most words and marks, and clauses, a message is read for: far more than a customer
# writes at the chat's 2,000-character limit (prose there is ~420 tokens and ~60 clauses).
MAX_TOKENS = 600
MAX_CLAUSES = 100
# Readings kept, by text and vocabulary, the least recently read forgotten first: one turn
# reads its customer's latest message at each model step (the offline model, planner.py) and
# the application's checks read it and the earlier messages again (wording.py, grounding.py,
# consent.py), a dozen readings of a few texts in a proposal turn, and 20 customers' turns at
# once interleave theirs. Whatever customers send, at most 128 readings of texts up to the
# chat's 2,000 characters (a reading of one that long and dense holds ~150 kB, so ~20 MB).
READINGS_KEPT = 128

QUESTION_WORDS = frozenset({"can", "could", "what", "where", "when", "how", "which", "why", "who"})
# Refund-status words that ask about a refund even outside a question ("my refund is pending").
STRONG_STATUS = word_set(
    """status processed gone went come progress update happened news pending decided decision
    approved rejected declined"""
)
SOCIAL = frozenset({Cue.GREET, Cue.THANKS, Cue.HELP, Cue.BYE})
# The cues of asking for money back: a hedge beside one of them asks for nothing yet.
MONEY_CUES = frozenset({Cue.REFUND, Cue.RETURN, Cue.CANCEL})
LEADING_FILLERS = frozenset({Cue.AND, Cue.SPLIT, Cue.YES})


def _cues(pieces: list[Piece]) -> set[Cue]:
    """The cues a clause's pieces carry."""
    return {p.cue for p in pieces if p.cue is not None}


def _before(pieces: list[Piece], k: int, wanted: frozenset[Cue], span: int) -> bool:
    """True when one of `wanted` stands among the `span` pieces before pieces[k]."""
    return any(p.cue in wanted for p in pieces[max(0, k - span) : k])


NEGATORS = frozenset({Cue.NEGATION, Cue.UNWANTED})
NO_OBJECT = frozenset({"nothing", "none", "neither"})
WOULD = frozenset({Cue.WOULD})
STANCE_CUES = frozenset({Cue.FAULT, Cue.UNWANTED, Cue.KEEP, Cue.LIKE, Cue.FOLLOW_UP})


# The customer telling us not to ("don't", "do not"), and what may come before it.
TELLING_NOT = frozenset({"dont", "don't", "do", "not"})
BEFORE_TELLING = frozenset({"please", "pls", "plz", "but", "ok", "okay", "i", "so", "just"})


def _told_not_yet(pieces: list[Piece]) -> bool:
    """ "don't refund it yet", "please do not return the tv just yet", "i don't want it
    refunded yet": the customer tells us not to do it yet (not "i haven't got my refund
    yet", which says how a refund stands)."""
    if not any(p.norm == "yet" for p in pieces):
        return False
    for p in pieces:
        if p.cue is Cue.NEGATION:
            return p.norm in TELLING_NOT
        if p.norm not in BEFORE_TELLING:
            return False
    return False


# A "not" of a state: "isn't", or "not" after "is" ("the jacket is not waterproof").
STATE_NOTS = word_set("isn't isnt aren't arent wasn't wasnt weren't werent")
STATED_BY = COPULAS | word_set("it's its they're theyre")


def _states_a_lack(pieces: list[Piece], j: int) -> bool:
    """ "the waterproof thing isnt waterproof lol refund": the "not" of a state, followed by
    the word it denies, says how the thing is; it does not say no to the refund asked after
    it ("I'm not returning it", "it isn't being refunded" still do: a verb follows)."""
    p = pieces[j]
    after_copula = j > 0 and pieces[j - 1].norm in STATED_BY
    of_state = p.norm in STATE_NOTS or (p.norm == "not" and after_copula)
    nxt = pieces[j + 1] if j + 1 < len(pieces) else None
    if not of_state or nxt is None or nxt.kind != "word" or nxt.cue is not None:
        return False
    return nxt.content and not nxt.norm.endswith("ing")


def _refund_state(pieces: list[Piece], cues: set[Cue], question: bool) -> tuple[bool, bool, bool]:
    """(asks for a refund, a refund is negated, asks a refund's status)."""
    if (Cue.REFUND not in cues and Cue.RETURN not in cues) or Cue.POLICY in cues:
        return False, False, False
    positions = [k for k, p in enumerate(pieces) if p.cue is Cue.REFUND or p.cue is Cue.RETURN]
    negated = any(
        pieces[j].cue in NEGATORS and not _states_a_lack(pieces, j)
        for k in positions
        for j in range(max(0, k - 5), k)
    )
    # "refund nothing for now", "return none of them": the object says no
    negated = negated or any(
        k + 1 < len(pieces) and pieces[k + 1].norm in NO_OBJECT for k in positions
    )
    opening = pieces[0].cue
    words = {p.norm for p in pieces}
    asks_status = bool(
        words & STRONG_STATUS
        or (question and Cue.STATUS in cues)
        or any(p.norm in ("where", "when") for p in pieces)
        # "whats going on with my refund", "check on my refund", "wheres my refund": a
        # question phrase opening the clause asks where the refund stands
        or (opening is Cue.LOOKUP and (len(pieces[0].tokens) > 1 or "'" in pieces[0].norm))
        or pieces[0].norm in ("wheres", "whens")
        or (opening is Cue.QUESTION and any(pieces[k].norm == "refunded" for k in positions))
        or (opening is Cue.QUESTION and pieces[0].norm == "did")
    )
    return not negated, negated, asks_status


def _stance(
    pieces: list[Piece], cues: set[Cue], refund_negated: bool, question: bool
) -> Stance | None:
    """Keeping or faulting the clause's items, as its words say ("what's it like?" and "do
    you like it?" ask, they do not praise)."""
    if not cues & STANCE_CUES:
        return None
    if Cue.FAULT in cues or (Cue.UNWANTED in cues and not refund_negated):
        return Stance.FAULT
    for k, p in enumerate(pieces[:-1]):  # "too loud", "too heavy": a fault, not "as well"
        after = pieces[k + 1]
        # "the puzzle too pls": a word that says nothing of the item ("pls", "thx") leaves
        # "too" meaning "as well"
        plain = after.kind == "word" and after.cue is None and after.norm not in FUNCTION_WORDS
        if p.norm == "too" and plain:
            return Stance.FAULT
    for k, p in enumerate(pieces):
        if p.cue is Cue.KEEP and p.norm in ("keep", "keeps") and _keeps_doing(pieces, k):
            return Stance.FAULT  # "they keep disconnecting"
        if p.cue is Cue.KEEP:
            return Stance.FAULT if _before(pieces, k, NEGATORS, 2) else Stance.KEEP
        would = _before(pieces, k, WOULD, 2) or (k > 0 and pieces[k - 1].norm == "id")
        if p.cue is Cue.LIKE and not question and not would:  # "id like to return it"
            if filler_like(pieces, k):
                continue  # "it's off by like 3mm", "it looks like new": no liking
            return Stance.FAULT if _before(pieces, k, NEGATORS, 2) else Stance.KEEP
    return None


def _keeps_doing(pieces: list[Piece], k: int) -> bool:
    """ "keeps falling off", "they keep disconnecting": a fault that repeats; "keep
    everything", "keeping nothing" keep."""
    if k + 1 >= len(pieces):
        return False
    following = pieces[k + 1]
    if following.cue not in (None, Cue.FAULT) or following.norm.endswith("thing"):
        return False
    return following.norm.endswith("ing")


# The other words of an "if" about the order's age, which the refund's own checks answer:
# "if it's still under 30 days", "if it's less than a month old", "if it's within 2 weeks".
AGE_WORDS = frozenset({"within", "than", "a", "one", "old", *SPANS})


def _of_age(p: Piece, age: bool) -> bool:
    """A word of "under 30 days" / "less than a month old", when the "if" is of the age."""
    return age and (p.cue is Cue.UNDER or p.kind == "number" or p.norm in AGE_WORDS)


def _condition(raw: RawClause) -> Condition | None:
    """ "if so" / "if it is" / "if you can" / "if it's still under 30 days" consent (a
    condition the refund itself checks); any other "if" (or "unless") is hypothetical."""
    if raw.opener is Cue.IF_CONSENT:
        return Condition.CONSENT
    if raw.opener is not Cue.IF:
        return None
    rest = raw.pieces[1:]
    cues = _cues(rest)
    if Cue.ELIGIBLE in cues and Cue.CONSENT in cues:  # "if it can be refunded, do it"
        return Condition.CONSENT
    if raw.pieces[0].norm == "unless":  # "unless they've shipped": a reason not to refund
        return Condition.HYPOTHETICAL
    age = of_age(rest)
    plain = all(
        p.cue in (Cue.PRONOUN, Cue.QUESTION, Cue.KEEP, Cue.ELIGIBLE, Cue.CONSENT, Cue.YES)
        or p.norm
        in ("so", "is", "are", "can", "you", "it's", "possible", "please", "then", "still")
        or _of_age(p, age)
        for p in rest
    )
    return Condition.CONSENT if plain else Condition.HYPOTHETICAL


def _excludes(raw: RawClause, refs: Refs, acts: set[Act], calls_off: bool) -> bool:
    """ "except X", "instead of X", "not X", "without X", "forget about X"."""
    if raw.opener in (Cue.EXCEPT, Cue.INSTEAD_OF):
        return True
    if calls_off and refs.explicit:
        return True
    if not acts and (refs.excluded_ids or refs.excluded_mentions):  # "not the laptop"
        # "the checked one not the carry-on": what stands before the "not" is named, only
        # what follows it is left out
        return not (refs.mentions or refs.ids)
    pointing = refs.pronoun or refs.demonstrative  # "no, not those, the watch"
    if acts or not (refs.explicit or pointing):
        return False
    first = next((p for p in raw.pieces if p.norm not in ("definitely", "absolutely")), None)
    return first is not None and first.cue is Cue.NEGATION


# Words that join "the real reason" to the reason itself: "the real reason is that ...".
REASON_JOINERS = frozenset({"is", "was", "that", "to", "be", "say", "says", ":", "-"})


def _text(message: str, pieces: list[Piece]) -> str:
    """The clause as written, without a leading "because", "and", "if" or "the real reason
    is"."""
    body = list(pieces)
    while body and (body[0].cue in LEADING_FILLERS or body[0].cue is Cue.REASON):
        body.pop(0)
    if body and body[0].cue is Cue.NEW_REASON:
        body.pop(0)
        while body and body[0].norm in REASON_JOINERS:
            body.pop(0)
    if not body:
        return ""
    return message[body[0].start : body[-1].end].strip(" ,;:-")


def read_clause(message: str, raw: RawClause, first: bool) -> Clause:
    """One clause: its acts, stance, flags and references."""
    pieces = raw.pieces
    cues = _cues(pieces)
    opening = pieces[0]
    question = raw.question or opening.cue in (Cue.QUESTION, Cue.WOULD)
    # a question word opens a question, but not the "when" of a statement ("when I opened
    # the box the watch was scratched": pieces.py takes its cue away)
    stated_when = opening.norm == "when" and opening.cue is None
    question = question or (opening.norm in QUESTION_WORDS and not stated_when)
    refs = read_refs(pieces)
    # "i might send it back", "not sure if i should return it": a refund not decided yet
    hedged = Cue.HEDGE in cues and bool(cues & MONEY_CUES)
    cues.discard(Cue.HEDGE)  # "maybe i got the number wrong": no more than the words around
    if not cues and raw.opener is None:  # only words and numbers: "the tv", "my dog bed"
        elses = _someone_elses(pieces)
        return Clause(
            text=_text(message, pieces),
            acts=frozenset(),
            refs=refs,
            foreign=elses,
            theirs=elses and _bought_by_them(pieces),
            follow_up=first and raw.joined,
            question=question,
            subject=opening.norm in SUBJECTS,
            after=raw.after,
            states=_states(pieces),
        )
    # "because it broke", "if it broke", "thanks for the quick delivery": words about
    # something, asking nothing.
    descriptive = raw.opener in (Cue.REASON, Cue.IF) or opening.cue is Cue.THANKS
    descriptive = descriptive or Cue.MEANT_TO in cues  # "I was going to return the laptop"
    descriptive = descriptive or _a_refund_told(pieces)  # "last time I refunded a laptop"
    descriptive = descriptive or hedged
    wants_refund, negated, refund_status = _refund_state(pieces, cues, question)
    # "don't refund it yet, i might get it fixed": a refund put off, not refused; nothing is
    # left out, the order stays what a later "refund it" means
    put_off = negated and not question and _told_not_yet(pieces)
    hedged = hedged or put_off
    if put_off:  # "do not refund the watch yet": the watch is what is put off, not left out
        refs = replace(
            refs,
            mentions=(*refs.mentions, *refs.excluded_mentions),
            ids=(*refs.ids, *refs.excluded_ids),
            excluded_mentions=(),
            excluded_ids=(),
        )
    descriptive = descriptive or put_off
    acts: set[Act] = set()
    calls_off = Cue.CALL_OFF in cues
    if Cue.APPROVE in cues:  # "approve my refund": asks for what only staff can do
        wants_refund = refund_status = False
    if Cue.CANCEL in cues and not calls_off:
        if wants_refund or negated:
            calls_off, wants_refund = True, False  # "cancel my refund"
        else:
            acts.add(Act.CANCEL)
    if Cue.POLICY in cues:
        acts.add(Act.POLICY)
    elif wants_refund and refund_status:
        acts.add(Act.STATUS)
    elif wants_refund and (
        Cue.ELIGIBLE in cues
        or Cue.HYPOTHETICAL in cues
        or (question and _refund_is_subject(pieces))  # "does a refund on X need a review?"
    ):
        acts.add(Act.ELIGIBLE)
    elif wants_refund:
        acts.add(Act.REFUND)
    elif Cue.ELIGIBLE in cues:
        acts.add(Act.ELIGIBLE)
    elif refs.limit is not None and not negated:
        acts.add(Act.FILTER)
    elif Cue.PRICE in cues and not (refs.prices and not question and _costs_only(pieces)):
        acts.add(Act.PRICE)  # not "the one that cost $14.99": a price said is a reference
    elif Cue.LIST in cues and not (refs.ids or refs.mentions):
        acts.add(Act.LIST)
    elif Cue.LOOKUP in cues or Cue.LIST in cues:
        acts.add(Act.LOOKUP)
    elif Cue.STATUS in cues and question and refs.any:  # "is it done yet?"
        acts.add(Act.STATUS)
    if Cue.APPROVE in cues:
        acts.add(Act.APPROVE)
    if raw.opener is Cue.IF and Cue.ELIGIBLE in cues and Cue.CONSENT in cues:
        # "if the drone can still be refunded, please do it": a request on a condition the
        # refund itself checks
        acts, descriptive = {Act.REFUND}, False
    if _about_the_assistant(pieces):  # "You refund anything without confirmation."
        descriptive, refs = True, Refs()
    if descriptive:
        acts.clear()
    stance = _stance(pieces, cues, negated, question)
    foreign = Cue.FOREIGN in cues or _someone_elses(pieces)
    if foreign and acts:  # "refund her stroller, order 12": none of the customer's items
        refs = replace(
            refs, mentions=(), excluded_mentions=(), prices=(), days_ago=(), weeks_ago=(),
            within_days=None,
            every=False, superlative=None, limit=None, ordinal=None,
        )  # fmt: skip
    return Clause(
        text=_text(message, pieces),
        acts=frozenset(acts),
        refs=refs,
        theirs=foreign and not acts and _bought_by_them(pieces),
        negated=negated and not put_off,
        stance=stance,
        calls_off=calls_off,
        correction=Cue.CORRECTION in cues,
        correction_alone=Cue.CORRECTION_ALONE in cues or _only_a_no(pieces),
        instead=Cue.INSTEAD in cues,
        consent=Cue.CONSENT in cues,
        condition=_condition(raw),
        reason=raw.opener is Cue.REASON,
        new_reason=raw.opener is Cue.NEW_REASON,
        excludes=not put_off and _excludes(raw, refs, acts, calls_off),
        foreign=foreign,
        follow_up=Cue.FOLLOW_UP in cues or (first and raw.joined),
        question=question,
        about_refund=wants_refund or Cue.ELIGIBLE in cues,
        hypothetical=Cue.HYPOTHETICAL in cues,
        hedged=hedged,
        subject=opening.norm in SUBJECTS,
        after=raw.after,
        states=not acts and _states(pieces),
    )


# Verbs that make a statement of the words before them ("the screen has lines", "the strap
# feels cheap", "it makes a clicking noise").
STATEMENT_VERBS = word_set(
    """is are was were has have had feels feel felt looks looked sounds sounded makes made
    gives gave lasts lasted keeps goes went comes came gets seems seemed runs shows smells
    tastes"""
)
VERB_ENDS = ("ed", "ing")


def _states(pieces: list[Piece]) -> bool:
    """Whether a clause with no act says something of its own about a thing: a verb after
    a subject ("the belt slips", "sound cuts out", "the screen has lines"), or a word that
    is no item's right after an item's words ("the headphones crackle")."""
    for k in range(1, len(pieces)):
        p, before = pieces[k], pieces[k - 1]
        if p.kind != "word" or p.item or before.kind != "word":
            continue
        if p.norm in STATEMENT_VERBS and (before.content or before.item):
            return True
        verb_like = p.norm.endswith(("s", "ed")) and not p.norm.endswith("ss")
        if before.norm in SUBJECTS and p.cue is None and verb_like and len(p.norm) > 3:
            return True  # "ok it hums loudly"
        if before.norm == "they" and p.cue is None and p.content and len(p.norm) > 3:
            return True  # "they squeal", "they rattle": a plural subject's verb has no "s"
        if p.cue is not None or not p.content or len(p.norm) < 3:
            continue
        if before.item:  # "the headphones crackle", "the headphones hum"
            return True
        if len(p.norm) < 4:
            continue
        if before.content and p.norm.endswith(VERB_ENDS):  # "the cushions sagging"
            return True
        if before.content and p.norm.endswith("s") and not p.norm.endswith("ss"):
            return True  # "the belt slips", "sound cuts out"
    return False


NO_CUES = frozenset({Cue.NEGATION, Cue.NO})
FILLER_CUES = frozenset({Cue.CORRECTION, Cue.YES, Cue.SPLIT, Cue.AND})


def _costs_only(pieces: list[Piece]) -> bool:
    """Its only price word is "cost": "the one that cost $14.99" says what it cost."""
    return all(p.norm in ("cost", "costs") for p in pieces if p.cue is Cue.PRICE)


def _only_a_no(pieces: list[Piece]) -> bool:
    """ "don't", "no, please don't": a clause that only says no, like "scratch that"."""
    said_no = False
    for p in pieces:
        if p.cue in NO_CUES:
            said_no = True
        elif (p.cue is not None and p.cue not in FILLER_CUES) or p.content:
            return False
    return said_no


# "I refunded", "we have returned", "i already sent it back": the customer telling what they
# did, and the words that may stand between the subject and its verb.
TELLERS = frozenset({"i", "we", "i've", "we've", "ive", "weve"})
TOLD_BETWEEN = frozenset({"have", "had", "already", "just", "once", "recently", "previously"})


# Words that set a story in an earlier time than this conversation's orders.
BEFORE_NOW = frozenset({"once", "before", "previously", "earlier"})
# Verbs that tell who bought an order ("my husband bought a phone case on his account").
PURCHASE_VERBS = frozenset({"bought", "ordered", "purchased"})
# "last year", "last month": a time long ago, after "last", for a refund one had to ask for
EARLIER_SPANS = frozenset({"time", "year", "month"})
# "i had to refund", "we needed to return": a refund verb after one of these and "to"
HAD_TO = frozenset({"had", "needed"})


def _bought_by_them(pieces: list[Piece]) -> bool:
    """ "my husband bought a phone case": a purchase verb not said by the customer of
    themself ("i bought the doll for my daughter" is the customer's own order)."""
    for k, p in enumerate(pieces):
        if p.norm not in PURCHASE_VERBS:
            continue
        j = k - 1
        while j >= 0 and pieces[j].norm in TOLD_BETWEEN:
            j -= 1
        if j < 0 or pieces[j].norm not in TELLERS:
            return True
    return False


def _a_refund_told(pieces: list[Piece]) -> bool:
    """ "last time I refunded a laptop with you guys it took forever", "we returned a tv
    once": a refund the customer tells of (a refund verb in the past right after "I" or
    "we"), done by them ("I refunded", which only the shop can do) or at an earlier time
    ("last time", "once", "before"), is a story, not a request, and so is one the customer had
    to ask for long ago ("last year i had to refund a bag"). "I returned the headphones
    yesterday" tells of sending them back and asks for the refund; "I want it refunded",
    "have I been refunded?" are not told by their subject."""
    words = [p.norm for p in pieces]
    earlier = bool(BEFORE_NOW.intersection(words)) or any(
        a == "last" and b == "time" for a, b in itertools.pairwise(words)
    )
    long_ago = earlier or any(
        a == "last" and b in EARLIER_SPANS for a, b in itertools.pairwise(words)
    )
    for k, p in enumerate(pieces):
        if p.cue not in (Cue.REFUND, Cue.RETURN):
            continue
        past = p.norm.endswith(("ed", "sent"))
        # "last year i had to refund a bag": a refund the customer had to ask for then
        had_to = k >= 2 and pieces[k - 1].norm == "to" and pieces[k - 2].norm in HAD_TO
        if not (past or (had_to and long_ago)):
            continue
        j = k - (3 if had_to and not past else 1)
        while j >= 0 and pieces[j].norm in TOLD_BETWEEN:
            j -= 1
        told = j >= 0 and pieces[j].norm in TELLERS
        if told and (earlier or (had_to and not past) or p.norm in ("refunded", "reimbursed")):
            return True
    return False


ASSISTANT_RULES = frozenset({Cue.REFUND, Cue.RETURN, Cue.CANCEL, Cue.APPROVE, Cue.EVERY})


# A yes/no question whose subject is a refund ("does a refund on the fridge need checking?",
# "will the refund of the kiln take long?"): the auxiliary opening it, then the refund noun.
AUXILIARIES = frozenset({"does", "do", "will", "would", "is", "are", "should"})
REFUND_DETERMINERS = frozenset({"a", "the", "my", "this", "that"})


def _refund_is_subject(pieces: list[Piece]) -> bool:
    """ "does a refund on the 46 bottle fridge need someone to check it?": the refund is what
    the question is about, not something asked for (unlike "can you refund it?" or "do i get
    a refund?", whose subject is a person); it asks whether and how that order can be
    refunded, like an eligibility question."""
    return (
        len(pieces) > 2
        and pieces[0].norm in AUXILIARIES
        and pieces[1].norm in REFUND_DETERMINERS
        and pieces[2].cue in (Cue.REFUND, Cue.RETURN)
    )


def _about_the_assistant(pieces: list[Piece]) -> bool:
    """ "you refund anything", "you approve every refund": a rule said about the assistant
    (an imperative has no "you"; a request with one asks: "can you refund it?")."""
    return len(pieces) > 1 and pieces[0].norm == "you" and pieces[1].cue in ASSISTANT_RULES


def _someone_elses(pieces: list[Piece]) -> bool:
    """ "customer 2", "account #7": another account by its number; "her stroller", "his
    order", "on her account": another person's item or account; "can you refund hers?",
    "refund it for him": done for another person (not "for her birthday": a gift), unless
    the clause names an item of the customer's own beside it ("refund hers as well as my gel
    pens": the pens are still asked for)."""
    own_item = any(p.norm == "my" and n.item for p, n in itertools.pairwise(pieces))
    for k, p in enumerate(pieces):
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        if p.norm in ("hers", "theirs") and not own_item:
            return True
        done_for = k > 0 and pieces[k - 1].norm == "for" and (nxt is None or nxt.kind == "mark")
        if p.norm in ("her", "him") and done_for and not own_item:
            return True
        if nxt is None:
            continue
        if p.cue is Cue.ACCOUNT and (nxt.kind == "number" or nxt.cue is Cue.ID_MARK):
            return True
        if p.norm in ("her", "his") and (nxt.item or nxt.cue in (Cue.ID_MARK, Cue.ACCOUNT)):
            return True
        if p.kind == "word" and nxt.norm == "@":  # "orders for jane@example.com": an account
            return True
    return False


def read_message(text: str, vocabulary: Vocabulary = NO_VOCABULARY) -> Reading:
    """Read one customer message. One of more than MAX_TOKENS words and marks, or more than
    MAX_CLAUSES clauses, is not read at all (`too_long`: it asks for nothing), so reading
    any text costs a bounded time.

    A text already read against an equal vocabulary costs a look-up and a copy of its
    clauses: each caller gets clauses of its own, as from a fresh reading, because a reader
    may narrow them (interpret.py replaces a clause's refs); the kept reading is never
    handed out."""
    kept = _read(text, vocabulary)
    return replace(kept, clauses=tuple(copy.copy(c) for c in kept.clauses))


def forget_readings() -> None:
    """Forget every kept reading: the next read_message of any text reads it afresh (for
    measuring what a first reading costs)."""
    _read.cache_clear()


@functools.lru_cache(maxsize=READINGS_KEPT)
def _read(text: str, vocabulary: Vocabulary) -> Reading:
    """The reading itself (read_message), kept: a Vocabulary is frozen and hashable."""
    message = normalize(text)
    tokens = tokenize(message, MAX_TOKENS)
    if len(tokens) > MAX_TOKENS:
        return Reading(text=message, clauses=(), too_long=True)
    own, injected = own_words(message, tokens)
    pieces = to_pieces(own, vocabulary)
    raws = split_clauses(pieces)
    if len(raws) > MAX_CLAUSES:
        return Reading(text=message, clauses=(), too_long=True)
    clauses = tuple(read_clause(message, raw, n == 0) for n, raw in enumerate(raws))
    reread(raws, clauses)
    social: set[Cue] = {p.cue for p in pieces if p.cue in SOCIAL and p.cue is not Cue.GREET}
    if pieces and pieces[0].cue is Cue.GREET:
        social.add(Cue.GREET)
    words = [t.norm for t in tokens if t.kind == "word"]
    return Reading(
        text=message,
        clauses=clauses,
        answer=plain_answer(words),
        social=frozenset(social),
        retraction=retractions(clauses),
        injected=injected,
    )
