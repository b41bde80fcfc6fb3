"""Customers sign in with the shop's token: verified by key or JWKS; bad tokens get 401."""

from __future__ import annotations

import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from jwt.algorithms import ECAlgorithm

from tests.support.api import running_app
from tests.support.jwks_server import jwks_server
from tests.support.production import SHOP_AUDIENCE, production_settings, shop_token


@pytest.fixture
async def prod_api(settings):
    async with running_app(production_settings(settings)) as (_, http):
        yield http


async def test_a_valid_token_in_the_body_or_as_bearer_signs_in(prod_api, orders):
    order = await orders.order("40.00")
    token = shop_token(order.customer_id)
    r = await prod_api.post("/api/session/token", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200, r.text
    listed = (await prod_api.get("/api/orders")).json()
    assert [o["order_id"] for o in listed] == [order.order_id]


@pytest.mark.parametrize(
    ("forgery", "sentence"),
    [
        ({"key": "another-shops-signing-key-0123456789abcdef"}, "not valid"),
        ({"expires_in": -120}, "expired"),
        ({"audience": "someone-else"}, "another site"),
        ({"issuer": "https://evil.test/"}, "another site"),
    ],
)
async def test_forged_expired_or_foreign_tokens_are_refused(prod_api, orders, forgery, sentence):
    order = await orders.order("40.00")
    r = await prod_api.post(
        "/api/session/token", json={"token": shop_token(order.customer_id, **forgery)}
    )
    assert r.status_code == 401
    assert sentence in r.json()["detail"]
    assert (await prod_api.get("/api/orders")).status_code == 401


async def test_malformed_missing_and_unknown_customers(prod_api):
    for body in ({"token": "not-a-jwt"}, {"token": ""}, {}):
        r = await prod_api.post("/api/session/token", json=body)
        assert r.status_code == 401 and r.json()["detail"].endswith(".")
    r = await prod_api.post("/api/session/token", json={"token": shop_token("alice")})
    assert r.status_code == 401 and "customer" in r.json()["detail"]
    r = await prod_api.post("/api/session/token", json={"token": shop_token(2_000_000_000)})
    assert r.status_code == 403


async def test_an_rsa_public_key_and_a_custom_claim(settings, orders):
    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = (
        private.public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
        .decode()
    )
    prod = production_settings(settings, shop_jwt_key=public_pem, shop_customer_claim="cid")
    order = await orders.order("40.00")
    async with running_app(prod) as (_, http):
        good = shop_token(order.customer_id, key=private, algorithm="RS256", claim="cid")
        assert (await http.post("/api/session/token", json={"token": good})).status_code == 200
        # An HS256 token "signed" with the public key text is the classic confusion attack.
        confused = shop_token(order.customer_id, key="x" * 40, algorithm="HS256", claim="cid")
        assert (await http.post("/api/session/token", json={"token": confused})).status_code == 401


async def test_tokens_verified_against_the_issuers_jwks(settings, orders):
    private = ec.generate_private_key(ec.SECP256R1())
    jwk = json.loads(ECAlgorithm.to_jwk(private.public_key()))
    jwk.update({"kid": "shop-key-1", "alg": "ES256", "use": "sig"})
    stranger = ec.generate_private_key(ec.SECP256R1())
    order = await orders.order("40.00")
    with jwks_server([jwk]) as jwks:
        prod = production_settings(settings, shop_jwt_key="", shop_jwks_url=jwks.url)
        async with running_app(prod) as (_, http):
            kid = {"kid": "shop-key-1"}
            good = shop_token(order.customer_id, key=private, algorithm="ES256", headers=kid)
            r = await http.post("/api/session/token", json={"token": good})
            assert r.status_code == 200, r.text
            forged = shop_token(order.customer_id, key=stranger, algorithm="ES256", headers=kid)
            assert (
                await http.post("/api/session/token", json={"token": forged})
            ).status_code == 401
            unknown_kid = shop_token(
                order.customer_id, key=private, algorithm="ES256", headers={"kid": "other"}
            )
            r = await http.post("/api/session/token", json={"token": unknown_kid})
            assert r.status_code == 401
            expired = shop_token(
                order.customer_id, key=private, algorithm="ES256", headers=kid, expires_in=-120
            )
            r = await http.post("/api/session/token", json={"token": expired})
            assert r.status_code == 401 and "expired" in r.json()["detail"]
            wrong_aud = shop_token(
                order.customer_id, key=private, algorithm="ES256", headers=kid, audience="x"
            )
            assert (
                await http.post("/api/session/token", json={"token": wrong_aud})
            ).status_code == 401
        assert jwks.fetches, "the JWKS was never fetched"
    assert SHOP_AUDIENCE  # the default audience the good tokens carried


async def test_make_devs_mint_command_signs_in_on_the_dev_app(api, orders, settings):
    from services.chat_api.mint_token import mint

    order = await orders.order("40.00")
    r = await api.post("/api/session/token", json={"token": mint(settings, order.customer_id)})
    assert r.status_code == 200, r.text
    assert r.json()["customer"]["id"] == order.customer_id
