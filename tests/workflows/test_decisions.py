"""The workflow's decisions, fast: RefundWorkflow on a time-skipping dev server with stub
activities (tests/support/stub_activities.py) instead of PostgreSQL, payments and email.
The real-server tests beside this file check the same paths end to end."""

from __future__ import annotations

import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

import pytest
from temporalio.client import WithStartWorkflowOperation, WorkflowFailureError
from temporalio.common import WorkflowIDConflictPolicy
from temporalio.exceptions import ApplicationError
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from tests.support.stub_activities import StubActivities
from workflows.contract import (
    ActivityName,
    ErrorType,
    RefundInput,
    RefundResult,
    ReviewDecision,
    refund_workflow_id,
)
from workflows.refund import RefundWorkflow

SMALL, LARGE = 11, 12
WEEK = timedelta(days=7)


@dataclass
class Bench:
    env: WorkflowEnvironment
    stubs: StubActivities
    task_queue: str

    async def start(self, order_id: int, review_timeout: timedelta = WEEK):
        return await self.env.client.start_workflow(
            RefundWorkflow.run,
            refund_input(order_id, review_timeout),
            id=f"{refund_workflow_id(order_id)}-{uuid.uuid4().hex[:6]}",
            task_queue=self.task_queue,
        )

    async def start_waiting(self, order_id: int):
        """A review that waits for a person: time does not skip, so a signal can reach it."""
        with self.env.with_time_skipping_disabled():
            return await self.start(order_id)


def refund_input(order_id: int, review_timeout: timedelta = WEEK) -> RefundInput:
    return RefundInput(
        order_id=order_id,
        customer_id=7,
        reason="it broke",
        review_threshold=Decimal("1000"),
        review_timeout=review_timeout,
    )


@pytest.fixture
async def bench(skipping_env) -> AsyncIterator[Bench]:
    stubs = StubActivities(prices={SMALL: "45.00", LARGE: "1500.00"})
    queue = f"decisions-{uuid.uuid4().hex[:8]}"
    async with Worker(
        skipping_env.client,
        task_queue=queue,
        workflows=[RefundWorkflow],
        activities=stubs.all(),
    ):
        yield Bench(skipping_env, stubs, queue)


async def _reviewing(handle) -> None:
    """Wait until the run has committed PENDING_REFUND (what the chat API waits for)."""
    pending = await handle.execute_update(RefundWorkflow.committed_outcome)
    assert pending.outcome == "pending_review"


async def test_small_refund_is_paid_without_review(bench):
    result = await (await bench.start(SMALL)).result()
    assert result.outcome == "refunded" and "has been paid" in result.message
    assert bench.stubs.names() == [ActivityName.OPEN_REFUND, ActivityName.SETTLE_REFUND]
    assert bench.stubs.inputs(ActivityName.SETTLE_REFUND)[0].decided_by is None


async def test_approval_pays_with_the_reviewer_on_record(bench):
    handle = await bench.start_waiting(LARGE)
    await _reviewing(handle)
    await handle.signal(
        RefundWorkflow.decide,
        ReviewDecision(decision="approve", reviewer="ann@shop", channel="admin_console"),
    )
    assert (await handle.result()).outcome == "refunded"
    (settle,) = bench.stubs.inputs(ActivityName.SETTLE_REFUND)
    assert settle.decided_by == "ann@shop" and settle.decision_channel == "admin_console"
    assert ActivityName.SEND_REVIEW_EMAIL in bench.stubs.names()
    assert not bench.stubs.inputs(ActivityName.REJECT_REFUND)


async def test_rejection_pays_nothing_and_keeps_the_note(bench):
    handle = await bench.start_waiting(LARGE)
    await _reviewing(handle)
    await handle.signal(
        RefundWorkflow.decide, ReviewDecision(decision="reject", reviewer="ann@shop", note="worn")
    )
    assert (await handle.result()).outcome == "rejected"
    (reject,) = bench.stubs.inputs(ActivityName.REJECT_REFUND)
    assert (reject.cause, reject.decided_by, reject.decision_note) == (
        "rejected",
        "ann@shop",
        "worn",
    )
    assert not bench.stubs.inputs(ActivityName.SETTLE_REFUND)


async def test_a_week_without_decision_declines_in_seconds(bench):
    started = time.monotonic()
    handle = await bench.start(LARGE)
    assert (await handle.result()).outcome == "rejected"
    assert time.monotonic() - started < 30
    (reject,) = bench.stubs.inputs(ActivityName.REJECT_REFUND)
    assert (reject.cause, reject.decided_by, reject.decision_channel) == (
        "timed_out", "system", "timeout",
    )  # fmt: skip
    (email,) = bench.stubs.inputs(ActivityName.SEND_REVIEW_EMAIL)
    waited = reject.decided_at - (email.review_deadline - WEEK)
    assert timedelta(days=7) <= waited < timedelta(days=7, minutes=1)


async def test_a_duplicate_request_attaches_to_the_running_refund(bench):
    wid = f"{refund_workflow_id(LARGE)}-{uuid.uuid4().hex[:6]}"
    answers = []
    with bench.env.with_time_skipping_disabled():
        for _ in range(2):
            start = WithStartWorkflowOperation(
                RefundWorkflow.run,
                refund_input(LARGE),
                id=wid,
                task_queue=bench.task_queue,
                id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
            )
            answers.append(
                await bench.env.client.execute_update_with_start_workflow(
                    RefundWorkflow.committed_outcome, start_workflow_operation=start
                )
            )
            answers.append((await start.workflow_handle()).result_run_id)
    assert [a.outcome for a in answers[::2]] == ["pending_review", "pending_review"]
    assert answers[1] == answers[3]  # one run
    assert bench.stubs.names().count(ActivityName.OPEN_REFUND) == 1
    await bench.env.client.get_workflow_handle(wid).terminate("test over")


async def test_a_refused_review_email_leaves_the_review_open(bench):
    bench.stubs.email_refused = True
    handle = await bench.start_waiting(LARGE)
    await _reviewing(handle)
    await handle.signal(
        RefundWorkflow.decide, ReviewDecision(decision="approve", reviewer="ann@shop")
    )
    assert (await handle.result()).outcome == "refunded"
    assert bench.stubs.names().count(ActivityName.SEND_REVIEW_EMAIL) == 1  # refused for good


async def test_a_payment_that_fails_for_good_is_recorded_as_refund_failed(bench):
    bench.stubs.payment_refused = True
    handle = await bench.start(SMALL)
    with pytest.raises(WorkflowFailureError) as failed:
        await handle.result()
    cause = failed.value.cause
    assert isinstance(cause, ApplicationError) and cause.type == ErrorType.REFUND_FAILED
    (fail,) = bench.stubs.inputs(ActivityName.FAIL_REFUND)
    assert fail.error_type == ErrorType.INVALID_DATA and fail.order_id == SMALL
    assert bench.stubs.names().count(ActivityName.SETTLE_REFUND) == 1  # not retried


async def test_an_unknown_order_fails_without_a_failure_record(bench):
    handle = await bench.start(99)
    with pytest.raises(WorkflowFailureError):
        await handle.result()
    assert bench.stubs.names() == [ActivityName.OPEN_REFUND]


def test_results_carry_the_refund_workflow_id():
    assert RefundResult(order_id=5, outcome="refunded", message="").workflow_id == "refund-5"
