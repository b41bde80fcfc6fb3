"""Review tokens: genuine ones verify; altered, foreign or expired ones do not."""

from __future__ import annotations

import pytest

from services.common.review_tokens import ExpiredToken, InvalidToken, ReviewClaims, ReviewTokens

CLAIMS = ReviewClaims(workflow_id="refund-7", order_id=7, reviewer="a@shop", expires_at=1_000)


def test_round_trip_before_expiry():
    tokens = ReviewTokens("secret-one", clock=lambda: 999.0)
    assert tokens.verify(tokens.issue(CLAIMS)) == CLAIMS


def test_expires_at_the_deadline():
    token = ReviewTokens("secret-one").issue(CLAIMS)
    with pytest.raises(ExpiredToken) as caught:
        ReviewTokens("secret-one", clock=lambda: 1_000.0).verify(token)
    assert caught.value.claims == CLAIMS


@pytest.mark.parametrize("damage", ["payload", "signature", "truncate", "no-dot"])
def test_altered_tokens_are_invalid(damage):
    tokens = ReviewTokens("secret-one", clock=lambda: 0.0)
    payload, sig = tokens.issue(CLAIMS).split(".")
    forged = {
        "payload": ReviewTokens("x")
        .issue(ReviewClaims("refund-8", 8, "a@shop", 1_000))
        .split(".")[0]
        + "."
        + sig,
        "signature": payload + "." + sig[::-1],
        "truncate": payload[:-3] + "." + sig,
        "no-dot": payload + sig,
    }[damage]
    with pytest.raises(InvalidToken) as caught:
        tokens.verify(forged)
    assert not isinstance(caught.value, ExpiredToken)


def test_another_secret_does_not_verify():
    token = ReviewTokens("secret-one").issue(CLAIMS)
    with pytest.raises(InvalidToken):
        ReviewTokens("secret-two", clock=lambda: 0.0).verify(token)


def test_an_empty_secret_is_refused():
    with pytest.raises(ValueError):
        ReviewTokens("")


def test_a_link_carries_its_run_and_old_links_verify_without_one():
    tokens = ReviewTokens("s" * 32, clock=lambda: 0)
    bound = ReviewClaims("refund-9", 9, "a@shop", 1_000, run_id="run-2")
    assert tokens.verify(tokens.issue(bound)).run_id == "run-2"
    unbound = ReviewClaims("refund-9", 9, "a@shop", 1_000)
    assert tokens.verify(tokens.issue(unbound)).run_id == ""


def test_non_ascii_links_are_invalid_not_a_crash():
    tokens = ReviewTokens("s" * 32, clock=lambda: 0)
    with pytest.raises(InvalidToken):
        tokens.verify("é.x")
