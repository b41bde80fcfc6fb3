"""Bad text is refused at the edge, in every text field of every request: a lone surrogate
(which JSON can carry but nothing can encode) gets a 422 naming the field, before anything
reaches PostgreSQL, a workflow or the model; bidirectional controls and zero-width characters
are removed from refund reasons and notes, which reach the admin's email."""

from __future__ import annotations

from functools import partial

import pytest

from services.common.text import NoteText, reject_control_chars, strip_invisible
from tests.support.api import sign_in
from tests.support.waiting import eventually

JSON = {"content-type": "application/json"}
LONE = b"\\ud800"  # a lone surrogate, as JSON escapes it


def test_rule_refuses_lone_surrogates_and_strips_invisible_characters():
    for text in ("\ud800", "a\udfffb", "ok \udbff"):
        with pytest.raises(ValueError, match="lone surrogate"):
            reject_control_chars(text)
    assert strip_invisible("pay\u202e\u2066me\u200b\u200d\ufeff") == "payme"
    assert strip_invisible("café, 東京, مرحبا ✓") == "café, 東京, مرحبا ✓"
    assert NoteText is not None


async def _refused(r, field: str) -> None:
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert field in detail and "not valid text" in detail, detail


@pytest.mark.parametrize("path", ["/api/chat", "/api/chat/stream"])
async def test_a_chat_message_with_a_lone_surrogate_is_refused(api, orders, path):
    await sign_in(api, await orders.customer())
    r = await api.post(path, content=b'{"message": "refund ' + LONE + b'"}', headers=JSON)
    await _refused(r, "message")
    assert (await api.get("/api/history")).json() == []


async def test_reasons_notes_and_tokens_with_a_lone_surrogate_are_refused(
    api, worker, orders, pool, settings
):
    order = await orders.order("1500.00")
    await sign_in(api, order.customer_id)
    body = b'{"order_id": %d, "reason": "broken ' % order.order_id + LONE + b'"}'
    await _refused(await api.post("/api/refunds", content=body, headers=JSON), "reason")
    assert await orders.status(order.order_id) == "PURCHASED"
    token = await api.post(
        "/api/session/token", content=b'{"token": "' + LONE + b'"}', headers=JSON
    )
    await _refused(token, "token")

    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "dead"})
    assert r.json()["outcome"] == "pending_review"
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}", **JSON}
    note = await api.post(
        f"/api/admin/reviews/{order.order_id}/decision",
        content=b'{"decision": "approve", "note": "' + LONE + b'"}',
        headers=admin,
    )
    await _refused(note, "note")
    assert await orders.status(order.order_id) == "PENDING_REFUND"


async def test_invisible_characters_are_removed_from_reasons_and_notes(
    api, worker, orders, pool, settings
):
    order = await orders.order("1500.00", item="Desk")
    await sign_in(api, order.customer_id)
    reason = "screen \u202eflipped\u202c and\u200b cracked"
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": reason})
    assert r.status_code == 200, r.text
    stored = await pool.fetchval("SELECT reason FROM refunds WHERE order_id = $1", order.order_id)
    assert stored == "screen flipped and cracked"
    html = await eventually(
        partial(pool.fetchval, "SELECT html FROM outbox_emails WHERE order_id = $1", order.order_id)
    )
    assert "\u202e" not in html and "screen flipped and cracked" in html

    url = await pool.fetchval(
        "SELECT review_url FROM outbox_emails WHERE order_id = $1", order.order_id
    )
    form = await api.post(
        url.removeprefix("http://testserver"),
        data={"decision": "approve", "note": "ok\u2067 by me\u2069\ufeff"},
    )
    assert form.status_code == 200, form.text
    note = await pool.fetchval(
        "SELECT decision_note FROM refunds WHERE order_id = $1", order.order_id
    )
    assert note == "ok by me"
