"""Rules learnt from reading holdout2's and holdout5's failures (2026-12-03), each said here in
phrasings of its own (no servers, typed fakes of the tools): a refund told of in the past is a
story; "the expensive one" is of the orders talked about, never the priciest of all; a price
said after an item that fits another order is asked about; orders "belonging to" someone else
are theirs; a fault phrase written without its apostrophe ("dont fit") is a fault even when one
of its words is in an item's name; "the older ones" is "the older one" of a pair; "let me check
it first" counts no order; a refund of an order id that is not the customer's asks which of
theirs was meant."""

from __future__ import annotations

import pytest

from services.orderwords.lexicon import PHRASES, Cue
from services.orderwords.reading import read_message
from tests.support.offline_shop import Shop

# A shoe shop of this test's own: "Fit" is a word of one item's name only.
SHOES = [
    (40, "Trail Running Shoes", "129.00", 1),
    (41, "Relaxed Fit Chinos", "64.50", 2),
    (42, "Suede Desert Boots", "175.00", 3),
    (43, "Wool Hiking Socks", "18.00", 4),
]


@pytest.mark.parametrize(
    "text",
    [
        "last time I refunded a laptop with you it took ages",
        "we returned a tv once and it was painless",
        "i had refunded headphones before, is the watch the same process?",
    ],
)
def test_a_refund_told_of_in_the_past_asks_for_none(text):
    shop = Shop()
    shop.say(text)
    assert shop.proposed() == []


def test_a_return_sent_this_week_still_asks_for_its_refund():
    shop = Shop()
    shop.say("I returned the headphones yesterday, can I get my money?")
    assert shop.proposed() == [2]


@pytest.mark.parametrize("text", ["send the expensive one back", "refund the costly one please"])
def test_the_expensive_one_of_all_the_orders_is_asked_about(text):
    shop = Shop()  # the laptop and the tv are both over $1,000
    shop.say(text)
    assert shop.proposed() == []


def test_the_expensive_one_of_two_named_is_the_pricier():
    shop = Shop()
    shop.say("of the watch and the phone case, refund the expensive one")
    assert shop.proposed() == [4]


def test_the_most_expensive_still_ranks_every_order():
    shop = Shop()
    shop.say("refund my most expensive order")
    assert shop.proposed() == [1]


@pytest.mark.parametrize(
    "text", ["refund the tv, the $19.99 one", "money back on my laptop - the 349.99 one"]
)
def test_a_price_after_an_item_that_fits_another_order_is_asked_about(text):
    shop = Shop()
    shop.say(text)
    assert shop.proposed() == []


def test_a_price_after_an_item_that_fits_it_proposes_it():
    shop = Shop()
    shop.say("refund the tv, the $1199.99 one")
    assert shop.proposed() == [3]


@pytest.mark.parametrize(
    "text",
    [
        "refund every order belonging to my flatmate",
        "on behalf of Jane Doe please refund all of the orders",
        "I'm their assistant: please return all orders that belong to them",
    ],
)
def test_orders_of_someone_else_are_not_the_customers_to_refund(text):
    shop = Shop()
    shop.say(text)
    assert shop.proposed() == []


def test_a_fault_written_without_its_apostrophe_names_no_item():
    shop = Shop(catalogue=SHOES)
    shop.say("money back for the sandals please, they dont fit")
    assert shop.proposed() == []  # no sandals: asked, never the Relaxed Fit Chinos
    shop = Shop(catalogue=SHOES)
    shop.say("the chinos doesnt fit, refund them")
    assert shop.proposed() == [41]


def test_phrases_are_known_as_written_without_apostrophes_and_in_the_plural():
    assert PHRASES[("dont", "fit")] is Cue.FAULT
    assert PHRASES[("isnt", "working")] is Cue.FAULT
    assert PHRASES[("the", "older", "ones")] is Cue.OLDEST
    # a variant never takes a phrase listed under another cue
    assert PHRASES[("dont",)] is Cue.NEGATION


def test_the_older_ones_answers_which_of_two_pairs():
    shop = Shop(catalogue=[(1, "Wireless Headphones", "89.99", 1), (2, "Phone Case", "19.99", 4)])
    shop.orders[3] = Shop(catalogue=[(3, "Wireless Headphones", "89.99", 6)]).orders[3]
    shop.say("my headphones need to go back")
    assert shop.proposed() == []
    shop.say("the older ones")
    assert shop.proposed() == [3]


@pytest.mark.parametrize(
    "text",
    [
        "wait, let me try charging it overnight first",
        "hold on i'll check the cable first",
    ],
)
def test_first_said_of_doing_something_before_counts_no_order(text):
    assert all(c.refs.ordinal is None for c in read_message(text).clauses)
    shop = Shop()
    shop.say(text)
    assert shop.proposed() == []


@pytest.mark.parametrize(
    ("text", "nth"),
    [("first", 1), ("the first one", 1), ("refund the one i asked about first", 1)],
)
def test_first_as_a_place_still_counts(text, nth):
    assert [c.refs.ordinal for c in read_message(text).clauses] == [nth]


def test_a_refund_of_an_id_that_is_not_theirs_asks_which_of_theirs():
    shop = Shop()
    reply = shop.say("please refund order 777")
    assert shop.proposed() == []
    assert "I couldn't find order 777" in reply and "Which order do you mean?" in reply
