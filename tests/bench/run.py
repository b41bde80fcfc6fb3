"""`make bench`: latency, throughput, recovery and memory of the refund path on real servers.

Starts its own embedded PostgreSQL and tuned Temporal dev server, drives refunds through the
same `RefundService` the chat API uses, and prints figures (also written to
test-artifacts/bench.json). Every loop is bounded in count and time.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import psutil
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from services.chat_api.refunds import RefundService
from services.common.config import Settings
from services.common.db import create_pool
from services.common.servers import (
    TEMPORAL_CLI,
    TEMPORAL_TUNING_ARGS,
    start_embedded_postgres,
    stop_embedded_postgres,
)
from services.common.temporal import ORDER_ID_ATTRIBUTE
from services.worker.main import build_worker
from tests.conftest import create_database
from tests.support.orders import OrderFactory
from tests.support.processes import kill_9, worker_process
from tests.support.refunds import start_refund
from tests.support.waiting import eventually
from tests.workflows.test_worker_crash import _payment_in_flight
from workflows.contract import Decision
from workflows.refund import RefundWorkflow

OUT = Path(__file__).resolve().parents[2] / "test-artifacts" / "bench.json"
LATENCY_N = 200
THROUGHPUT_N = 400
CONCURRENCY = 10
REVIEW_N = 50
RECOVERY_N = 100


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def timed(coro: Any) -> float:
    start = time.perf_counter()
    await coro
    return (time.perf_counter() - start) * 1000


async def main() -> dict[str, Any]:
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        pgdata = Path(tmp) / "pg"
        root = start_embedded_postgres(pgdata)
        env = await WorkflowEnvironment.start_local(
            dev_server_existing_path=str(TEMPORAL_CLI),
            dev_server_extra_args=TEMPORAL_TUNING_ARGS,
            search_attributes=[ORDER_ID_ATTRIBUTE],
            data_converter=pydantic_data_converter,
        )
        try:
            url = await create_database(root, "bench")
            pool = await create_pool(url, max_size=20)
            settings = Settings(
                _env_file=None,
                app_env="dev",
                database_url=url,
                temporal_address=env.client.service_client.config.target_host,
                temporal_task_queue=f"bench-{uuid.uuid4().hex[:8]}",
                review_link_secret="bench-secret-0123456789",
                admin_token="bench-admin-0123456789",
            )
            orders = OrderFactory(pool)
            service = RefundService(pool, env.client, settings)
            customer = await orders.customer("Bench")

            async with build_worker(env.client, pool, settings):
                # Warm up.
                for _ in range(10):
                    o = await orders.order("10.00", customer_id=customer)
                    await service.request(customer, o.order_id, "warm-up")

                lat = []
                for _ in range(LATENCY_N):
                    o = await orders.order("10.00", customer_id=customer)
                    lat.append(await timed(service.request(customer, o.order_id, "bench")))
                results["small_refund_request_ms"] = {
                    "n": LATENCY_N,
                    "p50": round(statistics.median(lat), 1),
                    "p95": round(pct(lat, 0.95), 1),
                }

                batch = [
                    await orders.order("10.00", customer_id=customer) for _ in range(THROUGHPUT_N)
                ]
                sem = asyncio.Semaphore(CONCURRENCY)

                async def one(order_id: int) -> None:
                    async with sem:
                        await service.request(customer, order_id, "bench")

                started = time.perf_counter()
                await asyncio.gather(*(one(o.order_id) for o in batch))
                elapsed = time.perf_counter() - started
                results["small_refund_throughput_per_s"] = {
                    "n": THROUGHPUT_N,
                    "concurrency": CONCURRENCY,
                    "per_s": round(THROUGHPUT_N / elapsed, 1),
                }

                to_pending, to_settled = [], []
                for _ in range(REVIEW_N):
                    o = await orders.order("1500.00", customer_id=customer)
                    to_pending.append(await timed(service.request(customer, o.order_id, "b")))
                    handle = env.client.get_workflow_handle(f"refund-{o.order_id}")
                    t0 = time.perf_counter()
                    await handle.signal(
                        RefundWorkflow.decide, Decision(decision="approve", reviewer="bench")
                    )
                    await handle.result()
                    to_settled.append((time.perf_counter() - t0) * 1000)
                results["large_refund_request_to_pending_ms"] = {
                    "n": REVIEW_N,
                    "p50": round(statistics.median(to_pending), 1),
                }
                results["approve_signal_to_paid_ms"] = {
                    "n": REVIEW_N,
                    "p50": round(statistics.median(to_settled), 1),
                    "p95": round(pct(to_settled, 0.95), 1),
                }

            results["kill_9_recovery"] = await recovery(env, settings, orders, pool)
            await pool.close()
        finally:
            await env.shutdown()
            stop_embedded_postgres(pgdata)
    return results


async def _all_paying(handles: list[Any]) -> bool:
    flags = await asyncio.gather(*(_payment_in_flight(h) for h in handles))
    return all(flags)


async def recovery(env: Any, settings: Settings, orders: OrderFactory, pool: Any) -> Any:
    """RECOVERY_N payments held in flight, the worker SIGKILLed, a new worker finishes them."""
    batch = [await orders.order("20.00") for _ in range(RECOVERY_N)]
    handles = [await start_refund(env.client, settings, o) for o in batch]
    with worker_process(settings, PAYMENT_DELAY_SECONDS="60") as first:
        await eventually(lambda: _all_paying(handles), within=60, interval=0.2)
        rss = psutil.Process(first.pid).memory_info().rss / 2**20
        kill_9(first)
    with worker_process(settings, PAYMENT_DELAY_SECONDS="0"):
        started = time.perf_counter()
        for h in handles:
            await h.result()
        seconds = time.perf_counter() - started
    paid = await pool.fetchval(
        "SELECT count(*) FROM audit_events WHERE kind = 'refund_paid' AND order_id = ANY($1)",
        [o.order_id for o in batch],
    )
    return {
        "in_flight": RECOVERY_N,
        "seconds_to_all_paid": round(seconds, 2),
        "refund_paid_events": paid,
        "worker_rss_mb_under_load": round(rss, 1),
    }


if __name__ == "__main__":
    figures = asyncio.run(main())
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(json.dumps(figures, indent=2))
    json.dump(figures, sys.stdout, indent=2)
    sys.stdout.write("\n")
