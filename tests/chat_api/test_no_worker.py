"""Without a worker, a refund request answers 503 in bounded time; a retry later succeeds once."""

from __future__ import annotations

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
