"""Which of a customer's items some words name, for shops the grammar was never written for:
short forms of long words, plurals, compound words (no servers)."""

from __future__ import annotations

import pytest

from services.orderwords.items import ItemIndex, orders_named
from services.orderwords.refs import Mention

MUSIC = [
    (1, "Acoustic Guitar Dreadnought"),
    (2, "Electric Guitar Starter Pack"),
    (3, "Guitar Strings Set"),
    (4, "Practice Amplifier 20W"),
    (5, "Clip-On Tuner"),
]
SPORTS = [(11, "Tennis Racket Pro Staff"), (12, "Tennis Balls 4 Pack")]
COATS = [(31, "Waterproof Rain Jacket"), (32, "Cashmere Overcoat")]
KNIVES = [(21, "Japanese Chef Knife"), (22, "Whetstone Knife Sharpener"), (23, "Bread Knife")]


@pytest.mark.parametrize(
    ("text", "items", "ids"),
    [
        ("amp", MUSIC, [4]),  # the start of a long word stands for it
        ("guitar", MUSIC, [1, 2, 3]),  # every item it fits: the caller asks which
        ("guitars", MUSIC, [1, 2]),  # a set of guitar strings is no guitar
        ("guitar strings", MUSIC, [3]),
        ("electric guitar", MUSIC, [2]),
        ("tennis", SPORTS, [11, 12]),  # not in the plural: still both
        ("tennis balls", SPORTS, [12]),
        ("am", MUSIC, []),  # too short to stand for anything
        # the word fits both (a knife, and a sharpener for knives): asked which, never a
        # guess by which word of the name is its head
        ("knife", KNIVES[:2], [21, 22]),
        ("knife sharpener", KNIVES, [22]),
        ("coat", COATS, [32]),  # its own name holds the word: it beats a synonym ("jacket")
        ("coat", COATS[:1], [31]),  # with no overcoat, a coat is the jacket
        ("jacket", COATS, [31]),
    ],
)
def test_what_words_name(text, items, ids):
    assert orders_named(text, items) == ids


UKULELES = [(41, "Ukulele"), (42, "Ukulele Case"), (43, "Soprano Ukulele Strings")]
BOARDS = [(51, "Complete Skateboard 8 Inch"), (52, "Skateboard Wheels 54mm")]
WATCHES = [(61, "Smart Watch Series 5"), (62, "Smart Watch Strap")]
LOCKS = [(71, "U-Lock with Cable"), (72, "U-Lock Mount")]


@pytest.mark.parametrize(
    ("text", "items", "ids"),
    [
        # the words are the whole name of one item, and only part of the others': that one
        ("ukulele", UKULELES, [41]),
        ("the ukuleles", UKULELES, [41]),  # in the plural
        ("ukelele", UKULELES, [41]),  # misspelt
        ("teh ukulele", UKULELES, [41]),  # a short word before the name says nothing more
        ("ukulele case", UKULELES, [42]),  # a word only one of them has
        ("u-lock with cable", LOCKS, [71]),
        ("u-lock cable", LOCKS, [71]),  # "with" joins the words; it names nothing
        # words only part of every name: the whole name of none, asked which
        ("skateboard", BOARDS, [51, 52]),
        ("smart watch", WATCHES, [61, 62]),  # "Series 5" is part of its name too
        ("u-lock", LOCKS, [71, 72]),
        # a word the name lacks: perhaps another thing, never the shorter name
        ("ukulele bag", UKULELES[:2], [41, 42]),
        # two orders of the same item: both whole, asked which
        ("ukulele", [(41, "Ukulele"), (44, "Ukulele")], [41, 44]),
    ],
)
def test_the_whole_name_of_one_item_names_it(text, items, ids):
    assert orders_named(text, items) == ids


def test_a_number_of_one_name_picks_it_among_those_the_words_fit():
    index = ItemIndex([(1, "Dual Zone Wine Fridge 46 Bottle"), (2, "Wooden Wine Rack 12 Bottle")])
    assert index.numbered([1, 2], [12]) == [2]
    assert index.numbered([1, 2], [46]) == [1]
    assert index.numbered([1, 2], [7]) == []  # in no name: it narrows nothing


