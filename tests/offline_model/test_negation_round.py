"""Rules of the negation round, on its shops in the dev cases (no servers, typed fakes of the
tools): an order left out after the words of a request that fit several is not the one
meant; "A not B" names A; "all my X" and "both X" are the orders of that kind; "actually"
after a call-off stresses it; a plural in "-es" of a word ending in "s"; "that's going
back" asks for a refund; "both" with words of its own names those."""

from __future__ import annotations

import pytest

from tests.agent.eval.cases import CASES_FILE, read_yaml
from tests.support.offline_shop import Shop

SHOPS = read_yaml(CASES_FILE)["catalogues"]


def talk(shop: str, *said: str) -> list[str]:
    """The keys of the orders the last of these messages proposed, in one of the round's
    shops (its orders numbered from 1 as cases.yaml lists them)."""
    items = SHOPS[shop]
    conversation = Shop(
        catalogue=[(n, i["item"], i["price"], i["days"]) for n, i in enumerate(items, 1)]
    )
    for text in said:
        conversation.say(text)
    return [items[n - 1]["key"] for n in conversation.proposed()]


@pytest.mark.parametrize(
    ("shop", "said", "proposed"),
    [
        # left out after the words of the request: not the one meant
        ("luggage", ["refund my suitcase, the big one not the carry-on"], ["checked"]),
        ("luggage", ["refund the suitcase, i'm keeping the carry-on"], ["checked"]),
        # a kept word fitting several leaves out none of them: asked
        ("luggage", ["refund the suitcase, the spinner is fine"], []),
        ("luggage", ["hi need refund asap", "the checked spinner not the carryon"], ["checked"]),
        ("jewellery", ["refund all my earrings except the diamond ones"], ["hoops"]),
        ("art", ["refund both brushes"], ["sable", "flats"]),
        ("art", ["refund both the brushes please"], ["sable", "flats"]),
        ("art", ["refund the easel, it wobbles", "hold off actually, going to oil it first"], []),
        ("art", ["refund the canvases"], ["canvas"]),
        ("jewellery", ["keeping everything except the stacking ring, thats going back"], ["ring"]),
    ],
)
def test_the_round_s_rules(shop, said, proposed):
    assert talk(shop, *said) == proposed


def test_both_with_names_of_its_own_is_not_the_two_talked_about():
    shop = Shop()
    shop.say("where are my laptop and headphones")
    shop.say("refund both the tv and the watch")
    assert shop.proposed() == [3, 4]
