"""Settings fail closed: production unless APP_ENV=dev, and production refuses what is unsafe."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from services.common.config import DEV_SHOP_JWT_KEY, Settings

GOOD = {
    "app_env": "production",
    "database_url": "postgresql://refunds@db/refunds",
    "review_link_secret": "r" * 32,
    "session_secret": "s" * 32,
    "admin_tokens": f"ann@shop.test:{'a' * 32},bob@shop.test:{'b' * 32}",
    "crash_button_enabled": False,
    "email_backend": "sendgrid",
    "sendgrid_api_key": "SG.key",
    "shop_jwks_url": "https://id.shop.test/.well-known/jwks.json",
    "shop_jwt_issuer": "https://id.shop.test/",
    "shop_jwt_audience": "reliable-refunds",
}


def make(**overrides):
    return Settings(_env_file=None, **{**GOOD, **overrides})


def test_a_complete_production_config_starts():
    s = make()
    assert s.is_production
    assert s.docs_enabled is False and s.json_logs is True


@pytest.mark.parametrize(
    ("override", "complaint"),
    [
        ({"review_link_secret": "dev-only-insecure-secret"}, "REVIEW_LINK_SECRET"),
        ({"session_secret": "short"}, "SESSION_SECRET"),
        ({"admin_tokens": ""}, "ADMIN_TOKENS must name each admin"),
        ({"admin_token": "a" * 32}, "ADMIN_TOKEN is one shared credential"),
        ({"admin_tokens": "ann@shop.test:CHANGE-ME-0123456789"}, "random tokens of 16+"),
        ({"admin_tokens": "ann@shop.test:short"}, "random tokens of 16+"),
        ({"admin_tokens": f"{'a' * 32}"}, "1 malformed entry"),
        ({"admin_tokens": f"ann@shop.test:{'a' * 32},bob@shop.test:{'a' * 32}"}, "same token"),
        ({"admin_tokens": f"ann@shop.test:{'a' * 32}\nann@shop.test:{'b' * 32}"}, "twice"),
        ({"crash_button_enabled": True}, "CRASH_BUTTON_ENABLED"),
        ({"database_url": ""}, "DATABASE_URL"),
        ({"email_backend": "outbox"}, "EMAIL_BACKEND"),
        ({"sendgrid_api_key": ""}, "SENDGRID_API_KEY"),
        ({"email_backend": "smtp", "smtp_url": "smtp://127.0.0.1:1025"}, "SMTP_URL"),
        ({"email_backend": "smtp", "smtp_url": "smtp://mailpit:1025"}, "SMTP_URL"),
        ({"email_backend": "smtp", "smtp_url": "smtp://localhost"}, "SMTP_URL"),
        ({"shop_jwks_url": ""}, "SHOP_JWT_KEY or SHOP_JWKS_URL"),
        ({"shop_jwks_url": "", "shop_jwt_key": "short-hmac-secret"}, "32+ characters"),
        ({"shop_jwks_url": "", "shop_jwt_key": DEV_SHOP_JWT_KEY}, "dev key"),
        ({"shop_jwks_url": "http://id.shop.test/jwks.json"}, "https://"),
        ({"shop_jwt_issuer": ""}, "SHOP_JWT_ISSUER"),
        ({"shop_jwt_audience": ""}, "SHOP_JWT_AUDIENCE"),
        ({"shop_jwt_algorithms": "HS256,none"}, "'none'"),
        ({"temporal_tls_cert": "/certs/client.pem"}, "TEMPORAL_TLS_KEY"),
        ({"session_idle_seconds": 7200, "session_lifetime_seconds": 3600}, "SESSION_IDLE"),
    ],
)
def test_unsafe_production_configs_are_refused(override, complaint):
    with pytest.raises(ValidationError) as caught:
        make(**override)
    assert complaint in str(caught.value)


def test_a_real_smtp_relay_is_accepted():
    assert make(email_backend="smtp", smtp_url="smtp://smtp.sendgrid.net:587").is_production


def test_the_refusal_never_echoes_a_secret():
    with pytest.raises(ValidationError) as caught:
        make(
            session_secret="short",
            admin_tokens="ann@shop.test:my-admin-token-value-123,bob:my-admin-token-value-123",
            sendgrid_api_key="",
        )
    assert "my-admin-token-value-123" not in str(caught.value)
    assert "SG.key" not in str(caught.value)


def test_settings_are_production_unless_dev_is_asked_for(monkeypatch):
    monkeypatch.delenv("APP_ENV", raising=False)
    with pytest.raises(ValidationError) as caught:
        Settings(_env_file=None)
    assert "refusing to start in production" in str(caught.value)
    monkeypatch.setenv("APP_ENV", "dev")
    assert Settings(_env_file=None).app_env == "dev"


def test_dev_runs_on_defaults_and_reads_the_environment(monkeypatch):
    monkeypatch.setenv("APP_ENV", "dev")
    monkeypatch.setenv("REFUND_REVIEW_THRESHOLD", "250.50")
    monkeypatch.setenv("PAYMENT_DELAY_SECONDS", "2")
    s = Settings(_env_file=None)
    assert s.app_env == "dev"
    assert str(s.refund_review_threshold) == "250.50"
    assert s.payment_delay_seconds == 2
    assert s.refund_review_timeout == 7 * 24 * 3600
    assert s.resolved_llm_provider == "offline"
    # Dev conveniences: the crash button, the API docs, readable logs, the dev shop key.
    assert s.crash_button_enabled and s.docs_enabled and not s.json_logs
    assert s.shop_jwt[0] == DEV_SHOP_JWT_KEY
    monkeypatch.setenv("CRASH_BUTTON_ENABLED", "false")
    assert Settings(_env_file=None).crash_button_enabled is False


def test_admin_credentials_name_each_admin_and_dev_keeps_its_one_token():
    prod = make()
    assert prod.admin_credentials == [("ann@shop.test", "a" * 32), ("bob@shop.test", "b" * 32)]
    dev = Settings(
        _env_file=None, app_env="dev", admin_token="dev-token-0123456789", admin_email="me@dev"
    )
    assert dev.admin_credentials == [("me@dev", "dev-token-0123456789")]
    with pytest.raises(ValidationError, match="malformed"):
        Settings(_env_file=None, app_env="dev", admin_tokens="no-name-here")
