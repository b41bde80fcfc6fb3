"""The grammar as a pure function: what a message asks, which orders it names or rules out,
and the reason, with no servers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from services.chat_api.agent.grammar import parse, split_reason


@pytest.mark.parametrize(
    ("text", "asked", "reason"),
    [
        ("refund my headphones, they broke after 3 days", "refund my headphones",
         "they broke after 3 days"),
        ("please refund #2, it arrived broken", "please refund #2", "it arrived broken"),
        ("refund the tv because the screen cracked", "refund the tv", "the screen cracked"),
        ("I'd like to return the watch since it's too big", "I'd like to return the watch",
         "it's too big"),
        ("refund the laptop it is broken", "refund the laptop", "it is broken"),
        ("refund order 4", "refund order 4", None),
    ],
)  # fmt: skip
def test_reason_is_cut_after_its_cue_and_keeps_the_item_words(text, asked, reason):
    assert split_reason(text) == (asked, reason)
    reading = parse(text)
    assert reading.intent == "refund"
    if reason:
        assert reading.reason == reason


@pytest.mark.parametrize(
    "text",
    [
        "refund my headphones, they broke after 3 days",
        "The TV I bought 5 days ago is broken, I want my money back",
        "refund 5",
        "I have 2 kids and want a refund for the watch",
        "refund the 4K TV",
        "my order arrived 3 days late, refund it",
    ],
)
def test_a_bare_number_is_never_an_order_id(text):
    reading = parse(text)
    assert reading.refs.ids == ()
    assert reading.reason_refs.ids == ()


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("refund order 2", (2,)),
        ("please refund #2, it arrived broken", (2,)),
        ("refund orders 1 and 5", (1, 5)),
        ("refund order no. 3", (3,)),
        ("refund order number 4 and #5", (4, 5)),
        ("where is order #12?", (12,)),
    ],
)
def test_marked_numbers_are_order_ids(text, ids):
    assert parse(text).refs.ids == ids


@pytest.mark.parametrize(
    "text",
    [
        "never mind",
        "nevermind, I changed my mind",
        "cancel that",
        "forget it",
        "I don't want a refund",
        "I do not want a refund anymore",
        "no refund please",
        "actually never mind",
        "scratch that",
    ],
)
def test_calling_off_names_no_refund(text):
    reading = parse(text)
    assert reading.called_off
    assert reading.intent == "refund"


@pytest.mark.parametrize(
    ("text", "kept", "ruled_out"),
    [
        ("don't refund the laptop", (), ("laptop",)),
        ("do not refund the laptop, refund the tv", ("tv",), ("laptop",)),
        ("refund the tv, not the laptop", ("tv",), ("laptop",)),
        ("refund the tv but not the laptop", ("tv",), ("laptop",)),
        ("Please refund everything except the phone case", (), ("phone", "case")),
        ("refund all but the watch", (), ("watch",)),
        ("refund all my orders apart from the headphones", (), ("headphones",)),
    ],
)
def test_negation_is_scoped_to_what_it_names(text, kept, ruled_out):
    reading = parse(text)
    assert reading.refs.words == kept
    assert reading.excluded.words == ruled_out
    assert not reading.called_off


@pytest.mark.parametrize(
    "text",
    [
        "The headphones don't work, refund them",
        "my tv is not working, I want a refund",
        "I don't want the watch anymore, refund it",
    ],
)
def test_a_negative_description_is_not_a_negated_request(text):
    reading = parse(text)
    assert reading.intent == "refund"
    assert not reading.called_off and reading.excluded.empty


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("what is your return policy?", "policy"),
        ("how long do I have to return something?", "policy"),
        ("is there anything I bought over $1000?", "filter"),
        ("how much did I pay for the TV?", "price"),
        ("what did I order?", "list"),
        ("where is my watch?", "lookup"),
        ("is my refund done yet?", "status"),
        ("has it been refunded?", "status"),
        ("is it done yet?", "status"),
        ("cancel my order 2", "cancel"),
        ("approve my refund now", "approve"),
        ("I want my money back for the tv", "refund"),
        ("can I return my phone case?", "refund"),
        ("send the headphones back", "refund"),
    ],
)
def test_intents(text, intent):
    assert parse(text).intent == intent


def test_price_and_date_references():
    assert parse("refund the $89 one").refs.prices == (Decimal("89"),)
    assert parse("refund the one from yesterday").refs.days_ago == (1,)
    assert parse("the one I bought three days ago").refs.days_ago == (3,)
    assert parse("anything over $1,000?").price_filter == ("over", Decimal("1000"))
    assert parse("anything under 50 dollars?").price_filter == ("under", Decimal("50"))


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("yes please", "yes"),
        ("Yes", "yes"),
        ("ok do it", "yes"),
        ("go ahead", "yes"),
        ("sure, thanks", "yes"),
        ("no", "no"),
        ("no thanks", "no"),
        ("yes refund the laptop and the tv and the watch", None),
        ("no, refund the watch", None),
    ],
)
def test_short_answers(text, answer):
    assert parse(text).answer == answer


@pytest.mark.parametrize(
    "text",
    ["and the watch too", "what about the other one?", "also the tv", "and what about the TV?"],
)
def test_follow_ups(text):
    assert parse(text).follow_up


def test_another_customers_orders_are_flagged():
    assert parse("refund all orders of customer 2").foreign
    assert parse("refund my friend's laptop").foreign
    assert not parse("refund my laptop").foreign
