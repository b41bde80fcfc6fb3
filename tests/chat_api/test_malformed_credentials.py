"""Credentials and review links a client can garble: each gets its 4xx and a sentence,
never a 500 (non-ASCII text once crashed the constant-time comparison)."""

from __future__ import annotations

import base64

import pytest


def _basic(raw: bytes) -> str:
    return "Basic " + base64.b64encode(raw).decode()


@pytest.mark.parametrize(
    "header",
    [
        _basic("admin:é".encode()),
        _basic(b"admin:\xff\xfe"),
        _basic(b"no-colon"),
        "Basic !!!not-base64",
        "Basic",
        "Bearer é-token".encode("latin-1"),
        "Bearer \u00e9".encode(),
        "Bearer",
        "Digest abc",
    ],
)
async def test_bad_admin_credentials_answer_401(api, header):
    r = await api.get("/api/admin/reviews", headers={"Authorization": header})
    assert r.status_code == 401
    assert r.headers["www-authenticate"].startswith("Basic")
    assert "Admin credentials required" in r.json()["detail"]


async def test_basic_with_the_right_token_still_works(api, settings):
    token = settings.admin_token.get_secret_value()
    r = await api.get(
        "/api/admin/reviews", headers={"Authorization": _basic(f"admin:{token}".encode())}
    )
    assert r.status_code == 200


@pytest.mark.parametrize("token", ["%C3%A9.x", "%C3%A9", "a.%C3%A9", "%00.%00", "a.", ".b", "x"])
async def test_non_ascii_or_malformed_review_tokens_answer_the_not_valid_page(api, token):
    for r in (await api.get(f"/review/{token}"), await api.post(f"/review/{token}", data={})):
        assert r.status_code == 400, (token, r.status_code)
        assert "This review link is not valid" in r.text
