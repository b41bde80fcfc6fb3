"""The chat API's tracing and its optional separate metrics listener."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

from fastapi import FastAPI
from opentelemetry import trace
from opentelemetry.instrumentation.fastapi import FastAPIInstrumentor
from opentelemetry.trace import Span, TracerProvider
from prometheus_client import start_http_server

from services.common.config import Settings
from services.common.logs import redact_tokens
from services.common.tracing import UNTRACED_PATHS, tracing_enabled

# The URL attributes the instrumentation records from the request.
URL_ATTRIBUTES = ("http.target", "url.path", "http.url", "url.full")


def _redact_review_path(span: Span, scope: dict[str, Any]) -> None:
    """Overwrite the URL attributes of a request whose path carries a review token (wherever
    in the path) with the path without it; the exporter redacts anything else that slips."""
    path = str(scope.get("path", ""))
    redacted = redact_tokens(path)
    if span.is_recording() and redacted != path:
        for attribute in URL_ATTRIBUTES:
            span.set_attribute(attribute, redacted)


def instrument_app(app: FastAPI, settings: Settings, provider: TracerProvider | None) -> None:
    """Trace each request (span named by route) when a provider is given or tracing is on."""
    if provider is None and tracing_enabled(settings):
        provider = trace.get_tracer_provider()
    if provider is None:
        return
    FastAPIInstrumentor.instrument_app(
        app,
        tracer_provider=provider,
        excluded_urls=UNTRACED_PATHS,
        server_request_hook=_redact_review_path,
        exclude_spans=["receive", "send"],
    )


@contextlib.contextmanager
def metrics_server(settings: Settings) -> Iterator[None]:
    """Serve /metrics on API_METRICS_ADDRESS (host:port) while the app runs, if it is one."""
    address = settings.api_metrics_address
    if not address or address == "off":
        yield
        return
    host, _, port = address.rpartition(":")
    server, thread = start_http_server(int(port), addr=host.strip("[]") or "0.0.0.0")
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
