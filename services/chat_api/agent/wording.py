"""What a stretch of a customer's words asks for, read by the application: which of their
orders it names, and whether it asks for money back at all.

Pure text work over tokens (linear in the text's length, no backtracking patterns): the words
are split into clauses; phrases that keep or leave out an item ("except the phone case", "not
the tv", "my laptop is fine", "I love my TV", "keep the watch") mark what follows or precedes
them in their clause as kept; everything else may name orders (order_words.py: by id, item,
price, date, superlative, position, or "all" / "everything"). grounding.py decides with it
whether a proposal rests on the customer's words.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from services.chat_api.agent.order_words import (
    CustomerOrder,
    at,
    orders_named,
    says_everything,
)

TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}|\$|#|\d+(?:st|nd|rd|th)\b|\d+[a-z][a-z0-9]*|\d[\d,]*(?:\.\d+)?"
    r"|[a-z]+(?:'[a-z]+)?|[.!?;\n]|,(?!\d)"
)
THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
BREAKS = frozenset({".", "!", "?", ";", "\n", ",", "but", "though", "however", "although"})
NEGATIONS = frozenset({
    "not", "never", "no", "dont", "don't", "didn't", "doesn't", "isn't", "aren't", "wasn't",
    "won't", "can't", "didnt", "doesnt", "isnt", "arent", "wasnt", "wont", "cant",
})  # fmt: skip
# Words that ask for money back (a typo within a letter or two still counts), and words after
# which a later "back" does ("money back", "send it back"); the same in a few other languages.
REFUND_STEMS = ("refund", "reimburs", "return", "cancel", "chargeback")
REFUND_WORDS = ("refund", "return", "reimburse", "cancel")
TYPO_SCORE = 80
BACK_WORDS = frozenset({"money", "send", "give", "take", "bring", "pay", "ship", "mail"})
OTHER_LANGUAGES = (
    "reembols", "devol", "rembours", "rückerstatt", "erstatt", "geld zurück", "rimbors",
    "restitu", "terugbetal", "zwrot", "estorno", "iade", "возврат", "верн", "返金", "退款",
    "退货", "환불",
)  # fmt: skip
# First words of a message that carries on from the one before ("and the TV?").
CONTINUING = frozenset({"and", "also", "plus"})
# Words that point back at orders named earlier ("refund it", "what about the other one?").
BACK = frozenset({"it", "them", "that", "this", "those", "these", "other", "rest", "same"})
KEEP_AFTER = frozenset({"except", "excluding", "besides", "without", "keep", "keeping"})
EXCEPTIONS = frozenset({"except", "excluding", "besides"})
KEEP_AFTER_PAIRS = frozenset({("apart", "from"), ("aside", "from"), ("other", "than")})
FINE = frozenset({"fine", "ok", "okay", "great", "perfect", "good", "alright", "working"})
WORKS_WELL = frozenset({"fine", "great", "well", "perfectly"})
LIKING = frozenset({"love", "like", "adore", "enjoy"})


@dataclass(frozen=True)
class Named:
    """What some words name: orders named, orders only kept or left out, and "everything"."""

    named: frozenset[int] = frozenset()
    kept: frozenset[int] = frozenset()
    everything: bool = False

    def grounds(self, order_id: int) -> bool:
        """Whether these words ask about this order (by name, or by "all" without keeping it)."""
        return order_id in self.named or (self.everything and order_id not in self.kept)

    def mentioned(self) -> frozenset[int]:
        """Orders the words name either way (kept ones included, "everything" not)."""
        return self.named | self.kept

    def __or__(self, other: Named) -> Named:
        named = self.named | other.named
        return Named(named, (self.kept | other.kept) - named, self.everything or other.everything)


def tokens(text: str) -> list[str]:
    """The text's tokens, lower case (curly apostrophes read as straight ones); "2,3" is two
    numbers, "1,299.99" one."""
    out: list[str] = []
    for t in TOKEN.findall(text.lower().replace("\u2019", "'")):
        if t[0].isdigit() and "," in t and not THOUSANDS.fullmatch(t):
            out += [part for part in t.split(",") if part]
        else:
            out.append(t)
    return out


def clauses(toks: Sequence[str]) -> list[list[str]]:
    """Tokens split at punctuation and at "but", "though" and the like."""
    out: list[list[str]] = [[]]
    for i, t in enumerate(toks):
        if t == "but" and at(toks, i - 1) in {"all", "everything"}:
            out[-1].append("except")  # "all but the case": everything except it
        elif t in BREAKS:
            out.append([])
        else:
            out[-1].append(t)
    return [c for c in out if c]


def _kept_from(clause: Sequence[str]) -> int | None:
    """Where a phrase that keeps or leaves out what follows starts its scope, if any."""
    for i, t in enumerate(clause):
        nxt = clause[i + 1] if i + 1 < len(clause) else ""
        before = clause[i - 1] if i else ""
        if t in KEEP_AFTER and before not in NEGATIONS:
            # "all fine except the watch": the exception is the one with the problem.
            return None if t in EXCEPTIONS and FINE & set(clause[:i]) else i + 1
        if (t, nxt) in KEEP_AFTER_PAIRS:
            return i + 2
        if t == "not" and (nxt in {"the", "my", "this", "that", "order", "orders", "any", "#"}):
            return i + 1
        if t in NEGATIONS and nxt in {"refund", "return", "refunding", "returning"}:
            return i + 2
        if t in {"i", "we"} and (
            nxt in LIKING or (nxt == "really" and at(clause, i + 2) in LIKING)
        ):
            return i + 2
        if t in {"happy", "satisfied", "pleased"} and nxt == "with" and before not in NEGATIONS:
            return i + 2
    return None


def _kept_until(clause: Sequence[str]) -> int | None:
    """Where a phrase that keeps what precedes it ("is fine", "works great") starts, if any."""
    for i, t in enumerate(clause):
        nxt = at(clause, i + 1)
        if t in {"is", "are", "was", "seems"} and (
            nxt in FINE or (nxt == "still" and at(clause, i + 2) in FINE)
        ):
            return i
        if t.endswith("'s") and t != "it's" and nxt in FINE:
            return i + 1  # "laptop's fine": the item word stays in the scope
        if t in {"works", "working"} and nxt in WORKS_WELL and at(clause, i - 1) not in NEGATIONS:
            return i
    return None


def split_kept(toks: Sequence[str]) -> tuple[list[str], list[str]]:
    """(tokens that may name orders, tokens that only keep or leave orders out)."""
    free: list[str] = []
    kept: list[str] = []
    for clause in clauses(toks):
        start = _kept_from(clause)
        end = _kept_until(clause)
        if start is not None:
            free += [*clause[:start], "."]
            kept += [*clause[start:], "."]
        elif end is not None:
            kept += [*clause[:end], "."]
            free += [*clause[end:], "."]
        else:
            free += [*clause, "."]
    return free, kept


def read(texts: Iterable[str], orders: Sequence[CustomerOrder], today: dt.date) -> Named:
    """What the customer's texts name among their orders, kept and left-out orders apart."""
    result = Named()
    for text in texts:
        free, kept = split_kept(tokens(text))
        named = orders_named(free, orders, today)
        result = result | Named(
            frozenset(named),
            frozenset(orders_named(kept, orders, today) - named),
            says_everything(free),
        )
    return result


