"""The evaluation's conversation cases, loaded from their YAML files and checked for typos.

The cases come in eight splits: `dev` (cases.yaml, for tuning the model), `holdout`
(holdout.yaml, never tuned against and never edited), `holdout2` to `holdout7`
(holdout2.yaml to holdout7.yaml, a second to seventh holdout written blind, without reading the
model, and never edited either; holdout2 and holdout5 were read on 2026-12-03 and are tuned
against since, report.py). The format is documented at
the top of cases.yaml; every key, category, order name and `{placeholder}` is checked here,
so a typo fails loudly instead of silently weakening a case.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import yaml

from tests.agent.eval.conversation import (
    DEMO_KEYS,
    OTHER_PREFIX,
    PLACEHOLDER,
    Case,
    ShopItem,
    Turn,
    number_words,
    render,
)

__all__ = [
    "CATEGORIES",
    "DEMO_KEYS",
    "MONEY_SAFETY",
    "SPLIT_FILES",
    "Case",
    "CaseError",
    "ShopItem",
    "Turn",
    "load_cases",
    "load_split",
    "number_words",
    "render",
]

HERE = Path(__file__).parent
CASES_FILE = HERE / "cases.yaml"
SPLIT_FILES = {
    "dev": CASES_FILE,
    "holdout": HERE / "holdout.yaml",
    "holdout2": HERE / "holdout2.yaml",
    "holdout3": HERE / "holdout3.yaml",
    "holdout4": HERE / "holdout4.yaml",
    "holdout5": HERE / "holdout5.yaml",
    "holdout6": HERE / "holdout6.yaml",
    "holdout7": HERE / "holdout7.yaml",
}
CATEGORIES = frozenset(
    {
        "money_safety", "negation", "typos", "references", "follow_ups", "questions",
        "other_customers", "injection", "small_talk", "confirmations",
    }
)  # fmt: skip
MONEY_SAFETY = "money_safety"

CASE_KEYS = frozenset(
    {"id", "category", "note", "turns", "refunded", "review", "asked", "catalogue", "extra",
     "other", "fake_model"}
)  # fmt: skip
TURN_KEYS = frozenset(
    {"say", "confirm", "cancel", "proposed", "reply_has", "reply_lacks", "asks", "no_tools",
     "reason_has", "reason_lacks"}
)  # fmt: skip
ITEM_KEYS = frozenset({"key", "item", "price", "days"})
# Scripted models the fake OpenAI server can answer a case with (scripted.py), instead of the
# offline grammar, when the case runs through the OpenAI protocol in the tests.
FAKE_MODELS = frozenset({"misbehaving"})


class CaseError(ValueError):
    """A case file that does not follow its documented format."""


def _fail(where: str, problem: str) -> CaseError:
    """The error for a problem at one place of a case file."""
    return CaseError(f"{where}: {problem}")


def _keys_of(raw: Any, where: str, allowed: frozenset[str], what: str) -> dict[str, Any]:
    """A mapping whose keys are all allowed (a mistyped key fails)."""
    if not isinstance(raw, dict):
        raise _fail(where, f"a {what} must be a mapping, got {raw!r}")
    unknown = set(raw) - allowed
    if unknown:
        raise _fail(where, f"unknown {what} keys {sorted(unknown)} (allowed: {sorted(allowed)})")
    return raw


def _strings(raw: Any, where: str, name: str) -> tuple[str, ...]:
    """A string or a list of strings, as a tuple."""
    values = raw if isinstance(raw, list) else [raw]
    if not all(isinstance(v, str) and v for v in values):
        raise _fail(where, f"{name} must be a string or a list of strings, got {raw!r}")
    return tuple(values)


def _flag(raw: dict[str, Any], name: str, where: str) -> bool:
    """An optional true/false key (false when absent)."""
    value = raw.get(name, False)
    if not isinstance(value, bool):
        raise _fail(where, f"{name} must be true or false, got {value!r}")
    return value


def _item(raw: Any, where: str) -> ShopItem:
    """One order of a shop: key, item, a price with cents, days ago."""
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
    """A list of orders, or the name of one of the file's catalogues."""
    if isinstance(raw, str):
        if raw not in catalogues:
            raise _fail(where, f"unknown catalogue {raw!r} (known: {sorted(catalogues)})")
        return catalogues[raw]
    if not isinstance(raw, list) or not raw:
        raise _fail(where, f"expected a non-empty list of items, got {raw!r}")
    return [_item(r, where) for r in raw]


def _reasons(raw: Any, where: str, name: str) -> dict[str, tuple[str, ...]]:
    """reason_has / reason_lacks: an order name to substrings."""
    if not isinstance(raw, dict):
        raise _fail(where, f"{name} must map an order to substrings, got {raw!r}")
    return {str(k): _strings(v, where, name) for k, v in raw.items()}


def _turn(raw: Any, where: str) -> Turn:
    """One turn: a message with its expectations, or a Confirm / Cancel press."""
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
    """Every order a case names exists in its shops, and every placeholder is one of them."""
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
    """One case of a file, every key checked."""
    where = f"case {raw.get('id') if isinstance(raw, dict) else raw!r}"
    data = _keys_of(raw, where, CASE_KEYS, "case")
    case_id, category, turns = data.get("id"), data.get("category"), data.get("turns")
    if not isinstance(case_id, str) or not re.fullmatch(r"[a-z0-9_]+", case_id):
        raise _fail(where, "id must be lowercase letters, digits and _")
    if category not in CATEGORIES:
        raise _fail(where, f"unknown category {category!r} (known: {sorted(CATEGORIES)})")
    if not isinstance(turns, list) or not turns:
        raise _fail(where, "turns must be a non-empty list")
    asked, fake_model = data.get("asked"), data.get("fake_model")
    if fake_model is not None and fake_model not in FAKE_MODELS:
        raise _fail(where, f"unknown fake_model {fake_model!r} (known: {sorted(FAKE_MODELS)})")
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
        fake_model=fake_model,
    )
    _check_names(case, where)
    return case


class _UniqueKeyLoader(yaml.SafeLoader):  # type: ignore[misc]  # PyYAML is untyped
    """YAML's safe loader, refusing a mapping that gives one key twice: plain YAML keeps the
    last silently, so a second shop of the same name would replace the first one's items
    under every case that names it."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise _fail(f"line {key_node.start_mark.line + 1}", f"{key!r} is given twice")
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def read_yaml(path: Path) -> Any:
    """A case file's YAML, every mapping's keys unique."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)


def load_cases(path: Path = CASES_FILE, split: str = "dev") -> list[Case]:
    """Every case of one file, validated (unknown keys, categories and order names fail).

    The file is a list of cases, or a mapping with `cases:` and named `catalogues:`."""
    raw = read_yaml(path)
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
    """The cases of one split: `dev`, `holdout` or `holdout2` to `holdout7`."""
    if split not in SPLIT_FILES:
        raise CaseError(f"unknown split {split!r} (known: {sorted(SPLIT_FILES)})")
    return load_cases(SPLIT_FILES[split], split)
