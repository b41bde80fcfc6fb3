"""The application's reading of a typed answer to a pending proposal: plain yes, plain no, or
anything else (which goes to the model and leaves the proposal pending)."""

from __future__ import annotations

import pytest

from services.chat_api.agent.consent import classify

YES = ["yes", "Yes please", "confirm", "go ahead", "ok do it", "sure", "yep", "YES!", "okay",
       "yes, go ahead", "yeah sure, thanks", "please do", "Confirm it", "do it"]  # fmt: skip
NO = ["no", "cancel", "don't", "no thanks", "never mind", "No, thank you", "nope", "do not",
      "don't do it", "cancel it please", "forget it", "Nevermind."]  # fmt: skip
OTHER = ["yes but not the laptop", "is it done yet?", "", "   ", "refund the tv instead",
         "cancel my order 2", "yes no", "what is your return policy?", "ok but which one?",
         "no, refund the laptop", "sure, and the watch too", "yes " * 12]  # fmt: skip


@pytest.mark.parametrize("text", YES)
def test_plain_agreement_is_yes(text):
    assert classify(text) == "yes"


@pytest.mark.parametrize("text", NO)
def test_plain_refusal_is_no(text):
    assert classify(text) == "no"


@pytest.mark.parametrize("text", OTHER)
def test_anything_more_is_other(text):
    assert classify(text) == "other"
