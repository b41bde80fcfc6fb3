"""A bare "yes" after anything but a single pending proposal asks for nothing: the offline
model makes no proposal on a yes that answers "which order?", follows a correction, a
call-off, a lookup, praise or a complaint (no servers). A yes to a single pending proposal is
the application's to read (consent.py), never the model's."""

from __future__ import annotations

import pytest

from tests.support.offline_shop import Shop

PETS = [
    (21, "Orthopedic Dog Bed", "89.00", 0),
    (22, "Retractable Dog Leash", "24.50", 1),
    (25, "Heated Cat Bed", "45.00", 6),
]


@pytest.mark.parametrize(
    "before",
    [
        ["I want a refund"],  # "Which order do you mean?"
        ["refund the bed"],  # two beds: "Which one do you mean?"
        ["refund the bed", "yes"],  # the question asked again
        ["refund the leash", "no wait"],  # a correction with nothing after it
        ["refund the leash. actually, never mind"],
        ["where is my dog bed?"],
        ["the dog bed is great"],
        ["my leash broke"],  # a complaint, no request
        ["refund order 999"],  # not theirs
    ],
)
def test_a_careless_yes_proposes_nothing(before):
    shop = Shop(catalogue=list(PETS))
    for text in before:
        shop.say(text)
    shop.say("yes")
    assert [n for n, _ in shop.calls if n == "request_refund"] == []
