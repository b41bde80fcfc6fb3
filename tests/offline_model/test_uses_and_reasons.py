"""The offline model on items named by what they are for, long messages keeping many items
and a waiting refund's reason changed, on a shop the grammar was never written for (a beauty
shop; no servers, typed fakes of the tools)."""

from __future__ import annotations

import pytest

from tests.support.offline_shop import Shop

BEAUTY = [
    (1, "Diffuser Hair Dryer", "129.00", 0),
    (2, "Ceramic Hair Straightener", "89.00", 1),
    (3, "Vitamin C Face Serum", "34.00", 2),
    (4, "Eyeshadow Palette", "42.00", 3),
    (5, "Gold Hoop Earrings", "65.00", 4),
    (6, "Rose Gold Charm Bracelet", "78.00", 5),
    (7, "Eau de Parfum 100ml", "118.00", 6),
]


@pytest.mark.parametrize(
    ("text", "proposed"),
    [
        ("the thing on my wrist snapped, money back pls", [6]),
        ("keep everything except the thing for my ears, those go back", [5]),
        ("the things in my ears r fine, its the thing on my wrist that broke, refund", [6]),
        # "all" as "completely" asks for no order: only the eyeshadow
        ("the stuff for my eyes is all crumbly, i want a refund for it", [4]),
        ("the perfume smells lovely but the serum gave me a rash, refund that", [3]),
        ("the laptop (she loves it, no problems), and the serum broke, refund it", [3]),
        # the dryer and the straightener are both for the hair: asked which, none proposed
        ("the thing for my hair stopped heating up, refund it", []),
    ],
)
def test_an_item_named_by_its_use(text, proposed):
    shop = Shop(catalogue=list(BEAUTY))
    shop.say(text)
    assert shop.proposed() == proposed


def test_a_changed_reason_is_asked_for_again_with_the_new_reason_only():
    shop = Shop(catalogue=list(BEAUTY))
    shop.say("refund the perfume, it smells different to the one in the shop")
    assert shop.proposed() == [7]
    shop.say("sorry i put the wrong reason, the actual reason is the bottle arrived cracked")
    assert shop.proposed() == [7]
    assert shop.reasons() == {7: "the bottle arrived cracked"}


def test_a_changed_reason_names_no_other_order():
    shop = Shop(catalogue=list(BEAUTY))
    shop.say("refund the perfume")
    shop.say("wrong reason, the serum is the one that broke")
    assert 7 not in shop.proposed()
    fresh = Shop(catalogue=list(BEAUTY))
    fresh.say("sorry, wrong reason. the real reason is the strap snapped")  # nothing waits
    assert fresh.proposed() == []
