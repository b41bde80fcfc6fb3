"""Cue phrases the customer misspelt or inflected: "refnud", "cheapst", "do'nt", "yesterdy",
"my mony back", "hates". Each lookup compares a word only with the known words that start
with one of its first two letters (typos rarely hit the first letter; a swap of the first two
still counts), so reading costs time in proportion to the message's length.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import groupby

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
# Phrases read only as written: one word off is another phrase ("in the last 2 days").
EXACT_ONLY = frozenset({Cue.SHOWN_LIST})
MULTI: dict[str, list[tuple[tuple[str, ...], Cue]]] = {}
for _words, _cue in sorted(PHRASES.items(), key=lambda kv: -len(kv[0])):
    if len(_words) > 1 and _cue not in EXACT_ONLY:
        MULTI.setdefault(_words[0], []).append((_words, _cue))
_FIRST_WORDS = NearIndex(w for w in MULTI if len(w) >= FUZZY_MIN_LENGTH)
# The same phrases by their first two words.
SECOND: dict[tuple[str, str], list[tuple[tuple[str, ...], Cue]]] = {}
for _head, _phrases in MULTI.items():
    for _words, _cue in _phrases:
        SECOND.setdefault((_head, _words[1]), []).append((_words, _cue))


@lru_cache(maxsize=4096)
def _misspelt(word: str) -> bool:
    """A word that may be a typo: not a word of its own in the grammar."""
    return len(word) >= FUZZY_MIN_LENGTH and word not in FUNCTION_WORDS


@lru_cache(maxsize=4096)
def _near_cue_words(word: str) -> tuple[str, ...]:
    """The one-word cues a word may be a typo of (remembered per word)."""
    return tuple(_CUE_WORDS.near(word))


@lru_cache(maxsize=4096)
def _near_first_words(word: str) -> tuple[str, ...]:
    """The first words of cue phrases a word may be a typo of (remembered per word)."""
    return tuple(_FIRST_WORDS.near(word))


def _squeezed(word: str) -> str:
    """The word with each run of three or more of one letter cut to one ("heyyy" → "hey"),
    in one pass over its letters."""
    runs = ("".join(run) for _, run in groupby(word))
    return "".join(run if len(run) < 3 else run[0] for run in runs)


def fuzzy_cue(word: str) -> Cue | None:
    """The cue a misspelt or inflected one-word cue stands for ("refnud" → REFUND, "hates" →
    FAULT), when only one fits."""
    if len(word) < FUZZY_CUE_LENGTH or word in FUNCTION_WORDS:
        return None
    drawn_out = PHRASES.get((_squeezed(word),))  # "heyyy", "hiiii": a word drawn out
    if drawn_out is not None:
        return drawn_out
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
    are never read as typos. Only phrases whose second word fits are compared further."""
    if at + 1 >= len(words):
        return None
    first, second = words[at], words[at + 1]
    if first in MULTI:  # the typo is in a later word
        if second in protected:
            return None
        tried: list[tuple[tuple[str, ...], Cue]] = list(SECOND.get((first, second), ()))
        if _misspelt(second):
            tried += [(p, c) for p, c in MULTI[first] if _close(second, p[1])]
        return _longest(words, at, tried, typo_left=True, protected=protected)
    if not _misspelt(first) or first in protected:
        return None
    tried = [(p, c) for head in _near_first_words(first) for p, c in SECOND.get((head, second), ())]
    return _longest(words, at, tried, typo_left=False, protected=protected)


def _longest(
    words: Sequence[str],
    at: int,
    phrases: list[tuple[tuple[str, ...], Cue]],
    *,
    typo_left: bool,
    protected: frozenset[str],
) -> tuple[Cue, int] | None:
    """The longest of `phrases` the words at `at` spell with exactly one typo (the first
    word's, when `typo_left` is False)."""
    best: tuple[Cue, int] | None = None
    for phrase, cue in phrases:
        if at + len(phrase) > len(words) or (best is not None and len(phrase) <= best[1]):
            continue
        left = typo_left
        fits = True
        for n, wanted in enumerate(phrase[1:], 1):
            said = words[at + n]
            # "my wine glasses" is no "my wife": a short word of a person is not misspelt
            guarded = cue is Cue.FOREIGN and len(wanted) < FUZZY_CUE_LENGTH
            fits, left = _fits(said, wanted, left and said not in protected and not guarded)
            if not fits:
                break
        if fits and not left:  # exactly one word was misspelt
            best = (cue, len(phrase))
    return best
