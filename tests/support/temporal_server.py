"""The Temporal dev servers the tests start: the venv's CLI with the product's tuning flags,
the refund search attribute, ports leased from tests.support.ports, and a start-up wait fit for
a loaded machine (the SDK's default of 5 s is not)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from services.common.servers import TEMPORAL_CLI, TEMPORAL_TUNING_ARGS
from services.common.temporal import SEARCH_ATTRIBUTES
from tests.support.ports import free_port

# A fresh dev server answers in ~0.3 s here; a cold disk and seven other test runs are slower.
STARTUP_TIMEOUT = timedelta(seconds=60)


async def start_test_temporal(
    port: int | None = None, *, extra_args: Sequence[str] = (), time_skipping: bool = False
) -> WorkflowEnvironment:
    """Start a dev server on `port` (a leased one by default); its HTTP API and metrics get
    leased ports too. With `time_skipping`, workflows started through its client skip idle
    time (SDK time-skipping v2; the server needs the flag that allows it in `extra_args`)."""
    args = [
        *TEMPORAL_TUNING_ARGS,
        "--http-port", str(free_port()),
        "--metrics-port", str(free_port()),
        *extra_args,
    ]  # fmt: skip
    start = (
        WorkflowEnvironment.start_time_skipping_v2
        if time_skipping
        else (WorkflowEnvironment.start_local)
    )
    return await start(
        port=port if port is not None else free_port(),
        dev_server_existing_path=str(TEMPORAL_CLI),
        dev_server_extra_args=args,
        dev_server_startup_timeout=STARTUP_TIMEOUT,
        search_attributes=SEARCH_ATTRIBUTES,
        data_converter=pydantic_data_converter,
    )
