"""The OpenAPI document is the API's contract: every JSON operation declares the schema of its
success answer and its error answers, and real answers of the main routes match those schemas."""

from __future__ import annotations

from typing import Any

import jsonschema  # type: ignore[import-untyped]  # comes with schemathesis; no stubs

from services.chat_api.app import create_app
from tests.support.api import running_app, sign_in

ERROR_REF = "#/components/schemas/ErrorDetail"
# Answers that are not JSON documents: HTML pages, Prometheus text, Server-Sent Events.
NOT_JSON = {("GET", "/review/{token}"), ("POST", "/review/{token}"), ("GET", "/metrics")}
NOT_JSON_STREAMS = {("POST", "/api/chat/stream")}
# Operations without input or sign-in: nothing a caller sends can be refused with a 4xx.
NO_CALLER_ERRORS = {
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/api/info"),
    ("GET", "/api/customers"),  # dev only: the demo sign-in list
    ("DELETE", "/api/session"),  # signing out always succeeds
}


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (method.upper(), path, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    ]


def _success(operation: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """The operation's 2xx status and its JSON schema."""
    code = next(c for c in operation["responses"] if c.startswith("2"))
    return code, operation["responses"][code]["content"]["application/json"]["schema"]


def test_every_json_operation_declares_its_answer_and_its_errors(settings):
    spec = create_app(settings).openapi()
    checked = 0
    for method, path, operation in _operations(spec):
        if (method, path) in NOT_JSON:
            continue
        responses = operation["responses"]
        if (method, path) not in NOT_JSON_STREAMS:
            code, schema = _success(operation)
            assert schema, f"{method} {path}: empty {code} schema"
            if "$ref" in schema:
                name = schema["$ref"].rsplit("/", 1)[-1]
                assert spec["components"]["schemas"][name]["properties"], (method, path)
        caller_errors = [c for c in responses if c.startswith("4")]
        if (method, path) not in NO_CALLER_ERRORS:
            assert caller_errors, f"{method} {path} documents no 4xx answer"
        for code, answer in responses.items():
            if code.startswith(("4", "5")) and (method, path) != ("GET", "/readyz"):
                declared = answer["content"]["application/json"]["schema"]
                assert declared == {"$ref": ERROR_REF}, (method, path, code, declared)
                assert answer["description"], (method, path, code)
        checked += 1
    assert checked >= 20, checked
    # FastAPI's default validation error shape is never promised: ours is {"detail": "..."}.
    assert "HTTPValidationError" not in spec["components"]["schemas"]


def _check(spec: dict[str, Any], method: str, path: str, response: Any) -> None:
    """Validate one real answer against the schema its operation declares for its status."""
    declared = spec["paths"][path][method.lower()]["responses"][str(response.status_code)]
    schema = {
        **declared["content"]["application/json"]["schema"],
        "components": spec["components"],
    }
    jsonschema.validate(response.json(), schema, cls=jsonschema.Draft202012Validator)


async def test_real_answers_match_their_declared_schemas(settings, worker, orders):
    small = await orders.order("12.00")
    big = await orders.order("1600.00", customer_id=small.customer_id)
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    async with running_app(settings) as (app, api):
        spec = app.openapi()
        for path in ("/healthz", "/readyz", "/api/info", "/api/customers", "/api/dev/outbox"):
            _check(spec, "GET", path, await api.get(path))
        assert (await api.get("/api/orders")).status_code == 401
        _check(spec, "GET", "/api/orders", await api.get("/api/orders"))
        await sign_in(api, small.customer_id)
        _check(spec, "GET", "/api/orders", await api.get("/api/orders"))
        for order in (small, big):
            paid = await api.post("/api/refunds", json={"order_id": order.order_id})
            _check(spec, "POST", "/api/refunds", paid)
            state = await api.get(f"/api/refunds/{order.order_id}")
            _check(spec, "GET", "/api/refunds/{order_id}", state)
        _check(spec, "GET", "/api/refunds/{order_id}", await api.get("/api/refunds/2147483000"))
        turn = await api.post("/api/chat", json={"message": "show my orders"})
        assert turn.status_code == 200, turn.text
        _check(spec, "POST", "/api/chat", turn)
        _check(spec, "GET", "/api/history", await api.get("/api/history"))
        _check(spec, "GET", "/api/chat/proposals", await api.get("/api/chat/proposals"))
        missing = await api.post(f"/api/chat/proposals/{'0' * 32}/confirm")
        assert missing.status_code == 404
        _check(spec, "POST", "/api/chat/proposals/{proposal_id}/confirm", missing)
        reviews = await api.get("/api/admin/reviews", headers=admin)
        assert any(r["order_id"] == big.order_id for r in reviews.json())
        _check(spec, "GET", "/api/admin/reviews", reviews)
        audit = await api.get(
            "/api/admin/audit", params={"order_id": small.order_id}, headers=admin
        )
        assert audit.json(), "the paid refund left audit events"
        _check(spec, "GET", "/api/admin/audit", audit)
        decided = await api.post(
            f"/api/admin/reviews/{big.order_id}/decision",
            json={"decision": "reject"},
            headers=admin,
        )
        _check(spec, "POST", "/api/admin/reviews/{order_id}/decision", decided)
        _check(spec, "DELETE", "/api/session", await api.delete("/api/session"))
