"""The shop's sign-in: its signed tokens (JWT) are checked here and name our customer.

A token is accepted only when its signature verifies against the shop's key (an HS256 shared
secret or an RS/ES public key in PEM) or against the shop's OIDC issuer's published keys (JWKS),
and its issuer, audience and expiry are right. The customer id comes from a configurable claim.
"""

from __future__ import annotations

import asyncio

import jwt

from services.common.config import Settings
from services.common.formats import MAX_ID

# Signature algorithms accepted when SHOP_JWT_ALGORITHMS is empty. "none" is never accepted.
SHARED_SECRET_ALGORITHMS = ["HS256"]
PUBLIC_KEY_ALGORITHMS = ["RS256", "RS384", "RS512", "ES256", "ES384", "PS256"]
# How long fetched JWKS keys are reused before the issuer is asked again, in seconds.
JWKS_CACHE_SECONDS = 300
JWKS_TIMEOUT_SECONDS = 5.0


class InvalidShopToken(Exception):
    """The token was refused; the message is a sentence the caller may be shown."""


class ShopTokens:
    """Verifies the shop's tokens with the configured key or JWKS."""

    def __init__(self, settings: Settings) -> None:
        key, self.issuer, self.audience = settings.shop_jwt
        self.claim = settings.shop_customer_claim
        self.leeway = settings.shop_jwt_leeway_seconds
        self._key = key
        self._jwks = (
            jwt.PyJWKClient(
                settings.shop_jwks_url,
                cache_keys=True,
                lifespan=JWKS_CACHE_SECONDS,
                timeout=JWKS_TIMEOUT_SECONDS,
            )
            if settings.shop_jwks_url
            else None
        )
        configured = [a.strip() for a in settings.shop_jwt_algorithms.split(",") if a.strip()]
        if configured:
            self.algorithms = configured
        elif self._jwks is None and not key.lstrip().startswith("-----BEGIN"):
            self.algorithms = SHARED_SECRET_ALGORITHMS
        else:
            self.algorithms = PUBLIC_KEY_ALGORITHMS

    async def _verification_key(self, token: str) -> object:
        """The key that must have signed `token`: the configured one, or the JWKS key its
        `kid` names (fetched off the event loop; PyJWT's client is synchronous)."""
        if self._jwks is None:
            return self._key
        try:
            signing = await asyncio.to_thread(self._jwks.get_signing_key_from_jwt, token)
        except jwt.PyJWKClientConnectionError:
            raise InvalidShopToken(
                "The shop's sign-in keys could not be fetched; please try again shortly."
            ) from None
        except (jwt.PyJWKClientError, jwt.DecodeError):
            raise InvalidShopToken("This sign-in token is not signed by the shop.") from None
        return signing.key

    async def customer_id(self, token: str) -> int:
        """The customer the token names; InvalidShopToken when it must be refused."""
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
        return _customer_number(claims.get(self.claim))


def _customer_number(value: object) -> int:
    """Our customer id from the claim's value: a positive integer, or its decimal string."""
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise InvalidShopToken("This sign-in token does not name a customer of this shop.")
    return value
