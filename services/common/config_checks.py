"""What the settings refuse (services/common/config.py runs these when a Settings is built):
mistakes that are wrong in every environment, and what production may not run with
(placeholder secrets, dev conveniences, mail in clear, shop sign-in that cannot be checked)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pydantic import SecretStr

from services.common.admin_tokens import admin_problems

if TYPE_CHECKING:  # the settings are checked here, defined there
    from services.common.config import Settings

# Placeholder secrets that only a developer's machine may run with.
DEV_PLACEHOLDER_SECRET = "dev-only-insecure-secret"
# The shop-token key `make dev` signs in with (HS256); production must set its own.
DEV_SHOP_JWT_KEY = "dev-only-shop-token-key-0123456789abcdef"
MIN_SECRET_CHARS = 16
# PyJWT (and RFC 7518) want an HMAC key at least as long as the hash: 32 bytes for HS256.
MIN_HMAC_KEY_CHARS = 32
# SMTP hosts that are a developer's mail catcher, never a real relay.
LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}
DEV_SMTP_HOSTS = {*LOOPBACK_HOSTS, "mailpit", "0.0.0.0"}


def smtp_in_clear(s: Settings) -> bool:
    """An smtp:// relay that may be used without TLS."""
    return urlsplit(s.smtp_url).scheme == "smtp" and not s.smtp_tls_required


def config_problems(s: Settings) -> list[str]:
    """Mistakes that are wrong in every environment."""
    problems: list[str] = []
    if s.db_pool_min_size > s.db_pool_max_size:
        problems.append("DB_POOL_MIN_SIZE must not exceed DB_POOL_MAX_SIZE")
    if bool(s.temporal_tls_cert) != bool(s.temporal_tls_key):
        problems.append("TEMPORAL_TLS_CERT and TEMPORAL_TLS_KEY must be set together")
    if "none" in s.shop_jwt_algorithms.lower().replace(" ", "").split(","):
        problems.append("SHOP_JWT_ALGORITHMS must not allow unsigned tokens ('none')")
    if s.session_idle_seconds > s.session_lifetime_seconds:
        problems.append("SESSION_IDLE_SECONDS must not exceed SESSION_LIFETIME_SECONDS")
    return problems + admin_problems(
        s.admin_tokens.get_secret_value(),
        shared_token=s.admin_token.get_secret_value(),
        production=s.is_production,
    )


def production_problems(s: Settings) -> list[str]:
    """What production may not run with: placeholder secrets, dev conveniences, mail in clear."""
    problems: list[str] = []
    for name in ("review_link_secret", "session_secret"):
        value: SecretStr = getattr(s, name)
        secret = value.get_secret_value()
        if not secret or secret == DEV_PLACEHOLDER_SECRET or len(secret) < MIN_SECRET_CHARS:
            problems.append(f"{name.upper()} must be set to a secret of 16+ characters")
    if s.crash_button_enabled:
        problems.append("CRASH_BUTTON_ENABLED must be false")
    if not s.database_url:
        problems.append("DATABASE_URL must be set")
    if s.email_backend == "outbox":
        problems.append("EMAIL_BACKEND must be smtp or sendgrid (outbox is the dev mailbox)")
    if s.email_backend == "sendgrid" and not s.sendgrid_api_key.get_secret_value():
        problems.append("SENDGRID_API_KEY must be set for the sendgrid backend")
    if s.email_backend == "smtp" and smtp_host(s.smtp_url) in DEV_SMTP_HOSTS:
        problems.append("SMTP_URL must be a real mail relay, not a loopback or Mailpit host")
    if s.email_backend == "smtp" and smtp_in_clear(s):
        problems.append("SMTP_REQUIRE_TLS must not be false (the review link in clear text)")
    problems += shop_sign_in_problems(s)
    return problems


def shop_sign_in_problems(s: Settings) -> list[str]:
    """Production customers sign in only with the shop's tokens: those must be checkable."""
    key = s.shop_jwt_key.get_secret_value()
    problems: list[str] = []
    if not key and not s.shop_jwks_url:
        problems.append("SHOP_JWT_KEY or SHOP_JWKS_URL must be set (the shop's sign-in)")
    if key == DEV_SHOP_JWT_KEY:
        problems.append("SHOP_JWT_KEY must not be the dev key")
    elif key and not key.lstrip().startswith("-----BEGIN") and len(key) < MIN_HMAC_KEY_CHARS:
        problems.append("SHOP_JWT_KEY (a shared secret) must have 32+ characters")
    jwks = urlsplit(s.shop_jwks_url)
    if s.shop_jwks_url and jwks.scheme != "https" and jwks.hostname not in LOOPBACK_HOSTS:
        problems.append("SHOP_JWKS_URL must be an https:// URL (keys fetched in the clear)")
    if not s.shop_jwt_issuer or not s.shop_jwt_audience:
        problems.append("SHOP_JWT_ISSUER and SHOP_JWT_AUDIENCE must be set")
    return problems


def smtp_host(url: str) -> str:
    """The host of an smtp:// URL, lower-cased ('' when it has none)."""
    return (urlsplit(url).hostname or "").lower()