def _refund_word(token: str) -> bool:
    """ "refund", "refunds", "returning", "reimbursement", or one of them a typo away."""
    if token.startswith(REFUND_STEMS):
        return True
    if len(token) < 4 or not token[0].isalpha():
        return False
    return any(token[0] == w[0] and fuzz.ratio(token, w) >= TYPO_SCORE for w in REFUND_WORDS)


def asks_for_refund(text: str) -> bool:
    """Whether the words ask for money back at all: "refund", "return", "my money back",
    "send it back", "cancel" (typos tolerated), or the same in a few other languages."""
    toks = tokens(text)
    for i, t in enumerate(toks):
        if _refund_word(t):
            return True
        if t == "back" and any(
            w in BACK_WORDS or fuzz.ratio(w, "money") >= TYPO_SCORE for w in toks[max(0, i - 4) : i]
        ):
            return True
    lowered = text.lower()
    return any(word in lowered for word in OTHER_LANGUAGES)


def continues(text: str) -> bool:
    """Whether a message carries on from the one before ("and the TV?", "what about the
    watch?", "the laptop too")."""
    toks = [t for t in tokens(text) if t not in BREAKS]
    pairs = set(itertools.pairwise(toks))
    return bool(toks) and (
        toks[0] in CONTINUING
        or bool({("what", "about"), ("how", "about"), ("as", "well")} & pairs)
        or "too" in toks
    )


def refers_back(text: str) -> bool:
    """Whether a message points back at orders named before ("refund it", "the other one")."""
    return any(t in BACK for t in tokens(text))
