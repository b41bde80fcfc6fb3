"""What a person reads of a refund in the Temporal Web UI: the summary line, the details, the
current details at each stage and the summary of every activity and of the review timer; and
what they never read there (a customer's email address, a review link's token, a secret)."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from tests.support.api import running_app, sign_in
from tests.support.reviews import pending_review
from tests.support.visibility import current_details, eventually_listed, history_summaries
from tests.support.waiting import eventually
from workflows.visibility import REFUND_SUMMARY, refund_summary, when

WHEN = r"\w{3} \d{1,2}, \d\d:\d\d UTC"


async def _admin_decides(api, settings, order_id, decision):
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    path = f"/api/admin/reviews/{order_id}/decision"
    r = await api.post(path, json={"decision": decision}, headers=admin)
    assert r.status_code == 200, r.text


async def test_a_waiting_refund_reads_like_a_sentence(api, worker, orders, pool, client, settings):
    order, _ = await pending_review(api, orders, pool)
    handle = client.get_workflow_handle(f"refund-{order.order_id}")
    described = await handle.describe()
    assert await described.static_summary() == (
        f"Refund $1,299.99 · order {order.order_id} · Laptop Pro X1 · customer {order.customer_id}"
    )
    details = await described.static_details()
    requested = await orders.requested_at(order.order_id)
    assert details is not None
    assert "**Reason:** dead pixel" in details
    assert "over the $1,000.00 threshold, so a person decides" in details
    assert "**Requested through:** the refunds API" in details
    deadline = requested + dt.timedelta(days=7)
    assert any(
        f"**Review deadline:** {when(deadline + dt.timedelta(minutes=m))}" in details
        for m in (-1, 0, 1)
    ), details
    assert "admin page: http://testserver/admin/" in details

    waiting = await eventually(lambda: current_details(handle), lambda t: "link sent" in t)
    assert re.fullmatch(
        rf"waiting for review since {WHEN}, link sent to reviewer@shop\.test, decides by {WHEN}"
        r" \(rejected if nobody decides\)",
        waiting,
    ), waiting
    summaries = await history_summaries(client, handle)
    assert summaries["local_activity"] == [f"record the request for order {order.order_id}"]
    assert summaries["activity:send_review_email"] == ["email the review link to the reviewer"]
    assert summaries["timer"] == ["review deadline: 7 days"]

    await _admin_decides(api, settings, order.order_id, "approve")
    paid = await current_details(handle)
    assert re.fullmatch(
        rf"paid \$1,299\.99 at {WHEN}, approved by reviewer@shop\.test; payment ref \S+", paid
    ), paid
    assert (await history_summaries(client, handle))["activity:settle_refund"] == ["pay $1,299.99"]


async def test_a_small_refund_says_it_was_paid_automatically(api, worker, orders, client):
    order = await orders.order("89.99", item="Wireless Headphones")
    await sign_in(api, order.customer_id)
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "broken"})
    assert r.json()["outcome"] == "refunded"
    handle = client.get_workflow_handle(f"refund-{order.order_id}")
    described = await handle.describe()
    assert await described.static_summary() == (
        f"Refund $89.99 · order {order.order_id} · Wireless Headphones"
        f" · customer {order.customer_id}"
    )
    assert "none, within the $1,000.00 threshold; paid at once" in (
        await described.static_details() or ""
    )
    assert re.fullmatch(
        rf"paid \$89\.99 at {WHEN}, automatically; payment ref \S+",
        await current_details(handle),
    )
    assert (await history_summaries(client, handle))["activity:settle_refund"] == ["pay $89.99"]


async def test_the_list_shows_each_refunds_summary(api, worker, orders, pool, client):
    # The Web UI's list shows search attributes, not summaries: RefundSummary carries the line.
    small = await orders.order("89.99", item="Wireless Headphones")
    await sign_in(api, small.customer_id)
    r = await api.post("/api/refunds", json={"order_id": small.order_id, "reason": "broken"})
    assert r.json()["outcome"] == "refunded"
    large, _ = await pending_review(api, orders, pool)
    both = f'WorkflowId IN ("refund-{small.order_id}", "refund-{large.order_id}")'
    waiting = f'RefundStatus = "AWAITING_REVIEW" AND {both}'
    await eventually_listed(client, waiting, {f"refund-{large.order_id}"})
    await eventually_listed(client, both, {f"refund-{small.order_id}", f"refund-{large.order_id}"})

    rows = {wf.id: wf async for wf in client.list_workflows(both)}
    for workflow_id, row in rows.items():
        described = await client.get_workflow_handle(workflow_id).describe()
        assert row.typed_search_attributes.get(REFUND_SUMMARY) == await described.static_summary()
    assert rows[f"refund-{large.order_id}"].typed_search_attributes.get(REFUND_SUMMARY) == (
        f"Refund $1,299.99 · order {large.order_id} · Laptop Pro X1 · customer {large.customer_id}"
    )


def test_the_longest_summary_fits_a_keyword():
    # Temporal refuses a Keyword value over 2048 bytes: the dearest order of the longest item
    # name, all of it escaped and multi-byte, stays well under.
    line = refund_summary(Decimal("9999999999.99"), 2**63 - 1, "€*" * 1000, 2**63 - 1)
    assert len(line.encode()) < 1024, len(line.encode())


async def test_rejections_name_who_or_the_deadline(api, worker, orders, pool, client, settings):
    order, _ = await pending_review(api, orders, pool)
    handle = client.get_workflow_handle(f"refund-{order.order_id}")
    await _admin_decides(api, settings, order.order_id, "reject")
    assert re.fullmatch(
        rf"rejected by reviewer@shop\.test at {WHEN}", await current_details(handle)
    )
    assert (await history_summaries(client, handle))["activity:reject_refund"] == [
        "record the rejection"
    ]

    quick = settings.model_copy(update={"refund_review_timeout": 1})
    async with running_app(quick) as (_, fast_api):
        late = await orders.order("1500.00")
        await sign_in(fast_api, late.customer_id)
        await fast_api.post("/api/refunds", json={"order_id": late.order_id})
    timed_out = client.get_workflow_handle(f"refund-{late.order_id}")
    await timed_out.result()
    assert re.fullmatch(rf"rejected: nobody decided by {WHEN}", await current_details(timed_out))
    summaries = await history_summaries(client, timed_out)
    assert summaries["timer"] == ["review deadline: 1 second"]
    assert summaries["activity:reject_refund"] == ["record the rejection (nobody decided in time)"]


async def test_no_customer_email_link_or_secret_reaches_the_web_ui(
    api, worker, orders, pool, client, settings
):
    customer = await orders.customer()
    email = await pool.fetchval("SELECT email FROM customers WHERE id = $1", customer)
    order = await orders.order("1299.99", customer_id=customer, item="Laptop *Pro* [X1](x)")
    await sign_in(api, customer)
    reason = f"write to {email} or see [this](https://evil.test/pay) <b>now</b>"
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": reason})
    assert r.json()["outcome"] == "pending_review"
    link = await eventually(
        lambda: pool.fetchval(
            "SELECT review_url FROM outbox_emails WHERE order_id = $1", order.order_id
        )
    )
    token = link.rsplit("/", 1)[-1]
    handle = client.get_workflow_handle(f"refund-{order.order_id}")
    texts = [await eventually(lambda: current_details(handle), lambda t: "link sent" in t)]
    await _admin_decides(api, settings, order.order_id, "approve")
    described = await handle.describe()
    texts += [
        await described.static_summary() or "",
        await described.static_details() or "",
        await current_details(handle),
        *(s for found in (await history_summaries(client, handle)).values() for s in found),
        *(str(pair.value) for pair in described.typed_search_attributes),
    ]
    secrets = [
        email,
        token,
        token.split(".")[0],
        settings.review_link_secret.get_secret_value(),
        settings.session_secret.get_secret_value(),
        settings.admin_token.get_secret_value(),
    ]
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text)
    details = await described.static_details() or ""
    assert "write to (email removed)" in details
    # Typed Markdown stays text: no link, image or emphasis can be made of it.
    assert r"\[this\](https\://evil.test/pay) \<b\>now\</b\>" in details
    summary = await described.static_summary() or ""
    assert r"Laptop \*Pro\* \[X1\](x)" in summary
    assert described.typed_search_attributes.get(REFUND_SUMMARY) == summary
