"""Starting refund workflows the way the chat API does, with test-sized review windows."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from temporalio.client import Client, WorkflowHandle

from services.chat_api.refunds import WORKFLOW_TASK_TIMEOUT
from services.common.config import Settings
from tests.support.orders import TestOrder
from workflows.contract import RefundInput, RefundResult, refund_workflow_id
from workflows.refund import RefundWorkflow


async def start_refund(
    client: Client,
    settings: Settings,
    order: TestOrder,
    *,
    review_timeout: timedelta = timedelta(days=7),
    reason: str = "it broke",
) -> WorkflowHandle[RefundWorkflow, RefundResult]:
    return await client.start_workflow(
        RefundWorkflow.run,
        RefundInput(
            order_id=order.order_id,
            customer_id=order.customer_id,
            reason=reason,
            review_threshold=Decimal(settings.refund_review_threshold),
            review_timeout=review_timeout,
        ),
        id=refund_workflow_id(order.order_id),
        task_queue=settings.temporal_task_queue,
        task_timeout=WORKFLOW_TASK_TIMEOUT,
    )
