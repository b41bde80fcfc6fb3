"""APP_ENV=production: no demo sign-in, no dev routes or pages, hardened cookies and docs."""

from __future__ import annotations

import pytest

from tests.support.api import running_app
from tests.support.production import production_settings, shop_token

DEV_ONLY = [
    ("GET", "/api/customers"),
    ("POST", "/api/session"),
    ("GET", "/api/dev/outbox"),
    ("GET", "/mailbox"),
    ("GET", "/mailbox/"),
    ("POST", "/api/admin/reset"),
    ("POST", "/api/admin/crash"),
    ("GET", "/api/docs"),
    ("GET", "/api/openapi.json"),
]


@pytest.fixture
async def prod_api(settings):
    async with running_app(production_settings(settings)) as (_, http):
        yield http


async def test_every_dev_only_route_is_absent(prod_api, settings):
    admin = {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}
    for method, path in DEV_ONLY:
        body = {"customer_id": 1} if path == "/api/session" else None
        r = await prod_api.request(method, path, json=body, headers=admin)
        assert r.status_code == 404, (method, path, r.status_code)
        assert r.json() == {"detail": "There is nothing at this address."}


async def test_the_dev_pages_exist_in_dev(api):
    assert (await api.get("/mailbox/")).status_code == 200
    assert (await api.get("/api/customers")).status_code == 200
    assert (await api.get("/api/docs")).status_code == 200


async def test_the_shop_token_signs_in_with_a_secure_cookie(prod_api, orders):
    order = await orders.order("25.00")
    assert (await prod_api.get("/api/orders")).status_code == 401
    r = await prod_api.post("/api/session/token", json={"token": shop_token(order.customer_id)})
    assert r.status_code == 200, r.text
    assert r.json()["customer"]["id"] == order.customer_id
    cookie = r.headers["set-cookie"].lower()
    assert "rr_session=" in cookie and "secure" in cookie and "httponly" in cookie
    info = (await prod_api.get("/api/info")).json()
    assert info["demo_sign_in"] is False and info["crash_button_enabled"] is False


async def test_hsts_when_the_public_url_is_https(prod_api, api):
    assert "max-age=" in (await prod_api.get("/healthz")).headers["strict-transport-security"]
    assert "strict-transport-security" not in (await api.get("/healthz")).headers


async def test_production_api_docs_list_no_dev_route(settings):
    dev_paths = {path for _, path in DEV_ONLY if path.startswith("/api/") and "docs" not in path}
    dev_paths.discard("/api/openapi.json")
    prod = production_settings(settings, api_docs_enabled=True)
    async with running_app(prod) as (_, http):
        spec = (await http.get("/api/openapi.json")).json()
        for method, path in DEV_ONLY:
            if path in dev_paths:
                assert (await http.request(method, path)).status_code == 404, path
    listed = {(m.upper(), p) for p, item in spec["paths"].items() for m in item}
    assert "/api/refunds" in spec["paths"]  # the production routes are documented
    assert [(m, p) for m, p in DEV_ONLY if (m, p) in listed] == []
    # DELETE /api/session is production's sign-out: only the demo sign-in (POST) is dev-only.
    assert set(spec["paths"]["/api/session"]) == {"delete"}
