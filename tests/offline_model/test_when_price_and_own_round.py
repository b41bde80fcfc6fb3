"""Rules of the leftover round (no servers): "last week" / "a week ago" fit an order bought 5
to 13 days ago, and of several bought then the one the conversation was about; a price said of
an item that fits none of its orders asks (the cases are in test_money_safety.py); "no, the
other one" of the orders the earlier messages fit, in the application's reading too; "the one
on my account" answers a question that listed one order of the customer's."""

from __future__ import annotations

from decimal import Decimal

import pytest

from services.chat_api.agent.wording import read, refers_back
from services.orderwords.answers import says_own_order
from services.orderwords.reading import read_message
from tests.support.offline_shop import TODAY, Shop, customer_orders

GARDEN = [
    (21, "Pruning Shears", "22.50", 2),
    (22, "Teak Garden Bench", "449.00", 7),
    (23, "Heirloom Tomato Seeds", "6.50", 9),
    (24, "Expandable Garden Hose 50ft", "39.99", 1),
]
CAMPING = [
    (31, "Inflatable Sleeping Pad", "64.50", 2),
    (32, "Inflatable Kayak", "1129.00", 9),
    (33, "Backpacking Stove", "42.00", 3),
]


@pytest.mark.parametrize(
    "text", ["the one from last week", "the one i got last week", "the one i ordered a week ago"]
)
def test_a_week_ago_is_read_as_weeks_not_as_the_newest(text):
    refs = read_message(text).clauses[0].refs
    assert refs.weeks_ago == (1,) and refs.days_ago == () and refs.superlative is None


def test_last_week_answers_which_among_the_candidates():
    shop = Shop(catalogue=CAMPING)
    shop.say("refund the inflatable thing, it has a slow leak")
    assert shop.proposed() == []
    shop.say("the one i ordered a week ago")
    assert shop.proposed() == [32]


def test_last_week_fits_no_order_of_two_days_ago():
    shop = Shop(catalogue=[(31, "Inflatable Sleeping Pad", "64.50", 2)])
    shop.say("refund the one from last week")
    assert shop.proposed() == []


def test_of_several_bought_last_week_the_one_talked_about_is_meant():
    shop = Shop(catalogue=GARDEN)
    shop.say("wheres my bench and my hose")
    shop.say("refund the one from last week, a slat is split")
    assert shop.proposed() == [22]


def test_the_application_reads_last_week_among_the_orders_talked_about():
    texts = ["wheres my bench and my hose", "refund the one from last week, a slat is split"]
    assert refers_back(texts[-1])
    assert read(texts, customer_orders(GARDEN), TODAY).grounds(22)


def test_a_round_price_near_what_was_paid_still_names_the_item():
    shop = Shop()
    shop.say("refund the 90 dollar headphones")
    assert shop.proposed() == [2]


def test_a_plain_number_after_paid_is_a_price():
    refs = read_message("refund the dice set i paid 17 for").clauses[0].refs
    assert refs.prices == (Decimal(17),) and refs.bare == ()


@pytest.mark.parametrize("last", ["no, the other one", "sorry i meant the other one"])
def test_the_other_one_of_the_earlier_messages_is_grounded(last):
    texts = ["refund the inflatable one", "the pad", last]
    named = read(texts, customer_orders(CAMPING), TODAY)
    assert named.grounds(32)


@pytest.mark.parametrize(
    ("text", "own"),
    [("the one on my account", True), ("mine", True), ("my own one", True), ("my one", False)],
)
def test_words_saying_the_order_is_the_customers_own(text, own):
    assert says_own_order(text.split()) is own


def test_the_one_on_my_account_answers_a_question_listing_one_order():
    shop = Shop()
    reply = shop.say("refund order 77, my headphones crackle")
    assert shop.proposed() == [] and "?" in reply
    shop.say("ah, the one in my account then")
    assert shop.proposed() == [2]
    texts = ["refund order 77, my headphones crackle", "ah, the one in my account then"]
    assert read(
        texts, customer_orders([(2, "Wireless Headphones", "89.99", 1)]), TODAY, [77, 2], [77, 2]
    ).grounds(2)
