"""The shop's sign-in: its signed tokens (JWT) are checked here and name our customer.

A token is accepted only when its signature verifies against the shop's key (an HS256 shared
secret or an RS/ES public key in PEM) or against the shop's OIDC issuer's published keys (JWKS,
services/chat_api/jwks.py), and its issuer, audience and expiry are right. The customer id comes
from a configurable claim; the token's `exp` bounds the session it opens.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable
from dataclasses import dataclass

import jwt

from services.chat_api.jwks import JwksKeys, KeysUnavailable, UnknownKey
from services.common.config import Settings
from services.common.formats import MAX_ID

# Signature algorithms accepted when SHOP_JWT_ALGORITHMS is empty. "none" is never accepted.
SHARED_SECRET_ALGORITHMS = ["HS256"]
PUBLIC_KEY_ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "PS256"]
JWKS_TIMEOUT_SECONDS = 5.0


class InvalidShopToken(Exception):
    """The token was refused; the message is a sentence the caller may be shown."""


@dataclass(frozen=True)
class ShopIdentity:
    """Whom a valid token names, and until when the shop vouches for it."""

    customer_id: int
    expires_at: dt.datetime


class ShopTokens:
    """Verifies the shop's tokens with the configured key or JWKS; `clock` (monotonic
    seconds) ages the JWKS cache and is injectable for tests."""

    def __init__(self, settings: Settings, *, clock: Callable[[], float] = time.monotonic) -> None:
        key, self.issuer, self.audience = settings.shop_jwt
        self.claim = settings.shop_customer_claim
        self.leeway = settings.shop_jwt_leeway_seconds
        self._key = key
        self.jwks = (
            JwksKeys(
                settings.shop_jwks_url,
                lifetime_seconds=settings.shop_jwks_cache_seconds,
                refetch_seconds=settings.shop_jwks_refetch_seconds,
                timeout_seconds=JWKS_TIMEOUT_SECONDS,
                clock=clock,
            )
            if settings.shop_jwks_url
            else None
        )
        configured = [a.strip() for a in settings.shop_jwt_algorithms.split(",") if a.strip()]
        if configured:
            self.algorithms = configured
        elif self.jwks is None and not key.lstrip().startswith("-----BEGIN"):
            self.algorithms = SHARED_SECRET_ALGORITHMS
        else:
            self.algorithms = PUBLIC_KEY_ALGORITHMS

    async def _verification_key(self, token: str) -> object:
        """The key that must have signed `token`: the configured one, or the JWKS key its
        `kid` names."""
        if self.jwks is None:
            return self._key
        kid = jwt.get_unverified_header(token).get("kid")
        if kid is not None and not isinstance(kid, str):
            raise InvalidShopToken("This sign-in token is not valid.")
        try:
            signing = await self.jwks.key(kid)
        except KeysUnavailable:
            raise InvalidShopToken(
                "The shop's sign-in keys could not be fetched; please try again shortly."
            ) from None
        except UnknownKey:
            raise InvalidShopToken("This sign-in token is not signed by the shop.") from None
        return signing.key

    async def verify(self, token: str) -> ShopIdentity:
        """The customer the token names and its expiry; InvalidShopToken when it must be
        refused."""
        try:
            key = await self._verification_key(token)
            claims = jwt.decode(
                token,
                key,  # type: ignore[arg-type]  # a str secret/PEM or a PyJWK's key object
                algorithms=self.algorithms,
                audience=self.audience or None,
                issuer=self.issuer or None,
                leeway=self.leeway,
                options={"require": ["exp", "iss", "aud", self.claim]},
            )
        except jwt.ExpiredSignatureError:
            raise InvalidShopToken(
                "This sign-in token has expired; please sign in again."
            ) from None
        except (jwt.InvalidAudienceError, jwt.InvalidIssuerError):
            raise InvalidShopToken("This sign-in token was issued for another site.") from None
        except jwt.MissingRequiredClaimError as exc:
            raise InvalidShopToken(f"This sign-in token lacks the '{exc.claim}' claim.") from None
        except jwt.InvalidTokenError:
            raise InvalidShopToken("This sign-in token is not valid.") from None
        return ShopIdentity(_customer_number(claims.get(self.claim)), _expiry(claims["exp"]))


def _expiry(exp: float) -> dt.datetime:
    """The token's `exp` as a time (one beyond what a datetime holds: the far future, which
    the session's own lifetime bounds anyway)."""
    try:
        return dt.datetime.fromtimestamp(exp, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return dt.datetime.max.replace(tzinfo=dt.UTC)


def _customer_number(value: object) -> int:
    """Our customer id from the claim's value: a positive integer, or its decimal string."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise InvalidShopToken("This sign-in token does not name a customer of this shop.")
    return value
