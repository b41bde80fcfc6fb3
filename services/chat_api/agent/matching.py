"""Which of a customer's items a few words name ("my headphones", "the TV", "phone case")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# Everyday words for the same thing, folded to one spelling.
SYNONYMS = {
    "television": "tv",
    "telly": "tv",
    "headphone": "headphones",
    "headset": "headphones",
    "earphones": "headphones",
    "earbuds": "headphones",
    "notebook": "laptop",
    "computer": "laptop",
    "smartwatch": "watch",
    "cellphone": "phone",
    "mobile": "phone",
}
# Words of item names too vague to name an item on their own ("just in case").
WEAK_WORDS = frozenset(
    {"pro", "series", "smart", "case", "wireless", "max", "plus", "mini", "new", "the", "and"}
)
WORD = re.compile(r"[a-z0-9]+")


def normalize(word: str) -> str:
    """Lower case, synonyms folded, a plural 's' dropped (but not from 'headphones')."""
    word = SYNONYMS.get(word.lower(), word.lower())
    if word.endswith("s") and len(word) > 3 and word not in ("headphones", "glasses", "series"):
        word = SYNONYMS.get(word[:-1], word[:-1])
    return word


def words(text: str) -> list[str]:
    return [normalize(w) for w in WORD.findall(text.lower())]


def name_keys(item: str) -> tuple[set[str], set[str]]:
    """The item's (strong, weak) words: one strong word names it; weak words only help."""
    all_words = {w for w in words(item) if not w.isdigit()}
    return all_words - WEAK_WORDS, all_words & WEAK_WORDS


@dataclass(frozen=True)
class ItemMatch:
    order_ids: list[int]  # the items the text names, best first
    ambiguous: bool  # two items answer to the same words ("phone" with two phones)


def match_items(text: str, items: Iterable[tuple[int, str]]) -> ItemMatch:
    """Which items the text names."""
    said = set(words(text))
    scored: list[tuple[int, int]] = []
    hit_words: dict[int, frozenset[str]] = {}
    for order_id, item in items:
        strong, weak = name_keys(item)
        hits = strong & said
        if not hits and weak and weak <= said:
            hits = weak  # every weak word said, e.g. "smart series"
        if hits:
            hit_words[order_id] = frozenset(hits)
            scored.append((len(hits) * 10 + len(weak & said), order_id))
    scored.sort(key=lambda s: -s[0])
    ids = [order_id for _, order_id in scored]
    # Ambiguous: an item named only by words that also name another item.
    ambiguous = any(hit_words[a] <= hit_words[b] for a in ids for b in ids if a != b)
    return ItemMatch(ids, ambiguous)
