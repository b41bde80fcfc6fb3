"""Which of the customer's orders a few words name, for any shop.

Every item name is split into words (stems); words that describe rather than name ("Pro",
"Wireless", "4K", "Series") are weak: they narrow a choice but name nothing when another word
of the mention could. Adjacent words also count joined ("smart watch" → "smartwatch"), and
everyday synonyms of a name's words count as that word ("telly" → "tv"). A word the customer
wrote is looked up exactly, then within a small edit distance. A mention names the orders
every one of its naming words fits; when it fits several, they are all returned, and the
caller asks which one, unless the words are the whole name of exactly one of them ("the
ukulele" beside a Ukulele Case): being a word of an item's name, even the last one ("the
skateboard" beside Skateboard Wheels), never picks it over another name holding the word.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from services.orderwords.pieces import SUBJECTS, Vocabulary
from services.orderwords.refs import Mention
from services.orderwords.spelling import is_plural, near, stem
from services.orderwords.tokens import normalize, tokenize
from services.orderwords.words import DESCRIPTORS, FUNCTION_WORDS, SYNONYMS, USES

MIN_AFFIX = 4  # the shortest word that counts as part of a compound item name
# The shortest noun that, after an item's describing words, says another thing is meant
# ("the backpacking pot" beside a Backpacking Stove, "the packing bag" beside Packing Cubes)
MIN_NOUN = 3
# "started", "smoking": a verb after an item's words, no noun ("sways": written with an "s")
VERB_ENDINGS = ("ed", "ing")
ADVERB_ENDING = "ly"  # "refund the laptop quickly": no noun
NEAR_START = 3  # "matt" and "mat" start alike: a misspelling of the item's word, not a noun
MIN_SHORT_FORM = 3  # the shortest start of a long word that stands for it ("amp", "mic")
# Indexes kept for the item lists read against lately: a customer's orders are read against
# several times in one turn, and an index depends on nothing but its items.
INDEXES_KEPT = 128
USES_OF_KIND = {stem(kind): uses for kind, uses in USES.items()}  # by the kind's stem
# Words of an item's name that join the others rather than name it ("U-Lock with Cable"): a
# customer who names the item in full may leave them out.
NOT_NAMING = FUNCTION_WORDS & DESCRIPTORS


def _part_of(word: str, own: str) -> bool:
    """ "book" is part of "cookbook" and "bookends"; "amp" starts "amplifier"."""
    if len(word) >= MIN_AFFIX:
        return own.startswith(word) or own.endswith(word)
    return own.startswith(word) and len(own) >= 2 * len(word)


def _dropped(short: str, own: str) -> bool:
    """ "cse" for "case": a short word typed with a letter of the item's word left out."""
    if len(own) != len(short) + 1:
        return False
    return any(own[:n] + own[n + 1 :] == short for n in range(len(own)))


def item_words(item: str) -> list[str]:
    """The words of an item's name, stemmed, in order ("Phone Case" → ["phone", "case"])."""
    return [stem(t.norm) for t in tokenize(normalize(item)) if t.kind == "word"]


def _numbers(item: str) -> frozenset[int]:
    """The whole numbers written apart in an item's name ("Wooden Wine Rack 12 Bottle" → {12})."""
    return frozenset(
        int(t.norm) for t in tokenize(normalize(item)) if t.kind == "number" and t.norm.isdigit()
    )


def _plurals(item: str) -> frozenset[str]:
    """The words of an item's name written in the plural, as stems ("Guitar Strings" →
    {"string"})."""
    found = set()
    for token in tokenize(normalize(item)):
        if token.kind == "word" and is_plural(token.norm):
            found.add(stem(token.norm))
    return frozenset(found)


def _uses(words: Sequence[str], head: str | None) -> frozenset[str]:
    """The words of what an item is for, by its kind: its last naming word, alone or joined
    to the word before it ("Diffuser Hair Dryer" is a "hairdryer": for the hair)."""
    if head is None:
        return frozenset()
    at = words.index(head)
    joined = words[at - 1] + head if at > 0 else ""
    return USES_OF_KIND.get(head, frozenset()) | USES_OF_KIND.get(joined, frozenset())


def _weak(word: str) -> bool:
    """A word that describes rather than names: a descriptor or a model code ("4k", "x1")."""
    return word in DESCRIPTORS or any(ch.isdigit() for ch in word) or len(word) < 2


