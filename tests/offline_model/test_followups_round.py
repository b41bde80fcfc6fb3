"""Rules of the follow-ups round (no servers, typed fakes of the tools): "after all" is no
"every order"; "the one i asked about first" counts over the orders the customer asked about,
not over the last reply's one order; a correction that counts its way back to the order it
corrects ("the third one" - "no, make it the first one") asks which instead of proposing it
again; "yesterday's one", "what's going on with my watch"."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.chat_api.agent.order_words import CustomerOrder
from services.chat_api.agent.wording import read
from services.orderwords.reading import read_message
from tests.support.offline_shop import Shop

CAMPING = [
    (61, "Two-Person Dome Tent", "189.00", 0),
    (62, "Hiking Backpack 45L", "159.00", 5),
    (63, "Backpacking Stove", "42.00", 3),
]
TOYS = [
    (71, "Kids Kick Scooter", "79.00", 3),
    (72, "Talking Baby Doll", "39.99", 1),
    (73, "1000 Piece Jigsaw Puzzle", "19.99", 2),
]


@pytest.mark.parametrize(
    "text", ["i do want it refunded after all", "refund the doll after all, it broke"]
)
def test_after_all_names_no_order(text):
    assert not any(c.refs.every for c in read_message(text).clauses)


def test_all_after_a_request_still_counts():
    assert any(c.refs.every for c in read_message("refund them all").clauses)


def test_the_other_one_after_all_does_not_propose_every_order():
    shop = Shop(catalogue=TOYS)
    shop.say("refund the scooter and the doll")
    shop.say("actually i do want the other one refunded after all")
    assert set(shop.proposed()) <= {71, 72}


@pytest.mark.parametrize(
    ("last", "expected"),
    [
        ("ok refund the one i asked about first", 61),
        ("refund the first one i asked about", 61),
        ("refund the last one i asked about", 62),
    ],
)
def test_an_ordinal_of_what_the_customer_asked_about_counts_over_the_turns(last, expected):
    shop = Shop(catalogue=CAMPING)
    shop.say("wheres my tent")
    shop.say("and my backpack?")
    shop.say(last)
    assert shop.proposed() == [expected]


def test_the_application_reads_the_first_one_asked_about_over_the_texts():
    today = dt.date(2026, 11, 24)
    orders = [
        CustomerOrder(61, "Two-Person Dome Tent", Decimal("189.00"), today),
        CustomerOrder(62, "Hiking Backpack 45L", Decimal("159.00"), today - dt.timedelta(5)),
    ]
    texts = ["wheres my tent", "and my backpack?", "ok refund the one i asked about first"]
    said = read(texts, orders, today, shown=[62])
    assert said.grounds(61)


def test_a_correction_counted_back_to_the_corrected_order_asks_which():
    shop = Shop()
    shop.say("refund my stuff")
    shop.say("the third one")
    assert shop.proposed() == [3]
    reply = shop.say("oh wait no actually make it the first one")
    assert "Which order" in reply
    assert shop.calls[-1][0] != "request_refund"
    shop.say("the laptop")
    assert shop.proposed()[-1] == 1


@pytest.mark.parametrize("text", ["yesterdays one is faulty", "refund yesterday's one"])
def test_yesterdays_one_is_dated(text):
    assert any(c.refs.days_ago == (1,) for c in read_message(text).clauses)


def test_whats_going_on_with_looks_up():
    shop = Shop()
    reply = shop.say("whats going on with my watch and my case")
    assert "Smart Watch Series 5" in reply and "Phone Case" in reply
    shop.say("the first one, refund it")
    assert shop.proposed() == [4]


OFFICE = [
    (81, "Ergonomic Office Chair", "329.00", 0),
    (82, "Standing Desk Frame", "1199.00", 1),
    (83, "LED Desk Lamp", "45.99", 2),
    (84, "Paper Shredder", "119.00", 5),
]
MUSIC = [
    (91, "Acoustic Guitar Dreadnought", "449.00", 0),
    (92, "Electric Guitar Starter Pack", "329.00", 1),
    (93, "Guitar Strings Set", "12.99", 2),
    (94, "Practice Amplifier 20W", "139.00", 5),
    (95, "Clip-On Tuner", "18.50", 7),
]


@pytest.mark.parametrize(
    ("text", "expected"), [("refund the first two", [81, 82]), ("refund the last 2", [83, 84])]
)
def test_the_first_two_of_the_list_just_shown(text, expected):
    shop = Shop(catalogue=OFFICE)
    shop.say("what have i bought")
    shop.say(text)
    assert shop.proposed() == expected


def test_the_other_one_beside_a_kept_order_of_the_two_looked_up():
    shop = Shop(catalogue=MUSIC)
    shop.say("when did my tuner and my amp get here")
    shop.say("the amp is fine, refund the other one")
    assert shop.proposed() == [95]


def test_the_other_guitar_asks_which_of_the_two_left():
    """Beside the acoustic guitar, "guitar" is part of the electric guitar's name and of the
    guitar strings': which one is asked, never the one whose name ends in the word."""
    shop = Shop(catalogue=MUSIC)
    shop.say("refund the acoustic guitar, its warped")
    reply = shop.say("sorry, actually the other guitar")
    assert shop.proposed() == []
    assert "Electric Guitar Starter Pack" in reply and "Guitar Strings Set" in reply
    assert "Acoustic Guitar Dreadnought" not in reply
    shop.say("the electric one")
    assert shop.proposed()[-1] == 92


def test_the_cheapest_guitar_beside_guitar_strings_asks():
    shop = Shop(catalogue=MUSIC)
    reply = shop.say("refund the cheapest guitar")
    assert shop.proposed() == []
    assert "Guitar Strings Set" in reply and "Electric Guitar Starter Pack" in reply


def test_while_youre_at_it_goes_on_with_the_refund():
    shop = Shop(catalogue=MUSIC)
    shop.say("refund the amp, it buzzes")
    shop.say("hmm and the tuner while youre at it")
    assert shop.proposed()[-1] == 95


@pytest.mark.parametrize(
    "text",
    [
        "whats going on with my refund for the watch?",
        "what's happening with my watch refund",
        "wheres my refund for the watch",
        "check on my refund for the watch",
    ],
)
def test_a_question_phrase_before_a_refund_asks_its_status(text):
    shop = Shop()
    shop.say(text)
    assert shop.proposed() == []
    assert any(name == "check_refund_status" for name, _ in shop.calls)


def test_a_complaint_with_a_refund_still_asks_for_it():
    shop = Shop()
    shop.say("the watch arrived broken, refund it")
    assert shop.proposed() == [4]


@pytest.mark.parametrize("then", ["yesterdays one is faulty, refund pls", "refund yesterday's one"])
def test_yesterdays_one_is_the_order_bought_yesterday(then):
    shop = Shop()
    shop.say("show my orders")
    shop.say(then)
    assert shop.proposed() == [2]
