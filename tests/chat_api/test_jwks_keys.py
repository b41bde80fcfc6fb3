"""The shop's JWKS keys follow the key set's lifetime: a key removed from the issuer's set is
refused once the cached set is older than SHOP_JWKS_CACHE_SECONDS. Tokens naming unknown `kid`s
cost at most one fetch per SHOP_JWKS_REFETCH_SECONDS, however many arrive at once."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric import ec
from jwt.algorithms import ECAlgorithm

from services.chat_api.auth import InvalidShopToken, ShopTokens
from tests.support.clock import ManualClock
from tests.support.jwks_server import JwksServer, jwks_server
from tests.support.production import production_settings, shop_token

LIFETIME = 300
REFETCH = 30


def _key(kid: str) -> tuple[ec.EllipticCurvePrivateKey, dict[str, object]]:
    private = ec.generate_private_key(ec.SECP256R1())
    jwk = json.loads(ECAlgorithm.to_jwk(private.public_key()))
    jwk.update({"kid": kid, "alg": "ES256", "use": "sig"})
    return private, jwk


def _token(private: ec.EllipticCurvePrivateKey, kid: str) -> str:
    return shop_token(7, key=private, algorithm="ES256", headers={"kid": kid})


async def _refusal(tokens: ShopTokens, private: ec.EllipticCurvePrivateKey, kid: str) -> str:
    """Why the token signed by `private` under `kid` is refused ("" when it is accepted)."""
    try:
        assert (await tokens.verify(_token(private, kid))).customer_id == 7
    except InvalidShopToken as exc:
        return str(exc)
    return ""


def _verifier(settings, url: str, clock: ManualClock) -> ShopTokens:
    prod = production_settings(
        settings,
        shop_jwt_key="",
        shop_jwks_url=url,
        shop_jwks_cache_seconds=LIFETIME,
        shop_jwks_refetch_seconds=REFETCH,
    )
    return ShopTokens(prod, clock=clock.monotonic)


@dataclass
class Issuer:
    jwks: JwksServer  # the issuer's endpoint: change its keys or status
    tokens: ShopTokens  # our verifier of its tokens
    clock: ManualClock  # what the verifier's cache ages by
    first: ec.EllipticCurvePrivateKey  # signs as kid "first", served from the start


@asynccontextmanager
async def _shop(settings) -> AsyncIterator[Issuer]:
    """An issuer serving one key, "first", whose set our verifier has fetched once."""
    first, first_jwk = _key("first")
    clock = ManualClock()
    with jwks_server([first_jwk]) as jwks:
        shop = Issuer(jwks, _verifier(settings, jwks.url, clock), clock, first)
        assert await _refusal(shop.tokens, first, "first") == ""
        assert len(jwks.fetches) == 1
        yield shop


NOT_THE_SHOPS = "This sign-in token is not signed by the shop."
UNAVAILABLE = "The shop's sign-in keys could not be fetched; please try again shortly."


async def test_a_key_rotated_out_is_refused_after_the_key_sets_lifetime(settings):
    new, new_jwk = _key("new")
    async with _shop(settings) as shop:
        shop.jwks.keys = [new_jwk]  # the shop rotates its first key out (a compromise, say)
        shop.clock.advance(LIFETIME - 1)
        assert await _refusal(shop.tokens, shop.first, "first") == ""  # still cached
        assert len(shop.jwks.fetches) == 1

        shop.clock.advance(1)
        assert await _refusal(shop.tokens, shop.first, "first") == NOT_THE_SHOPS
        assert await _refusal(shop.tokens, new, "new") == ""
        assert len(shop.jwks.fetches) == 2


async def test_a_burst_of_unknown_kids_makes_at_most_one_fetch_per_interval(settings):
    stranger, _ = _key("stranger")

    async def burst(tokens: ShopTokens, kids: range) -> set[str]:
        return set(await asyncio.gather(*(_refusal(tokens, stranger, f"u{i}") for i in kids)))

    async with _shop(settings) as shop:
        assert await burst(shop.tokens, range(100)) == {NOT_THE_SHOPS}
        assert len(shop.jwks.fetches) == 1  # the set was fetched less than the interval ago

        shop.clock.advance(REFETCH)
        assert await burst(shop.tokens, range(100, 300)) == {NOT_THE_SHOPS}
        assert len(shop.jwks.fetches) == 2  # one fetch for the whole burst (single-flight)

        shop.clock.advance(REFETCH - 1)
        await burst(shop.tokens, range(300, 400))
        assert len(shop.jwks.fetches) == 2  # none within the interval
        # Known keys keep working meanwhile, from the cache.
        assert await _refusal(shop.tokens, shop.first, "first") == ""

        shop.clock.advance(1)
        await burst(shop.tokens, range(400, 500))
        assert len(shop.jwks.fetches) == 3


async def test_a_failing_issuer_is_asked_at_most_once_per_interval(settings):
    async with _shop(settings) as shop:
        shop.jwks.status = 503  # the issuer goes down
        shop.clock.advance(LIFETIME)  # and the cached set ages out
        for _ in range(20):
            assert await _refusal(shop.tokens, shop.first, "first") == UNAVAILABLE
        assert len(shop.jwks.fetches) == 2  # failed fetches count against the interval too
        shop.clock.advance(REFETCH)
        assert await _refusal(shop.tokens, shop.first, "first") == UNAVAILABLE
        assert len(shop.jwks.fetches) == 3
        shop.jwks.status = 200  # back: the next allowed fetch restores sign-in
        shop.clock.advance(REFETCH)
        assert await _refusal(shop.tokens, shop.first, "first") == ""


async def test_concurrent_tokens_with_a_new_kid_wait_on_one_fetch_and_all_pass(settings):
    added, added_jwk = _key("added")
    async with _shop(settings) as shop:
        shop.jwks.keys = [*shop.jwks.keys, added_jwk]  # a new key, used at once
        shop.clock.advance(REFETCH)
        burst = await asyncio.gather(*(_refusal(shop.tokens, added, "added") for _ in range(50)))
        assert set(burst) == {""}
        assert len(shop.jwks.fetches) == 2  # the first request fetched; the other 49 waited on it
