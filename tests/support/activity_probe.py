"""A workflow that asks a task queue's worker which activity names it runs, through Temporal's
public API only: each name is called once with no input. A name the worker lacks fails with
`NotFoundError`; a name it has fails on the missing input (or runs), never with that type."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError

# The type of the failure of an activity that no worker of the task queue registers.
NOT_REGISTERED = "NotFoundError"


@dataclass
class ProbeInput:
    names: list[str]
    task_queue: str  # where the worker under test polls


@workflow.defn(name="ActivityProbe")
class ActivityProbe:
    @workflow.run
    async def run(self, probe: ProbeInput) -> dict[str, str]:
        """Each name, with the type of the failure its call ended with ("" if it ran)."""
        failures: dict[str, str] = {}
        for name in probe.names:
            try:
                await workflow.execute_activity(
                    name,
                    task_queue=probe.task_queue,
                    start_to_close_timeout=timedelta(seconds=10),
                    retry_policy=RetryPolicy(maximum_attempts=1),
                )
                failures[name] = ""
            except ActivityError as err:
                cause = err.cause
                failures[name] = (
                    cause.type or ""
                    if isinstance(cause, ApplicationError)
                    else type(cause).__name__
                )
        return failures
