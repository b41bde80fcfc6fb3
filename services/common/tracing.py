"""OpenTelemetry tracing: off unless OTEL_EXPORTER_OTLP_ENDPOINT is set.

When on, each process exports its spans over OTLP/HTTP: the chat API's requests (FastAPI),
every PostgreSQL query (asyncpg), and Temporal's client calls, workflows and activities
(Temporal's TracingInterceptor, added by `connect_temporal`), linked into one trace per refund.
Whatever an instrumentation recorded, spans leave the process through `RedactingExporter`:
review links' tokens (and any signed token) never reach a trace store.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from opentelemetry import trace
from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import Event, ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult
from opentelemetry.trace import Status
from temporalio.contrib.opentelemetry import TracingInterceptor

from services.common.config import Settings
from services.common.logs import redact_tokens

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
    exporter = RedactingExporter(OTLPSpanExporter(endpoint=endpoint))
    provider.add_span_processor(BatchSpanProcessor(exporter))
    return provider


class RedactingExporter(SpanExporter):
    """Hands spans on to another exporter with tokens taken out of their names, attributes,
    status and events (logs.redact_tokens)."""

    def __init__(self, inner: SpanExporter) -> None:
        self._inner = inner

    def export(self, spans: Sequence[ReadableSpan]) -> SpanExportResult:
        return self._inner.export([_redacted(span) for span in spans])

    def shutdown(self) -> None:
        self._inner.shutdown()

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return self._inner.force_flush(timeout_millis)


def _clean(attributes: Mapping[str, Any] | None) -> dict[str, Any]:
    return {k: redact_tokens(v) if isinstance(v, str) else v for k, v in (attributes or {}).items()}


def _redacted(span: ReadableSpan) -> ReadableSpan:
    """A copy of `span` without tokens."""
    status = span.status
    if status.description:
        status = Status(status.status_code, redact_tokens(status.description))
    return ReadableSpan(
        name=redact_tokens(span.name),
        context=span.context,
        parent=span.parent,
        resource=span.resource,
        attributes=_clean(span.attributes),
        events=[Event(e.name, _clean(e.attributes), e.timestamp) for e in span.events],
        links=span.links,
        kind=span.kind,
        status=status,
        start_time=span.start_time,
        end_time=span.end_time,
        instrumentation_scope=span.instrumentation_scope,
    )


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
