"""A clause's references resolved against the customer's own orders, the same way for every
reader: superlatives and ordinals over their orders, price limits, and what narrows several
fitting orders (never a pick between two the words fit equally)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from services.chat_api.agent.order_words import CustomerOrder
from services.orderwords.orders import OrderBook, narrowed
from services.orderwords.reading import read_message

TODAY = dt.date(2026, 11, 24)
PETS = [
    CustomerOrder(1, "Orthopedic Dog Bed", Decimal("89.00"), TODAY),
    CustomerOrder(2, "Retractable Dog Leash", Decimal("24.50"), TODAY - dt.timedelta(1)),
    CustomerOrder(3, "Cat Tree Tower", Decimal("139.99"), TODAY - dt.timedelta(2)),
    CustomerOrder(4, "Glass Aquarium 40 Gallon", Decimal("1150.00"), TODAY - dt.timedelta(5)),
    CustomerOrder(5, "Heated Cat Bed", Decimal("45.00"), TODAY - dt.timedelta(6)),
]
BOOK = OrderBook(PETS, TODAY)


def found(text: str) -> tuple[list[int], list[tuple[int, ...]]]:
    [clause] = read_message(text, BOOK.index.vocabulary).clauses
    result = BOOK.resolve(clause.refs)
    return result.ids, result.groups


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("refund the cheapest one", [2]),
        ("refund the second cheapest thing", [5]),
        ("refund my most recent order", [1]),
        ("refund my oldest purchase", [5]),
        ("refund everything over $100", [3, 4]),
        ("refund the $45 one", [5]),
        ("refund the one I bought on Nov 22", [3]),  # calendar dates, in any usual spelling
        ("refund the thing from the 23rd of November", [2]),
        ("refund what I ordered on 2026-11-24", [1]),
        ("refund the cheapest cat thing", [5]),  # the cheaper of the two cat items
    ],
)
def test_superlatives_ordinals_and_limits_count_over_the_customers_orders(text, ids):
    assert found(text) == (ids, [])


def test_words_that_fit_several_orders_are_a_group_to_ask_about():
    assert found("refund the bed") == ([], [(1, 5)])
    assert found("refund the cat thing") == ([], [(3, 5)])


def test_a_vague_word_beside_an_exact_name_adds_nothing():
    # "my cat hates the cat tree": "cat" fits two items, "cat tree" one of them ("so send it
    # back" is a request of its own, read after it).
    first, _ = read_message(
        "my cat hates the cat tree so send it back", BOOK.index.vocabulary
    ).clauses
    result = BOOK.resolve(first.refs)
    assert (result.ids, result.groups) == ([3], [])


def test_the_message_narrows_a_group_it_explains():
    # A bed left out is not meant; of the rest, the one named before is.
    assert narrowed((1, 5), left_out={1}, named_before=()) == (5,)
    assert narrowed((1, 5), left_out=(), named_before=[5]) == (5,)
    assert narrowed((1, 5), left_out=(), named_before=[1, 5]) == (1, 5)
    assert narrowed((1, 5), left_out={1, 5}, named_before=()) == (1, 5)


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("refund my two cheapest things", [2, 5]),
        ("refund my 2 most expensive orders", [4, 3]),
        ("refund my last two orders", [1, 2]),
        ("refund the last 2 things i ordered", [1, 2]),
        ("refund the first two things I bought", [5, 4]),
    ],
)
def test_a_count_takes_that_many_orders_from_one_end(text, ids):
    assert found(text) == (ids, [])


def test_a_count_that_cuts_through_a_tie_is_asked_about():
    twins = [*PETS, CustomerOrder(6, "Dog Collar", Decimal("45.00"), TODAY)]
    book = OrderBook(twins, TODAY)
    [clause] = read_message("refund my two cheapest things", book.index.vocabulary).clauses
    result = book.resolve(clause.refs)
    assert result.ids == [] and result.groups == [(2, 5, 6)]


@pytest.mark.parametrize(
    ("text", "ids", "groups"),
    [
        ("refund the 24.50 thing", [2], []),  # dollars and cents: a price, never an id
        ("the one that was around 90 dollars", [1], []),  # about: within 5 %
        ("the one that was like 45 bucks", [5], []),
        ("refund the thing that was about 100 dollars", [], []),  # none that near
    ],
)
def test_prices_said_exactly_or_about(text, ids, groups):
    assert found(text) == (ids, groups)


def test_words_and_a_date_or_price_that_name_different_orders_are_asked_about():
    # the dog bed was bought today, the cat tree two days ago: "the cat tree I bought today"
    assert found("refund the cat tree I bought today") == ([], [(1, 3)])
    assert found("refund the $45 dog leash") == ([], [(2, 5)])
    assert found("refund the cat tree I bought 2 days ago") == ([3], [])
    assert found("refund the $24.50 leash") == ([2], [])
