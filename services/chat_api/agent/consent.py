"""Is the customer's typed message an unambiguous yes or no to a pending refund proposal?

The application decides this, never a model: `classify` reads the whole message and answers
"yes" only when every word is a plain agreement ("yes please", "ok do it", "go ahead"), "no"
only when every word is a plain refusal ("no thanks", "cancel", "don't", "never mind"), and
"other" for anything else ("yes but not the laptop", "is it done yet?"), which then goes to
the model as a new message while the proposals stay pending.
"""

from __future__ import annotations

import re
from typing import Literal

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
