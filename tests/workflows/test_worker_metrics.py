"""Operators scrape the worker: with WORKER_METRICS_ADDRESS set it serves Prometheus text."""

from __future__ import annotations

import httpx

from tests.support.devstack import free_port
from tests.support.processes import worker_process
from tests.support.refunds import start_refund
from tests.support.waiting import eventually


async def test_worker_serves_sdk_metrics(client, orders, settings):
    address = f"127.0.0.1:{free_port()}"
    order = await orders.order("15.00")
    with worker_process(settings, WORKER_METRICS_ADDRESS=address):
        handle = await start_refund(client, settings, order)
        assert (await handle.result()).outcome == "refunded"
        async with httpx.AsyncClient() as http:

            async def scrape() -> str:
                try:
                    return (await http.get(f"http://{address}/metrics")).text
                except httpx.TransportError:
                    return ""

            text = await eventually(scrape, lambda t: "temporal_activity_execution_latency" in t)
    assert f'task_queue="{settings.temporal_task_queue}"' in text
