"""A text read again is not read again: the reading is kept (bounded), and every caller gets
clauses of its own, so a reader that narrows them changes no other reader's."""

from __future__ import annotations

from dataclasses import replace

from services.orderwords.items import ItemIndex
from services.orderwords.pieces import NO_VOCABULARY
from services.orderwords.reading import READINGS_KEPT, _read, forget_readings, read_message

TEXT = "my laptop is fine but the watch strap snapped, refund it please"


def test_a_second_reading_is_the_kept_one_with_clauses_of_its_own() -> None:
    forget_readings()
    first = read_message(TEXT)
    second = read_message(TEXT)
    assert _read.cache_info().hits == 1 and _read.cache_info().misses == 1
    assert second == first
    assert all(a is not b for a, b in zip(first.clauses, second.clauses, strict=True))


def test_narrowing_a_clause_changes_no_later_reading() -> None:
    before = read_message(TEXT)
    for clause in before.clauses:  # what interpret.py does to the clauses it was handed
        clause.refs = replace(clause.refs, every=True)
        clause.acts = frozenset()
    again = read_message(TEXT)
    assert again != before
    assert again == _read.__wrapped__(TEXT, NO_VOCABULARY)  # as read afresh


def test_each_vocabulary_has_its_own_reading() -> None:
    keep_cup = ItemIndex([(1, "Keep Cup")]).vocabulary
    plain = read_message("please keep cup refund")
    with_items = read_message("please keep cup refund", keep_cup)
    assert with_items == read_message(
        "please keep cup refund", ItemIndex([(1, "Keep Cup")]).vocabulary
    )
    assert plain != with_items


def test_the_kept_readings_are_bounded() -> None:
    forget_readings()
    for n in range(READINGS_KEPT + 50):
        read_message(f"what is the status of order {n}?")
    assert _read.cache_info().currsize == READINGS_KEPT
