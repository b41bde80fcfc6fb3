"""Every parameter of every route, sent Unicode digits, huge and negative numbers, empty values
and (in the query) repeated keys, is answered with a 4xx and a sentence; never a 500."""

from __future__ import annotations

from typing import Any

import httpx

from tests.support.api import running_app, sign_in

# Superscript two, Arabic-Indic three, fullwidth twelve, Devanagari seven: str.isdigit() says
# yes to each, int() to some.
UNICODE_DIGITS = ["²", "٣", "１２", "७"]
HUGE = ["9" * 40, "1" + "0" * 400]
NEGATIVE = ["-1", "-" + "9" * 40]
BAD_VALUES = [*UNICODE_DIGITS, *HUGE, *NEGATIVE, ""]
# A value each kind of query parameter accepts on its own, for the repeated-key case.
VALID = {"integer": "5", "string": "2026-01-01T00:00:00+00:00"}


def _parameters(app: Any) -> list[tuple[str, str, str, str, str]]:
    """(method, path template, where, name, schema type) of every declared parameter."""
    found = []
    for path, item in app.openapi()["paths"].items():
        for method, operation in item.items():
            for p in operation.get("parameters", []):
                schema = p.get("schema", {})
                kind = schema.get("type") or next(
                    (s["type"] for s in schema.get("anyOf", []) if s.get("type") != "null"), ""
                )
                found.append((method.upper(), path, p["in"], p["name"], kind))
    return found


def _assert_sentence(r: httpx.Response, where: str) -> None:
    assert 400 <= r.status_code < 500, f"{where} -> {r.status_code} {r.text[:200]}"
    if "json" in r.headers.get("content-type", ""):
        detail = r.json()["detail"]
        assert isinstance(detail, str) and detail.endswith("."), f"{where}: {detail!r}"
    else:
        assert "text/html" in r.headers["content-type"] and "</p>" in r.text, where


async def test_every_parameter_refuses_bad_values_with_a_sentence(settings, orders):
    order = await orders.order("10.00")
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    async with running_app(settings) as (app, http):
        await sign_in(http, order.customer_id)
        parameters = _parameters(app)
        assert {(p[1], p[3]) for p in parameters if p[2] == "query"} >= {
            ("/api/history", "before"),
            ("/api/history", "limit"),
            ("/api/admin/audit", "order_id"),
            ("/api/admin/audit", "limit"),
        }
        sent = 0
        for method, template, where, name, kind in parameters:
            for value in BAD_VALUES:
                if where == "path":
                    url, params = template.replace("{" + name + "}", value), None
                else:
                    url, params = template, {name: value}
                body: dict[str, Any] | None = {} if method == "POST" else None
                r = await http.request(method, url, params=params, headers=admin, json=body)
                _assert_sentence(r, f"{method} {template} {name}={value[:12]!r}")
                sent += 1
            if where == "query":
                good = VALID[kind]
                r = await http.request(method, f"{template}?{name}={good}&{name}={good}")
                _assert_sentence(r, f"{method} {template} {name} twice")
                assert r.json()["detail"] == (
                    f"The query parameter {name!r} was given 2 times; give it once."
                )
                sent += 1
        assert sent > 60


async def test_a_superscript_limit_is_refused_and_a_plain_one_served(settings, orders):
    order = await orders.order("10.00")
    async with running_app(settings) as (_, http):
        await sign_in(http, order.customer_id)
        r = await http.get("/api/history", params={"limit": "²"})
        assert r.status_code == 422
        assert r.json()["detail"] == "Invalid request: limit should be a whole number."
        assert (await http.get("/api/history", params={"limit": "500"})).status_code == 200
        too_many = await http.get("/api/history", params={"limit": "501"})
        assert too_many.json()["detail"] == (
            "Invalid request: limit should be less than or equal to 500."
        )
