"""Which of a customer's orders a stretch of their words names, read by the application.

Pure text work over tokens (linear in the text's length, no backtracking patterns): the words
are split into clauses; phrases that keep or leave out an item ("except the phone case", "not
the tv", "my laptop is fine", "I love my TV", "keep the watch") mark what follows or precedes
them in their clause as kept; everything else may name orders by id ("order 2", "#2", a bare
number that is no quantity), item (the same fuzzy matching as the item lookup tool), price
("$89", "the 89.99 one", "over $1000"), date ("yesterday", "3 days ago", "Nov 24"),
superlative ("the cheapest", "my most recent order"), position ("the second one") or "all" /
"everything". grounding.py decides with it whether a proposal rests on the customer's words.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rapidfuzz import fuzz

from services.chat_api.agent.matching import match_items

TOKEN = re.compile(
    r"\d{4}-\d{2}-\d{2}|\$|#|\d+(?:st|nd|rd|th)\b|\d+[a-z][a-z0-9]*|\d[\d,]*(?:\.\d+)?"
    r"|[a-z]+(?:'[a-z]+)?|[.!?;\n]|,(?!\d)"
)
THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
BREAKS = frozenset({".", "!", "?", ";", "\n", ",", "but", "though", "however", "although"})
NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a": 1, "an": 1,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        )
    )
    for m in names.split()
}
# Words after a number that make it a quantity, not an order id ("3 days", "2 items").
UNITS = frozenset({
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours",
    "minute", "minutes", "min", "mins", "time", "times", "item", "items", "piece", "pieces",
    "x", "percent", "star", "stars", "am", "pm", "dollars", "dollar", "bucks", "usd",
})  # fmt: skip
THINGS = frozenset({
    "one", "ones", "order", "orders", "item", "items", "purchase", "purchases", "thing", "things",
})  # fmt: skip
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
# Words that point back at orders named earlier ("refund it", "what about the other one?").
BACK = frozenset({"it", "them", "that", "this", "those", "these", "other", "rest", "same"})
KEEP_AFTER = frozenset({"except", "excluding", "besides", "without", "keep", "keeping"})
EXCEPTIONS = frozenset({"except", "excluding", "besides"})
KEEP_AFTER_PAIRS = frozenset({("apart", "from"), ("aside", "from"), ("other", "than")})
FINE = frozenset({"fine", "ok", "okay", "great", "perfect", "good", "alright", "working"})
WORKS_WELL = frozenset({"fine", "great", "well", "perfectly"})
LIKING = frozenset({"love", "like", "adore", "enjoy"})
# "all" that does not mean every order: "that's all", "at all", "all right", "all good".
NOT_ALL_BEFORE = frozenset({"that's", "at"})
NOT_ALL_AFTER = frozenset({"right", "good", "set", "done", "day", "the"})


@dataclass(frozen=True)
class CustomerOrder:
    """One of the customer's orders, as the words are read against it."""

    order_id: int
    item: str
    price: Decimal
    order_date: dt.date


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
        if t == "but" and _at(toks, i - 1) in {"all", "everything"}:
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
            nxt in LIKING or (nxt == "really" and _at(clause, i + 2) in LIKING)
        ):
            return i + 2
        if t in {"happy", "satisfied", "pleased"} and nxt == "with" and before not in NEGATIONS:
            return i + 2
    return None


def _kept_until(clause: Sequence[str]) -> int | None:
    """Where a phrase that keeps what precedes it ("is fine", "works great") starts, if any."""
    for i, t in enumerate(clause):
        nxt = _at(clause, i + 1)
        if t in {"is", "are", "was", "seems"} and (
            nxt in FINE or (nxt == "still" and _at(clause, i + 2) in FINE)
        ):
            return i
        if t.endswith("'s") and t != "it's" and nxt in FINE:
            return i + 1  # "laptop's fine": the item word stays in the scope
        if t in {"works", "working"} and nxt in WORKS_WELL and _at(clause, i - 1) not in NEGATIONS:
            return i
    return None


def _at(seq: Sequence[str], i: int) -> str:
    return seq[i] if 0 <= i < len(seq) else ""


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


def _number(token: str) -> Decimal | None:
    """A number token's value ("1,299.99" -> 1299.99); None for anything else."""
    raw = re.sub(r"(?:st|nd|rd|th)$", "", token).replace(",", "")
    try:
        return Decimal(raw) if raw and raw[0].isdigit() else None
    except InvalidOperation:
        return None


def _fits_price(price: Decimal, said: Decimal) -> bool:
    return price == said or int(price) == said or price.quantize(Decimal(1)) == said


def _priced(
    toks: Sequence[str], i: int, value: Decimal, orders: Sequence[CustomerOrder]
) -> set[int]:
    """Orders a price at token `i` picks out: that price, or above / below it."""
    w1 = _at(toks, i - 2) if _at(toks, i - 1) == "$" else _at(toks, i - 1)
    w2 = _at(toks, i - 3) if _at(toks, i - 1) == "$" else _at(toks, i - 2)
    above = w1 in {"over", "above"} or (w1 == "than" and w2 in {"more", "greater", "higher"})
    below = w1 in {"under", "below"} or (w1 == "than" and w2 in {"less", "cheaper", "lower"})
    if above:
        return {o.order_id for o in orders if o.price > value}
    if below:
        return {o.order_id for o in orders if o.price < value}
    return {o.order_id for o in orders if _fits_price(o.price, value)}


