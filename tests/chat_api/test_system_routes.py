"""Health, readiness, product info, metrics, customers and the customer's own orders."""

from __future__ import annotations

from tests.support.api import sign_in


async def test_health_and_readiness(api):
    assert (await api.get("/healthz")).json() == {"status": "ok"}
    ready = await api.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"] == {"postgres": "ok", "temporal": "ok", "llm": "offline"}


async def test_readiness_fails_when_postgres_is_gone(settings):
    from tests.support.api import running_app

    async with running_app(settings) as (app, api):
        await app.state.services.pool.close()
        r = await api.get("/readyz")
        assert r.status_code == 503
        assert r.json()["checks"]["postgres"].startswith("unavailable")


async def test_info_shape(api, settings):
    info = (await api.get("/api/info")).json()
    assert info["product"] == "Reliable Refunds"
    assert info["llm_provider"] == "offline"
    assert info["review_threshold"] == "1000.00"
    assert info["email_backend"] == "outbox"
    assert info["crash_button_enabled"] is False
    assert info["temporal_ui_url"] == settings.temporal_ui_url
    assert info["llm_status"] == "offline" and "llm_last_error" not in info  # admins only
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    full = (await api.get("/api/info", headers=admin)).json()
    assert (full["llm_status"], full["llm_last_error"]) == ("offline", None)


async def test_orders_are_the_customers_own_with_money_as_strings(api, orders):
    mine = await orders.order("1299.9", item="Laptop Pro X1")
    await orders.order("5.00")  # someone else's
    await sign_in(api, mine.customer_id)
    listed = (await api.get("/api/orders")).json()
    assert listed == [
        {
            "order_id": mine.order_id,
            "item": "Laptop Pro X1",
            "order_date": listed[0]["order_date"],
            "price": "1299.90",
            "currency": "USD",
            "status": "PURCHASED",
        }
    ]
    assert (await api.delete("/api/session")).status_code == 200
    assert (await api.get("/api/orders")).status_code == 401


async def test_refund_state_after_payment(api, worker, orders):
    order = await orders.order("12.00")
    await sign_in(api, order.customer_id)
    await api.post("/api/refunds", json={"order_id": order.order_id})
    state = (await api.get(f"/api/refunds/{order.order_id}")).json()
    assert state["status"] == "REFUNDED"
    assert state["workflow_id"] == f"refund-{order.order_id}"
    assert state["requested_at"] and state["decision"] is None


async def test_metrics_count_refunds(api, worker, orders):
    order = await orders.order("12.00")
    await sign_in(api, order.customer_id)
    await api.post("/api/refunds", json={"order_id": order.order_id})
    text = (await api.get("/metrics")).text
    assert 'refund_requests_total{outcome="refunded"}' in text
