"""Each admin has their own token (ADMIN_TOKENS); a decision and its audit events name the admin
who made it, not a shared address."""

from __future__ import annotations

import base64

import pytest

from tests.support.api import running_app, sign_in
from tests.support.production import revalidated
from tests.support.waiting import eventually

ANN = ("ann@shop.test", "ann-own-token-0123456789")
BOB = ("bob@shop.test", "bob-own-token-0123456789")


@pytest.fixture
def admins_settings(settings):
    return revalidated(settings, admin_tokens=f"{ANN[0]}:{ANN[1]}, {BOB[0]}:{BOB[1]}")


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def basic(user: str, token: str) -> dict[str, str]:
    return {"Authorization": "Basic " + base64.b64encode(f"{user}:{token}".encode()).decode()}


async def test_a_decision_and_its_audit_trail_name_the_admin_who_made_it(
    admins_settings, worker, orders, pool
):
    order = await orders.order("1250.00")
    async with running_app(admins_settings) as (_, api):
        await sign_in(api, order.customer_id)
        r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "broken"})
        assert r.json()["outcome"] == "pending_review"
        decided = await api.post(
            f"/api/admin/reviews/{order.order_id}/decision",
            json={"decision": "approve"},
            headers=bearer(ANN[1]),
        )
        assert decided.status_code == 200, decided.text
        assert decided.json()["review"]["decided_by"] == ANN[0]
        late = await api.post(
            f"/api/admin/reviews/{order.order_id}/decision",
            json={"decision": "reject"},
            headers=bearer(BOB[1]),
        )
        assert late.status_code == 409

        async def approvals():
            trail = await api.get(
                "/api/admin/audit", params={"order_id": order.order_id}, headers=bearer(BOB[1])
            )
            return [e["actor"] for e in trail.json() if e["kind"] == "review_approved"]

        assert await eventually(approvals) == [f"reviewer:{ANN[0]}"]
    assert (
        await pool.fetchval("SELECT decided_by FROM refunds WHERE order_id = $1", order.order_id)
        == ANN[0]
    )


async def test_each_admin_signs_in_with_their_own_token_only(admins_settings, settings):
    async with running_app(admins_settings) as (_, api):
        for headers in (
            bearer(ANN[1]),
            bearer(BOB[1]),
            basic(BOB[0], BOB[1]),
            basic("admin", ANN[1]),
            # The dev token still works in dev, as the admin named ADMIN_EMAIL.
            bearer(settings.admin_token.get_secret_value()),
        ):
            assert (await api.get("/api/admin/reviews", headers=headers)).status_code == 200
        for headers in (
            basic(ANN[0], BOB[1]),  # Ann's name with Bob's token
            bearer(ANN[1][:-1]),
            bearer(f"{ANN[0]}:{ANN[1]}"),
        ):
            r = await api.get("/api/admin/reviews", headers=headers)
            assert r.status_code == 401, headers
