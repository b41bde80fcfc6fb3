"""What an evaluation case is: the customer's shop (its orders), the turns of the
conversation with what each must bring about, and the state the orders must end in.

cases.py reads the YAML files into these; judge.py runs them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tests.support.orders import DEMO_ITEMS

# The demo customer's five items (services/common/db.py seeds them), by their short names.
DEMO_KEYS = ("laptop", "headphones", "tv", "watch", "case")
OTHER_PREFIX = "other."
# `{key}` is that order's id in digits; `{key:words}` the same id in English words.
PLACEHOLDER = re.compile(r"\{([a-z0-9_.]+)(?::(words))?\}")


@dataclass(frozen=True)
class ShopItem:
    """One order in a case's shop: its short name, item, price and age in days."""

    key: str
    item: str
    price: str
    days: int = 0


DEMO_SHOP = [
    ShopItem(k, item, price, days)
    for k, (item, price, days) in zip(DEMO_KEYS, DEMO_ITEMS, strict=True)
]
# Another customer's orders, present in every case unless it says `other:`: nothing may ever
# touch them.
OTHER_SHOP = [
    ShopItem("other.grinder", "Coffee Grinder", "49.00"),
    ShopItem("other.headphones", "Wireless Headphones", "89.99"),
]


@dataclass(frozen=True)
class Turn:
    """One step: a message (`say`), or pressing Confirm / Cancel on the latest proposals."""

    say: str | None = None
    confirm: bool = False
    cancel: bool = False
    cards: tuple[str, ...] = ()  # the orders whose card is pressed (empty: every latest one)
    proposed: tuple[str, ...] = ()  # orders whose refund this turn proposed (pending cards)
    reply_has: tuple[str, ...] = ()  # substrings of the reply (case-insensitive)
    reply_lacks: tuple[str, ...] = ()  # substrings the reply must not contain
    asks: bool = False  # the reply asks the customer something (a question mark)
    no_tools: bool = False
    reason_has: dict[str, tuple[str, ...]] = field(default_factory=dict)
    reason_lacks: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Case:
    """One conversation: its shop, its turns, the orders' states once they are done."""

    id: str
    category: str
    turns: list[Turn]
    refunded: tuple[str, ...] = ()  # orders REFUNDED at the end
    review: tuple[str, ...] = ()  # orders PENDING_REFUND at the end
    extra: list[ShopItem] = field(default_factory=list)
    catalogue: list[ShopItem] | None = None  # the customer's items instead of the demo five
    other: list[ShopItem] | None = None  # the other customer's items instead of OTHER_SHOP
    asked: tuple[str, ...] | None = None  # orders asked to refund, when not the expectations'
    split: str = "dev"
    note: str = ""
    fake_model: str | None = None  # FAKE_MODELS: who answers on the fake OpenAI server

    @property
    def items(self) -> list[ShopItem]:
        """The case customer's own orders: the catalogue (or the demo five) and the extras."""
        return [*(DEMO_SHOP if self.catalogue is None else self.catalogue), *self.extra]

    @property
    def others(self) -> list[ShopItem]:
        """The other customer's orders."""
        return OTHER_SHOP if self.other is None else self.other

    @property
    def keys(self) -> list[str]:
        """Every order's case name, the other customer's included."""
        return [i.key for i in (*self.items, *self.others)]

    @property
    def asked_to_refund(self) -> frozenset[str]:
        """The orders the customer asked to refund: `asked:` when the case says it, else every
        order its expectations name (proposed in some turn, or REFUNDED / PENDING_REFUND at
        the end)."""
        if self.asked is not None:
            return frozenset(self.asked)
        proposed = {k for t in self.turns for k in t.proposed}
        return frozenset(proposed | set(self.refunded) | set(self.review))


ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
SCALES = ((10**9, "billion"), (10**6, "million"), (1000, "thousand"))


def number_words(n: int) -> str:
    """An order id as a customer would spell it out: 1042 -> "one thousand forty-two"."""
    for scale, name in SCALES:
        if n >= scale:
            rest = n % scale
            return f"{number_words(n // scale)} {name}" + (f" {number_words(rest)}" if rest else "")
    if n >= 100:
        rest = n % 100
        return f"{ONES[n // 100]} hundred" + (f" {number_words(rest)}" if rest else "")
    if n >= 20:
        return TENS[n // 10] + (f"-{ONES[n % 10]}" if n % 10 else "")
    return ONES[n]


def render(text: str, ids: dict[str, int]) -> str:
    """The message with each `{key}` / `{key:words}` replaced by that order's id."""

    def one(m: re.Match[str]) -> str:
        oid = ids[m.group(1)]
        return number_words(oid) if m.group(2) else str(oid)

    return PLACEHOLDER.sub(one, text)
