"""Tracing: a request produces a span named by its route, with its SQL spans in the same trace;
review tokens never reach a span; Temporal's interceptor is added when tracing is configured."""

from __future__ import annotations

import httpx
from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from temporalio.contrib.opentelemetry import TracingInterceptor

from services.chat_api.app import create_app
from services.common.temporal import connect_temporal
from services.common.tracing import tracing_enabled
from tests.support.production import revalidated


async def test_a_request_is_traced_with_its_queries(settings, orders):
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    AsyncPGInstrumentor().instrument(tracer_provider=provider)
    order = await orders.order("10.00")
    try:
        app = create_app(settings, tracer_provider=provider)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
                r = await http.post("/api/session", json={"customer_id": order.customer_id})
                assert r.status_code == 200
                await http.get("/review/secret-review-token-value")
                await http.get("/healthz")
    finally:
        AsyncPGInstrumentor().uninstrument()
    spans = exporter.get_finished_spans()
    server = [s for s in spans if s.name == "POST /api/session"]
    assert server, [s.name for s in spans]
    sql = [s for s in spans if s.attributes and "db.system" in str(dict(s.attributes))]
    assert any(s.context.trace_id == server[0].context.trace_id for s in sql)
    assert "secret-review-token-value" not in str([dict(s.attributes or {}) for s in spans])
    assert not [s for s in spans if "/healthz" in s.name]


async def test_tracing_is_off_unless_an_endpoint_is_set(settings):
    assert not tracing_enabled(settings)
    plain = await connect_temporal(settings)
    assert not any(isinstance(i, TracingInterceptor) for i in plain.config()["interceptors"])
    traced_settings = revalidated(settings, otel_exporter_otlp_endpoint="http://127.0.0.1:4318")
    traced = await connect_temporal(traced_settings)
    assert any(isinstance(i, TracingInterceptor) for i in traced.config()["interceptors"])


async def test_a_refund_is_traced_from_start_through_its_activities(client, pool, settings, orders):
    from temporalio.client import Client

    from services.worker.main import build_worker
    from tests.support.refunds import start_refund

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    config = client.config()
    config["interceptors"] = [TracingInterceptor(provider.get_tracer("test"))]
    traced = Client(**config)
    order = await orders.order("12.00")
    async with build_worker(traced, pool, settings):
        handle = await start_refund(traced, settings, order)
        await handle.result()
    names = {s.name for s in exporter.get_finished_spans()}
    assert "StartWorkflow:RefundWorkflow" in names
    assert "RunWorkflow:RefundWorkflow" in names
    assert any(n.startswith("RunActivity:") for n in names), names