def _kind_word(item: str) -> str | None:
    """The word of an item's name that says what kind of thing it is: its last naming word
    before "with" ("Baby Monitor with Camera" is a monitor) and not a unit after a number
    ("Quillan E-Reader 7 Inch" is a reader, "Hiking Socks 3 Pair" socks)."""
    kind: list[str] = []
    after_number = False
    for token in tokenize(normalize(item)):
        if token.kind == "word" and token.norm == "with" and kind:
            break
        if token.kind == "word" and not after_number and not _weak(stem(token.norm)):
            kind.append(stem(token.norm))
        after_number = token.norm.isdigit()
    return kind[-1] if kind else None


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
        modifies: dict[str, set[int]] = {}
        uses: dict[str, set[int]] = {}
        self._heads: dict[int, str | None] = {}
        self._words_of: dict[int, frozenset[str]] = {}
        self._numbers_of: dict[int, frozenset[int]] = {}
        # what each indexed word stands for among the items' own words (a joined pair for
        # both its words, a synonym for the kind word it is a synonym of), for whole names
        parts: dict[str, set[str]] = {}
        for order_id, item in items:
            words = [w for w in item_words(item) if w not in ("the", "and", "of")]
            naming = [w for w in words if not _weak(w)]
            head = naming[-1] if naming else None  # "Phone Case" is a case
            self._heads[order_id] = _kind_word(item) or head
            self._words_of[order_id] = frozenset(words)
            self._numbers_of[order_id] = _numbers(item)
            for use in _uses(words, head):
                uses.setdefault(use, set()).add(order_id)
            for n, word in enumerate(words):
                index = weak if _weak(word) else strong
                index.setdefault(word, set()).add(order_id)
                parts.setdefault(word, set()).add(word)
                if n + 1 < len(words) and words[n + 1] in _plurals(item):
                    modifies.setdefault(word, set()).add(order_id)  # "Guitar Strings"
                if word == head:  # everyday words for the item's kind ("telly" for a TV)
                    for synonym in SYNONYMS.get(word, ()):
                        strong.setdefault(stem(synonym), set()).add(order_id)
                        parts.setdefault(stem(synonym), set()).add(word)
                if n + 1 < len(words):
                    nxt = words[n + 1]
                    pairs.add((word, nxt))
                    strong.setdefault(word + nxt, set()).add(order_id)
                    parts.setdefault(word + nxt, set()).update((word, nxt))
        # The items' own words (no synonyms, no joined pairs), for "book" in "cookbook".
        self._own = sorted(
            {w for _, item in items for w in item_words(item) if len(w) >= MIN_AFFIX + 2}
        )
        self._own_ids = {w: ids for w, ids in strong.items() if w in set(self._own)}
        own_words = {w for _, item in items for w in item_words(item)}
        self._by_synonym = frozenset(w for w in strong if w not in own_words) - set(
            word for word in (a + b for a, b in pairs)
        )
        self._strong = {w: frozenset(ids) for w, ids in strong.items()}
        self._weak = {w: frozenset(ids) for w, ids in weak.items()}
        self._known = sorted(w for w in {*strong, *weak} if w not in FUNCTION_WORDS)
        self._cache: dict[str, Naming] = {}
        self._modifies = {w: frozenset(ids) for w, ids in modifies.items()}
        self._uses = {w: frozenset(ids) for w, ids in uses.items()}
        self._parts = {w: frozenset(own) for w, own in parts.items()}
        # An item's word that is also a function word ("Drill Bit Set"): the customer's word
        # is that item's when written otherwise than the function word ("the bits", not "a
        # bit"; pieces.py), so it is one of the item words the message is read with.
        spelt_alike = frozenset(w for w in strong if w in FUNCTION_WORDS)
        self.vocabulary = Vocabulary(frozenset(self._known) | spelt_alike, frozenset(pairs))

    def _plural(self, word: str, naming: Naming) -> Naming:
        """What a word the customer wrote in the plural names ("two guitars"): not the items
        where it only describes a plural noun after it ("Guitar Strings"), if others fit."""
        rest = naming.strong - self._modifies.get(word, frozenset())
        return Naming(rest, naming.weak) if rest else naming

    def _exact(self, word: str) -> Naming:
        """What a word names when spelt as in an item's name (or a synonym of one)."""
        return Naming(self._strong.get(word, frozenset()), self._weak.get(word, frozenset()))

    def naming(self, word: str) -> Naming:
        """What a customer's word names, exactly or within its allowed typos."""
        if word in self._cache:
            return self._cache[word]
        found = self._exact(word)
        if word in self._by_synonym:
            # "coat" beside a Rain Jacket and an Overcoat: the item whose own name holds the
            # word beats the one it is only a synonym of
            within = self._part_of_own(word)
            found = Naming(strong=within) if within else found
        if found.empty and word not in FUNCTION_WORDS:
            strong: set[int] = set()
            weak: set[int] = set()
            for close in near(word, self._known):
                strong |= self._strong.get(close, frozenset())
                weak |= self._weak.get(close, frozenset())
            found = Naming(frozenset(strong), frozenset(weak))
        if found.empty and len(word) >= MIN_SHORT_FORM and word not in FUNCTION_WORDS:
            # Part of a compound name ("book" in "Cookbook", "Bookends") or a short form of
            # a long word ("amp" for "Amplifier"): it names them all weakly, so a word shared
            # by two items is asked about.
            found = Naming(weak=self._part_of_own(word))
        if len(self._cache) < 4096:
            self._cache[word] = found
        return found

    def _part_of_own(self, word: str) -> frozenset[int]:
        """The orders whose own long words hold this word ("coat" in "Overcoat")."""
        return frozenset(
            oid
            for own in self._own
            if own != word and _part_of(word, own)
            for oid in self._own_ids.get(own, ())
        )

    def _by_use(self, word: str) -> Naming:
        """What a word names in a phrase about what a thing is for ("the thing on my
        wrist"): the items it is a use of, beside any whose own name holds it."""
        own = self._exact(word)
        used = self._uses.get(word, frozenset())
        return Naming(own.strong | used, own.weak) if used else self.naming(word)

    def _describes_only(self, word: str, naming: Naming) -> bool:
        """The word fits its items only as a word that describes them: before the last
        naming word of their names ("Leather" of "Leather Trainers"), or inside a longer
        word ("phone" in "Microphone"). A word fitting an item by a typo or a synonym, or as
        the word that names its kind, is no such word."""
        if not naming.strong:
            return not naming.empty
        return all(
            word in self._words_of[oid] and self._heads[oid] != word for oid in naming.strong
        )

    def _with_compounds(self, word: str, naming: Naming) -> Naming:
        """ "light" beside a Fog Light Bulb and an LED Headlight Bulb: a word that only
        describes the items it names, and ends a longer describing word of another item
        ("head-light"), fits that item as well, so "light bulb" is asked about, never
        picked. A word naming its items' kind keeps them ("ring": not the Earrings)."""
        if not naming.strong or not self._describes_only(word, naming):
            return naming
        inside = frozenset(
            oid
            for own in self._own
            if own.endswith(word) and len(own) - len(word) >= MIN_NOUN
            for oid in self._own_ids.get(own, ())
            if self._heads[oid] != own
        )
        return Naming(naming.strong | inside, naming.weak) if inside else naming

    def only_describes(self, mentions: Sequence[Mention]) -> bool:
        """Some of the mentions fit items, and every one that does fits them only as words
        describing them ("2 of the 8 arms came bent" beside a Swing Arm Wall Lamp): they speak
        of a part of another order, or of the customer's own thing, not of those items."""
        naming = [m for m in mentions if self.match(m).order_ids]
        return bool(naming) and all(self.describing_only(m) for m in naming)

    def describing_only(self, mention: Mention) -> bool:
        """Every word of the mention fits items only as a word describing them, never the
        word naming their kind ("the arms" beside a Swing Arm Wall Lamp, "my dog" beside a
        Dog Bed); "the X one" and a phrase about a thing's use name by such words."""
        return not (mention.generic or mention.by_use) and self._words_describe(mention)

    def _words_describe(self, mention: Mention) -> bool:
        """The mention has words, and each fits items only as a word describing them (a
        short form or a part of a longer word, "amp", may name the item: it does not)."""
        return bool(mention.words) and all(
            self.naming(w).strong and self._describes_only(w, self.naming(w)) for w in mention.words
        )

    def owned_thing(self, mention: Mention) -> bool:
        """ "doesn't fit my car", "staying on the car" beside an AGM Car Battery: words after a
        verb or a preposition that fit items only as words describing them (not the word that
        names their kind) speak of the customer's own thing the item is used with, not of
        the item. A phrase about what a thing is for ("the one for my phone") is no such."""
        return mention.used_with and not mention.by_use and self._words_describe(mention)

    def _thing_not_bought(
        self, words: Sequence[str], namings: Sequence[Naming], mention: Mention
    ) -> bool:
        """ "my leather belt", "the phone tripod": the words that fit an item describe it
        only, and the noun right after them names none of the customer's items. The customer
        speaks of a thing they did not buy here (another shop's, another customer's), not of
        the item sharing the describing word ("Leather Trainers", "Webcam with Microphone").
        The noun ends the mention; a word that may be a verb ("my drill started smoking",
        "the cat tree sways") or a near spelling of a word of the item ("yoga matt") is no
        such noun."""
        if mention.generic or mention.by_use:
            return False
        start = next((n for n, naming in enumerate(namings) if not naming.empty), None)
        if start is None:
            return False
        end = start
        while end < len(namings) and not namings[end].empty:
            end += 1
        if start == 1 and end == len(namings):  # "the bread knife" beside a Chef Knife Set
            return self._another_kind(words[0], namings[start:end], mention)
        if end != len(namings) - 1:  # the noun ends the mention: "my leather belt"
            return False
        if not all(self._describes_only(words[n], namings[n]) for n in range(start, end)):
            return False
        noun = words[end]
        if len(noun) < MIN_NOUN or _weak(noun) or noun in FUNCTION_WORDS:
            return False
        if noun.endswith(VERB_ENDINGS) or (end in mention.plurals and noun not in SYNONYMS):
            return False  # "sways" may be a verb; "cups", an everyday name of goods, is not
        fitting = frozenset().union(
            *(namings[n].strong | namings[n].weak for n in range(start, end))
        )
        return not any(
            own[:NEAR_START] == noun[:NEAR_START] or (len(noun) < MIN_AFFIX and _dropped(noun, own))
            for oid in fitting
            for own in self._words_of[oid]
        )

    def ends_in_another_thing(self, mention: Mention) -> bool:
        """ "the phone case" beside an order named just "Phone", "the laptop bag" beside a
        Laptop Pro X1: the words that fit an item are followed, at the end of the mention, by
        a noun that names none of the customer's items (not a near spelling of a word of the
        item, "phone cse"; not a verb form). The customer names another kind of thing, of
        which the item's word only says what it is for; asked for, it is no request for the
        item. (Said of the item, "the watch strap snapped", it may be a part of it: the
        caller reads it so only in a request.)"""
        words = mention.words
        if len(words) < 2 or mention.generic or mention.by_use:
            return False
        if not self._exact(words[-2] + words[-1]).empty:  # "head phones"
            return False
        namings = [self.naming(w) for w in words]
        if not namings[-1].empty or namings[-2].empty:
            return False
        noun = words[-1]
        if len(noun) < MIN_NOUN or _weak(noun) or noun in FUNCTION_WORDS or noun in SUBJECTS:
            return False  # "refund the shears theyre blunt": a statement about them begins
        if noun.endswith((*VERB_ENDINGS, ADVERB_ENDING)) or not noun.isalpha():
            return False
        fitting = namings[-2].strong | namings[-2].weak
        return not any(
            own[:NEAR_START] == noun[:NEAR_START] or _dropped(noun, own) or _dropped(own, noun)
            for oid in fitting
            for own in self._words_of[oid]
        )

    @staticmethod
    def _names_another_thing(words: Sequence[str], namings: Sequence[Naming]) -> bool:
        """ "the deck builder card game" beside a Board Game, "the tomato pin cushion" beside
        Quilting Pins: one word fits an item and two or more words that could name a thing fit
        none, one of them before it (what kind of game, whose pin). The customer names a
        thing they did not buy here. Words after the item's only ("the watch strap buckle")
        are parts of it, and short words ("new", "big") describe."""
        fitting = [n for n, naming in enumerate(namings) if not naming.empty]
        if len(fitting) != 1:
            return False
        other = [
            n
            for n, naming in enumerate(namings)
            if naming.empty
            and len(words[n]) >= MIN_AFFIX
            and not _weak(words[n])
            and words[n] not in FUNCTION_WORDS
            and not words[n].endswith(VERB_ENDINGS)
        ]
        return len(other) >= 2 and other[0] < fitting[0]

    def _another_kind(self, word: str, namings: Sequence[Naming], mention: Mention) -> bool:
        """ "the bread knife" beside a Chef Knife Set: a word naming none of the items
        before the ones that fit says which kind of that thing is meant, and it is not
        theirs. A short word ("new", "old"), a verb form or a near spelling of a word of the
        item is no such word."""
        if len(word) < MIN_AFFIX + 1 or _weak(word) or word in FUNCTION_WORDS:
            return False
        if word.endswith(VERB_ENDINGS) or 0 in mention.plurals:
            return False
        fitting = frozenset().union(*(n.strong | n.weak for n in namings))
        return not any(
            own[:NEAR_START] == word[:NEAR_START] for oid in fitting for own in self._words_of[oid]
        )

    def numbered(self, fitting: Sequence[int], numbers: Sequence[int]) -> list[int]:
        """Of several orders some words fit, those whose names hold a number the customer
        wrote ("the 12 bottle one" beside a Wine Rack 12 Bottle and a Wine Fridge 46 Bottle):
        a number of a name is one of its words; [] when it is in none or in every one."""
        said = set(numbers)
        held = [oid for oid in fitting if self._numbers_of.get(oid, frozenset()) & said]
        return held if len(held) < len(fitting) else []

    def _stands_for(self, word: str) -> frozenset[str]:
        """The words of the items' names a customer's word is: itself, the ones it is a
        misspelling of, both words of a pair it joins ("smartwatch"), the kind word it is a
        synonym of ("telly" for "tv")."""
        if word in self._parts:
            return self._parts[word]
        return frozenset().union(
            *(self._parts.get(close, frozenset()) for close in near(word, self._known))
        )

    def _whole_name(self, mention: Mention, fitting: frozenset[int]) -> frozenset[int]:
        """Of several orders the words fit, the one whose whole name they are ("the ukulele"
        beside a Ukulele Case, "the ukelele"): every word of its name is said (its "with",
        "of" aside), and every word said is a word of its name, but a function word, a verb
        form ("my surfboard snapped") or a short word before the name ("teh", "new"). Words
        only part of every name ("the skateboard" beside a Complete Skateboard and Skateboard
        Wheels) are the whole name of none; two orders of one item are both whole: then it is
        asked, never picked."""
        said: set[str] = set()
        for word in mention.words:
            own = self._stands_for(word)
            describes = len(word) < MIN_AFFIX and not said  # "teh", "new" before the name
            if not (own or describes or word in FUNCTION_WORDS or word.endswith(VERB_ENDINGS)):
                return frozenset()  # a word of no item ("the surfboard bag"): another thing
            said |= own
        whole = frozenset(oid for oid in fitting if self._words_of[oid] - NOT_NAMING <= said)
        fits_all = all(said <= self._words_of[oid] for oid in whole)
        return whole if len(whole) == 1 and fits_all else frozenset()

    def match(self, mention: Mention, kind: bool = False) -> Match:
        """The orders a mention names, in the customer's order; several when it is unclear.
        With `kind` (the customer names all of a kind: "every guitar", "both brushes"), a
        last word in the singular counts like a plural one: not the items it only describes. In a
        phrase about a thing's use ("the thing for my ears"), its words name what they are
        for too."""
        words = list(mention.words)
        plurals = mention.plurals
        if kind and words and not mention.generic:
            plurals = plurals | {len(words) - 1}
        namings: list[Naming] = []
        i = 0
        while i < len(words):
            # A joined pair the customer split ("head phones") names as one word.
            joined = self._exact(words[i] + words[i + 1]) if i + 1 < len(words) else Naming()
            if not joined.empty and self._exact(words[i]).empty:
                namings.append(joined)
                i += 2
                continue
            found = self._by_use(words[i]) if mention.by_use else self.naming(words[i])
            if found.empty and i in plurals and words[i].endswith("e"):
                # "canvases", "lenses": the plural in "-es" of a word ending in "s"
                found = self.naming(stem(words[i][:-1]))
            namings.append(self._plural(words[i], found) if i in plurals else found)
            i += 1
        if len(namings) == len(words) and self._thing_not_bought(words, namings, mention):
            return Match(())
        plain = not (mention.generic or mention.by_use)
        if len(namings) == len(words) and plain and self._names_another_thing(words, namings):
            return Match(())
        if len(namings) == len(words):
            namings = [self._with_compounds(w, n) for w, n in zip(words, namings, strict=True)]
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
        if len(chosen) > 1 and plain and not kind:
            chosen = self._whole_name(mention, chosen) or chosen
        return Match(tuple(oid for oid in self.order_ids if oid in chosen))


@functools.lru_cache(maxsize=INDEXES_KEPT)
def item_index(items: tuple[tuple[int, str], ...]) -> ItemIndex:
    """The index of these items (order id, item name), built once while they are read again."""
    return ItemIndex(items)


def orders_named(text: str, items: Iterable[tuple[int, str]]) -> list[int]:
    """The order ids whose items a short text names ("headphones", "the labtop"): every order
    that fits, so several when the text is unclear (the look_up_order tool's item search)."""
    index = item_index(tuple(items))
    said = [t.norm for t in tokenize(normalize(text)) if t.kind == "word"]
    said = [w for w in said if w not in FUNCTION_WORDS and stem(w) not in FUNCTION_WORDS]
    plurals = frozenset(n for n, w in enumerate(said) if is_plural(w))
    mention = Mention(tuple(stem(w) for w in said), plurals=plurals)
    return list(index.match(mention).order_ids) if said else []
