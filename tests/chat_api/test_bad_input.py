"""Bad input gets a 4xx with a sentence a person understands, and changes nothing."""

from __future__ import annotations

import pytest

from tests.support.api import sign_in


async def _assert_sentence(r, status):
    assert r.status_code == status, r.text
    detail = r.json()["detail"]
    assert isinstance(detail, str) and len(detail) > 10 and detail[0].isupper()


async def test_without_a_session(api):
    for r in (
        await api.get("/api/orders"),
        await api.post("/api/refunds", json={"order_id": 1}),
        await api.get("/api/refunds/1"),
    ):
        await _assert_sentence(r, 401)


async def test_unknown_and_foreign_orders_look_the_same(api, orders):
    mine = await orders.order("10.00")
    theirs = await orders.order("10.00")
    await sign_in(api, mine.customer_id)
    for oid in (theirs.order_id, 2_000_000_000):
        await _assert_sentence(await api.post("/api/refunds", json={"order_id": oid}), 404)
        await _assert_sentence(await api.get(f"/api/refunds/{oid}"), 404)
    assert await orders.status(theirs.order_id) == "PURCHASED"
    assert await orders.ledger_rows(theirs.order_id) == 0


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"order_id": -1}, 422),
        ({"order_id": 0}, 422),
        ({"order_id": "abc"}, 422),
        ({"order_id": "5"}, 422),
        ({"order_id": 1.5}, 422),
        ({"order_id": 2**40}, 422),
        ({}, 422),
        ({"order_id": 1, "reason": "x" * 5000}, 422),
        ([1, 2], 422),
    ],
)
async def test_invalid_refund_bodies(api, orders, body, status):
    order = await orders.order("10.00")
    await sign_in(api, order.customer_id)
    await _assert_sentence(await api.post("/api/refunds", json=body), status)
    assert await orders.status(order.order_id) == "PURCHASED"


async def test_malformed_json(api, orders):
    order = await orders.order("10.00")
    await sign_in(api, order.customer_id)
    r = await api.post(
        "/api/refunds", content=b'{"order_id": ', headers={"content-type": "application/json"}
    )
    await _assert_sentence(r, 400)


@pytest.mark.parametrize("path", ["/api/refunds/-3", "/api/refunds/abc", "/api/refunds/0"])
async def test_invalid_order_ids_in_paths(api, orders, path):
    order = await orders.order("10.00")
    await sign_in(api, order.customer_id)
    await _assert_sentence(await api.get(path), 422)


async def test_sign_in_as_nobody(api):
    await _assert_sentence(await api.post("/api/session", json={"customer_id": 999_999}), 404)
    await _assert_sentence(await api.post("/api/session", json={"customer_id": "1"}), 422)


async def test_unknown_route_is_a_sentence(api):
    await _assert_sentence(await api.get("/api/nope"), 404)
