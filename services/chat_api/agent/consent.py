"""Is the customer's typed message an unambiguous yes or no to pending refund proposals, and
to which of them?

The application decides this, never a model: `classify` reads the whole message and answers
"yes" only when every word is a plain agreement ("yes please", "ok do it", "go ahead"), "no"
only when every word is a plain refusal ("no thanks", "cancel", "don't", "never mind"), and
"other" for anything else ("yes but not the laptop", "is it done yet?"), which then goes to
the model as a new message while the proposals stay pending.

`read_answer` applies it to the proposals the latest reply presents. A typed yes confirms at
most one refund: with several waiting, a bare "yes" confirms none and the customer is asked
to name them ("yes, both", "yes to all", "yes, the watch", "yes to order 4"), which are
resolved here against the waiting proposals' items and order ids. A plain "no" cancels them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from services.chat_api.agent.proposal_record import ProposalRecord
from services.orderwords.items import orders_named
from workflows.vocabulary import ProposalAction

Consent = Literal["yes", "no", "other"]

# Phrases are replaced by one token first, so "go ahead" and "never mind" count as one word.
PHRASES = {
    "go ahead": "yes",
    "go for it": "yes",
    "do it": "doit",
    "please do": "yes",
    "of course": "yes",
    "sounds good": "yes",
    "that's right": "yes",
    "that is right": "yes",
    "never mind": "no",
    "nevermind": "no",
    "forget it": "no",
    "forget about it": "no",
    "changed my mind": "no",
    "do not": "dont",
    "don't": "dont",
    "dont": "dont",
    "no thanks": "no",
    "no thank you": "no",
    "not now": "no",
}
YES_WORDS = frozenset(
    {
        "yes", "yeah", "yea", "yep", "yup", "ya", "sure", "ok", "okay", "k", "kk", "confirm",
        "confirmed", "absolutely", "definitely", "certainly", "correct", "alright", "proceed",
        "affirmative", "agreed", "agree", "approve", "fine", "great", "perfect", "y",
    }
)  # fmt: skip
NO_WORDS = frozenset(
    {"no", "nope", "nah", "cancel", "dont", "stop", "decline", "n", "abort", "not", "never"}
)
# Words that change nothing in a plain yes or no.
FILLER = frozenset(
    {
        "please", "pls", "plz", "thanks", "thank", "you", "thx", "so", "then", "just", "it",
        "that", "now", "i", "we", "the", "refund", "refunds", "them", "both", "all", "oh",
        "well", "sir", "ma'am", "mate", "very", "much", "one", "ones", "this", "these",
        "is", "fine", "good", "indeed", "go", "ahead", "anyway",
    }
)  # fmt: skip
WORD = re.compile(r"[a-z']+|\d+")


def _tokens(text: str) -> list[str]:
    lowered = " " + re.sub(r"[’`]", "'", text.lower()) + " "
    for phrase, token in sorted(PHRASES.items(), key=lambda kv: -len(kv[0])):
        lowered = re.sub(rf"(?<![a-z']){re.escape(phrase)}(?![a-z'])", f" {token} ", lowered)
    return WORD.findall(lowered)


def classify(text: str) -> Consent:
    """ "yes", "no" or "other" for a message typed while a proposal waits for an answer."""
    tokens = _tokens(text)
    if not tokens or len(tokens) > 8:
        return "other"
    said_no = any(t in NO_WORDS for t in tokens)
    said_yes = any(t in YES_WORDS or t == "doit" for t in tokens)
    rest = [t for t in tokens if t not in FILLER and t not in YES_WORDS and t not in NO_WORDS]
    rest = [t for t in rest if t != "doit"]
    if rest:
        return "other"  # something more than a plain answer: the model reads it
    if said_no:
        # "no", "don't do it", "cancel it"; but "yes, no wait" is not a plain answer.
        return "no" if not any(t in YES_WORDS for t in tokens) else "other"
    return "yes" if said_yes else "other"


# Words that pick proposals in a yes ("yes to all", "yes, both"), and words that only join.
ALL_WORDS = frozenset({"all", "everything", "every", "each"})
JOINING = frozenset({"and", "to", "for", "of", "on", "my", "order", "orders", "the", "with"})


@dataclass(frozen=True)
class Answer:
    """What a typed message does to the waiting proposals: confirm or cancel some (ids), ask
    which ones ("ask": a bare yes to several), or nothing ("other": the model reads it)."""

    kind: ProposalAction | Literal["ask", "other"]
    ids: tuple[str, ...] = ()


OTHER = Answer("other")


AMBIGUOUS = "ambiguous"


def _chosen(words: Sequence[str], offered: Sequence[ProposalRecord]) -> set[str] | str | None:
    """The proposals the words name (item words, order ids); AMBIGUOUS when a word names
    several of them; None when a word names something that is no waiting proposal."""
    items = [(r.order_id, r.item) for r in offered]
    by_order = {r.order_id: r.id for r in offered}
    chosen: set[str] = set()
    for word in words:
        if word.isdigit():
            if int(word) not in by_order:
                return None
            chosen.add(by_order[int(word)])
            continue
        named = orders_named(word, items)
        if not named:
            return None
        if len(named) > 1:
            return AMBIGUOUS
        chosen.add(by_order[named[0]])
    return chosen


def read_answer(text: str, offered: Sequence[ProposalRecord]) -> Answer:
    """The customer's typed answer to the proposals their latest reply presents."""
    tokens = _tokens(text)
    if not offered or not tokens or len(tokens) > 10:
        return OTHER
    if any(t in NO_WORDS for t in tokens):
        # A plain "no" cancels them all; "no, the watch" is a correction for the model.
        if classify(text) != "no":
            return OTHER
        return Answer(ProposalAction.CANCEL, tuple(r.id for r in offered))
    if not any(t in YES_WORDS or t == "doit" for t in tokens):
        return OTHER
    ignored = YES_WORDS | FILLER | ALL_WORDS | JOINING | {"doit", "both"}
    chosen = _chosen([t for t in tokens if t not in ignored], offered)
    if chosen is None:
        return OTHER  # names more than the waiting proposals: the model reads it
    everyone = {r.id for r in offered}
    if any(t in ALL_WORDS for t in tokens) or ("both" in tokens and len(offered) == 2):
        chosen = everyone
    elif chosen == AMBIGUOUS or "both" in tokens:
        return Answer("ask")
    if not chosen:
        if len(offered) > 1:
            return Answer("ask")  # a bare yes to several confirms none of them
        chosen = everyone
    return Answer(ProposalAction.CONFIRM, tuple(r.id for r in offered if r.id in chosen))
