"""Rules of the references round, on shops the grammar was never written for (the eval's car
parts and lighting shops; no servers, typed fakes of the tools): a word that only describes an
item, said of what the item is used with ("doesn't fit my car"), is the customer's own thing;
"not" before a verb leaves no item out; a list of exceptions ends where the customer speaks
again; "ship" asks where an order is, "go thru" how a refund stands; "staying" keeps; a
plural subject's verb ("they squeal") says what is wrong."""

from __future__ import annotations

import pytest

from tests.agent.eval.cases import CASES_FILE, read_yaml
from tests.support.offline_shop import Shop

FIRST_ID = 60


def _shop(name: str | None) -> tuple[Shop, dict[str, int]]:
    """A customer owning one of the eval's shops (None: the demo five), and its order ids by
    the shop's keys."""
    if name is None:
        return Shop(), {"laptop": 1, "headphones": 2, "tv": 3, "watch": 4, "case": 5}
    items = read_yaml(CASES_FILE)["catalogues"][name]
    ids = {item["key"]: FIRST_ID + n for n, item in enumerate(items)}
    orders = [(ids[i["key"]], i["item"], i["price"], i["days"]) for i in items]
    return Shop(catalogue=orders), ids


@pytest.mark.parametrize(
    ("name", "text", "meant"),
    [
        # said of what the item is used with: never the item the word describes
        ("autoparts", "the most expensive thing doesnt fit my car, refund it", "coilovers"),
        (None, "the most expensive thing doesnt fit my phone, refund it", "laptop"),
        ("autoparts", "the priciest one scratched my car, refund it", "coilovers"),
        # the same words asked for still name the item
        ("autoparts", "refund my car battery", "battery"),
        ("autoparts", "i want a refund for the fog bulb", "foglight"),
        ("autoparts", "the fog one doesnt fit, refund it", "foglight"),
        (None, "refund my phone case", "case"),
        (None, "cancel my order for the phone case", "case"),
    ],
)  # fmt: skip
def test_a_describing_word_after_a_verb_is_the_customers_own_thing(name, text, meant):
    shop, ids = _shop(name)
    shop.say(text)
    assert shop.proposed() == [ids[meant]]


def test_a_thing_the_item_stays_on_is_not_the_item():
    shop, ids = _shop("autoparts")
    shop.say("refund the coilover kit")
    shop.say("no sorry wrong one, i meant the jump starter, the coilovers are staying on the car")
    assert shop.proposed() == [ids["jumpstarter"]]


def test_not_before_a_verb_leaves_nothing_out():
    shop, ids = _shop("lighting")
    shop.say("the smart bulb pack i receive yesterday, two bulb not turning on, do the refund")
    assert shop.proposed() == [ids["bulbs"]]


def test_the_exceptions_end_where_the_customer_speaks_again():
    shop, ids = _shop("lighting")
    shop.say("send everything back except the chandelier, we're moving house")
    assert shop.proposed() == [ids[k] for k in ids if k != "chandelier"]


def test_ship_looks_the_order_up_and_they_squeal_is_the_reason():
    shop, ids = _shop("autoparts")
    reply = shop.say("did my brake pads ship yet?")
    assert "Ceramic Brake Pads Front" in reply
    assert shop.proposed() == []
    shop.say("ok well they squeal like a pig, refund them")
    assert shop.proposed() == [ids["brakes"]]
    assert "squeal" in shop.reasons()[ids["brakes"]]


def test_go_thru_asks_how_the_refund_stands():
    shop, _ = _shop(None)
    shop.say("refund the headphones they hiss")
    shop.say("did it go thru?")
    assert [name for name, _ in shop.calls] == ["check_refund_status"]
