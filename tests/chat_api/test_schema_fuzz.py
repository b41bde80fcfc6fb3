"""schemathesis generates requests for every operation of the live OpenAPI schema, signed in
as a customer (session cookie) and as the admin (Bearer token); no answer may be a 5xx.

The chat API runs under uvicorn on loopback in the test's event loop; the fuzzer's blocking
HTTP calls run in a thread. Examples per operation are bounded to keep this to seconds."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
import uvicorn
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings

from services.chat_api.app import create_app
from tests.support.ports import free_port

# Requests generated per operation and identity: enough to reach malformed bodies, odd ids and
# unicode in every field, few enough that the whole run stays under a minute on two cores.
EXAMPLES_PER_OPERATION = 12
# The crash button kills the process; the demo reset empties the session's shared database.
EXCLUDED = {("POST", "/api/admin/crash"), ("POST", "/api/admin/reset")}


def _fuzz(base_url: str, identities: dict[str, dict[str, Any]]) -> tuple[list[str], list[int]]:
    """Every operation, every identity; returns the 5xx answers found and every status."""
    import schemathesis

    schema = schemathesis.openapi.from_url(f"{base_url}/api/openapi.json")
    found: list[str] = []
    statuses: list[int] = []
    checked = 0
    for result in schema.get_all_operations():
        operation = result.ok()  # type: ignore[union-attr]  # an invalid schema fails here
        if (operation.method.upper(), operation.path) in EXCLUDED:
            continue
        for who, credentials in identities.items():
            _checker(operation, base_url, who, credentials, found, statuses)()
            checked += 1
    assert checked >= 30, checked
    return found, statuses


def _checker(
    operation,
    base_url: str,
    who: str,
    credentials: dict[str, Any],
    found: list[str],
    statuses: list[int],
):
    """A hypothesis test of one operation for one identity: every status goes to `statuses`,
    every 5xx answer to `found`."""

    @hypothesis_settings(
        max_examples=EXAMPLES_PER_OPERATION,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def check(case):
        response = case.call(base_url=base_url, timeout=15, **credentials)
        statuses.append(response.status_code)
        if response.status_code >= 500:
            found.append(
                f"{who}: {case.method} {case.formatted_path} -> {response.status_code}"
                f" {response.text[:200]!r}"
            )

    return check


@pytest.mark.timeout(180)
async def test_no_generated_request_gets_a_server_error(settings, worker, orders):
    order = await orders.order("10.00")
    port = free_port()
    app = create_app(settings)
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    serving = asyncio.create_task(server.serve())
    try:
        while not server.started:
            assert not serving.done(), "the chat API did not start"
            await asyncio.sleep(0.05)
        base_url = f"http://127.0.0.1:{port}"
        async with httpx.AsyncClient(base_url=base_url) as http:
            r = await http.post("/api/session", json={"customer_id": order.customer_id})
            assert r.status_code == 200
            cookie = dict(r.cookies)
        identities = {
            "customer": {"cookies": cookie},
            "admin": {
                "headers": {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
            },
        }
        found, statuses = await asyncio.to_thread(_fuzz, base_url, identities)
        assert found == []
        # The fuzzer reached the routes: hundreds of answers, accepted and refused ones.
        assert len(statuses) >= 150
        assert any(200 <= s < 300 for s in statuses) and any(400 <= s < 500 for s in statuses)
    finally:
        server.should_exit = True
        await serving
