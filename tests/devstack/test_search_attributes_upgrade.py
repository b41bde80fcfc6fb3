"""`make dev` on a data folder an older version made: its Temporal database knows only `OrderId`,
and `temporal server start-dev --search-attribute` registers attributes in a new database only.
The supervisor registers the rest before the worker starts, so refunds run and can be found."""

from __future__ import annotations

import asyncio
import subprocess
import time

import httpx
import pytest
from temporalio.api.operatorservice.v1 import ListSearchAttributesRequest
from temporalio.client import Client

from services.common.servers import TEMPORAL_CLI
from services.common.temporal import SEARCH_ATTRIBUTES
from tests.devstack.helpers import wait_for
from tests.support.devstack import free_port, run_devstack

pytestmark = pytest.mark.timeout(180)

LAPTOP_ORDER_ID = 1  # seeded: customer 1's "Laptop Pro X1", $1299.99, above the review threshold


def older_temporal_database(path, port: int) -> None:
    """What an older `make dev` left: a dev server database with only `OrderId`."""
    argv = [str(TEMPORAL_CLI), "server", "start-dev", "--headless", "--db-filename", str(path)]
    argv += ["--port", str(port), "--search-attribute", "OrderId=Int", "--log-level", "error"]
    server = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        asyncio.run(_until_serving(f"127.0.0.1:{port}"))
    finally:
        server.terminate()
        server.wait(timeout=30)


async def _until_serving(address: str) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            client = await Client.connect(address)
            listed = await client.operator_service.list_search_attributes(
                ListSearchAttributesRequest(namespace="default")
            )
            assert set(listed.custom_attributes) == {"OrderId"}
            return
        except RuntimeError:
            if time.monotonic() > deadline:
                raise
            await asyncio.sleep(0.2)


async def _waiting_ids(address: str) -> set[str]:
    client = await Client.connect(address)
    return {wf.id async for wf in client.list_workflows('RefundStatus = "AWAITING_REVIEW"')}


async def _registered(address: str) -> dict[str, int]:
    client = await Client.connect(address)
    listed = await client.operator_service.list_search_attributes(
        ListSearchAttributesRequest(namespace="default")
    )
    return dict(listed.custom_attributes)


def test_an_older_data_folder_gets_every_search_attribute(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    ports = {"api-port": free_port(), "temporal-port": free_port(), "ui-port": free_port()}
    older_temporal_database(data_dir / "temporal.db", ports["temporal-port"])
    address = f"127.0.0.1:{ports['temporal-port']}"
    with run_devstack(data_dir, tmp_path / "devstack.log", ports=ports) as stack:
        stack.wait_ready()
        registered = asyncio.run(_registered(address))
        assert {key.name: registered.get(key.name) for key in SEARCH_ATTRIBUTES} == {
            key.name: key.indexed_value_type.value for key in SEARCH_ATTRIBUTES
        }
        with httpx.Client(base_url=stack.base_url, timeout=15.0) as http:
            assert http.post("/api/session", json={"customer_id": 1}).status_code == 200
            reply = http.post("/api/refunds", json={"order_id": LAPTOP_ORDER_ID})
            assert reply.json()["outcome"] == "pending_review", reply.text
        wait_for(
            lambda: asyncio.run(_waiting_ids(address)), lambda ids: ids == {"refund-1"}, within=20
        )
