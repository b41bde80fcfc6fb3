"""Which of a customer's items a few words name ("my headphones", "the telly", "the labtop").

Item names are split into strong words (one is enough to name the item: "laptop", "tv") and
weak words (they only help: "pro", "case", "smart"). Everyday synonyms fold to one spelling,
and a word that is not a known spelling is matched to the closest known one with rapidfuzz,
so small typos still find the item. Nothing here guesses between two items: a word that
names several of them is reported as such, and the caller asks the customer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

# Everyday words for the same thing, folded to one spelling.
SYNONYMS = {
    "television": "tv",
    "telly": "tv",
    "tele": "tv",
    "telivision": "tv",
    "headphone": "headphones",
    "headset": "headphones",
    "earphones": "headphones",
    "earphone": "headphones",
    "earbuds": "headphones",
    "earbud": "headphones",
    "notebook": "laptop",
    "computer": "laptop",
    "smartwatch": "watch",
    "cellphone": "phone",
    "mobile": "phone",
    "cover": "case",
}
# Words of item names too vague to name an item on their own ("just in case").
WEAK_WORDS = frozenset(
    {"pro", "series", "smart", "case", "wireless", "max", "plus", "mini", "new", "the", "and"}
)
WORD = re.compile(r"[a-z0-9]+")
# How close (0-100, rapidfuzz ratio) a misspelt word must be to a known spelling.
FUZZY_CUTOFF = 80
FUZZY_MIN_LENGTH = 4


def normalize(word: str) -> str:
    """Lower case, synonyms folded, a plural 's' dropped (but not from 'headphones')."""
    word = SYNONYMS.get(word.lower(), word.lower())
    if word.endswith("s") and len(word) > 3 and word not in ("headphones", "glasses", "series"):
        word = SYNONYMS.get(word[:-1], word[:-1])
    return word


def words(text: str) -> list[str]:
    """The normalized words of a text."""
    return [normalize(w) for w in WORD.findall(text.lower())]


def name_keys(item: str) -> tuple[set[str], set[str]]:
    """The item's (strong, weak) words: one strong word names it; weak words only help."""
    all_words = {w for w in words(item) if not w.isdigit()}
    return all_words - WEAK_WORDS, all_words & WEAK_WORDS


def spell(word: str, known: Iterable[str]) -> str | None:
    """The known spelling a customer's word stands for, exact or within a small typo."""
    word = normalize(word)
    vocabulary = set(known)
    if word in vocabulary:
        return word
    if len(word) < FUZZY_MIN_LENGTH:
        return None
    # Typos rarely hit the first letter; requiring it keeps "match" from meaning "watch".
    candidates = [v for v in vocabulary | set(SYNONYMS) if v[:1] == word[:1] and len(v) >= 3]
    best = process.extractOne(word, candidates, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
    if best is None:
        return None
    found = normalize(best[0])
    return found if found in vocabulary else None


@dataclass(frozen=True)
class NameHit:
    """One word of the message that names items: which orders it names."""

    word: str
    order_ids: frozenset[int]
    strong: bool


def name_hits(said: Iterable[str], items: Iterable[tuple[int, str]]) -> list[NameHit]:
    """For each word the customer said that names some of the items, the orders it names."""
    keyed = [(order_id, *name_keys(item)) for order_id, item in items]
    vocabulary = {w for _, strong, weak in keyed for w in strong | weak}
    hits: dict[str, NameHit] = {}
    for raw in said:
        word = spell(raw, vocabulary)
        if word is None or word in hits:
            continue
        strong_ids = frozenset(oid for oid, strong, _ in keyed if word in strong)
        weak_ids = frozenset(oid for oid, _, weak in keyed if word in weak)
        hits[word] = NameHit(word, strong_ids or weak_ids, bool(strong_ids))
    return list(hits.values())


@dataclass(frozen=True)
class ItemMatch:
    """Which items a text names, and whether a word named several."""

    order_ids: list[int]  # the items the text names
    ambiguous: bool  # some word names several items and nothing else tells them apart


def match_items(text: str, items: Iterable[tuple[int, str]]) -> ItemMatch:
    """Which items a short text names (used by the `look_up_order(item=...)` tool)."""
    listed = list(items)
    hits = name_hits(WORD.findall(text.lower()), listed)
    strong = [h for h in hits if h.strong] or hits
    chosen: set[int] = set()
    ambiguous = False
    for hit in strong:
        narrowed = hit.order_ids
        for other in hits:
            if other is not hit and other.order_ids & narrowed:
                narrowed = narrowed & other.order_ids
        if len(narrowed) > 1:
            ambiguous = True
        chosen |= narrowed
    return ItemMatch([oid for oid, _ in listed if oid in chosen], ambiguous)
