"""Without a worker, a refund request answers 503 in bounded time; a retry later succeeds once."""

from __future__ import annotations

import asyncio
import gc

import pytest

from services.chat_api.refunds import NoWorker, RefundService
from services.worker.main import build_worker
from tests.support.api import running_app, sign_in


async def test_503_without_worker_then_retry_pays_once(settings, client, pool, orders):
    quick = settings.model_copy(update={"refund_commit_wait_seconds": 1.0})
    order = await orders.order("30.00")
    async with running_app(quick) as (_, api):
        await sign_in(api, order.customer_id)
        r = await api.post("/api/refunds", json={"order_id": order.order_id})
        assert r.status_code == 503
        assert "safe to retry" in r.json()["detail"]
        assert r.headers["retry-after"] == "5"
        assert await orders.status(order.order_id) == "PURCHASED"
        async with build_worker(client, pool, quick):
            again = await api.post("/api/refunds", json={"order_id": order.order_id})
            assert again.status_code == 200
            assert again.json()["outcome"] == "refunded"
    assert await orders.ledger_rows(order.order_id) == 1


async def _request_without_worker(service: RefundService, order_id: int, customer_id: int) -> None:
    with pytest.raises(NoWorker):
        await service.request(customer_id, order_id, "no worker")


async def test_timed_out_request_leaves_no_unretrieved_future(settings, client, pool, orders):
    """A timed-out update-with-start used to leave its start half's error unretrieved: asyncio
    logged "Future exception was never retrieved" once per request (a flood during a restart)."""
    quick = settings.model_copy(update={"refund_commit_wait_seconds": 0.5})
    order = await orders.order("30.00")
    loop = asyncio.get_running_loop()
    reported: list[dict[str, object]] = []
    previous = loop.get_exception_handler()
    loop.set_exception_handler(lambda _loop, context: reported.append(context))
    try:
        await _request_without_worker(
            RefundService(pool, client, quick), order.order_id, order.customer_id
        )
        gc.collect()
        await asyncio.sleep(0)  # the report of a collected future is a scheduled callback
    finally:
        loop.set_exception_handler(previous)
    assert [c["message"] for c in reported] == []
