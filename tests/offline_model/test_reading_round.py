"""Rules of the reading round, on the demo shop and shops the grammar was never written for
(no servers, typed fakes of the tools): a singular "it" with two orders in play asks which;
a statement with a verb no cue reads is the reason of the refund beside it, never a request
of its own; a word after "i" is a verb; "the rest" after kept items; an ordinal inside an
item's name; what a thing lacks ("has no sound") leaves nothing out."""

from __future__ import annotations

import pytest

from services.chat_api.tool_results import NO_REASON
from services.orderwords.reading import read_message
from tests.support.offline_shop import Shop

MUSIC = [
    (31, "Acoustic Guitar Dreadnought", "449.00", 0),
    (33, "Guitar Strings Set", "12.99", 2),
    (35, "Clip-On Tuner", "18.50", 7),
]
BOOKS = [
    (41, "Quillan World Atlas Hardback", "45.00", 0),
    (42, "Quillan Signed First Edition", "1250.00", 6),
    (43, "Quillan Fantasy Series Box Set", "89.00", 3),
    (44, "Quillan Vegan Cookbook", "24.99", 1),
]
PHARMACY = [
    (51, "Medora Knee Support Brace", "27.00", 3),
    (52, "Medora Cool Mist Humidifier", "49.99", 5),
    (53, "Medora Baby Monitor with Camera", "159.99", 1),
]


@pytest.mark.parametrize(
    "first",
    ["where are my tv and my watch?", "tell me about the tv and the watch"],
)
@pytest.mark.parametrize("then", ["refund it", "refund that one please", "send it back"])
def test_a_singular_pronoun_with_two_orders_in_play_asks_which(first, then):
    shop = Shop()
    shop.say(first)
    reply = shop.say(then)
    assert shop.proposed() == []
    assert "Which one" in reply
    shop.say("the watch")
    assert shop.proposed() == [4]


@pytest.mark.parametrize("then", ["refund them", "refund both", "send them back"])
def test_a_plural_pronoun_means_both(then):
    shop = Shop()
    shop.say("where are my tv and my watch?")
    shop.say(then)
    assert shop.proposed() == [3, 4]


def test_it_after_two_complaints_in_the_message_asks_and_keeps_the_reason():
    shop = Shop()
    shop.say("my watch and my headphones both broke, refund it")
    assert shop.proposed() == []
    shop.say("the watch")
    assert shop.proposed() == [4]
    assert "both broke" in shop.reasons()[4]


@pytest.mark.parametrize(
    ("text", "order", "said"),
    [
        ("refund the headphones please they hiss", 2, "they hiss"),
        ("refund the tv it buzzes", 3, "it buzzes"),
        ("take the headphones back please, sound cuts out", 2, "sound cuts out"),
        ("i want my money back for the tv. screen has lines", 3, "screen has lines"),
        ("refund the headphones and the phone case, the headphones hum", 2, "hum"),
        ("please refund my headphones, the noise cancelling stopped working", 2, "stopped"),
        ("the laptop is grand, the headphones crackle, sort me out a refund", 2, "crackle"),
    ],
)
def test_a_statement_beside_a_refund_is_its_reason(text, order, said):
    shop = Shop()
    shop.say(text)
    assert order in shop.proposed()
    assert said in shop.reasons()[order]
    assert all(said not in r for oid, r in shop.reasons().items() if oid != order)


def test_praise_then_an_exception_is_no_reason():
    shop = Shop()
    shop.say("I'm happy with everything except the phone case, refund that")
    assert shop.proposed() == [5]
    assert shop.reasons()[5] == NO_REASON


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("refund whatever I bought most recently", [1]),
        ("keeping the laptop and tv, refund the rest", [2, 4, 5]),
        ("can I get my cash back for the phone case", [5]),
        ("i want to sendback the watch", [4]),
        ("id like to retrun the hedphones", [2]),
        ("refund my newest and my oldest orders", [1, 5]),
        ("refund the laptop, it's not the laptop that's broken, it's the tv", [3]),
    ],
)
def test_requests_read_as_meant(text, proposed):
    shop = Shop()
    shop.say(text)
    assert sorted(shop.proposed()) == sorted(proposed)


