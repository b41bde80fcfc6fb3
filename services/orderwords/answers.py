"""Whether a whole message is a plain yes or a plain no ("yes please", "ok go ahead", "no
thanks"), as the offline model reads an answer to its question. The application reads a
typed answer to pending proposals itself (services/chat_api/agent/consent.py)."""

from __future__ import annotations

from services.orderwords.clauses import Answer
from services.orderwords.words import word_set

YES_WORDS = word_set(
    """yes yeah yep yup sure ok okay y ya yea absolutely definitely certainly correct right
    alright fine great perfect good proceed confirm confirmed agreed affirmative yse yess yesss
    yeh yah"""
)
NO_WORDS = frozenset(["no", "nope", "nah", "n"])
ANSWER_FILLERS = word_set(
    """please pls plz thanks thank you go ahead do it that's that is so then just sounds of
    course the refund that this one oh well thx for"""
)
# Plain agreements made only of filler words ("go ahead", "please do", "of course").
YES_PHRASES = (("go", "ahead"), ("do", "it"), ("please", "do"), ("of", "course"), ("please",))


def plain_answer(words: list[str]) -> Answer | None:
    """ "yes please", "ok go ahead" → yes; "no thanks", "nope" → no; anything else → None."""
    if not words or len(words) > 8:
        return None
    rest = [w for w in words if w not in ANSWER_FILLERS]
    if rest and all(w in YES_WORDS for w in rest):
        return "yes"
    if rest and all(w in NO_WORDS for w in rest):
        return "no"
    if not rest and any(all(w in words for w in phrase) for phrase in YES_PHRASES):
        return "yes"
    return None


# "mine", "my own one", "the one on my account": the customer's own order, said as such.
OWN_WORDS = frozenset({"mine"})
OWNED_AFTER_MY = frozenset({"account", "own"})


def says_own_order(words: list[str]) -> bool:
    """ "the one on my account", "mine", "my own one": words that say the order meant is the
    customer's own (an answer to a question that listed one order of theirs, beside an id
    or a look-alike that is someone else's). Linear in the words."""
    return any(
        w in OWN_WORDS or (w == "my" and k + 1 < len(words) and words[k + 1] in OWNED_AFTER_MY)
        for k, w in enumerate(words)
    )
