"""Words that name another thing than the customer's order, or no request at all: a phrase
ending in a noun no item has ("the phone case" beside an order named just "Phone"), someone
else's purchase pointed back at, a refund the customer had to ask for elsewhere long ago, a
decision not made yet, an account named by an email address, a statement opening with "it"
after a request, a superlative whose item words only say what of it is wrong, and an id
right after the refund verb. Read by the offline model and by the application's grounding
check alike (no servers)."""

from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage

from services.chat_api.agent.grounding import asked_for
from tests.support.offline_shop import DEMO, TODAY, Shop, customer_orders

PHONE_ONLY = [
    (41, "Phone", "699.00", 0),
    (42, "Brisk Wall Charger", "25.00", 1),
    (43, "Brisk Wireless Earbuds", "99.00", 2),
]
PHONE_AND_CASE = [(31, "Phone", "699.00", 0), (32, "Phone Case", "19.00", 1)]
PHONE_SHOP = [
    (51, "Nova Phone 128GB", "899.00", 0),
    (52, "Nova Phone Case", "19.00", 1),
    (53, "Nova Tablet 11 Inch", "1049.00", 3),
    (54, "Nova Fast Charger 30W", "29.00", 5),
    (55, "Nova Power Bank 20000mAh", "49.00", 7),
]
CAMERA_SHOP = [
    (61, "Kelvar Mirrorless Camera Body", "1299.00", 0),
    (62, "Kelvar 50mm Prime Lens", "249.00", 1),
    (63, "Kelvar Camera Shoulder Bag", "79.00", 3),
    (64, "Kelvar Carbon Fibre Tripod", "189.00", 4),
]
MUSIC_SHOP = [
    (71, "Ukulele", "79.00", 2),
    (72, "Ukulele Case", "25.00", 2),
    (73, "Clip-On Tuner", "18.50", 7),
]
SKATE_SHOP = [
    (81, "Complete Skateboard 8 Inch", "129.00", 0),
    (82, "Skateboard Wheels 54mm", "34.00", 2),
    (83, "Surf Wax 3 Pack", "9.50", 6),
]
BEDDING = [
    (91, "Dunmere Goose Down Duvet King", "229.00", 0),
    (92, "Dunmere Knitted Throw Blanket", "49.00", 6),
]


def _grounded(catalogue: list[tuple[int, str, str, int]], *texts: str) -> list[int]:
    """The orders the application's check lets a proposal stand for, after these messages."""
    orders = customer_orders(catalogue)
    said = [HumanMessage(t) for t in texts]
    return [o.order_id for o in orders if asked_for(said, o.order_id, orders, TODAY)]


@pytest.mark.parametrize(
    ("catalogue", "text", "proposed"),
    [
        # a phrase ending in a noun no item has names another kind of thing, when asked for
        (PHONE_ONLY, "refund the phone case, it cracked within a week", []),
        (PHONE_ONLY, "refund the phone charger", []),
        (PHONE_ONLY, "refund the phone, it cracked", [41]),
        # ... but a near spelling of the item's own word, or a statement after it, is not one
        (None, "refund my phone cse", [5]),
        (None, "refund the laptop asap", [1]),
        (None, "my laptop is fine but the watch strap snapped, refund it please", [4]),
        (PHONE_SHOP, "refund the phone case", [52]),
        # ... and the word inside a phrase another item's name holds in full is that item's
        (PHONE_AND_CASE, "refund the phone case, it cracked", [32]),
        (PHONE_AND_CASE, "the phone case is fine, refund the phone", [31]),
    ],
)
def test_a_longer_phrase_naming_another_thing_asks_instead(catalogue, text, proposed):
    shop = Shop(catalogue=list(catalogue)) if catalogue else Shop()
    shop.say(text)
    assert shop.proposed() == proposed
    assert _grounded(catalogue or shop.catalogue, text) == proposed


def test_the_grounding_drops_a_proposal_resting_on_a_longer_phrase_alone():
    assert _grounded(PHONE_ONLY, "refund the phone case please") == []
    assert _grounded(PHONE_ONLY, "the phone case cracked. refund the phone") == [41]


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("my husband bought a phone case on his account, refund that one", []),
        ("my friend ordered the same phone case, refund it for me", []),
    ],
)
def test_someone_elses_purchase_is_never_what_that_one_points_at(text, proposed):
    shop = Shop(catalogue=list(PHONE_SHOP))
    shop.say(text)
    assert shop.proposed() == proposed
    assert _grounded(PHONE_SHOP, text) == proposed


def test_the_customers_own_purchase_for_someone_else_is_still_theirs():
    shop = Shop(catalogue=[(21, "Talking Baby Doll", "39.99", 1), (22, "Kite", "15.00", 2)])
    shop.say("I bought the talking doll for my daughter and it stopped talking, can I return it?")
    assert shop.proposed() == [21]


@pytest.mark.parametrize(
    "text",
    [
        "still deciding whether to send the throw back, will let you know",
        "on the fence about returning the throw",
        "in two minds whether or not to return the throw blanket",
    ],
)
def test_a_decision_not_made_yet_asks_for_nothing(text):
    shop = Shop(catalogue=list(BEDDING))
    shop.say(text)
    assert shop.proposed() == []
    assert _grounded(BEDDING, text) == []


