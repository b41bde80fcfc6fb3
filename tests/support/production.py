"""Valid production settings on the test servers, and shop tokens signed like a shop would."""

from __future__ import annotations

import time
from typing import Any

import jwt

from services.common.config import Settings

SHOP_KEY = "shop-signing-key-for-tests-0123456789abcdef"
SHOP_ISSUER = "https://id.shop.test/"
SHOP_AUDIENCE = "reliable-refunds-test"


def revalidated(settings: Settings, **overrides: Any) -> Settings:
    """`settings` with `overrides`, validated again (model_copy would skip validation)."""
    return Settings(_env_file=None, **{**settings.model_dump(), **overrides})


def production_settings(settings: Settings, **overrides: Any) -> Settings:
    """`settings` (the test's servers and secrets) as a complete production configuration,
    validated like a deployment's (so it fails if production refuses it). The dev admin token
    becomes the named admin ADMIN_EMAIL's own (production has no shared admin token)."""
    admin = f"{settings.admin_email}:{settings.admin_token.get_secret_value()}"
    values = {
        **settings.model_dump(),
        "app_env": "production",
        "admin_token": "",
        "admin_tokens": admin,
        "email_backend": "smtp",
        "smtp_url": "smtp://relay.shop.test:587",
        "crash_button_enabled": False,
        "public_base_url": "https://chat.shop.test",
        "shop_jwt_key": SHOP_KEY,
        "shop_jwt_issuer": SHOP_ISSUER,
        "shop_jwt_audience": SHOP_AUDIENCE,
        **overrides,
    }
    return Settings(_env_file=None, **values)


def shop_token(
    customer_id: int | str,
    *,
    key: Any = SHOP_KEY,
    algorithm: str = "HS256",
    issuer: str = SHOP_ISSUER,
    audience: str = SHOP_AUDIENCE,
    expires_in: int = 600,
    headers: dict[str, Any] | None = None,
    claim: str = "sub",
) -> str:
    """A token as the shop's sign-in would issue it (override a part to forge a bad one)."""
    now = int(time.time())
    claims = {"iss": issuer, "aud": audience, "iat": now, "exp": now + expires_in}
    claims[claim] = str(customer_id)
    return jwt.encode(claims, key, algorithm=algorithm, headers=headers)
