"""The admin API: credentials, the review list, decisions and the audit trail."""

from __future__ import annotations

import base64

from tests.support.api import sign_in
from tests.support.waiting import eventually


def bearer(settings):
    return {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}


async def _request(api, orders, price):
    order = await orders.order(price)
    await sign_in(api, order.customer_id)
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "r"})
    assert r.status_code == 200, r.text
    return order


async def test_admin_routes_require_the_token(api, settings):
    for path in ("/api/admin/reviews", "/api/admin/audit"):
        r = await api.get(path)
        assert r.status_code == 401
        assert r.headers["www-authenticate"].startswith("Basic")
        assert isinstance(r.json()["detail"], str)
        wrong = await api.get(path, headers={"Authorization": "Bearer nope"})
        assert wrong.status_code == 401
    basic = base64.b64encode(f"admin:{settings.admin_token.get_secret_value()}".encode()).decode()
    ok = await api.get("/api/admin/reviews", headers={"Authorization": f"Basic {basic}"})
    assert ok.status_code == 200


async def test_decide_through_the_admin_api_then_again(api, worker, orders, settings):
    order = await _request(api, orders, "1300.00")
    path = f"/api/admin/reviews/{order.order_id}/decision"
    r = await api.post(path, json={"decision": "approve", "note": "fine"}, headers=bearer(settings))
    assert r.status_code == 200, r.text
    assert r.json()["result"] == "recorded"
    assert r.json()["message"] == "Your approval was recorded: the refund was approved and paid."
    assert r.json()["review"]["decision"] == "approved"
    assert await orders.status(order.order_id) == "REFUNDED"
    again = await api.post(path, json={"decision": "reject"}, headers=bearer(settings))
    assert again.status_code == 409
    assert again.json()["detail"].startswith("Already approved by reviewer@shop.test on ")
    assert again.json()["detail"].endswith("; your rejection was not applied.")
    assert await orders.ledger_rows(order.order_id) == 1


async def test_reviews_list_pending_first_and_audit_newest_first(api, worker, orders, settings):
    decided = await _request(api, orders, "1400.00")

    async def audit_kinds():
        r = await api.get(
            "/api/admin/audit", params={"order_id": decided.order_id}, headers=bearer(settings)
        )
        return [e["kind"] for e in r.json()]

    # The email goes out alongside the review window: decide once it is sent, so the audit's
    # newest-first order below does not depend on which of the two happens first.
    await eventually(audit_kinds, lambda kinds: "review_email_sent" in kinds)
    await api.post(
        f"/api/admin/reviews/{decided.order_id}/decision",
        json={"decision": "reject"},
        headers=bearer(settings),
    )
    pending = await _request(api, orders, "1500.00")
    reviews = (await api.get("/api/admin/reviews", headers=bearer(settings))).json()
    ids = [r["order_id"] for r in reviews]
    assert ids.index(pending.order_id) < ids.index(decided.order_id)
    first = reviews[ids.index(pending.order_id)]
    assert first["price"] == "1500.00" and first["status"] == "PENDING_REFUND"
    assert first["decision"] is None and first["workflow_id"] == f"refund-{pending.order_id}"
    kinds = await audit_kinds()
    assert kinds[0] == "status_changed" and kinds[-1] == "refund_requested"
    assert "review_rejected" in kinds and "review_email_sent" in kinds


async def test_decision_for_an_order_without_review_is_404(api, orders, settings):
    order = await orders.order("10.00")
    r = await api.post(
        f"/api/admin/reviews/{order.order_id}/decision",
        json={"decision": "approve"},
        headers=bearer(settings),
    )
    assert r.status_code == 404
