"""Both sides of the contract use its names: the worker runs the workflow type the chat API
starts, with the signal, query and updates it sends (as the running workflow itself reports
them), and registers every activity the workflow calls by name. Only Temporal's public API is
used: the workflow's built-in metadata query, and calls to the worker's activities."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

from temporalio.api.sdk.v1 import WorkflowInteractionDefinition, WorkflowMetadata
from temporalio.worker import Worker

from tests.support.activity_probe import NOT_REGISTERED, ActivityProbe, ProbeInput
from workflows.contract import (
    COMMITTED_OUTCOME_UPDATE,
    DECIDE_SIGNAL,
    DECISION_RECEIPT_UPDATE,
    STATUS_QUERY,
    WORKFLOW_TYPE,
    ActivityName,
    RefundInput,
    refund_workflow_id,
)

# Every workflow answers this query with its definition (Temporal's built-in, like __stack_trace).
METADATA_QUERY = "__temporal_workflow_metadata"


def _names(definitions: list[WorkflowInteractionDefinition]) -> set[str]:
    """The workflow's own handlers, without Temporal's built-in ones ("__...")."""
    return {d.name for d in definitions if not d.name.startswith("__")}


async def test_the_workflow_answers_to_the_contract_names(client, worker, orders, settings):
    order = await orders.order("1500.00")  # waits for a review: the run stays open
    handle = await client.start_workflow(
        WORKFLOW_TYPE,
        RefundInput(
            order_id=order.order_id,
            customer_id=order.customer_id,
            reason="a contract check",
            review_threshold=Decimal(settings.refund_review_threshold),
            review_timeout=timedelta(days=7),
        ),
        id=refund_workflow_id(order.order_id),
        task_queue=settings.temporal_task_queue,
    )
    try:
        metadata = await handle.query(METADATA_QUERY, result_type=WorkflowMetadata)
    finally:
        await handle.terminate("contract check over")
    definition = metadata.definition
    assert definition.type == WORKFLOW_TYPE
    assert _names(list(definition.signal_definitions)) == {DECIDE_SIGNAL}
    assert _names(list(definition.query_definitions)) == {STATUS_QUERY}
    assert _names(list(definition.update_definitions)) == {
        COMMITTED_OUTCOME_UPDATE,
        DECISION_RECEIPT_UPDATE,
    }


async def test_every_contract_activity_is_registered_under_its_name(client, worker, settings):
    unknown = "not_a_contract_activity"
    names = [*(a.value for a in ActivityName), unknown]
    queue = f"probe-{uuid.uuid4().hex[:12]}"
    async with Worker(client, task_queue=queue, workflows=[ActivityProbe]):
        failures = await client.execute_workflow(
            ActivityProbe.run,
            ProbeInput(names=names, task_queue=settings.temporal_task_queue),
            id=f"activity-probe-{uuid.uuid4().hex}",
            task_queue=queue,
            result_type=dict[str, str],
        )
    assert failures[unknown] == NOT_REGISTERED  # the probe tells a missing name apart
    assert {n: failures[n] for n in names if failures[n] == NOT_REGISTERED} == {
        unknown: NOT_REGISTERED
    }
