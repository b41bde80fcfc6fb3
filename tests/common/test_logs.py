"""Logs: JSON lines with the ids operators search by, readable text in dev, no secrets."""

from __future__ import annotations

import io
import json
import logging

import pytest

from services.common.logs import JsonFormatter, request_id_var, setup_logging
from tests.support.api import running_app


def _record(**extra):
    record = logging.LogRecord(
        "refunds", logging.INFO, __file__, 1, "refund %s", ("settled",), None
    )
    record.__dict__.update(extra)
    return record


def test_json_lines_carry_ids_and_flatten_temporals():
    token = request_id_var.set("req-42")
    try:
        line = JsonFormatter().format(
            _record(
                order_id=7,
                customer_id=3,
                temporal_workflow={"workflow_id": "refund-7", "run_id": "r1", "namespace": "d"},
            )
        )
    finally:
        request_id_var.reset(token)
    entry = json.loads(line)
    assert entry["message"] == "refund settled" and entry["level"] == "INFO"
    assert entry["order_id"] == 7 and entry["customer_id"] == 3
    assert entry["workflow_id"] == "refund-7" and entry["run_id"] == "r1"
    assert entry["request_id"] == "req-42"
    assert "temporal_workflow" not in entry


def test_activity_lines_carry_the_workflow_and_run_id():
    details = {"workflow_id": "refund-9", "workflow_run_id": "r9", "activity_type": "settle"}
    entry = json.loads(JsonFormatter().format(_record(temporal_activity=details, order_id=9)))
    assert entry["workflow_id"] == "refund-9" and entry["run_id"] == "r9"
    assert entry["activity_type"] == "settle" and entry["order_id"] == 9


def test_credential_fields_are_redacted():
    entry = json.loads(
        JsonFormatter().format(
            _record(admin_token="t0p-s3cret", api_key="k3y", authorization="Bearer x", order_id=1)
        )
    )
    assert "t0p-s3cret" not in json.dumps(entry) and "k3y" not in json.dumps(entry)
    assert entry["admin_token"] == entry["api_key"] == "[redacted]"
    assert entry["order_id"] == 1


@pytest.fixture
def captured():
    root = logging.getLogger()
    saved = (root.level, list(root.handlers))
    stream = io.StringIO()
    setup_logging(json_lines=True)
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)
    yield stream
    root.handlers[:] = saved[1]
    root.setLevel(saved[0])


async def test_a_request_logs_json_with_its_request_id_and_no_secret(settings, captured):
    async with running_app(settings) as (_, api):
        secret = settings.admin_token.get_secret_value()
        r = await api.post(
            "/api/admin/reset",
            headers={"Authorization": f"Bearer {secret}", "X-Request-ID": "reset-req-1"},
        )
        assert r.status_code == 200
    lines = [json.loads(line) for line in captured.getvalue().splitlines() if line]
    reset = [e for e in lines if e["message"] == "demo reset"]
    assert reset and reset[0]["request_id"] == "reset-req-1"
    text = captured.getvalue()
    for value in (secret, settings.session_secret.get_secret_value()):
        assert value not in text


async def test_json_access_lines_name_the_route_request_and_customer(settings, orders, captured):
    shipped = settings.model_copy(update={"log_format": "json"})
    order = await orders.order("10.00")
    async with running_app(shipped) as (_, api):
        await api.post("/api/session", json={"customer_id": order.customer_id})
        r = await api.get(f"/api/refunds/{order.order_id}", headers={"X-Request-ID": "get-7"})
        assert r.status_code == 200
        await api.get("/healthz")
    lines = [json.loads(line) for line in captured.getvalue().splitlines() if line]
    access = [e for e in lines if e["logger"] == "services.chat_api.access"]
    line = next(e for e in access if e.get("request_id") == "get-7")
    assert line["message"] == "GET /api/refunds/{order_id} 200"
    assert line["customer_id"] == order.customer_id and line["status"] == 200
    assert not [e for e in access if "/healthz" in e["message"]]
