"""What the Temporal Web UI shows of a workflow, read through the same public APIs it uses: list
queries, the static summary and details, the current details (Temporal's built-in
`__temporal_workflow_metadata` query) and the summaries of activities and timers in the history."""

from __future__ import annotations

from typing import Any

from temporalio.api.sdk.v1 import WorkflowMetadata
from temporalio.client import Client, WorkflowHandle

from tests.support.waiting import eventually

# The query the Web UI and the CLI send for a workflow's current details.
METADATA_QUERY = "__temporal_workflow_metadata"


async def listed(client: Client, query: str) -> set[str]:
    """The workflow ids a visibility query lists."""
    return {wf.id async for wf in client.list_workflows(query)}


async def eventually_listed(client: Client, query: str, expected: set[str]) -> set[str]:
    """Wait until `query` lists exactly `expected` (visibility follows history by a moment)."""
    return await eventually(lambda: listed(client, query), lambda ids: ids == expected)


async def current_details(handle: WorkflowHandle[Any, Any]) -> str:
    """The workflow's current details, as the Web UI shows them."""
    meta: WorkflowMetadata = await handle.query(METADATA_QUERY, result_type=WorkflowMetadata)
    return meta.current_details


async def history_summaries(
    client: Client, handle: WorkflowHandle[Any, Any]
) -> dict[str, list[str]]:
    """Summaries in the run's history: `activity:<type>`, `local_activity` and `timer`."""
    history = await handle.fetch_history()
    converter = client.data_converter.payload_converter
    found: dict[str, list[str]] = {}
    for event in history.events:
        if not event.user_metadata.HasField("summary"):
            continue
        if event.HasField("activity_task_scheduled_event_attributes"):
            name = event.activity_task_scheduled_event_attributes.activity_type.name
            key = f"activity:{name}"
        elif event.HasField("timer_started_event_attributes"):
            key = "timer"
        elif event.HasField("marker_recorded_event_attributes"):
            key = "local_activity"
        else:
            key = "other"
        found.setdefault(key, []).append(converter.from_payload(event.user_metadata.summary, str))
    return found
