"""Rules of the follow-ups, other customers and typos round, on its shops in the dev cases (no
servers, typed fakes of the tools): an order id that is not the customer's, said beside an item
after a mark, puts that item in doubt; "hers", "for him", "her account" are another person's;
words that name a thing the customer did not buy pick none of their items."""

from __future__ import annotations

import pytest

from services.orderwords.items import ItemIndex
from services.orderwords.reading import read_message
from tests.offline_model.test_negation_round import talk

# Order 99 is none of the shop's orders (they are numbered from 1): another customer's.


@pytest.mark.parametrize(
    ("shop", "said", "proposed"),
    [
        # an id not theirs beside an item after a mark: the item is asked about
        ("hobby", ["refund my island settlers expansion pack, order 99"], []),
        ("sewing", ["hi, order 99 - the merino yarn - 3 skeins had moth holes, refund"], []),
        ("sewing", ["refund my quilting pins and also my friends yarn, order 99"], ["pins"]),
        # "and also order 12" adds another order: the item before it is still asked for
        ("pets", ["refund my cat tree and also order 99"], ["cattree"]),
        # another person's, by a pronoun or an account
        ("sewing", ["my friend's scissors are blunt too, can you refund hers?"], []),
        ("teacoffee", ["she ordered the beans on her account, refund them for her"], []),
        ("office", ["my colleague got a desk lamp too, refund hers and my gel pens"], ["pens"]),
        # a thing not bought here: no item of the customer's is picked
        ("teacoffee", ["the espresso cups came cracked, can i get a refund"], []),
        ("hobby", ["refund the deck builder card game, its boring"], []),
        ("sewing", ["the tomato pin cushion is leaking sawdust, refund it"], []),
        # their own items still named as before
        ("teacoffee", ["refund the espresso machine"], ["espresso"]),
        ("sewing", ["refund the quilting pins"], ["pins"]),
    ],
)
def test_the_round_s_rules(shop, said, proposed):
    assert talk(shop, *said) == proposed


def test_for_her_is_a_gift_before_a_noun():
    vocabulary = ItemIndex([(1, "Burr Coffee Grinder")]).vocabulary
    [gift] = read_message("refund the grinder i got for her birthday", vocabulary).clauses
    assert not gift.foreign
    [hers] = read_message("can you refund it for her", vocabulary).clauses
    assert hers.foreign
