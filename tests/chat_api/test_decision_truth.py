"""Two people deciding one refund at once are both told the truth: the first decision counts
("your approval was recorded"), the other learns which one did ("Already approved by X on T;
your rejection was not applied"). The answer comes from the workflow's own record of each
decision's id, not from a guess after a fixed wait."""

from __future__ import annotations

import asyncio
import re

from services.chat_api.reviews import ReviewService
from services.common.formats import long_timestamp
from tests.support.api import running_app, sign_in
from tests.support.reviews import pending_review
from tests.support.waiting import eventually
from workflows.contract import DecisionChannel, DecisionKind, ReviewDecision
from workflows.refund import RefundWorkflow

ADMIN_PATH = "/api/admin/reviews/{}/decision"


def _banner(html: str) -> str:
    """The review page's status sentence."""
    found = re.search(r'<p class="banner[^"]*" role="status">([^<]*)</p>', html)
    assert found, html
    return found.group(1).strip()


async def test_a_link_and_the_console_deciding_at_once_are_both_told_the_truth(
    api, worker, orders, pool, settings, client
):
    order, link = await pending_review(api, orders, pool)
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    by_link, by_console = await asyncio.gather(
        api.post(link, data={"decision": "approve"}),
        api.post(ADMIN_PATH.format(order.order_id), json={"decision": "reject"}, headers=admin),
    )
    assert by_link.status_code == 200, by_link.text
    link_says = _banner(by_link.text)
    console_says = by_console.json().get("message") or by_console.json()["detail"]
    view = await ReviewService(pool, client).view(order.order_id)
    assert view is not None and view.decided_at is not None
    when = long_timestamp(view.decided_at)
    if view.decision == "approved":  # the link's approval came first
        assert link_says == "Your approval was recorded: the refund was approved and paid."
        assert by_console.status_code == 409
        assert console_says == (
            f"Already approved by reviewer@shop.test on {when}; your rejection was not applied."
        )
        assert await orders.status(order.order_id) == "REFUNDED"
    else:
        assert view.decision == "rejected"
        assert by_console.status_code == 200
        assert console_says == "Your rejection was recorded: the refund was rejected."
        assert link_says == (
            f"Already rejected by reviewer@shop.test on {when}; your approval was not applied."
        )
        assert await orders.status(order.order_id) == "REFUND_REJECTED"
    assert await orders.ledger_rows(order.order_id) == (1 if view.decision == "approved" else 0)


async def test_two_signals_in_flight_at_once_one_counts_and_the_other_names_it(
    api, worker, orders, pool, client
):
    order, _ = await pending_review(api, orders, pool)
    service = ReviewService(pool, client)
    # Both read the review while it waits, so both signals are really sent.
    view = await service.view(order.order_id)
    assert view is not None and view.pending
    console, link = DecisionChannel.ADMIN_CONSOLE, DecisionChannel.EMAIL_LINK
    ann, bob = await asyncio.gather(
        service.decide(view, DecisionKind.APPROVE, "ann@shop.test", "", channel=console),
        service.decide(view, DecisionKind.REJECT, "bob@shop.test", "", channel=link),
    )
    assert sorted([ann.result, bob.result]) == ["already_decided", "recorded"]
    winner, loser = (ann, bob) if ann.result == "recorded" else (bob, ann)
    status = await client.get_workflow_handle(view.workflow_id).query(RefundWorkflow.status)
    assert status.decided_by == ("ann@shop.test" if winner is ann else "bob@shop.test")
    assert loser.decided_by == status.decided_by and loser.decided_at == status.decided_at
    verb = "approved" if winner is ann else "rejected"
    mine = "rejection" if winner is ann else "approval"
    assert loser.message == (
        f"Already {verb} by {status.decided_by} on {long_timestamp(status.decided_at)};"
        f" your {mine} was not applied."
    )


async def test_a_receipt_asked_after_the_run_ended_comes_from_its_final_state(
    api, worker, orders, pool, client
):
    # The run may end (paid) between a decision's signal and the question whether it counted:
    # the closed run's final state still answers.
    order, _ = await pending_review(api, orders, pool)
    handle = client.get_workflow_handle(f"refund-{order.order_id}")
    first = ReviewDecision(decision="approve", reviewer="ann@shop.test", decision_id="first")
    await handle.signal(RefundWorkflow.decide, first)
    await handle.result()
    service = ReviewService(pool, client)
    counted = await service._receipt(handle, "first")
    other = await service._receipt(handle, "second")
    assert counted is not None and counted.applied and counted.decided_by == "ann@shop.test"
    assert other is not None and not other.applied and other.decision == "approve"


async def test_a_decision_after_the_deadline_says_the_window_closed(worker, orders, settings):
    quick = settings.model_copy(update={"refund_review_timeout": 1})
    async with running_app(quick) as (_, api):
        order = await orders.order("1500.00")
        await sign_in(api, order.customer_id)
        r = await api.post("/api/refunds", json={"order_id": order.order_id})
        assert r.json()["outcome"] == "pending_review"
        await eventually(lambda: orders.status(order.order_id), lambda s: s == "REFUND_REJECTED")
        admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
        late = await api.post(
            ADMIN_PATH.format(order.order_id), json={"decision": "approve"}, headers=admin
        )
    assert late.status_code == 409
    assert re.fullmatch(
        r"The review window closed on \w+ \d+, \d{4} at \d\d:\d\d UTC without a decision;"
        r" your approval was not applied\.",
        late.json()["detail"],
    ), late.json()
