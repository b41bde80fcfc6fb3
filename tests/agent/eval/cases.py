"""The evaluation's conversation cases, loaded from cases.yaml and checked for typos."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

CASES_FILE = Path(__file__).with_name("cases.yaml")
# The demo customer's five items (services/common/db.py seeds them), by their short names.
DEMO_KEYS = ("laptop", "headphones", "tv", "watch", "case")
# Another customer's orders, present in every case: nothing may ever touch them.
OTHER_ITEMS: list[tuple[str, str, str]] = [
    ("other.grinder", "Coffee Grinder", "49.00"),
    ("other.headphones", "Wireless Headphones", "89.99"),
]
CATEGORIES = frozenset(
    {
        "money_safety", "negation", "typos", "references", "follow_ups", "questions",
        "other_customers", "injection", "small_talk", "confirmations",
    }
)  # fmt: skip
MONEY_SAFETY = "money_safety"


@dataclass(frozen=True)
class Extra:
    """An item the case's customer owns besides the five demo items."""

    key: str
    item: str
    price: str
    days: int


@dataclass(frozen=True)
class Turn:
    """One step: a message (`say`), or pressing Confirm / Cancel on the latest proposals."""

    say: str | None = None
    confirm: bool = False
    cancel: bool = False
    proposed: tuple[str, ...] = ()  # orders with a successful request_refund in this turn
    reply_has: tuple[str, ...] = ()  # substrings of the reply (case-insensitive)
    no_tools: bool = False


@dataclass(frozen=True)
class Case:
    id: str
    category: str
    turns: list[Turn]
    refunded: tuple[str, ...] = ()  # orders REFUNDED at the end
    review: tuple[str, ...] = ()  # orders PENDING_REFUND at the end
    extra: list[Extra] = field(default_factory=list)

    @property
    def keys(self) -> list[str]:
        return [*DEMO_KEYS, *(e.key for e in self.extra), *(k for k, _, _ in OTHER_ITEMS)]


def _turn(raw: dict[str, Any]) -> Turn:
    unknown = set(raw) - {"say", "confirm", "cancel", "proposed", "reply_has", "no_tools"}
    if unknown:
        raise ValueError(f"unknown turn keys {sorted(unknown)}")
    return Turn(
        say=raw.get("say"),
        confirm=bool(raw.get("confirm", False)),
        cancel=bool(raw.get("cancel", False)),
        proposed=tuple(raw.get("proposed", ())),
        reply_has=tuple(raw.get("reply_has", ())),
        no_tools=bool(raw.get("no_tools", False)),
    )


def load_cases(path: Path = CASES_FILE) -> list[Case]:
    """Every case of the file, validated (unknown keys, categories and order names fail)."""
    cases: list[Case] = []
    for raw in yaml.safe_load(path.read_text()):
        case = Case(
            id=raw["id"],
            category=raw["category"],
            turns=[_turn(t) for t in raw["turns"]],
            refunded=tuple(raw.get("refunded", ())),
            review=tuple(raw.get("review", ())),
            extra=[Extra(**e) for e in raw.get("extra", ())],
        )
        if case.category not in CATEGORIES:
            raise ValueError(f"{case.id}: unknown category {case.category!r}")
        named = {k for t in case.turns for k in t.proposed} | set(case.refunded) | set(case.review)
        if named - set(case.keys):
            raise ValueError(f"{case.id}: unknown orders {sorted(named - set(case.keys))}")
        cases.append(case)
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        raise ValueError("case ids must be unique")
    return cases