def _dates(toks: Sequence[str], today: dt.date) -> set[dt.date]:
    """The order dates the tokens give (today, yesterday, N days ago, ISO, "Nov 24")."""
    found: set[dt.date] = set()
    for i, t in enumerate(toks):
        if t == "today":
            found.add(today)
        elif t == "yesterday":
            before = _at(toks, i - 1) == "before"
            found.add(today - dt.timedelta(days=2 if before else 1))
        elif t in {"ago", "back"} and _at(toks, i - 1) in {"day", "days", "week", "weeks"}:
            count = _at(toks, i - 2)
            n = NUMBER_WORDS.get(count) or (int(count) if count.isdigit() else None)
            if n is not None:
                weeks = _at(toks, i - 1).startswith("week")
                found.add(today - dt.timedelta(days=n * (7 if weeks else 1)))
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            with contextlib.suppress(ValueError):
                found.add(dt.date.fromisoformat(t))
        elif t in MONTHS:
            for day in (_at(toks, i + 1), _at(toks, i - 1)):
                value = _number(day)
                if value is not None and value == int(value) and 1 <= value <= 31:
                    with contextlib.suppress(ValueError):
                        found.add(dt.date(today.year, MONTHS[t], int(value)))
    return found


def _extremes(toks: Sequence[str], orders: Sequence[CustomerOrder]) -> set[int]:
    """Orders picked out by a superlative or a position among the customer's orders."""
    if not orders:
        return set()
    picked: set[int] = set()
    by_price = sorted(orders, key=lambda o: o.price)
    by_date = sorted(orders, key=lambda o: (o.order_date, o.order_id))
    for i, t in enumerate(toks):
        pair = (t, _at(toks, i + 1))
        if t in {"cheapest", "lowest"} or pair == ("least", "expensive"):
            picked.add(by_price[0].order_id)
        if t in {"priciest", "dearest"} or pair == ("most", "expensive"):
            picked.add(by_price[-1].order_id)
        if t in {"latest", "newest", "recent"} or (t == "last" and pair[1] in THINGS):
            picked.update({by_date[-1].order_id, orders[-1].order_id})
        if t in {"oldest", "earliest"} or (t == "first" and pair[1] in THINGS):
            picked.update({by_date[0].order_id, orders[0].order_id})
        if t in ORDINALS and pair[1] in THINGS and ORDINALS[t] <= len(orders):
            picked.add(orders[ORDINALS[t] - 1].order_id)
    return picked


def _says_everything(toks: Sequence[str]) -> bool:
    """ "everything", "all of them", "every order"; not "that's all" or "all right"."""
    for i, t in enumerate(toks):
        if t == "everything":
            return True
        if t == "all":
            before, after = _at(toks, i - 1), _at(toks, i + 1)
            said_that = before == "that" and _at(toks, i - 2) == "is"
            if before not in NOT_ALL_BEFORE and after not in NOT_ALL_AFTER and not said_that:
                return True
        if t in {"every", "each"} and _at(toks, i + 1) in THINGS | {"of"}:
            return True
    return False


def orders_named(toks: Sequence[str], orders: Sequence[CustomerOrder], today: dt.date) -> set[int]:
    """The orders these tokens name by id, item, price, date, superlative or position."""
    ids = {o.order_id for o in orders}
    named: set[int] = set()
    for i, t in enumerate(toks):
        value = _number(t)
        before, after = _at(toks, i - 1), _at(toks, i + 1)
        if value is None:
            if t in NUMBER_WORDS and before in {"order", "#", "number"}:
                named.add(NUMBER_WORDS[t])
            continue
        if before == "$" or after in {"dollars", "dollar", "bucks", "usd"} or "." in t:
            named |= _priced(toks, i, value, orders)
        elif t[-1].isdigit() and after not in UNITS and not ({before, after} & MONTHS.keys()):
            named.add(int(value))
    words = " ".join(t for t in toks if any(c.isalpha() for c in t))
    named |= set(match_items(words, [(o.order_id, o.item) for o in orders]).order_ids)
    dates = _dates(toks, today)
    named |= {o.order_id for o in orders if o.order_date in dates}
    named |= _extremes(toks, orders)
    return named & ids


def read(texts: Iterable[str], orders: Sequence[CustomerOrder], today: dt.date) -> Named:
    """What the customer's texts name among their orders, kept and left-out orders apart."""
    result = Named()
    for text in texts:
        free, kept = split_kept(tokens(text))
        named = orders_named(free, orders, today)
        result = result | Named(
            frozenset(named),
            frozenset(orders_named(kept, orders, today) - named),
            _says_everything(free),
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


def refers_back(text: str) -> bool:
    """Whether a message points back at orders named before ("refund it", "the other one")."""
    return any(t in BACK for t in tokens(text))
