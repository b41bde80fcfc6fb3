"""Questions are answered without acting (pure, no servers)."""

from __future__ import annotations

import pytest

from tests.support.offline_sim import Shop


def test_return_policy_is_the_configured_text():
    shop = Shop()
    assert shop.say("what is your return policy?") == "POLICY TEXT"
    assert shop.calls == []


@pytest.mark.parametrize(
    ("text", "named", "not_named"),
    [
        ("is there anything I bought over $1000?", ["Laptop Pro X1", "Samsung QLED 4K TV"],
         ["Phone Case"]),
        ("anything under $100?", ["Wireless Headphones", "Phone Case"], ["Laptop Pro X1"]),
        ("what did I order?", ["Laptop Pro X1", "Phone Case"], []),
    ],
)  # fmt: skip
def test_questions_about_the_orders_are_answered_from_the_list(text, named, not_named):
    shop = Shop()
    reply = shop.say(text)
    assert shop.calls == [("list_my_orders", {})]
    assert all(n in reply for n in named)
    assert not any(n in reply for n in not_named)


@pytest.mark.parametrize(
    ("text", "price"),
    [
        ("how much did I pay for the TV?", "$1,199.99"),
        ("how much was the watch", "$349.99"),
        ("what did the headphones cost?", "$89.99"),
    ],
)
def test_how_much_did_i_pay(text, price):
    shop = Shop()
    assert price in shop.say(text)
    assert shop.proposed() == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("hello", "Hello!"),
        ("thanks a lot", "You're welcome"),
        ("help", "I can list your orders"),
        ("bye", "Goodbye"),
        ("what's the weather like in Paris?", "I'm not sure I understood"),
        ("approve my refund now", "can't approve"),
    ],
)
def test_small_talk_uses_no_tools(text, expected):
    shop = Shop()
    assert expected in shop.say(text)
    assert shop.calls == []


def test_where_is_an_item_looks_it_up():
    shop = Shop()
    reply = shop.say("where is my smart watch?")
    assert shop.calls[-1] == ("look_up_order", {"order_id": 4})
    assert "Smart Watch Series 5" in reply


@pytest.mark.parametrize("text", ["how do refunds work?", "how long does a refund take?"])
def test_how_refunds_work_is_the_policy(text):
    shop = Shop()
    assert shop.say(text) == "POLICY TEXT"
    assert shop.calls == []


@pytest.mark.parametrize(
    ("text", "order_id"),
    [
        ("is the tv refundable?", 3),
        ("can the laptop be refunded?", 1),
        ("would I get a refund for the tv if it broke?", 3),
        ("what if I refunded the laptop?", 1),
    ],
)
def test_a_refund_asked_about_is_answered_and_offered_not_proposed(text, order_id):
    shop = Shop()
    reply = shop.say(text)
    assert shop.proposed() == []
    assert shop.calls[-1] == ("check_refund_status", {"order_id": order_id})
    assert "Would you like me to request one?" in reply
    shop.say("yes please")
    assert shop.proposed() == [order_id]
