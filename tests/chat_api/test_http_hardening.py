"""Security headers, the request body limit, request ids, and where /metrics is served."""

from __future__ import annotations

import httpx

from services.chat_api.middleware import REQUEST_ID
from tests.support.api import running_app, sign_in
from tests.support.ports import free_port


async def test_pages_get_a_csp_with_the_configured_frame_ancestors(settings):
    shop = settings.model_copy(update={"frame_ancestors": "https://shop.test"})
    async with running_app(shop) as (_, api):
        page = await api.get("/")
        csp = page.headers["content-security-policy"]
        assert "script-src 'self'" in csp and "frame-ancestors https://shop.test" in csp
        assert page.headers["x-content-type-options"] == "nosniff"
        assert page.headers["referrer-policy"] == "same-origin"


async def test_only_the_dev_mailbox_allows_inline_styles_for_its_email_previews(api):
    assert (
        "style-src 'self' 'unsafe-inline'"
        in ((await api.get("/mailbox/")).headers["content-security-policy"])
    )
    assert "unsafe-inline" not in (await api.get("/")).headers["content-security-policy"]


async def test_review_pages_send_no_referrer(api):
    r = await api.get("/review/not-a-real-token")
    assert r.headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'self'" in r.headers["content-security-policy"]


async def test_a_body_over_the_limit_is_413_with_a_sentence(settings, orders):
    small = settings.model_copy(update={"max_request_bytes": 1024})
    order = await orders.order("10.00")
    async with running_app(small) as (_, api):
        await sign_in(api, order.customer_id)
        r = await api.post("/api/chat", json={"message": "x" * 2000})
        assert r.status_code == 413
        assert r.json()["detail"].startswith("The request body is larger than 1024 bytes")

        async def chunks():
            for _ in range(4):
                yield b'{"message": "' + b"y" * 400

        # Streamed without Content-Length: counted as it arrives.
        r = await api.post(
            "/api/chat", content=chunks(), headers={"Content-Type": "application/json"}
        )
        assert r.status_code == 413 and "1024 bytes" in r.json()["detail"]
        fine = await api.post("/api/refunds", json={"order_id": 2_000_000_000})
        assert fine.status_code == 404


async def test_request_ids_are_kept_when_sane_and_made_otherwise(api):
    given = await api.get("/healthz", headers={"X-Request-ID": "abc-123"})
    assert given.headers["x-request-id"] == "abc-123"
    injected = await api.get("/healthz", headers={"X-Request-ID": "bad id\nforged: line"})
    made = injected.headers["x-request-id"]
    assert made != "bad id\nforged: line" and REQUEST_ID.match(made)


async def test_metrics_count_latency_by_route_template_and_503s(api, orders):
    order = await orders.order("10.00")
    await sign_in(api, order.customer_id)
    await api.get(f"/api/refunds/{order.order_id}")
    text = (await api.get("/metrics")).text
    assert 'http_request_duration_seconds_count{method="GET",route="/api/refunds/{order_id}"}' in (
        text
    )
    assert f"/api/refunds/{order.order_id}" not in text
    for name in ("refund_proposals_total", "model_errors_total", "chat_turns_total"):
        assert f"# TYPE {name} counter" in text


async def test_metrics_can_move_to_their_own_address_or_be_off(settings):
    port = free_port()
    moved = settings.model_copy(update={"api_metrics_address": f"127.0.0.1:{port}"})
    async with running_app(moved) as (_, api):
        assert (await api.get("/metrics")).status_code == 404
        async with httpx.AsyncClient() as plain:
            scraped = await plain.get(f"http://127.0.0.1:{port}/metrics")
        assert scraped.status_code == 200 and "http_request_duration_seconds" in scraped.text
    off = settings.model_copy(update={"api_metrics_address": "off"})
    async with running_app(off) as (_, api):
        assert (await api.get("/metrics")).status_code == 404


def _unavailable(text: str, route: str) -> float:
    prefix = f'http_unavailable_total{{route="{route}"}} '
    for line in text.splitlines():
        if line.startswith(prefix):
            return float(line[len(prefix) :])
    return 0.0


async def test_503s_are_counted_by_route(settings, orders):
    async def no_agent(state):
        async def close() -> None:
            return None

        return close

    order = await orders.order("10.00")
    async with running_app(settings, build_agent=no_agent) as (_, api):
        await sign_in(api, order.customer_id)
        before = _unavailable((await api.get("/metrics")).text, "/api/chat")
        assert (await api.post("/api/chat", json={"message": "hi"})).status_code == 503
        after = _unavailable((await api.get("/metrics")).text, "/api/chat")
    assert after == before + 1