def test_the_word_after_i_is_a_verb_not_an_item():
    shop = Shop(catalogue=MUSIC)
    shop.say("my new strings snap every time i tune, money back")
    assert shop.proposed() == [33]  # not the tuner
    shop = Shop(catalogue=MUSIC)
    shop.say("I don't want a refund for the guitar I want one for the tuner")
    assert shop.proposed() == [35]


def test_an_ordinal_inside_an_item_name_and_a_statement_about_it():
    shop = Shop(catalogue=BOOKS)
    shop.say("reimburse the signed first edition, it's not actually signed")
    assert shop.proposed() == [42]
    assert "not actually signed" in shop.reasons()[42]


def test_a_statement_after_a_request_asks_for_no_other_order():
    # "books" fits the Vegan Cookbook alone here: the statement names it, asks nothing
    shop = Shop(catalogue=BOOKS)
    shop.say("refund the box set, two of the books are duplicates")
    assert shop.proposed() == [43]
    shop = Shop(catalogue=[*BOOKS, (45, "Quillan Leather Bookmark", "7.50", 9)])
    shop.say("refund the box set, two of the books are duplicates")
    assert shop.proposed() == [43]
    assert "duplicates" in shop.reasons()[43]  # words that fit several: the request's reason


@pytest.mark.parametrize(
    ("text", "order", "said"),
    [
        ("the baby moniter has no sound, can i get a refund", 53, "no sound"),
        ("the knee brace slides down when i walk, please reimburse", 51, "slides down"),
        ("refund the humidifer it makes a clicking noise", 52, "clicking"),
    ],
)
def test_what_a_thing_lacks_or_does_is_said_of_it(text, order, said):
    shop = Shop(catalogue=PHARMACY)
    shop.say(text)
    assert shop.proposed() == [order]
    assert said in shop.reasons()[order]


def test_it_after_a_list_of_one_means_that_order():
    shop = Shop(catalogue=PHARMACY)
    shop.say("what did I buy 5 days ago?")
    shop.say("refund it")
    assert shop.proposed() == [52]


@pytest.mark.parametrize(
    ("text", "singular"),
    [("refund it", True), ("refund that one", True), ("refund them", False),
     ("refund both of them", False), ("send it back", True), ("send them back", False)],
)  # fmt: skip
def test_pronouns_say_whether_they_point_at_one(text, singular):
    (clause,) = read_message(text).clauses
    assert clause.refs.pronoun or clause.refs.demonstrative or clause.refs.both
    assert clause.refs.singular is singular


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("when I opened the box the watch was scratched, refund please", [4]),
        ("refund everything except what I bought today", [2, 3, 4, 5]),
        ("refund the two cheapest things", [5, 2]),
        ("except the laptop, refund the rest", [2, 3, 4, 5]),
    ],
)
def test_more_requests_read_as_meant(text, proposed):
    shop = Shop()
    shop.say(text)
    assert sorted(shop.proposed()) == sorted(proposed)


def test_a_question_opened_by_when_still_asks():
    shop = Shop()
    shop.say("when I ordered the laptop, was it in stock?")
    assert shop.proposed() == []


def test_now_the_next_item_goes_on_with_the_refund_before():
    shop = Shop()
    shop.say("refund the phone case")
    shop.confirmed()
    shop.say("now the watch please, it lags")
    assert shop.proposed() == [4]
    assert "lags" in shop.reasons()[4]


def test_keep_those_keeps_the_orders_talked_about():
    shop = Shop()
    shop.say("where are my laptop and tv?")
    shop.say("keep those, refund the rest")
    assert shop.proposed() == [2, 4, 5]


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("refund the first thing I bought", [5]),
        ("refund the tv, not the laptop, and also the watch", [3, 4]),
        ("refund the laptop and tv, no wait, the watch", [4]),
    ],
)
def test_exclusions_and_corrections_replace_only_what_they_name(text, proposed):
    shop = Shop()
    shop.say(text)
    assert sorted(shop.proposed()) == sorted(proposed)
