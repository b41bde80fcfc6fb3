"""Review links: GET never decides; POST decides once; forged, expired, unknown and replayed
links change nothing and say so."""

from __future__ import annotations

import time

from services.common.review_tokens import ReviewClaims, ReviewTokens
from tests.support.api import sign_in
from tests.support.reviews import pending_review
from tests.support.waiting import eventually


async def test_get_shows_the_order_and_changes_nothing(api, worker, orders, pool):
    order, path = await pending_review(api, orders, pool)
    page = await api.get(path)
    assert page.status_code == 200
    assert "Laptop Pro X1" in page.text and "$1,299.99" in page.text
    assert 'value="approve"' in page.text and 'value="reject"' in page.text
    assert await orders.status(order.order_id) == "PENDING_REFUND"


async def test_approve_via_link_pays_and_replay_tells_the_truth(api, worker, orders, pool):
    order, path = await pending_review(api, orders, pool)
    done = await api.post(path, data={"decision": "approve", "note": "ok"})
    assert done.status_code == 200
    assert "approved and paid" in done.text
    assert await orders.status(order.order_id) == "REFUNDED"
    replay = await api.post(path, data={"decision": "reject"})
    assert replay.status_code == 200
    assert "Already approved by reviewer@shop.test on" in replay.text
    assert "your rejection was not applied" in replay.text
    assert await orders.status(order.order_id) == "REFUNDED"
    assert await orders.ledger_rows(order.order_id) == 1


async def test_reject_via_link(api, worker, orders, pool):
    order, path = await pending_review(api, orders, pool)
    done = await api.post(path, data={"decision": "reject", "note": "worn out"})
    assert "rejected" in done.text
    assert await orders.status(order.order_id) == "REFUND_REJECTED"


async def test_tampered_link_is_refused_and_sends_nothing(api, worker, orders, pool):
    order, path = await pending_review(api, orders, pool)
    payload, sig = path.removeprefix("/review/").split(".")
    forged = f"/review/{payload}.{sig[:-2]}{'AA' if not sig.endswith('AA') else 'BB'}"
    for r in (await api.get(forged), await api.post(forged, data={"decision": "approve"})):
        assert r.status_code == 400
        assert "not valid" in r.text
    garbage = await api.post("/review/not-a-token", data={"decision": "approve"})
    assert garbage.status_code == 400
    assert await orders.status(order.order_id) == "PENDING_REFUND"


def _token(settings, order_id, *, expires_at, workflow_id=None):
    tokens = ReviewTokens(settings.review_link_secret.get_secret_value())
    return tokens.issue(
        ReviewClaims(
            workflow_id=workflow_id or f"refund-{order_id}",
            order_id=order_id,
            reviewer=settings.admin_email,
            expires_at=expires_at,
        )
    )


async def test_expired_link_is_refused_and_sends_nothing(api, worker, orders, pool, settings):
    order, _ = await pending_review(api, orders, pool)
    expired = _token(settings, order.order_id, expires_at=int(time.time()) - 60)
    r = await api.post(f"/review/{expired}", data={"decision": "approve"})
    assert r.status_code == 410
    assert "review window closed on" in r.text
    assert await orders.status(order.order_id) == "PENDING_REFUND"


async def test_genuine_link_for_an_unknown_review_is_404(api, orders, settings):
    order = await orders.order("1500.00")  # no refund was ever requested
    token = _token(settings, order.order_id, expires_at=int(time.time()) + 600)
    r = await api.post(f"/review/{token}", data={"decision": "approve"})
    assert r.status_code == 404
    assert await orders.status(order.order_id) == "PURCHASED"


async def test_link_html_is_escaped(api, worker, orders, pool):
    order = await orders.order("1500.00", item="<script>alert(1)</script>")
    await sign_in(api, order.customer_id)
    await api.post("/api/refunds", json={"order_id": order.order_id})
    url = await eventually(
        lambda: pool.fetchval(
            "SELECT review_url FROM outbox_emails WHERE order_id=$1", order.order_id
        )
    )
    page = await api.get(url.removeprefix("http://testserver"))
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;" in page.text
