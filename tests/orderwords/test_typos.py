"""Cue phrases the customer misspelt or inflected are read as the cue, in one-word cues and in
phrases of several words, and an item word of the customer's is never read as a typo."""

from __future__ import annotations

import pytest

from services.orderwords.items import ItemIndex
from services.orderwords.lexicon import Cue
from services.orderwords.pieces import to_pieces
from services.orderwords.tokens import tokenize
from services.orderwords.typos import NearIndex, fuzzy_cue


def cues(text: str, items: tuple[str, ...] = ()) -> list[Cue]:
    vocabulary = ItemIndex(list(enumerate(items))).vocabulary
    return [p.cue for p in to_pieces(tokenize(text), vocabulary) if p.cue is not None]


@pytest.mark.parametrize(
    ("word", "cue"),
    [
        ("refnud", Cue.REFUND),
        ("retrun", Cue.RETURN),
        ("cheapst", Cue.CHEAPEST),
        ("yesterdy", Cue.YESTERDAY),
        ("evrything", Cue.EVERY),
        ("do'nt", Cue.NEGATION),
        ("hates", Cue.FAULT),  # an inflected form
        ("loves", Cue.LIKE),
    ],
)
def test_a_misspelt_or_inflected_cue_word_is_its_cue(word, cue):
    assert fuzzy_cue(word) is cue


@pytest.mark.parametrize("word", ["want", "find", "the", "tv", "mony"])
def test_short_words_and_real_words_are_not_typos_of_a_cue(word):
    assert fuzzy_cue(word) is None


def test_one_misspelt_word_in_a_phrase_of_several():
    assert Cue.REFUND in cues("i wnat my mony back for the guitar")
    assert Cue.FAULT in cues("it stoped working")
    assert cues("my money back") == [Cue.REFUND]


def test_an_item_word_of_the_customer_is_never_a_typo():
    assert Cue.REFUND not in cues("the refunder", items=("Refunder Pro",))
    assert cues("mony box", items=("Mony Box",)) == []


@pytest.mark.parametrize(
    "text",
    ["I'd like to send that back", "can I take the cat tree back", "ship them back to you"],
)
def test_send_or_take_something_back_asks_for_money_back(text):
    assert Cue.REFUND in cues(text)


def test_i_take_it_back_is_a_retraction():
    assert cues("I take it back") == [Cue.CALL_OFF]


def test_the_typo_index_looks_only_at_words_of_the_same_first_letters():
    index = NearIndex(["refund", "return", "cancel"])
    assert index.near("refnud") == ["refund"]
    assert index.near("erfund") == ["refund"]  # the first two letters swapped
    assert index.near("xyzzy") == []
