"""Signed review links: a token names one workflow, one reviewer and an expiry.

Format: `<payload>.<signature>`, both base64url without padding; the payload is compact JSON
`{"w": workflow_id, "o": order_id, "r": reviewer, "e": expiry unix seconds, "u": run id}` (links
issued before runs were bound carry no "u") and the signature
is HMAC-SHA256 of the payload with REVIEW_LINK_SECRET. The clock is injectable for tests.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import time
from collections.abc import Callable
from dataclasses import dataclass


class InvalidToken(Exception):
    """The link was altered, is malformed, or was not signed by us."""


class ExpiredToken(InvalidToken):
    """The link was genuine but its review window has passed."""

    def __init__(self, claims: ReviewClaims) -> None:
        super().__init__("review link expired")
        self.claims = claims


@dataclass(frozen=True)
class ReviewClaims:
    workflow_id: str
    order_id: int
    reviewer: str
    expires_at: int  # unix seconds
    # The workflow run the link decides: a link from an earlier run of refund-<order> cannot
    # decide a newer one. Empty for links issued before links were bound to runs.
    run_id: str = ""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


class ReviewTokens:
    """Issues and verifies review tokens with one secret."""

    def __init__(self, secret: str, clock: Callable[[], float] = time.time) -> None:
        if not secret:
            raise ValueError("a review link secret is required")
        self._key = secret.encode()
        self._clock = clock

    def _sign(self, payload: str) -> str:
        return _b64(hmac.new(self._key, payload.encode("ascii"), hashlib.sha256).digest())

    def issue(self, claims: ReviewClaims) -> str:
        body = {"w": claims.workflow_id, "o": claims.order_id, "r": claims.reviewer}
        body["e"] = claims.expires_at
        if claims.run_id:
            body["u"] = claims.run_id
        payload = _b64(json.dumps(body, separators=(",", ":"), sort_keys=True).encode())
        return f"{payload}.{self._sign(payload)}"

    def verify(self, token: str) -> ReviewClaims:
        """The claims of a genuine, unexpired token; InvalidToken / ExpiredToken otherwise."""
        if not token.isascii():
            raise InvalidToken("review links are plain ASCII")
        payload, sep, signature = token.partition(".")
        if not sep or not payload or not signature:
            raise InvalidToken("malformed review link")
        if not hmac.compare_digest(self._sign(payload), signature):
            raise InvalidToken("review link signature does not match")
        try:
            body = json.loads(_unb64(payload))
            claims = ReviewClaims(
                workflow_id=str(body["w"]),
                order_id=int(body["o"]),
                reviewer=str(body["r"]),
                expires_at=int(body["e"]),
                run_id=str(body.get("u", "")),
            )
        except (ValueError, KeyError, TypeError, AttributeError, binascii.Error) as exc:
            raise InvalidToken("malformed review link") from exc
        if self._clock() >= claims.expires_at:
            raise ExpiredToken(claims)
        return claims
