"""A session opened with the shop's token ends no later than the token's `exp`, and a token for
another customer than the signed-in one does not silently replace the session (login CSRF):
the answer is a question, and only a confirmed switch signs the other customer in."""

from __future__ import annotations

import pytest

from services.chat_api.sessions import SESSION_COOKIE
from tests.support.api import running_app
from tests.support.clock import ManualClock
from tests.support.production import production_settings, shop_token


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
async def prod(settings, clock):
    async with running_app(production_settings(settings), clock=clock.now) as running:
        yield running


async def test_a_shop_token_session_ends_at_the_tokens_exp(prod, orders, clock):
    _, http = prod
    cid = await orders.customer()
    r = await http.post("/api/session/token", json={"token": shop_token(cid, expires_in=120)})
    assert r.status_code == 200, r.text
    max_age = int(r.headers["set-cookie"].lower().split("max-age=")[1].split(";")[0])
    assert 115 <= max_age <= 120  # the cookie goes with the token, not after 8 hours
    clock.advance(100)
    assert (await http.get("/api/orders")).status_code == 200
    clock.advance(25)
    assert (await http.get("/api/orders")).status_code == 401


async def test_a_token_expired_within_the_clock_leeway_opens_no_session(prod, orders):
    _, http = prod
    token = shop_token(await orders.customer(), expires_in=-5)  # PyJWT's 30 s leeway accepts it
    r = await http.post("/api/session/token", json={"token": token})
    assert r.status_code == 401 and "expired" in r.json()["detail"]
    assert SESSION_COOKIE not in http.cookies


async def test_another_customers_token_asks_before_switching(prod, orders):
    _, http = prod
    alice = await orders.customer("Alice Asker")
    bob = await orders.customer("Bob Other")
    mine = (await http.post("/api/session/token", json={"token": shop_token(alice)})).json()
    assert mine["customer"]["id"] == alice
    alices_cookie = http.cookies[SESSION_COOKIE]

    r = await http.post("/api/session/token", json={"token": shop_token(bob)})
    assert r.status_code == 409
    answer = r.json()
    assert answer["signed_in"] == {"id": alice, "name": "Alice Asker"}
    assert answer["token_for"] == {"id": bob, "name": "Bob Other"}
    assert "signed in as Alice Asker" in answer["detail"] and "Bob Other" in answer["detail"]
    # Nothing changed: still Alice, on the same session.
    assert http.cookies[SESSION_COOKIE] == alices_cookie
    orders_now = await http.get("/api/orders")
    assert orders_now.status_code == 200

    # The same customer's fresh token needs no question (a new session id, though).
    again = await http.post("/api/session/token", json={"token": shop_token(alice)})
    assert again.status_code == 200 and http.cookies[SESSION_COOKIE] != alices_cookie

    switched = await http.post(
        "/api/session/token", json={"token": shop_token(bob), "switch": True}
    )
    assert switched.status_code == 200 and switched.json()["customer"]["id"] == bob


async def test_a_switch_question_is_not_asked_of_a_browser_without_a_live_session(prod, orders):
    _, http = prod
    http.cookies.set(SESSION_COOKIE, "not-a-session-of-ours")
    r = await http.post("/api/session/token", json={"token": shop_token(await orders.customer())})
    assert r.status_code == 200
