"""Which of the customer's orders a few words name, for any shop.

Every item name is split into words (stems); words that describe rather than name ("Pro",
"Wireless", "4K", "Series") are weak: they narrow a choice but name nothing when another word
of the mention could. Adjacent words also count joined ("smart watch" → "smartwatch"), and
everyday synonyms of a name's words count as that word ("telly" → "tv"). A word the customer
wrote is looked up exactly, then within a small edit distance. A mention names the orders
every one of its naming words fits; when it fits several, they are all returned, and the
caller asks which one: nothing here picks between two orders.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from services.offline_model.pieces import Vocabulary
from services.offline_model.refs import Mention
from services.offline_model.spelling import near, stem
from services.offline_model.tokens import normalize, tokenize
from services.offline_model.words import DESCRIPTORS, FUNCTION_WORDS, SYNONYMS

MIN_AFFIX = 4  # the shortest word that counts as part of a compound item name
# Indexes kept for the item lists read against lately: a customer's orders are read against
# several times in one turn, and an index depends on nothing but its items.
INDEXES_KEPT = 128


def item_words(item: str) -> list[str]:
    """The words of an item's name, stemmed, in order ("Phone Case" → ["phone", "case"])."""
    return [stem(t.norm) for t in tokenize(normalize(item)) if t.kind == "word"]


def _weak(word: str) -> bool:
    """A word that describes rather than names: a descriptor or a model code ("4k", "x1")."""
    return word in DESCRIPTORS or any(ch.isdigit() for ch in word) or len(word) < 2


@dataclass(frozen=True)
class Naming:
    """What one word of the customer's names: orders by a strong word, and by a weak one."""

    strong: frozenset[int] = frozenset()
    weak: frozenset[int] = frozenset()

    @property
    def empty(self) -> bool:
        """The word names nothing."""
        return not (self.strong or self.weak)


@dataclass(frozen=True)
class Match:
    """What a mention names: the fitting orders (several: ask which), or nothing."""

    order_ids: tuple[int, ...]

    @property
    def unmatched(self) -> bool:
        """The words named none of the customer's items."""
        return not self.order_ids


class ItemIndex:
    """The customer's orders, indexed by the words of their items."""

    def __init__(self, items: Sequence[tuple[int, str]]) -> None:
        """Index the items' names: (order id, item name), in the customer's order."""
        self.order_ids = [order_id for order_id, _ in items]
        strong: dict[str, set[int]] = {}
        weak: dict[str, set[int]] = {}
        pairs: set[tuple[str, str]] = set()
        for order_id, item in items:
            words = [w for w in item_words(item) if w not in ("the", "and", "of")]
            naming = [w for w in words if not _weak(w)]
            head = naming[-1] if naming else None  # "Phone Case" is a case
            for n, word in enumerate(words):
                index = weak if _weak(word) else strong
                index.setdefault(word, set()).add(order_id)
                if word == head:  # everyday words for the item's kind ("telly" for a TV)
                    for synonym in SYNONYMS.get(word, ()):
                        strong.setdefault(stem(synonym), set()).add(order_id)
                if n + 1 < len(words):
                    nxt = words[n + 1]
                    pairs.add((word, nxt))
                    strong.setdefault(word + nxt, set()).add(order_id)
        # The items' own words (no synonyms, no joined pairs), for "book" in "cookbook".
        self._own = sorted(
            {w for _, item in items for w in item_words(item) if len(w) >= MIN_AFFIX + 2}
        )
        self._own_ids = {w: ids for w, ids in strong.items() if w in set(self._own)}
        self._strong = {w: frozenset(ids) for w, ids in strong.items()}
        self._weak = {w: frozenset(ids) for w, ids in weak.items()}
        self._known = sorted(w for w in {*strong, *weak} if w not in FUNCTION_WORDS)
        self._cache: dict[str, Naming] = {}
        self.vocabulary = Vocabulary(frozenset(self._known), frozenset(pairs))

    def _exact(self, word: str) -> Naming:
        """What a word names when spelt as in an item's name (or a synonym of one)."""
        return Naming(self._strong.get(word, frozenset()), self._weak.get(word, frozenset()))

    def naming(self, word: str) -> Naming:
        """What a customer's word names, exactly or within its allowed typos."""
        if word in self._cache:
            return self._cache[word]
        found = self._exact(word)
        if found.empty and word not in FUNCTION_WORDS:
            strong: set[int] = set()
            weak: set[int] = set()
            for close in near(word, self._known):
                strong |= self._strong.get(close, frozenset())
                weak |= self._weak.get(close, frozenset())
            found = Naming(frozenset(strong), frozenset(weak))
        if found.empty and len(word) >= MIN_AFFIX and word not in FUNCTION_WORDS:
            # Part of a compound name ("book" in "Cookbook", "Bookends"): it names them all
            # weakly, so a word shared by two items is asked about.
            ids = {
                oid
                for own in self._own
                if own != word and (own.startswith(word) or own.endswith(word))
                for oid in self._own_ids.get(own, ())
            }
            found = Naming(weak=frozenset(ids))
        if len(self._cache) < 4096:
            self._cache[word] = found
        return found

    def match(self, mention: Mention) -> Match:
        """The orders a mention names, in the customer's order; several when it is unclear."""
        words = list(mention.words)
        namings: list[Naming] = []
        i = 0
        while i < len(words):
            # A joined pair the customer split ("head phones") names as one word.
            joined = self._exact(words[i] + words[i + 1]) if i + 1 < len(words) else Naming()
            if not joined.empty and self._exact(words[i]).empty:
                namings.append(joined)
                i += 2
                continue
            namings.append(self.naming(words[i]))
            i += 1
        strong = [n.strong for n in namings if n.strong]
        weak = [n.weak for n in namings if n.weak and not n.strong]
        chosen: frozenset[int]
        if strong:
            chosen = frozenset.intersection(*strong) or frozenset.union(*strong)
        elif weak:
            chosen = frozenset.intersection(*weak) or frozenset.union(*weak)
        else:
            return Match(())
        for narrowing in weak:
            if chosen & narrowing:
                chosen &= narrowing
        return Match(tuple(oid for oid in self.order_ids if oid in chosen))


@functools.lru_cache(maxsize=INDEXES_KEPT)
def item_index(items: tuple[tuple[int, str], ...]) -> ItemIndex:
    """The index of these items (order id, item name), built once while they are read again."""
    return ItemIndex(items)


def orders_named(text: str, items: Iterable[tuple[int, str]]) -> list[int]:
    """The order ids whose items a short text names ("headphones", "the labtop"): every order
    that fits, so several when the text is unclear (the look_up_order tool's item search)."""
    index = item_index(tuple(items))
    words = [stem(t.norm) for t in tokenize(normalize(text)) if t.kind == "word"]
    words = [w for w in words if w not in FUNCTION_WORDS]
    return list(index.match(Mention(tuple(words))).order_ids) if words else []
