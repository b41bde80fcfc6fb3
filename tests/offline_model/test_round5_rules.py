"""Rules of red-team round 5, on the eval's stationery and gaming shops (no servers, typed
fakes of the tools): praise of shared words is not of the item complained of by its own words;
the things one clause lists with "and" are different orders; "the cheaper of the two X things"
compares those two; a vague "X one" said again after a comma by words naming one order is that
order; a price said in words names the order at that price."""

from __future__ import annotations

import pytest

from services.orderwords.reading import read_message
from tests.agent.eval.cases import CASES_FILE, read_yaml
from tests.support.offline_shop import Shop

FIRST_ID = 60


def _shop(name: str | None) -> tuple[Shop, dict[str, int]]:
    """A customer owning one of the eval's shops (None: the demo five), and its order ids."""
    if name is None:
        return Shop(), {"laptop": 1, "headphones": 2, "tv": 3, "watch": 4, "case": 5}
    items = read_yaml(CASES_FILE)["catalogues"][name]
    ids = {item["key"]: FIRST_ID + n for n, item in enumerate(items)}
    return Shop(catalogue=[(ids[i["key"]], i["item"], i["price"], i["days"]) for i in items]), ids


@pytest.mark.parametrize(
    ("name", "text", "meant"),
    [
        ("stationery", "love the pen, the ink leaked though, money back for that", ["ink"]),
        ("gaming", "controller works fine, its the charging dock thats dead, refund it", ["dock"]),
        ("gaming", "refund the controller and the dock, both dead", ["controller", "dock"]),
        ("cookware", "refund the knife and the sharpener", ["knife", "sharpener"]),
        ("stationery", "refund the cheaper of the two pen things", ["ink"]),
        ("gaming", "refund the gaming one, the chair", ["chair"]),
        (None, "refund the one that was three hundred forty nine ninety nine", ["watch"]),
    ],
)  # fmt: skip
def test_round5_requests_propose_exactly_the_order_meant(name, text, meant):
    shop, ids = _shop(name)
    shop.say(text)
    assert shop.proposed() == [ids[k] for k in meant]


@pytest.mark.parametrize(
    ("name", "text", "unsure"),
    [
        # a word shared by two items, with nothing in the message telling them apart, is asked
        ("stationery", "refund the pen, the ink leaked", "pen"),
        ("gaming", "refund the controller, the left trigger is stuck", "controller"),
        ("gaming", "refund the gaming one", "headset"),
        # a comma, not an "and": the second may say the first again
        ("gaming", "refund the controller, the dock", "controller"),
    ],
)  # fmt: skip
def test_round5_a_shared_word_alone_proposes_no_guess(name, text, unsure):
    shop, ids = _shop(name)
    shop.say(text)
    assert ids[unsure] not in shop.proposed()


def test_the_other_vague_one_said_again_after_a_comma():
    shop, ids = _shop("gaming")
    shop.say("refund the gaming headset, mic is dead")
    shop.say("and the other gaming one too, the chair")
    assert shop.proposed() == [ids["chair"]]


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("refund the one that was three hundred forty nine ninety nine", "349.99"),
        ("refund the forty nine dollar thing", "49"),
        ("refund the twelve fifty one", "12.5"),
    ],
)
def test_a_price_in_words(text, price):
    (clause,) = read_message(text).clauses
    assert [str(p) for p in clause.refs.prices] == [price]


@pytest.mark.parametrize(
    "text",
    ["refund order twelve", "refund the two fifty ml bottles", "refund one and two", "refund two"],
)
def test_numbers_in_words_that_are_no_price(text):
    assert all(not c.refs.prices for c in read_message(text).clauses)
