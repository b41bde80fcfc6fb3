"""What a message takes back, read the same way by the offline model and the application:
requests withdrawn by a call-off or by a lone "scratch that" / "don't", orders replaced by a
correction, in the message or in the one before (no orders needed)."""

from __future__ import annotations

import pytest

from services.orderwords.reading import read_message


@pytest.mark.parametrize(
    "text",
    [
        "refund the tv. hmm, scratch that",
        "refund the amp. on second thought, don't",
        "Please refund the strings. Actually, hold off on that, I'll try restringing first",
        "refund the stroller. Hmm, actually no, leave it",
        "refund the laptop, actually never mind",
        "I take it back",
        "refund the tv jk",
        "refund the tv. just kidding",
        "refund the case... or not, idk",
    ],
)
def test_a_call_off_or_a_lone_correction_withdraws_the_requests_before_it(text):
    reading = read_message(text)
    taken_back = reading.retraction
    assert taken_back.withdrawn_before > 0 or any(c.calls_off for c in reading.clauses)
    assert all(taken_back.withdrawn(k) for k, c in enumerate(reading.clauses) if c.acts)


@pytest.mark.parametrize(
    ("text", "replaced"),
    [
        ("refund the drumsticks - sorry, I meant the tuner", {0}),
        ("refund the laptop. no wait, the tv", {0}),
        ("refund order 2... oh wait, I meant order 4", {0}),
    ],
)
def test_a_correction_followed_by_orders_replaces_the_request_before_it(text, replaced):
    taken_back = read_message(text).retraction
    assert taken_back.replaced == replaced and taken_back.withdrawn_before == 0


@pytest.mark.parametrize(
    ("text", "previous"),
    [
        ("make it the piano instead", True),
        ("wait no, not the leash, the cat tree", True),
        ("and the watch too", False),  # a follow-up adds, it replaces nothing
        ("don't refund the tv, refund the watch", False),  # leaving out is no correction
        ("refund the watch", False),
    ],
)
def test_a_correction_at_the_start_replaces_the_previous_messages_request(text, previous):
    assert read_message(text).retraction.replaces_previous is previous


def test_what_follows_a_lone_correction_keeps_the_request():
    taken_back = read_message("refund the laptop. no wait, the tv").retraction
    assert taken_back.withdrawn_before == 0
    assert read_message("refund the tv, not the laptop").retraction.withdrawn_before == 0


def test_a_joke_said_before_a_request_takes_nothing_back():
    reading = read_message("i'm not kidding, refund the watch")
    assert [k for k, c in enumerate(reading.clauses) if c.acts] != []
    assert not any(reading.retraction.withdrawn(k) for k, c in enumerate(reading.clauses) if c.acts)
