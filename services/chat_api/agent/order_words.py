"""Which of a customer's orders some tokens name: by id ("order 2", "#2", a bare number that
is no quantity), price ("$89", "the 89.99 one", "over $1000"), date ("yesterday", "3 days
ago", "Nov 24"), superlative ("the cheapest", "my most recent order"), position ("the second
one") or item (the same fuzzy matching as the item lookup tool), and whether they say "all" or
"everything". Pure, and linear in the number of tokens; wording.py splits the text first.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from services.orderwords.items import orders_named as items_named
from services.orderwords.spelling import LONGEST_NUMBER, number_word

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


def at(seq: Sequence[str], i: int) -> str:
    """The token at `i`, or "" outside the sequence."""
    return seq[i] if 0 <= i < len(seq) else ""


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
    w1 = at(toks, i - 2) if at(toks, i - 1) == "$" else at(toks, i - 1)
    w2 = at(toks, i - 3) if at(toks, i - 1) == "$" else at(toks, i - 2)
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
            before = at(toks, i - 1) == "before"
            found.add(today - dt.timedelta(days=2 if before else 1))
        elif t in {"ago", "back"} and at(toks, i - 1) in {"day", "days", "week", "weeks"}:
            count = at(toks, i - 2)
            n = NUMBER_WORDS.get(count) or (int(count) if count.isdigit() else None)
            if n is not None:
                weeks = at(toks, i - 1).startswith("week")
                found.add(today - dt.timedelta(days=n * (7 if weeks else 1)))
        elif re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            with contextlib.suppress(ValueError):
                found.add(dt.date.fromisoformat(t))
        elif t in MONTHS:
            for day in (at(toks, i + 1), at(toks, i - 1)):
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
        pair = (t, at(toks, i + 1))
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


def says_everything(toks: Sequence[str]) -> bool:
    """ "everything", "all of them", "every order"; not "that's all" or "all right"."""
    for i, t in enumerate(toks):
        if t == "everything":
            return True
        if t == "all":
            before, after = at(toks, i - 1), at(toks, i + 1)
            said_that = before == "that" and at(toks, i - 2) == "is"
            if before not in NOT_ALL_BEFORE and after not in NOT_ALL_AFTER and not said_that:
                return True
        if t in {"every", "each"} and at(toks, i + 1) in THINGS | {"of"}:
            return True
    return False


def _hyphened(token: str) -> list[str]:
    """ "forty-two" as the number reader takes it: "forty", "-", "two"."""
    parts = token.split("-")
    return [w for n, part in enumerate(parts) for w in ([part] if n == 0 else ["-", part])]


def orders_named(toks: Sequence[str], orders: Sequence[CustomerOrder], today: dt.date) -> set[int]:
    """The orders these tokens name by id, item, price, date, superlative or position."""
    ids = {o.order_id for o in orders}
    named: set[int] = set()
    for i, t in enumerate(toks):
        value = _number(t)
        before, after = at(toks, i - 1), at(toks, i + 1)
        if value is None:
            if before in {"order", "#", "number"}:  # "order one thousand forty-two"
                spelled = [w for tok in toks[i : i + LONGEST_NUMBER] for w in _hyphened(tok)]
                found = number_word(spelled, 0)
                if found is not None:
                    named.add(found[0])
            continue
        if before == "$" or after in {"dollars", "dollar", "bucks", "usd"} or "." in t:
            named |= _priced(toks, i, value, orders)
        elif t[-1].isdigit() and after not in UNITS and not ({before, after} & MONTHS.keys()):
            named.add(int(value))
    words = " ".join(t for t in toks if any(c.isalpha() for c in t))
    named |= set(items_named(words, [(o.order_id, o.item) for o in orders]))
    dates = _dates(toks, today)
    named |= {o.order_id for o in orders if o.order_date in dates}
    named |= _extremes(toks, orders)
    return named & ids
