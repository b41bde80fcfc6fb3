"""The real one-week review window, through the chat API's refund path, in about a second:
time-skipping (v2) on a dev server started with the flag that allows it."""

from __future__ import annotations

import uuid
from datetime import timedelta

from services.chat_api.refunds import RefundService
from services.common.config import ONE_WEEK_SECONDS
from services.worker.main import build_worker
from workflows.refund import RefundWorkflow


async def test_an_undecided_review_is_declined_after_one_week(skipping_env, settings, orders, pool):
    config = skipping_env.client.service_client.config
    weekly = settings.model_copy(
        update={
            "temporal_address": config.target_host,
            "temporal_task_queue": f"week-{uuid.uuid4().hex[:8]}",
        }
    )
    assert weekly.refund_review_timeout == ONE_WEEK_SECONDS  # the shipped default
    order = await orders.order("1500.00", item="4K Projector")
    service = RefundService(pool, skipping_env.client, weekly)
    async with build_worker(skipping_env.client, pool, weekly):
        reply = await service.request(order.customer_id, order.order_id, "no decision comes")
        assert reply.outcome == "pending_review"
        handle = skipping_env.client.get_workflow_handle_for(RefundWorkflow.run, reply.workflow_id)
        result = await handle.result()
    assert result.outcome == "rejected"
    assert await orders.status(order.order_id) == "REFUND_REJECTED"
    row = await pool.fetchrow(
        "SELECT requested_at, decided_at, decided_by, decision FROM refunds WHERE order_id = $1",
        order.order_id,
    )
    assert row["decided_by"] == "system" and row["decision"] == "timed_out"
    waited = row["decided_at"] - row["requested_at"]
    assert timedelta(days=7) <= waited < timedelta(days=7, minutes=5)
    notice = await pool.fetchval("SELECT text FROM notices WHERE order_id = $1", order.order_id)
    assert "the review window closed on" in notice
