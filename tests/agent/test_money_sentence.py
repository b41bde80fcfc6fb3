"""The application's closing sentence names every refund that still waits: the cards this reply
shows and those proposed in earlier replies, which a plain yes to this one does not confirm."""

from __future__ import annotations

import datetime as dt

from services.chat_api.agent.proposal_record import ProposalRecord
from services.chat_api.agent.statement import MoneyFacts, money_sentence

NOW = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)


def _proposal(order_id: int, item: str, amount: str) -> ProposalRecord:
    return ProposalRecord(
        id=f"p{order_id}", customer_id=1, order_id=order_id, item=item, amount=amount,
        review=False, reason="broken", created_at=NOW, expires_at=NOW + dt.timedelta(hours=1),
    )  # fmt: skip


WATCH = _proposal(4, "Smart Watch Series 5", "349.99")
CASE = _proposal(5, "Phone Case", "19.99")
PHONES = _proposal(2, "Wireless Headphones", "89.99")


def test_a_card_still_waiting_from_an_earlier_reply_is_named_with_how_to_confirm_it():
    said = money_sentence(MoneyFacts(waiting=(CASE,), earlier=(WATCH,)))
    assert said is not None
    assert "the refund of order 5 (Phone Case, $19.99) waits" in said
    assert "order 4 (Smart Watch Series 5, $349.99), proposed earlier, still waits too" in said
    assert 'a plain "yes" does not confirm it' in said
    assert '"yes to both"' in said  # two in all: consent.py reads it as both


def test_several_earlier_cards_are_named_without_offering_yes_to_both():
    said = money_sentence(MoneyFacts(waiting=(CASE,), earlier=(PHONES, WATCH)))
    assert said is not None
    assert "The refunds of order 2" in said and "order 4" in said
    assert "yes to both" not in said


def test_no_earlier_card_no_extra_sentence():
    said = money_sentence(MoneyFacts(waiting=(CASE,)))
    assert said is not None and "proposed earlier" not in said
    # nothing shown now: the earlier cards are not repeated in every reply
    assert money_sentence(MoneyFacts(earlier=(WATCH,))) is None