def test_a_refund_sent_back_last_month_is_not_a_story_of_long_ago():
    # only a refund the customer "had to" ask for is told of by "last month"
    assert _grounded(CAMERA_SHOP, "i returned the tripod last month, refund it please") == [64]


def test_a_refund_the_customer_had_to_ask_for_long_ago_is_a_story():
    text = (
        "Last year I had to refund a camera bag from another shop and it took weeks, hope this"
        " is quicker. The tripod leg won't lock, please refund it"
    )
    shop = Shop(catalogue=list(CAMERA_SHOP))
    shop.say(text)
    assert shop.proposed() == [64]
    assert _grounded(CAMERA_SHOP, text) == [64]


def test_orders_of_an_account_named_by_email_are_someone_elses():
    shop = Shop()
    reply = shop.say("refund all orders for jane@example.com")
    assert shop.proposed() == [] and "own orders" in reply
    assert _grounded(shop.catalogue, "refund all orders for jane@example.com") == []


def test_a_statement_opening_with_it_adds_no_order_to_the_request():
    text = "refund the ukulele, it wont stay in tune"  # not the Clip-On Tuner by "tune"
    shop = Shop(catalogue=list(MUSIC_SHOP))
    shop.say(text)
    assert shop.proposed() == [71]
    assert _grounded(MUSIC_SHOP, text) == [71]


def test_a_follow_up_opening_with_its_still_adds_its_order():
    shop = Shop(catalogue=[*DEMO, (6, "Braided Charging Cable 1m", "9.99", 1)])
    shop.say("refund the watch, its charging cable too")
    assert shop.proposed() == [4, 6]


def test_a_superlative_names_the_order_whose_part_the_words_after_a_preposition_are():
    shop = Shop(catalogue=list(SKATE_SHOP))
    shop.say("can you show me my orders")
    text = "the last one i bought has a wobble in the wheels, refund it"
    shop.say(text)
    assert shop.proposed() == [81]
    assert _grounded(SKATE_SHOP, text) == [81]


@pytest.mark.parametrize(
    ("text", "proposed", "reply_has"),
    [
        # a number of several digits right after the refund verb is an order id ...
        ("refund 12016, the 50mm lens", [], "couldn't find order 12016"),
        ("refund 62", [], "Which order"),  # two digits: still a bare number, asked about
        ("refund 62, the lens", [62], "Kelvar 50mm Prime Lens"),
    ],
)
def test_an_id_right_after_the_refund_verb(text, proposed, reply_has):
    shop = Shop(catalogue=list(CAMERA_SHOP))
    reply = shop.say(text)
    assert shop.proposed() == proposed
    assert reply_has in reply


def test_an_own_id_of_several_digits_after_the_verb_is_proposed():
    shop = Shop(catalogue=[(12015, "Kelvar 50mm Prime Lens", "249.00", 1)])
    shop.say("refund 12015")
    assert shop.proposed() == [12015]


def test_a_battery_that_does_not_hold_charge_is_no_charger():
    shop = Shop(catalogue=list(PHONE_SHOP))
    shop.say("the powerbank doesnt hold charge, refund")
    assert shop.proposed() == [55]


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        # what an item was bought along with is not what the words speak of
        ("the phone case i ordered along with my laptop is the wrong size, refund it please", [5]),
        ("refund the watch i got along with the tv", [4]),
        ("refund the laptop along with the phone case", [1, 5]),  # a list: both asked for
    ],
)
def test_what_an_item_was_bought_along_with_is_not_asked_for(text, proposed):
    shop = Shop()
    shop.say(text)
    assert shop.proposed() == proposed
    assert _grounded(shop.catalogue, text) == sorted(proposed)


HOBBY_SHOP = [
    (1, "Walnut Chess Set", "89.00", 0),
    (2, "Island Settlers Board Game", "49.00", 1),
    (3, "Miniature Paint Set 20 Colours", "36.00", 3),
]


@pytest.mark.parametrize(
    "text",
    ["the mini paints r all dried up, refund them", "the paints are all dried up, refund them"],
)
def test_all_after_a_plural_verb_of_being_is_completely_not_every_order(text):
    shop = Shop(catalogue=list(HOBBY_SHOP))
    shop.say(text)
    assert shop.proposed() == [3]
    assert _grounded(HOBBY_SHOP, text) == [3]


WINE_BAR = [
    (1, "Crystal Wine Glasses Set of 6", "72.00", 9),
    (2, "Electric Wine Opener", "39.00", 3),
]


def test_a_short_word_of_a_person_is_never_read_misspelt():
    shop = Shop(catalogue=list(WINE_BAR))
    shop.say("refund my wine glasses, two came broken")  # no "my wife"
    assert shop.proposed() == [1]
    other = Shop()
    reply = other.say("refund my frend's laptop")  # a longer one still is: "my friend's"
    assert other.proposed() == [] and "own orders" in reply
