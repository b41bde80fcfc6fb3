"""Operators find refunds in the Temporal Web UI by search attributes the workflow keeps up to
date (RefundStatus, RefundAmount, CustomerId, NeedsReview, DecidedBy, RequestChannel) or that
are set at start (RefundSummary): each query of the README's runbook lists exactly the refunds
it names, on the real dev server."""

from __future__ import annotations

import pytest
from temporalio.client import WorkflowFailureError

from tests.support.api import running_app, sign_in
from tests.support.refunds import start_refund
from tests.support.visibility import eventually_listed, listed
from tests.support.waiting import eventually
from workflows.contract import RefundResult, ReviewDecision
from workflows.progress import MAX_DECIDED_BY_CHARS
from workflows.refund import RefundWorkflow
from workflows.visibility import DECIDED_BY, REFUND_STATUS, REFUND_SUMMARY
from workflows.vocabulary import RunProgress

WAITING = f'{REFUND_STATUS.name} = "{RunProgress.AWAITING_REVIEW}"'


def ids(*orders) -> set[str]:
    return {f"refund-{o.order_id}" for o in orders}


async def _request(api, orders, price, settings=None):
    order = await orders.order(price)
    await sign_in(api, order.customer_id)
    r = await api.post("/api/refunds", json={"order_id": order.order_id, "reason": "broken"})
    assert r.status_code == 200, r.text
    return order


async def _decide(api, settings, order, decision):
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    path = f"/api/admin/reviews/{order.order_id}/decision"
    r = await api.post(path, json={"decision": decision}, headers=admin)
    assert r.status_code == 200, r.text


async def test_each_query_lists_exactly_its_refunds(api, worker, orders, client, settings):
    mine = f'TaskQueue = "{settings.temporal_task_queue}"'
    small = await _request(api, orders, "89.99")
    waiting = await _request(api, orders, "1299.99")
    approved = await _request(api, orders, "1500.00")
    rejected = await _request(api, orders, "2000.00")
    await _decide(api, settings, approved, "approve")
    await _decide(api, settings, rejected, "reject")

    await eventually_listed(client, f"{WAITING} AND {mine}", ids(waiting))
    await eventually_listed(client, f'RefundStatus = "REFUNDED" AND {mine}', ids(small, approved))
    await eventually_listed(client, f'RefundStatus = "REJECTED" AND {mine}', ids(rejected))
    large = ids(waiting, approved, rejected)
    await eventually_listed(client, f"NeedsReview = true AND {mine}", large)
    await eventually_listed(client, f"RefundAmount > 1000 AND {mine}", large)
    await eventually_listed(client, f'DecidedBy = "automatic" AND {mine}', ids(small))
    await eventually_listed(
        client, f'DecidedBy = "reviewer@shop.test" AND {mine}', ids(approved, rejected)
    )
    await eventually_listed(client, f"CustomerId = {waiting.customer_id}", ids(waiting))
    await eventually_listed(client, f'RequestChannel = "api" AND {mine}', ids(small) | large)
    # The runbook's query as typed, on a server other tests share: it lists the waiting refund,
    # none of the decided ones.
    everything_waiting = await listed(client, WAITING)
    assert ids(waiting) <= everything_waiting
    assert not ids(small, approved, rejected) & everything_waiting


async def test_a_terminated_waiting_refund_leaves_the_running_view(
    api, worker, orders, client, settings
):
    # Terminating runs no workflow code, so the run keeps its last RefundStatus: the runbook's
    # "waiting for review" view also says ExecutionStatus = "Running".
    mine = f'TaskQueue = "{settings.temporal_task_queue}"'
    waiting = await _request(api, orders, "1299.99")
    kept = await _request(api, orders, "1299.99")
    await eventually_listed(client, f"{WAITING} AND {mine}", ids(waiting, kept))
    await client.get_workflow_handle(f"refund-{waiting.order_id}").terminate("operator test")
    running = f'{WAITING} AND ExecutionStatus = "Running" AND {mine}'
    await eventually_listed(client, running, ids(kept))
    await client.get_workflow_handle(f"refund-{kept.order_id}").terminate("test over")


async def test_a_review_nobody_decides_is_decided_by_timeout(worker, orders, client, settings):
    quick = settings.model_copy(update={"refund_review_timeout": 1})
    async with running_app(quick) as (_, api):
        order = await _request(api, orders, "1500.00")
    await eventually(lambda: orders.status(order.order_id), lambda s: s == "REFUND_REJECTED")
    await eventually_listed(
        client, f'DecidedBy = "timeout" AND CustomerId = {order.customer_id}', ids(order)
    )
    await eventually_listed(
        client, f'RefundStatus = "REJECTED" AND OrderId = {order.order_id}', ids(order)
    )


async def test_a_refund_that_fails_for_good_is_listed_as_failed(worker, orders, client, settings):
    order = await orders.order("10.00")
    # PostgreSQL refuses this reason's text for good (the chat API would refuse it first).
    handle = await start_refund(client, settings, order, reason="x\x00")
    with pytest.raises(WorkflowFailureError):
        await handle.result()
    mine = f'WorkflowId = "refund-{order.order_id}"'
    await eventually_listed(client, f'RefundStatus = "FAILED" AND {mine}', ids(order))
    await eventually_listed(client, f'ExecutionStatus = "Failed" AND {mine}', ids(order))


async def test_a_refund_asked_for_in_the_chat_says_so(api, worker, orders, client):
    order = await orders.order("45.00", item="Phone Case")
    await sign_in(api, order.customer_id)
    turn = await api.post("/api/chat", json={"message": f"refund order {order.order_id}"})
    (proposal,) = turn.json()["proposals"]
    r = await api.post(f"/api/chat/proposals/{proposal['id']}/confirm")
    assert r.status_code == 200, r.text
    await eventually(lambda: orders.status(order.order_id), lambda s: s == "REFUNDED")
    await eventually_listed(
        client, f'RequestChannel = "chat" AND OrderId = {order.order_id}', ids(order)
    )
    # A chat request's row shows its summary too (the same start as the API's).
    described = await client.get_workflow_handle(f"refund-{order.order_id}").describe()
    assert described.typed_search_attributes.get(REFUND_SUMMARY) == (
        f"Refund $45.00 · order {order.order_id} · Phone Case · customer {order.customer_id}"
    )


async def test_an_overlong_reviewer_name_cannot_stall_the_refund(api, worker, orders, client):
    # Temporal terminates a run that upserts a search attribute value over 2 KB: the name is
    # cut to fit the DecidedBy keyword, and the refund is paid.
    order = await _request(api, orders, "1500.00")
    handle = client.get_workflow_handle(f"refund-{order.order_id}", result_type=RefundResult)
    reviewer = "r" * 5000
    await handle.signal(
        RefundWorkflow.decide, ReviewDecision(decision="approve", reviewer=reviewer)
    )
    assert (await handle.result()).outcome == "refunded"
    described = await handle.describe()
    assert described.typed_search_attributes.get(DECIDED_BY) == reviewer[:MAX_DECIDED_BY_CHARS]
