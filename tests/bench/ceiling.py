"""The ceiling the refund figures are compared with: workflows doing nothing but one no-op
activity (at once, or after a signal), on the same Temporal server, with the worker options the
refund worker uses."""

from __future__ import annotations

from temporalio import activity, workflow
from temporalio.client import Client
from temporalio.worker import Worker

with workflow.unsafe.imports_passed_through():
    from services.chat_api.refunds import WORKFLOW_TASK_TIMEOUT
    from services.worker.main import (
        GRACEFUL_SHUTDOWN,
        MAX_CONCURRENT_WORKFLOW_TASKS,
        STICKY_SCHEDULE_TO_START,
    )
    from workflows.policies import DB_RETRY, DB_TIMEOUT

CEILING_TASK_QUEUE = "bench-ceiling"


@activity.defn
async def noop(n: int) -> int:
    """Does nothing; returns its input so the result travels like a real one."""
    return n


@workflow.defn
class NoopWorkflow:
    """One regular activity with the refund's timeouts and retry policy, then done."""

    @workflow.run
    async def run(self, n: int) -> int:
        result: int = await workflow.execute_activity(
            noop, n, start_to_close_timeout=DB_TIMEOUT, retry_policy=DB_RETRY
        )
        return result


@workflow.defn
class SignalledNoopWorkflow:
    """Waits for `go` (as a refund waits for a reviewer's decision), then one no-op activity."""

    def __init__(self) -> None:
        self._go = False

    @workflow.signal
    def go(self) -> None:
        """The decision: run the activity now."""
        self._go = True

    @workflow.run
    async def run(self, n: int) -> int:
        await workflow.wait_condition(lambda: self._go)
        result: int = await workflow.execute_activity(
            noop, n, start_to_close_timeout=DB_TIMEOUT, retry_policy=DB_RETRY
        )
        return result


def build_ceiling_worker(client: Client, task_queue: str = CEILING_TASK_QUEUE) -> Worker:
    """A worker shaped like `services.worker.main.build_worker`, running only the no-ops."""
    return Worker(
        client,
        task_queue=task_queue,
        workflows=[NoopWorkflow, SignalledNoopWorkflow],
        activities=[noop],
        sticky_queue_schedule_to_start_timeout=STICKY_SCHEDULE_TO_START,
        graceful_shutdown_timeout=GRACEFUL_SHUTDOWN,
        max_concurrent_workflow_tasks=MAX_CONCURRENT_WORKFLOW_TASKS,
    )


async def start_noop(client: Client, workflow_id: str, n: int) -> int:
    """Start one NoopWorkflow and wait for its result (as the refund route waits for its
    outcome), with the refund workflow's task timeout."""
    result: int = await client.execute_workflow(
        NoopWorkflow.run,
        n,
        id=workflow_id,
        task_queue=CEILING_TASK_QUEUE,
        task_timeout=WORKFLOW_TASK_TIMEOUT,
    )
    return result
