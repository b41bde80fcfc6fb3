"""One rule for words that fit several of the customer's orders, on the eval's shops (no
servers, typed fakes of the tools): the agent picks an order only when the words fit that one
and no other as an item name (its whole name, a word only it has, a number of its name), or
the conversation settles it; words only part of two or more names are asked about."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from services.chat_api.agent.grounding import asked_for
from services.chat_api.agent.order_words import CustomerOrder
from tests.agent.eval.cases import CASES_FILE, read_yaml
from tests.support.offline_shop import TODAY, Shop

FIRST_ID = 60


def _shop(name: str, extra: tuple[tuple[str, str, int], ...] = ()) -> tuple[Shop, dict[str, int]]:
    """A customer owning one of the eval's shops and `extra` items (item, price, days), and
    the order ids by the shop's keys (the extras by their item names)."""
    items = read_yaml(CASES_FILE)["catalogues"][name]
    ids = {item["key"]: FIRST_ID + n for n, item in enumerate(items)}
    orders = [(ids[i["key"]], i["item"], i["price"], i["days"]) for i in items]
    for n, (item, price, days) in enumerate(extra):
        ids[item] = FIRST_ID + len(items) + n
        orders.append((ids[item], item, price, days))
    return Shop(catalogue=orders), ids


UKULELES = (("Ukulele", "79.00", 2), ("Ukulele Case", "25.00", 2))


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("refund the ukulele please", "Ukulele"),  # its whole name
        ("pls refnd teh ukelele", "Ukulele"),  # misspelt
        ("the ukulele case has a broken zip, refund it", "Ukulele Case"),
    ],
)
def test_the_whole_name_of_one_item_picks_it(text, meant):
    shop, ids = _shop("music", UKULELES)
    shop.say(text)
    assert shop.proposed() == [ids[meant]]


SKATEBOARDS = ["Complete Skateboard 8 Inch", "Skateboard Wheels 54mm"]
SURFBOARDS = ["Epoxy Surfboard 7ft", "Surfboard Leash 7ft"]
BIKES = ["Electric Mountain Bike", "Bike Light Set", "Bike Helmet MIPS"]


@pytest.mark.parametrize(
    ("name", "text", "listed"),
    [
        ("surf", "refund the skateboard please", SKATEBOARDS),
        ("surf", "refund the surfbord, its dinged", SURFBOARDS),  # misspelt
        ("bikes", "refund my bike", BIKES),
    ],
)
def test_words_only_part_of_several_names_ask_naming_them(name, text, listed):
    shop, _ = _shop(name)
    reply = shop.say(text)
    assert shop.proposed() == []
    assert all(item in reply for item in listed)


def test_a_word_of_an_item_spelt_like_a_status_word_answers_which():
    shop, ids = _shop("surf")
    shop.say("refund the skateboard, the trucks are loose")
    shop.say("the complete one")
    assert shop.proposed() == [ids["skateboard"]]


def test_an_answer_leaving_one_out_names_the_other():
    shop, ids = _shop("surf")
    shop.say("my skateboard arrived with a cracked deck, i want a refund")
    shop.say("the skateboard itself, not the wheels")
    assert shop.proposed() == [ids["skateboard"]]


def test_a_number_of_one_name_picks_it():
    shop, ids = _shop("winebar")
    shop.say("refund the 12 bottle one, a slat is split")
    assert shop.proposed() == [ids["rack"]]


def test_an_item_word_spelt_like_a_function_word_names_it():
    shop, ids = _shop("hardware")
    shop.say("the drill is great, the drill bits are blunt already, i want a refund on the bits")
    assert shop.proposed() == [ids["bits"]]
    shop, _ = _shop("hardware")
    shop.say("refund the drill, it is a bit loud")  # "a bit" is no item: still asked
    assert shop.proposed() == []


def test_the_grounding_takes_an_answer_leaving_one_out():
    items = read_yaml(CASES_FILE)["catalogues"]["surf"]
    orders = [
        CustomerOrder(FIRST_ID + n, i["item"], Decimal(i["price"]), TODAY - dt.timedelta(i["days"]))
        for n, i in enumerate(items)
    ]
    messages = [
        HumanMessage("my skateboard arrived with a cracked deck, i want a refund"),
        AIMessage(
            "Order 60 (Complete Skateboard 8 Inch) or 62 (Skateboard Wheels 54mm): which one?"
        ),
        HumanMessage("the skateboard itself, not the wheels"),
    ]
    grounded = [o.order_id for o in orders if asked_for(messages, o.order_id, orders, TODAY)]
    assert grounded == [FIRST_ID]
