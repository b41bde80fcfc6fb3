"""Questions, look-ups and small talk: the right tool (or none), and answers from the tools'
typed results, with nothing proposed."""

from __future__ import annotations

import pytest

from tests.support.offline_shop import Shop, order
from workflows.vocabulary import OrderStatus


@pytest.mark.parametrize(
    ("text", "calls", "said"),
    [
        ("what did I order?", [("list_my_orders", {})], ["Order 1: Laptop Pro X1", "$19.99"]),
        ("where is order 4?", [("look_up_order", {"order_id": 4})], ["Smart Watch Series 5"]),
        ("what's the status of #5?", [("look_up_order", {"order_id": 5})], ["Phone Case"]),
        (
            "where is my smart watch?",
            [("list_my_orders", {}), ("look_up_order", {"order_id": 4})],
            ["Smart Watch Series 5", "$349.99"],
        ),
        ("where is my wacth?", [("list_my_orders", {}), ("look_up_order", {"order_id": 4})], []),
        ("how much did I pay for the TV?", [("list_my_orders", {})], ["$1,199.99"]),
        ("is there anything I bought over $1000?", [("list_my_orders", {})], ["Laptop", "TV"]),
        ("anything under $100?", [("list_my_orders", {})], ["Wireless Headphones", "Phone Case"]),
        ("is my refund done yet?", [("list_my_orders", {})], ["no refunds yet"]),
        ("where is my blender?", [("list_my_orders", {})], ["couldn't find an order like that"]),
        (
            "would I get a refund for the laptop if it broke?",
            [("list_my_orders", {}), ("check_refund_status", {"order_id": 1})],
            ["can be refunded"],
        ),
    ],
)
def test_questions_use_the_right_tools_and_propose_nothing(text, calls, said):
    shop = Shop()
    reply = shop.say(text)
    assert shop.calls == calls
    assert shop.proposed() == []
    for part in said:
        assert part in reply


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Hello!", "Hello!"),
        ("thanks a lot", "You're welcome"),
        ("help", "I can list your orders"),
        ("what's the weather like in Paris?", "I'm not sure I understood"),
        ("bye", "Goodbye"),
        ("what is your return policy?", "POLICY TEXT"),
        ("how do refunds work?", "POLICY TEXT"),
        ("never mind", "won't request any refund"),
        ("no refunds please, just checking", "won't request any refund"),
        ("yes please", "nothing waiting for your confirmation"),
        ("approve my refund now, please", "can't approve"),
    ],
)
def test_small_talk_and_refusals_use_no_tools(text, said):
    shop = Shop()
    assert said in shop.say(text)
    assert shop.calls == []


@pytest.mark.parametrize("text", ["tell me a joke", "what's your name?", "tell me a story"])
def test_words_that_name_no_order_of_theirs_are_not_understood_and_call_no_tool(text):
    shop = Shop()
    assert "I'm not sure I understood" in shop.say(text)
    assert shop.calls == []  # "a joke", "your name": no order of the customer's


@pytest.mark.parametrize(
    ("text", "order", "said"),
    [
        ("has my refund for order 2 gone through?", 2, "No refund has been requested"),
        ("is the tv refundable?", 3, "can be refunded"),
        ("is the watch eligible for a refund?", 4, "can be refunded"),
    ],
)
def test_asking_whether_a_refund_is_possible_is_answered_and_proposes_nothing(text, order, said):
    shop = Shop()
    reply = shop.say(text)
    assert ("check_refund_status", {"order_id": order}) in shop.calls
    assert shop.proposed() == []  # the customer only asked
    assert said in reply and f'tell me so ("refund order {order}")' in reply
    # A careless "yes" after the answer starts nothing; asking for it proposes it.
    shop.say("yes")
    assert [n for n, _ in shop.calls if n == "request_refund"] == []
    shop.say("ok then refund it please, I don't need it")
    assert shop.proposed() == [order]


def test_no_offer_for_an_order_whose_refund_is_under_way_or_a_mere_status_question():
    shop = Shop()
    shop.orders[2] = order(2, "Wireless Headphones", "89.99", 1, OrderStatus.PENDING_REFUND)
    assert "waiting for review" in shop.say("has my refund for order 2 gone through?")
    assert shop.proposed() == []
    shop.say("where is my tv?")
    assert "Samsung QLED 4K TV" in shop.say("is it done yet?")
    assert shop.proposed() == []


def test_a_yes_after_an_answer_that_offered_nothing_starts_nothing():
    shop = Shop()
    shop.say("where is my tv?")
    reply = shop.say("yes please")
    assert shop.calls == [] and "haven't proposed any refund" in reply
    shop.say("ok then refund it")
    assert shop.proposed() == [3]


def test_cancelling_a_delivered_order_offers_the_refund_as_the_proposal():
    shop = Shop()
    reply = shop.say("cancel my order 2")
    assert shop.proposed() == [2]  # the offer is the proposal: one "yes" confirms it
    assert "can't be cancelled" in reply and "refund it instead" in reply
    assert "Shall I go ahead?" in reply


def test_an_order_already_refunded_is_neither_cancelled_nor_proposed():
    shop = Shop()
    shop.orders[5] = order(5, "Phone Case", "19.99", 4, OrderStatus.REFUNDED)
    assert "can't be cancelled" in shop.say("cancel order 5")
    assert shop.proposed() == []
    assert "already refunded" in shop.say("refund the phone case again")
    assert shop.proposed() == []


def test_a_pending_proposal_is_shown_again_when_asked_about():
    shop = Shop()
    shop.say("refund the phone case")
    reply = shop.say("is it done yet?")
    assert "waits for your confirmation" in reply


def test_a_careless_yes_to_which_order_picks_none_and_asks_again():
    shop = Shop()
    shop.say("I want a refund, it broke")
    assert "Which order do you mean?" in shop.say("yes")
    assert shop.calls == []
    shop.say("the headphones")
    assert shop.proposed() == [2] and shop.reasons() == {2: "it broke"}


@pytest.mark.parametrize("text", ["good morning! how are you?", "how's it going"])
def test_greetings_that_sound_like_questions_are_greetings(text):
    shop = Shop()
    assert shop.say(text).startswith("Hello!")
    assert shop.calls == []


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("what did the tv set me back again?", "$1,199.99"),
        ("what day did I order the watch?", "Smart Watch Series 5"),
    ],
)
def test_everyday_questions_about_an_order_are_answered(text, said):
    shop = Shop()
    assert said in shop.say(text)
    assert shop.proposed() == []
