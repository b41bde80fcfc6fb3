"""Any text at all, up to the chat's size limit: reading it never raises, a turn always ends,
only the customer's own orders are ever proposed, and the time it takes stays small (the
parser is linear by construction; `make bench` measures it against the 10 ms target)."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings

from services.orderwords.items import ItemIndex
from services.orderwords.reading import read_message
from tests.support.offline_shop import DEMO, Shop
from tests.support.pathological import RANDOM_MESSAGES, pathological

VOCABULARY = ItemIndex([(o[0], o[1]) for o in DEMO]).vocabulary
# Far above the parser's real cost (a few ms) and far below the 30 s an earlier backtracking
# grammar took: a limit only a super-linear parser would cross, on any machine.
GENEROUS_SECONDS = 0.5


@settings(max_examples=300, deadline=None, database=None)
@given(RANDOM_MESSAGES)
def test_reading_any_text_never_raises(text):
    reading = read_message(text, VOCABULARY)
    assert all(isinstance(c.text, str) for c in reading.clauses)


@settings(max_examples=80, deadline=None, database=None)
@given(RANDOM_MESSAGES)
def test_any_message_ends_its_turn_and_names_no_order_it_was_not_given(text):
    shop = Shop()
    reply = shop.say(text)
    assert reply.strip()
    for _, args in shop.calls:
        oid = args.get("order_id")
        # An order id is the customer's own (from their list) or one the message wrote.
        assert oid is None or oid in shop.orders or str(oid) in text


@pytest.mark.parametrize("name", sorted(pathological()))
def test_pathological_messages_are_read_in_linear_time(name):
    text = pathological()[name]
    started = time.thread_time()
    read_message(text, VOCABULARY)
    Shop().say(text)
    assert time.thread_time() - started < GENEROUS_SECONDS
