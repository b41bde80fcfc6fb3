"""OpenTelemetry tracing: off unless OTEL_EXPORTER_OTLP_ENDPOINT is set.

When on, each process exports its spans over OTLP/HTTP: the chat API's requests (FastAPI),
every PostgreSQL query (asyncpg), and Temporal's client calls, workflows and activities
(Temporal's TracingInterceptor, added by `connect_temporal`), linked into one trace per refund.
"""

from __future__ import annotations

from typing import Any

from opentelemetry import trace
from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor
from temporalio.contrib.opentelemetry import TracingInterceptor

from services.common.config import Settings

# Paths whose requests are not traced: probes and scrapes would drown the real traffic.
UNTRACED_PATHS = "healthz,readyz,metrics"


def tracing_enabled(settings: Settings) -> bool:
    return bool(settings.otel_exporter_otlp_endpoint)


def build_tracer_provider(settings: Settings, service: str) -> TracerProvider:
    """A provider that batches spans to the OTLP/HTTP endpoint of the settings."""
    # Imported here: the exporter pulls in protobuf, needed only when tracing is on.
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    name = settings.otel_service_name or f"reliable-refunds-{service}"
    provider = TracerProvider(resource=Resource.create({"service.name": name}))
    endpoint = settings.otel_exporter_otlp_endpoint.rstrip("/") + "/v1/traces"
    provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter(endpoint=endpoint)))
    return provider


def start_tracing(settings: Settings, service: str) -> TracerProvider | None:
    """For a process's main(): install the global provider and trace asyncpg; None when off.
    The caller shuts the provider down at exit, which flushes the last spans."""
    if not tracing_enabled(settings):
        return None
    provider = build_tracer_provider(settings, service)
    trace.set_tracer_provider(provider)
    AsyncPGInstrumentor().instrument(tracer_provider=provider)  # type: ignore[no-untyped-call]
    return provider


def temporal_interceptors(settings: Settings) -> list[Any]:
    """Temporal's tracing interceptor when tracing is on (it uses the global provider)."""
    return [TracingInterceptor()] if tracing_enabled(settings) else []
