"""A review link's token never reaches a log line or a trace: whoever reads them must not be
able to decide a refund. Checked on our formatters, on the chat API in-process (a database
outage on a review page is logged, without the token), on its spans through the exporter the
processes use, and on the real `python -m services.chat_api` process (uvicorn included)."""

from __future__ import annotations

import json
import logging
import time
from typing import Any

import httpx
import pytest
from opentelemetry.instrumentation.asyncpg import AsyncPGInstrumentor
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

from services.chat_api.app import create_app
from services.common.config import Settings
from services.common.logs import FieldsFormatter, JsonFormatter
from services.common.review_tokens import ReviewClaims, ReviewTokens
from services.common.tracing import RedactingExporter, build_tracer_provider
from tests.agent.chat_process import chat_api_process, free_port, wait_until_serving
from tests.support.api import running_app
from tests.support.waiting import eventually


def _token(settings: Settings, order_id: int = 424242) -> str:
    """A genuine review token (signed with the test secret) for a review that does not exist."""
    return ReviewTokens(settings.review_link_secret.get_secret_value()).issue(
        ReviewClaims(
            workflow_id=f"refund-{order_id}",
            order_id=order_id,
            reviewer="reviewer@shop.test",
            expires_at=int(time.time()) + 3600,
        )
    )


def _paths(token: str) -> list[str]:
    """The token's page as a reviewer's browser asks for it, and as it could be spelled."""
    return [f"/review/{token}", f"/%72eview/{token}", f"/review/{token}/", f"/review/{token}/x"]


def test_formatters_replace_tokens_in_messages_fields_and_tracebacks(settings):
    token = _token(settings)
    try:
        raise ValueError(f"could not read /review/{token}")
    except ValueError:
        import sys

        exc_info = sys.exc_info()
    record = logging.LogRecord(
        "x", logging.WARNING, __file__, 1, "GET %s", (f"/review/{token}",), exc_info
    )
    record.__dict__.update(url=f"https://chat.shop.test/review/{token}", route="/review/{token}")
    for formatter in (JsonFormatter(), FieldsFormatter("%(message)s")):
        line = formatter.format(record)
        assert token not in line and token.split(".")[1] not in line, line
        assert "/review/[redacted]" in line and "/review/{token}" in line


async def test_a_database_outage_on_a_review_page_is_logged_without_the_token(settings, caplog):
    token = _token(settings)
    async with running_app(settings) as (app, http):
        await app.state.services.pool.close()  # PostgreSQL gone, as far as the app knows
        with caplog.at_level(logging.INFO):
            r = await http.get(f"/review/{token}")
    assert r.status_code == 503
    lines = [JsonFormatter().format(record) for record in caplog.records]
    assert any("database unavailable" in line for line in lines), lines
    assert not [line for line in lines if token in line]


async def test_no_span_carries_a_review_token(settings, orders):
    token = _token(settings)
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(RedactingExporter(exporter)))
    AsyncPGInstrumentor().instrument(tracer_provider=provider)
    try:
        app = create_app(settings, tracer_provider=provider)
        async with app.router.lifespan_context(app):
            transport = httpx.ASGITransport(app=app)
            async with httpx.AsyncClient(transport=transport, base_url="http://t") as http:
                for path in _paths(token):
                    await http.get(path)
                await http.post(f"/review/{token}", data={"decision": "approve"})
                await http.get(f"http://t//review/{token}")  # a path with a double slash
                await app.state.services.pool.close()
                assert (await http.get(f"/review/{token}")).status_code == 503
    finally:
        AsyncPGInstrumentor().uninstrument()
    spans = exporter.get_finished_spans()
    assert [s for s in spans if s.name == "GET /review/{token}"], [s.name for s in spans]
    recorded = [
        (s.name, dict(s.attributes or {}), [dict(e.attributes or {}) for e in s.events])
        for s in spans
    ]
    assert token.split(".")[1] not in json.dumps(recorded, default=str)


def test_every_process_exports_through_the_redacting_exporter(settings):
    traced = settings.model_copy(update={"otel_exporter_otlp_endpoint": "http://127.0.0.1:1"})
    provider = build_tracer_provider(traced, "chat-api")
    try:
        processors: list[Any] = list(provider._active_span_processor._span_processors)
        assert [type(p.span_exporter) for p in processors] == [RedactingExporter]
    finally:
        provider.shutdown()


@pytest.mark.timeout(180)
async def test_the_chat_api_process_logs_no_token(settings, tmp_path):
    token = _token(settings)
    port = free_port()
    log_file = tmp_path / "chat-api.log"
    with chat_api_process(settings, port, log_file, LOG_FORMAT="json") as proc:
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            await wait_until_serving(http, proc)
            for path in _paths(token):
                await http.get(path)
            await http.post(f"/review/{token}", data={"decision": "approve"})

            async def logged() -> str:
                text: str = log_file.read_text(errors="replace")
                return text

            # The access lines of our requests are written: the log is not empty by chance.
            await eventually(logged, lambda text: text.count(" /review/{token} 404") >= 3)
    text = log_file.read_text(errors="replace")
    assert token not in text and token.split(".")[1] not in text
