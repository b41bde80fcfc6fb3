"""The evaluation's conversation cases, loaded from their YAML files and checked for typos.

The cases come in two splits: `dev` (cases.yaml, for tuning the model) and `holdout`
(holdout.yaml, never tuned against and never edited). The format is documented at the top of
each file; every key, category, order name and `{placeholder}` is checked here, so a typo fails
loudly instead of silently weakening a case.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from tests.support.orders import DEMO_ITEMS

HERE = Path(__file__).parent
CASES_FILE = HERE / "cases.yaml"
SPLIT_FILES = {"dev": CASES_FILE, "holdout": HERE / "holdout.yaml"}
# The demo customer's five items (services/common/db.py seeds them), by their short names.
DEMO_KEYS = ("laptop", "headphones", "tv", "watch", "case")
CATEGORIES = frozenset(
    {
        "money_safety", "negation", "typos", "references", "follow_ups", "questions",
        "other_customers", "injection", "small_talk", "confirmations",
    }
)  # fmt: skip
MONEY_SAFETY = "money_safety"
OTHER_PREFIX = "other."
# `{key}` is that order's id in digits; `{key:words}` the same id in English words.
PLACEHOLDER = re.compile(r"\{([a-z0-9_.]+)(?::(words))?\}")

CASE_KEYS = frozenset(
    {"id", "category", "note", "turns", "refunded", "review", "asked", "catalogue", "extra",
     "other"}
)  # fmt: skip
TURN_KEYS = frozenset(
    {"say", "confirm", "cancel", "proposed", "reply_has", "reply_lacks", "asks", "no_tools",
     "reason_has", "reason_lacks"}
)  # fmt: skip
ITEM_KEYS = frozenset({"key", "item", "price", "days"})


class CaseError(ValueError):
    """A case file that does not follow its documented format."""


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
# (key, item, price) of the default other customer's orders.
OTHER_ITEMS: list[tuple[str, str, str]] = [(o.key, o.item, o.price) for o in OTHER_SHOP]


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


def _fail(where: str, problem: str) -> CaseError:
    return CaseError(f"{where}: {problem}")


def _keys_of(raw: Any, where: str, allowed: frozenset[str], what: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _fail(where, f"a {what} must be a mapping, got {raw!r}")
    unknown = set(raw) - allowed
    if unknown:
        raise _fail(where, f"unknown {what} keys {sorted(unknown)} (allowed: {sorted(allowed)})")
    return raw


def _strings(raw: Any, where: str, name: str) -> tuple[str, ...]:
    values = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(v, str) and v for v in values):
        raise _fail(where, f"{name} must be a string or a list of strings, got {raw!r}")
    return tuple(values)


def _flag(raw: dict[str, Any], name: str, where: str) -> bool:
    value = raw.get(name, False)
    if not isinstance(value, bool):
        raise _fail(where, f"{name} must be true or false, got {value!r}")
    return value


def _item(raw: Any, where: str) -> ShopItem:
    data = _keys_of(raw, where, ITEM_KEYS, "item")
    missing = {"key", "item", "price"} - set(data)
    if missing:
        raise _fail(where, f"item lacks {sorted(missing)}")
    price, days = data["price"], data.get("days", 0)
    try:
        ok = isinstance(price, str) and Decimal(price) > 0 and Decimal(price).as_tuple()[2] == -2
    except InvalidOperation:
        ok = False
    if not ok:
        raise _fail(where, f'price must be a quoted amount with cents like "19.99": {price!r}')
    if not isinstance(days, int) or isinstance(days, bool) or days < 0:
        raise _fail(where, f"days must be a whole number of days ago: {days!r}")
    return ShopItem(str(data["key"]), str(data["item"]), price, days)


def _items(raw: Any, where: str, catalogues: dict[str, list[ShopItem]]) -> list[ShopItem]:
    if isinstance(raw, str):
        if raw not in catalogues:
            raise _fail(where, f"unknown catalogue {raw!r} (known: {sorted(catalogues)})")
        return catalogues[raw]
    if not isinstance(raw, list) or not raw:
        raise _fail(where, f"expected a non-empty list of items, got {raw!r}")
    return [_item(r, where) for r in raw]


def _reasons(raw: Any, where: str, name: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict):
        raise _fail(where, f"{name} must map an order to substrings, got {raw!r}")
    return {str(k): _strings(v, where, name) for k, v in raw.items()}


def _turn(raw: Any, where: str) -> Turn:
    data = _keys_of(raw, where, TURN_KEYS, "turn")
    actions = [k for k in ("say", "confirm", "cancel") if k in data]
    if len(actions) != 1:
        raise _fail(where, f"a turn needs exactly one of say, confirm, cancel (got {actions})")
    say = data.get("say")
    if say is not None and not (isinstance(say, str) and say.strip()):
        raise _fail(where, f"say must be a quoted, non-empty string, got {say!r}")
    button = data.get("confirm", data.get("cancel"))
    if say is None and button is not True and not isinstance(button, list):
        raise _fail(where, f"confirm / cancel must be true or a list of orders, got {button!r}")
    cards = _strings(button, where, "cards") if isinstance(button, list) else ()
    if say is None and set(data) - {"confirm", "cancel"}:
        raise _fail(where, "a button turn takes no expectations; put them on a message turn")
    return Turn(
        say=say,
        confirm="confirm" in data,
        cancel="cancel" in data,
        cards=cards,
        proposed=_strings(data.get("proposed", []), where, "proposed"),
        reply_has=_strings(data.get("reply_has", []), where, "reply_has"),
        reply_lacks=_strings(data.get("reply_lacks", []), where, "reply_lacks"),
        asks=_flag(data, "asks", where),
        no_tools=_flag(data, "no_tools", where),
        reason_has=_reasons(data.get("reason_has", {}), where, "reason_has"),
        reason_lacks=_reasons(data.get("reason_lacks", {}), where, "reason_lacks"),
    )


def _check_names(case: Case, where: str) -> None:
    own = [i.key for i in case.items]
    others = [i.key for i in case.others]
    if len(set(case.keys)) != len(case.keys):
        raise _fail(where, f"order names must be unique: {case.keys}")
    if any(k.startswith(OTHER_PREFIX) for k in own) or not all(
        k.startswith(OTHER_PREFIX) for k in others
    ):
        raise _fail(
            where, f"the other customer's orders, and only theirs, start with {OTHER_PREFIX!r}"
        )
    final = [*case.refunded, *case.review, *(case.asked or ())]
    if set(final) - set(own):
        raise _fail(where, f"refunded / review / asked name orders not the customer's: {final}")
    if set(case.refunded) & set(case.review):
        raise _fail(where, "an order cannot be both refunded and in review")
    for n, turn in enumerate(case.turns, 1):
        named = {*turn.proposed, *turn.cards, *turn.reason_has, *turn.reason_lacks}
        if named - set(case.keys):
            raise _fail(f"{where} turn {n}", f"unknown orders {sorted(named - set(case.keys))}")
        if (set(turn.reason_has) | set(turn.reason_lacks)) - set(turn.proposed):
            raise _fail(f"{where} turn {n}", "reasons are checked only on orders proposed")
        text = turn.say or ""
        bad = {m.group(1) for m in PLACEHOLDER.finditer(text)} - set(case.keys)
        if bad or PLACEHOLDER.sub("", text).count("{"):
            raise _fail(f"{where} turn {n}", f"bad placeholder in {text!r}")  # fmt: skip


def _case(raw: Any, split: str, catalogues: dict[str, list[ShopItem]]) -> Case:
    where = f"case {raw.get('id') if isinstance(raw, dict) else raw!r}"
    data = _keys_of(raw, where, CASE_KEYS, "case")
    case_id, category, turns = data.get("id"), data.get("category"), data.get("turns")
    if not isinstance(case_id, str) or not re.fullmatch(r"[a-z0-9_]+", case_id):
        raise _fail(where, "id must be lowercase letters, digits and _")
    if category not in CATEGORIES:
        raise _fail(where, f"unknown category {category!r} (known: {sorted(CATEGORIES)})")
    if not isinstance(turns, list) or not turns:
        raise _fail(where, "turns must be a non-empty list")
    asked = data.get("asked")
    case = Case(
        id=case_id,
        category=category,
        turns=[_turn(t, f"{where} turn {n}") for n, t in enumerate(turns, 1)],
        refunded=_strings(data.get("refunded", []), where, "refunded"),
        review=_strings(data.get("review", []), where, "review"),
        extra=_items(data["extra"], where, catalogues) if "extra" in data else [],
        catalogue=_items(data["catalogue"], where, catalogues) if "catalogue" in data else None,
        other=_items(data["other"], where, catalogues) if "other" in data else None,
        asked=None if asked is None else _strings(asked, where, "asked"),
        split=split,
        note=str(data.get("note", "")),
    )
    _check_names(case, where)
    return case


def load_cases(path: Path = CASES_FILE, split: str = "dev") -> list[Case]:
    """Every case of one file, validated (unknown keys, categories and order names fail).

    The file is a list of cases, or a mapping with `cases:` and named `catalogues:`."""
    raw = yaml.safe_load(path.read_text())
    catalogues: dict[str, list[ShopItem]] = {}
    if isinstance(raw, dict):
        _keys_of(raw, path.name, frozenset({"catalogues", "cases"}), "file")
        named = raw.get("catalogues") or {}
        if not isinstance(named, dict):
            raise _fail(path.name, "catalogues must map a name to a list of items")
        catalogues = {str(k): _items(v, f"catalogue {k}", {}) for k, v in named.items()}
        raw = raw.get("cases")
    if not isinstance(raw, list):
        raise _fail(path.name, "expected a list of cases")
    cases = [_case(r, split, catalogues) for r in raw]
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        raise _fail(
            path.name, f"case ids must be unique: {sorted({i for i in ids if ids.count(i) > 1})}"
        )
    return cases


def load_split(split: str) -> list[Case]:
    """The cases of one split, `dev` or `holdout`."""
    if split not in SPLIT_FILES:
        raise CaseError(f"unknown split {split!r} (known: {sorted(SPLIT_FILES)})")
    return load_cases(SPLIT_FILES[split], split)
