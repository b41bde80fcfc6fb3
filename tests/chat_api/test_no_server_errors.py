"""Every route of the app, fed malformed input as a customer and as the admin, answers with a
4xx and a sentence (or succeeds); never a 500."""

from __future__ import annotations

import re

from tests.support.api import running_app, sign_in

BAD_BODIES: list[object] = [
    None,
    b"{not json",
    b"\xff\xfe",
    [],
    "text",
    {"order_id": -5, "decision": "maybe", "message": 7, "customer_id": "x"},
    {"order_id": 10**20, "message": "", "customer_id": 0},
    {"order_id": None, "message": None, "note": ["x"], "decision": None},
    {"message": "x" * 100_000, "reason": "y" * 100_000, "note": "z" * 100_000},
]
BAD_IDS = ["-1", "0", "abc", "99999999999999999999", "1.5", "%00", "Laptop"]
# Routes whose effect is the point of calling them with no body (tested elsewhere).
SKIP = {("POST", "/api/admin/crash"), ("POST", "/api/admin/reset"), ("DELETE", "/api/session")}


def _paths(path):
    if "{" not in path:
        return [path]
    return [re.sub(r"\{[^}]+\}", bad, path) for bad in BAD_IDS]


def _request_kwargs(body):
    if body is None:
        return {}
    if isinstance(body, bytes):
        return {"content": body}
    return {"json": body}


async def test_no_route_answers_a_server_error(settings, worker, orders):
    order = await orders.order("10.00")
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    async with running_app(settings) as (app, api):
        await sign_in(api, order.customer_id)
        operations = [
            (method.upper(), path)
            for path, item in app.openapi()["paths"].items()
            for method in item
        ]
        assert len(operations) >= 15
        seen = 0
        for method, template in operations:
            if (method, template) not in SKIP:
                for path in _paths(template):
                    bodies = BAD_BODIES if method in ("POST", "PUT", "PATCH") else [None]
                    for body in bodies:
                        headers = {**admin, "content-type": "application/json"}
                        r = await api.request(
                            method, path, headers=headers, **_request_kwargs(body)
                        )
                        seen += 1
                        where = f"{method} {path} {str(body)[:60]!r}"
                        assert r.status_code < 500, f"{where} -> {r.status_code} {r.text[:200]}"
                        if r.status_code >= 400 and "json" in r.headers.get("content-type", ""):
                            detail = r.json()["detail"]
                            assert isinstance(detail, str) and detail, where
        assert seen > 100
    assert await orders.status(order.order_id) == "PURCHASED"
