"""Cue phrases the customer misspelt or inflected: "refnud", "cheapst", "do'nt", "yesterdy",
"my mony back", "hates". Each lookup compares a word only with the known words that start
with one of its first two letters (typos rarely hit the first letter; a swap of the first two
still counts), so reading costs time in proportion to the message's length.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from services.orderwords.lexicon import _PHRASES, PHRASES, Cue
from services.orderwords.spelling import FUZZY_MIN_LENGTH, near, stem
from services.orderwords.words import FUNCTION_WORDS

# A misspelt one-word cue must be at least this long (shorter words are too often other words).
FUZZY_CUE_LENGTH = 5


class NearIndex:
    """Known words by their first letter, for finding the ones a typo is close to."""

    def __init__(self, words: Iterable[str]) -> None:
        """Index the words (empty ones dropped)."""
        self.buckets: dict[str, list[str]] = {}
        for word in sorted(set(words)):
            if word:
                self.buckets.setdefault(word[0], []).append(word)

    def near(self, word: str) -> list[str]:
        """The known words closest to `word` within its allowed typos (see spelling.near)."""
        if not word:
            return []
        candidates = list(self.buckets.get(word[0], ()))
        if len(word) > 1 and word[1] != word[0]:
            candidates += [
                w for w in self.buckets.get(word[1], ()) if len(w) > 1 and w[1] == word[0]
            ]
        return near(word, candidates)


# One-word cues whose typos are still read, by their cue.
_FUZZY_KINDS = (
    Cue.REFUND, Cue.RETURN, Cue.CANCEL, Cue.STATUS, Cue.APPROVE, Cue.ELIGIBLE, Cue.NEGATION,
    Cue.CALL_OFF, Cue.CHEAPEST, Cue.PRICIEST, Cue.NEWEST, Cue.OLDEST, Cue.YESTERDAY,
)  # fmt: skip
FUZZY_CUES: dict[str, Cue] = {
    word: cue
    for cue in _FUZZY_KINDS
    for word in _PHRASES[cue].split("|")
    if " " not in word and len(word) >= FUZZY_CUE_LENGTH
} | {"everything": Cue.EVERY, "except": Cue.EXCEPT, "policy": Cue.POLICY}
_CUE_WORDS = NearIndex(FUZZY_CUES)
# Cues whose inflected forms count as the cue ("hates" as "hate", "loves" as "love").
INFLECTED_CUES = frozenset({Cue.FAULT, Cue.LIKE, Cue.REFUND, Cue.RETURN, Cue.CANCEL})
STEMMED: dict[str, Cue] = {
    stem(words[0]): cue
    for words, cue in PHRASES.items()
    if len(words) == 1 and cue in INFLECTED_CUES and stem(words[0]) not in FUNCTION_WORDS
}
# Phrases of two or more words, by their first word: one word of them may be misspelt.
MULTI: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
for _words, _cue in sorted(PHRASES.items(), key=lambda kv: -len(kv[0])):
    if len(_words) > 1:
        MULTI.setdefault(_words[0], []).append((_words, _cue))
_FIRST_WORDS = NearIndex(w for w in MULTI if len(w) >= FUZZY_MIN_LENGTH)


def _misspelt(word: str) -> bool:
    """A word that may be a typo: not a word of its own in the grammar."""
    return len(word) >= FUZZY_MIN_LENGTH and word not in FUNCTION_WORDS


@lru_cache(maxsize=4096)
def _near_cue_words(word: str) -> tuple[str, ...]:
    return tuple(_CUE_WORDS.near(word))


@lru_cache(maxsize=4096)
def _near_first_words(word: str) -> tuple[str, ...]:
    return tuple(_FIRST_WORDS.near(word))


def fuzzy_cue(word: str) -> Cue | None:
    """The cue a misspelt or inflected one-word cue stands for ("refnud" → REFUND, "hates" →
    FAULT), when only one fits."""
    if len(word) < FUZZY_CUE_LENGTH or word in FUNCTION_WORDS:
        return None
    inflected = STEMMED.get(stem(word))
    if inflected is not None:
        return inflected
    cues = {FUZZY_CUES[w] for w in _near_cue_words(word)}
    return cues.pop() if len(cues) == 1 else None


@lru_cache(maxsize=4096)
def _close(said: str, wanted: str) -> bool:
    """Whether `said` is `wanted` with an allowed typo."""
    if abs(len(said) - len(wanted)) > 2 or not _misspelt(said):
        return False
    return bool(near(said, [wanted]))


def _fits(said: str, wanted: str, typo_left: bool) -> tuple[bool, bool]:
    """(the word fits, a typo is still allowed after it)."""
    if said == wanted:
        return True, typo_left
    if typo_left and _close(said, wanted):
        return True, False
    return False, typo_left


def fuzzy_phrase(
    words: Sequence[str], at: int, protected: frozenset[str] = frozenset()
) -> tuple[Cue, int] | None:
    """A cue phrase of two or more words at `words[at]` with one word misspelt ("my mony
    back"): (cue, how many words), or None. `protected` words (the customer's item words)
    are never read as typos."""
    first = words[at]
    heads = [first] if first in MULTI else []
    if not heads and _misspelt(first) and first not in protected:
        heads = list(_near_first_words(first))
    for head in heads:
        for phrase, cue in MULTI[head]:
            if at + len(phrase) > len(words):
                continue
            typo_left = head == first
            ok = True
            for n, wanted in enumerate(phrase[1:], 1):
                said = words[at + n]
                fits, typo_left = _fits(said, wanted, typo_left and said not in protected)
                if not fits:
                    ok = False
                    break
            if ok and (head != first or not typo_left):  # exactly one word was misspelt
                return cue, len(phrase)
    return None