def test_all_of_a_kind_are_the_items_of_that_kind():
    index = ItemIndex(MUSIC)
    guitar = Mention(("guitar",))
    assert index.match(guitar).order_ids == (1, 2, 3)
    assert index.match(guitar, kind=True).order_ids == (1, 2)  # "all my guitars": no strings
    thing = Mention(("tennis",), generic=True)  # "the tennis thing": any tennis item
    assert ItemIndex(SPORTS).match(thing, kind=True).order_ids == (11, 12)


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("hedfones", [2]),  # written by ear: "ph" as "f", "ea" as "e"
        ("headfones", [2]),
        ("fone", []),  # too short to be read by ear
    ],
)
def test_an_item_written_by_ear_is_that_item(text, ids):
    items = [(1, "Laptop Pro X1"), (2, "Wireless Headphones"), (5, "Phone Case")]
    assert orders_named(text, items) == ids


BEAUTY = [
    (1, "Diffuser Hair Dryer"),
    (5, "Gold Hoop Earrings"),
    (6, "Rose Gold Charm Bracelet"),
    (9, "Wireless Headphones"),
    (10, "Espresso Machine Deluxe"),
]


@pytest.mark.parametrize(
    ("words", "ids"),
    [
        (("wrist",), (6,)),  # "the thing on my wrist": a bracelet is worn there
        (("ear",), (5, 9)),  # earrings and headphones are both for the ears: asked which
        (("coffee",), (10,)),  # "the thing that makes coffee": the espresso machine
        (("hair",), (1,)),  # its own name holds the word
        (("counting",), ()),  # no kind of thing is for this
    ],
)
def test_what_a_thing_is_for_names_the_items_of_that_use(words, ids):
    index = ItemIndex(BEAUTY)
    assert index.match(Mention(words, by_use=True)).order_ids == ids
    if words in (("wrist",), ("coffee",)):  # outside a phrase about a thing's use: nothing
        assert index.match(Mention(words)).order_ids == ()


WARDROBE = [(41, "Leather Trainers"), (42, "Silk Scarf"), (43, "Hiking Socks 3 Pair")]
GADGETS = [(51, "4K Webcam with Microphone"), (52, "Baby Monitor with Camera")]
READER = [(61, "Quillan E-Reader 7 Inch"), (62, "Quillan Vegan Cookbook")]


@pytest.mark.parametrize(
    ("text", "items", "ids"),
    [
        # a word that only describes an item, then a noun none of the items is: a thing the
        # customer did not buy here, no order
        ("leather belt", WARDROBE, []),
        ("phone tripod", GADGETS, []),
        ("silk shirt", WARDROBE, []),
        # the word that names the item's kind, a unit after a number, a verb, a near spelling
        ("scarf", WARDROBE, [42]),
        ("leather trainers", WARDROBE, [41]),
        ("socks", WARDROBE, [43]),
        ("webcam", GADGETS, [51]),
        ("baby monitor keeps", GADGETS, [52]),
        ("monitor", GADGETS, [52]),
        ("reader ship", READER, [61]),
        ("leather started", WARDROBE, [41]),
        ("leather trainr", WARDROBE, [41]),
    ],
)
def test_a_describing_word_before_a_noun_not_bought_names_nothing(text, items, ids):
    assert orders_named(text, items) == ids


KNIFE_SET = [(71, "Chef Knife Set 8 Piece"), (72, "4-Slice Toaster")]


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("bread knife", []),  # another kind of knife than the set: not theirs
        ("chef knife", [71]),
        ("knife set", [71]),
        ("new knife", [71]),  # a short word says no kind
        ("knive", [71]),
    ],
)
def test_a_word_before_an_item_naming_another_kind_names_nothing(text, ids):
    assert orders_named(text, KNIFE_SET) == ids
