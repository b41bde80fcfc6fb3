"""Item names matched for any shop: a second catalogue the grammar was never written for
(kitchen, sewing, outdoor, garden), named the ways customers name things."""

from __future__ import annotations

import pytest

from services.orderwords.items import orders_named
from tests.support.offline_shop import GARDEN, Shop

ITEMS = [(oid, item) for oid, item, _, _ in GARDEN]


@pytest.mark.parametrize(
    ("words", "orders"),
    [
        ("skillet", [11]),  # one word of a multi-word name
        ("the cast iron skillet", [11]),
        ("skilet", [11]),  # a typo
        ("espreso machine", [12]),
        ("boot", [14]),  # singular for "Boots"
        ("hiking boots", [14]),
        ("jumper", [15]),
        ("sweater", [15]),  # an everyday word for the item's kind
        ("bike", [16]),
        ("garden hose", [17]),
        ("hoses", [17]),  # plural for "Hose"
        ("yoga mat", [18]),
        ("machine", [12, 13]),  # a word two items share: both, so the caller asks
        ("sewing", [13]),
        ("blender", []),
    ],
)
def test_item_words_name_the_customers_orders(words, orders):
    assert orders_named(words, ITEMS) == orders


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("refund the skillet, the handle snapped", [11]),
        ("I want my money back for the espresso machine", [12]),
        ("my hiking boots leak, can I return them?", [14]),
        ("the yoga mat is great but the garden hose leaks, refund it", [17]),
        ("refund the cheapest thing I bought", [18]),
        ("refund my most recent order", [11]),
        ("refund the jumper and the bike", [15, 16]),
        ("refund everything except the sewing machine and the mat", [11, 12, 14, 15, 16, 17]),
    ],
)
def test_requests_in_another_shop_propose_exactly_what_they_name(text, proposed):
    shop = Shop(catalogue=list(GARDEN))
    shop.say(text)
    assert shop.proposed() == proposed


def test_a_word_two_items_share_is_asked_about_then_answered():
    shop = Shop(catalogue=list(GARDEN))
    reply = shop.say("refund the machine please, it broke")
    assert shop.proposed() == []
    assert "Which one do you mean?" in reply
    assert "Espresso Machine Deluxe" in reply and "Sewing Machine" in reply
    shop.say("the sewing one")
    assert shop.proposed() == [13]
    assert shop.reasons() == {13: "it broke"}


def test_an_item_the_customer_does_not_have_is_never_proposed():
    shop = Shop(catalogue=list(GARDEN))
    reply = shop.say("refund my lawn mower")
    assert shop.proposed() == []
    assert "couldn't find an order like that" in reply


BOOKS = [
    (51, "The Great Gatsby (Hardcover)", "18.99", 0),
    (52, "Cookbook: Salt Fat Acid Heat", "35.00", 1),
    (53, "Atlas of the World", "65.00", 2),
    (54, "Kindle Paperwhite", "139.99", 3),
    (55, "Bookends (Set of 2)", "22.00", 4),
]


def test_part_of_a_compound_name_names_every_item_it_is_part_of():
    assert orders_named("book", [(o, i) for o, i, _, _ in BOOKS]) == [52, 55]
    shop = Shop(catalogue=BOOKS)
    assert "Which one do you mean?" in shop.say("refund the book")
    assert shop.proposed() == []


@pytest.mark.parametrize(
    ("text", "proposed", "reasons"),
    [
        (
            "I want to return the kindle, the screen froze, but keep the cookbook",
            [54],
            {54: "the screen froze"},
        ),
        ("the gatsby book came with torn pages, refund it", [51], None),
        ("refund the second cheapest", [55], None),
        ("refund my 2nd most recent order", [52], None),
        ("refund everything I bought in the last 2 days", [51, 52, 53], None),
        (
            "the atlas is fine. the kindle too. but the bookends are chipped, refund them",
            [55],
            None,
        ),
    ],
)
def test_a_bookshop(text, proposed, reasons):
    shop = Shop(catalogue=BOOKS)
    shop.say(text)
    assert shop.proposed() == proposed
    if reasons is not None:
        assert shop.reasons() == reasons


KITCHEN = [
    (21, "Stand Mixer", "329.00", 0),
    (22, "Chef's Knife 8in", "89.50", 1),
    (23, "Nonstick Frying Pan", "39.99", 2),
    (24, "Electric Kettle", "49.00", 3),
    (25, "Bamboo Cutting Board", "24.99", 4),
]


@pytest.mark.parametrize(
    ("turns", "proposed"),
    [
        (
            [
                "I'm happy with the mixer and the knife is great. The kettle though, that needs"
                " to go back"
            ],
            [24],
        ),
        (["the cutting board split in half", "can u refund it"], [25]),
        (["is the kettle eligible? if so please refund it, it leaks"], [24]),
        (["refund the pan and the kettle. actually keep the pan"], [24]),
        (["refund the knife pls. wait no, the knife works. refund the kettle"], [24]),
    ],
)
def test_a_kitchen_shop(turns, proposed):
    shop = Shop(catalogue=KITCHEN)
    for text in turns:
        shop.say(text)
    assert shop.proposed() == proposed
    assert len([c for c in shop.calls if c[0] == "request_refund"]) == len(proposed)
