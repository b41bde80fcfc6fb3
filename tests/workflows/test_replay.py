"""Histories of every path replay deterministically against the current workflow code, so a
deploy cannot strand refunds that are waiting mid-review."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest
from temporalio.client import WorkflowFailureError
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.worker import Replayer

from tests.support.refunds import start_refund
from tests.support.waiting import eventually
from workflows.models import Decision
from workflows.refund import RefundWorkflow


async def test_every_path_replays(client, worker, orders, settings):
    small = await start_refund(client, settings, await orders.order("10.00"))
    await small.result()

    handles = []
    for decision in ("approve", "reject"):
        order = await orders.order("1500.00")
        h = await start_refund(client, settings, order)
        await eventually(partial(orders.emails, order.order_id), lambda n: n == 1)
        await h.signal(RefundWorkflow.decide, Decision(decision=decision, reviewer="r@shop"))
        await h.result()
        handles.append(h)
    timed_out = await start_refund(
        client, settings, await orders.order("1500.00"), review_timeout=timedelta(seconds=1)
    )
    await timed_out.result()

    failed = await start_refund(client, settings, await orders.order("10.00"), reason="x\x00")
    with pytest.raises(WorkflowFailureError):
        await failed.result()

    replayer = Replayer(workflows=[RefundWorkflow], data_converter=pydantic_data_converter)
    for h in (small, *handles, timed_out, failed):
        history = await h.fetch_history()
        result = await replayer.replay_workflow(history, raise_on_replay_failure=False)
        assert result.replay_failure is None, f"{h.id}: {result.replay_failure}"
