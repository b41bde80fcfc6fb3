"""The evaluation's case files parse, cover what they must, and a typo in one fails loudly."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest

from tests.agent.eval.cases import (
    CATEGORIES,
    DEMO_KEYS,
    MONEY_SAFETY,
    SPLIT_FILES,
    CaseError,
    load_cases,
    load_split,
    number_words,
    render,
)
from tests.agent.eval.report import HOLDOUTS, OVERALL_TARGETS, READ_HOLDOUTS


def test_the_holdout_covers_every_category_and_a_second_catalogue():
    cases = load_split("holdout")
    assert len(cases) >= 60
    assert {c.category for c in cases} == CATEGORIES
    assert all(c.split == "holdout" for c in cases)
    other_shops = [c for c in cases if c.catalogue is not None]
    assert {c.category for c in other_shops} == CATEGORIES
    assert not {i.key for c in other_shops for i in c.catalogue or []} & set(DEMO_KEYS)
    assert not {c.id for c in cases} & {c.id for c in load_split("dev")}


def test_the_second_holdout_covers_every_category_about_evenly_on_shops_of_its_own():
    cases = load_split("holdout2")
    assert len(cases) >= 120
    assert all(c.split == "holdout2" for c in cases)
    per_category = Counter(c.category for c in cases)
    assert set(per_category) == CATEGORIES
    assert per_category[MONEY_SAFETY] >= 15
    assert min(per_category.values()) >= len(cases) // (2 * len(CATEGORIES))
    shops = {tuple(i.key for i in c.catalogue) for c in cases if c.catalogue is not None}
    assert len(shops) >= 2
    assert any(c.catalogue is None for c in cases)  # the demo five too
    earlier = {c.id for split in ("dev", "holdout") for c in load_split(split)}
    assert not {c.id for c in cases} & earlier


def test_the_third_holdout_covers_every_category_evenly_on_shops_of_its_own():
    cases = load_split("holdout3")
    assert len(cases) == 120
    assert all(c.split == "holdout3" for c in cases)
    assert Counter(c.category for c in cases) == dict.fromkeys(CATEGORIES, 12)
    shops = [c.catalogue for c in cases if c.catalogue is not None]
    names = {tuple(i.key for i in shop) for shop in shops}
    assert len(names) >= 5
    assert not {i.key for shop in shops for i in shop} & set(DEMO_KEYS)
    tuned = {i.item for c in load_split("dev") for i in c.items}
    assert not {i.item for shop in shops for i in shop} & tuned  # none the model was tuned on
    assert sum(c.catalogue is None for c in cases) >= len(cases) // 4  # the demo five too
    assert sum(c.other is not None for c in cases) >= len(cases) // 2  # look-alike neighbours
    earlier = {c.id for split in ("dev", "holdout", "holdout2") for c in load_split(split)}
    assert not {c.id for c in cases} & earlier


# Item names a holdout's writer, who never read the dev split, happened to give as dev shops do.
SHARED_WITH_DEV = {
    "holdout5": {"Yoga Mat Extra Thick", "Folding Treadmill"},
    "holdout7": {"Dynamic Rope 60m"},
}


# Of each blind holdout from the fourth on, the least share of cases on shops of its own (the
# seventh's writer put 71 of 120 there, the rest on the demo five).
OWN_SHOP_SHARE = {"holdout4": 2 / 3, "holdout5": 2 / 3, "holdout6": 2 / 3, "holdout7": 0.55}


@pytest.mark.parametrize("split", sorted(OWN_SHOP_SHARE))
def test_the_fourth_to_seventh_holdouts_cover_every_category_evenly_on_shops_of_their_own(
    split: str,
):
    cases = load_split(split)
    assert len(cases) == 120
    assert all(c.split == split for c in cases)
    assert Counter(c.category for c in cases) == dict.fromkeys(CATEGORIES, 12)
    shops = {tuple(c.catalogue): c for c in cases if c.catalogue is not None}
    assert len(shops) >= 4
    assert sum(c.catalogue is not None for c in cases) >= OWN_SHOP_SHARE[split] * len(cases)
    assert not {i.key for shop in shops for i in shop} & set(DEMO_KEYS)
    # Every shop has one item whose confirmed refund goes to review, and a neighbour owning
    # look-alikes.
    assert all(any(Decimal(i.price) > 1000 for i in shop) for shop in shops)
    assert all(c.other is not None for c in cases if c.catalogue is not None)
    tuned = {i.item for c in load_split("dev") for i in c.items}
    # None the model was tuned on, but for names the blind writer chose as the dev split had.
    assert {i.item for shop in shops for i in shop} & tuned == SHARED_WITH_DEV.get(split, set())
    assert sum(c.catalogue is None for c in cases) >= len(cases) // 4  # the demo five too
    earlier = {c.id for s in SPLIT_FILES if s != split for c in load_split(s)}
    assert not {c.id for c in cases} & earlier


# Each holdout's sha256 as committed: a holdout is never edited.
HOLDOUT_SHA256 = {
    # The first, as committed before the offline model's rewrite.
    "holdout": "b47f28af3e74b41c7a26a157547149eeeeaa16d6955ed129f3711ca8ffea0c2c",
    # The second, written without reading the model, as committed after its one expectation
    # fix (the amount as replies write it, $1,299.99).
    "holdout2": "bddf67fa251311f1c8f15dc9ede85f0912b728298f15cc1ee0700c037f2b81f5",
    # The third, written blind and committed before its first run; none of its expectations
    # needed a fix after that run.
    "holdout3": "5fec49f6bb5addbf2634091a10a6ff667429f6e22ebcc7570fa1de511c30edef",
    # The fourth, written blind and committed before its first run.
    "holdout4": "4dd0a9763a162b34bbc7d1ee8f633f4f0abce1909b931e17fda71475d54ad350",
    # The fifth, written blind and committed before its first run.
    "holdout5": "f9321de10ae367c56f21faea46c0eaf0c112f4e98894ce75007bda200c0af6a7",
    # The sixth, written blind on 2026-12-03 and committed before its first run.
    "holdout6": "78a2d4931c4825204aaf1660ab25413322607e44871e956eb2cfe5fd904f1fdd",
    # The seventh, written blind on 2026-12-04 and committed before its first run.
    "holdout7": "805c9504e9424f12ee2a1f620f9c0d55922c53cf1b87405c037e0c7b0d0b4aab",
}


@pytest.mark.parametrize("split", sorted(HOLDOUT_SHA256))
def test_a_holdout_is_never_edited(split: str):
    digest = hashlib.sha256(SPLIT_FILES[split].read_bytes()).hexdigest()
    assert digest == HOLDOUT_SHA256[split], f"{split} changed: a holdout is never edited"


def test_every_holdout_is_pinned_reported_blind_unless_read_and_has_a_target():
    # A split left out of HOLDOUTS would have its failed cases printed by every `make eval`:
    # only the holdouts read on purpose (READ_HOLDOUTS) are.
    assert set(HOLDOUT_SHA256) == set(SPLIT_FILES) - {"dev"}
    assert set(HOLDOUTS) | set(READ_HOLDOUTS) == set(HOLDOUT_SHA256)
    assert not set(HOLDOUTS) & set(READ_HOLDOUTS)
    assert set(OVERALL_TARGETS) == set(SPLIT_FILES)


def test_order_ids_are_written_in_digits_or_words():
    assert number_words(7) == "seven"
    assert number_words(40) == "forty"
    assert number_words(1042) == "one thousand forty-two"
    assert number_words(2_300_015) == "two million three hundred thousand fifteen"
    assert render("refund {tv} and {case:words}", {"tv": 12, "case": 113}) == (
        "refund 12 and one hundred thirteen"
    )


GOOD_TURN = '{say: "refund the tv", proposed: [tv]}'


@pytest.mark.parametrize(
    ("case", "problem"),
    [
        (f"- {{id: a, category: typos, turnz: [{GOOD_TURN}]}}", "unknown case keys ['turnz']"),
        ("- {id: a, category: typos, turns: [{say: x, propsed: [tv]}]}", "unknown turn keys"),
        ("- {id: a, category: typo, turns: [{say: x}]}", "unknown category 'typo'"),
        ("- {id: a, category: typos, turns: [{say: yes}]}", "say must be a quoted"),
        ("- {id: a, category: typos, turns: [{say: x, proposed: [telly]}]}", "unknown orders"),
        ("- {id: a, category: typos, turns: [{say: 'refund {tvv}'}]}", "bad placeholder"),
        ("- {id: a, category: typos, catalogue: shop, turns: [{say: x}]}", "unknown catalogue"),
        ("- {id: a, category: typos, turns: [{say: x, confirm: true}]}", "exactly one of"),
        ("- {id: a, category: typos, turns: [{say: x}], refunded: [other.grinder]}", "not the"),
        (
            "- {id: a, category: typos, extra: [{key: k, item: K, price: 5}], turns: [{say: x}]}",
            "price must be a quoted amount",
        ),
        (
            "- {id: a, category: typos, turns: [{say: x, proposed: [tv], reason_has: {case: y}}]}",
            "reasons are checked only on orders proposed",
        ),
        (
            "catalogues:\n  shop: [{key: a, item: A, price: '5.00'}]\n"
            "  shop: [{key: b, item: B, price: '6.00'}]\n"
            "cases:\n- {id: a, category: typos, catalogue: shop, turns: [{say: x}]}",
            "line 3: 'shop' is given twice",
        ),
        ("- {id: a, category: typos, turns: [{say: x}], refunded: [tv], refunded: []}", "twice"),
    ],
)
def test_a_typo_in_a_case_fails_loudly(tmp_path: Path, case: str, problem: str):
    path = tmp_path / "cases.yaml"
    path.write_text(case + "\n")
    with pytest.raises(CaseError, match=re.escape(problem)):
        load_cases(path)
