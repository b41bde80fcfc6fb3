"""The one text rule at the edge: control characters (other than newline and tab) are refused
with a 422 naming the field, before anything reaches the database or a workflow, so such a
request can never wedge a refund."""

from __future__ import annotations

from functools import partial

import pytest

from services.common.text import reject_control_chars
from tests.support.api import sign_in
from tests.support.waiting import eventually


@pytest.mark.parametrize("text", ["broken\x00", "a\x1bb", "x\x7f", "\x85next", "cr\ronly"])
def test_rule_refuses_control_characters(text):
    with pytest.raises(ValueError, match="control characters"):
        reject_control_chars(text)


def test_rule_keeps_newlines_tabs_and_unicode():
    assert reject_control_chars("line one\n\tline two, café ✓") == "line one\n\tline two, café ✓"
    assert reject_control_chars("windows\r\nline") == "windows\nline"


async def test_nul_reason_is_refused_and_the_order_stays_refundable(api, worker, orders):
    order = await orders.order("19.99", item="Phone Case")
    await sign_in(api, order.customer_id)
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "broken\u0000"})
    assert r.status_code == 422
    assert "reason" in r.json()["detail"] and "control characters" in r.json()["detail"]
    assert await orders.status(order.order_id) == "PURCHASED"
    again = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "broken"})
    assert again.status_code == 200, again.text
    assert again.json()["outcome"] == "refunded"


async def test_chat_message_with_control_characters_is_refused(api, orders):
    order = await orders.order("10.00")
    await sign_in(api, order.customer_id)
    r = await api.post("/api/chat", json={"message": "refund order 1\u0000"})
    assert r.status_code == 422
    assert "message" in r.json()["detail"]


async def test_admin_note_with_nul_is_refused_and_the_review_still_waits(
    api, worker, orders, pool, settings
):
    order = await orders.order("1500.00")
    await sign_in(api, order.customer_id)
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "dead"})
    assert r.json()["outcome"] == "pending_review"
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    bad = await api.post(
        f"/api/admin/reviews/{order.order_id}/decision",
        json={"decision": "approve", "note": "fine\u0000"},
        headers=admin,
    )
    assert bad.status_code == 422 and "note" in bad.json()["detail"]
    assert await orders.status(order.order_id) == "PENDING_REFUND"
    url = await eventually(
        partial(
            pool.fetchval,
            "SELECT review_url FROM outbox_emails WHERE order_id = $1",
            order.order_id,
        )
    )
    form = await api.post(
        url.removeprefix("http://testserver"), data={"decision": "approve", "note": "ok\x00"}
    )
    assert form.status_code == 422 and "note" in form.json()["detail"]
    good = await api.post(
        f"/api/admin/reviews/{order.order_id}/decision",
        json={"decision": "approve", "note": "fine\nreally"},
        headers=admin,
    )
    assert good.status_code == 200, good.text
    assert await orders.status(order.order_id) == "REFUNDED"
