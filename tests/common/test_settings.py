"""Production refuses to start on default secrets, with the crash button, or without a DB."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from services.common.config import Settings

GOOD = {
    "app_env": "production",
    "database_url": "postgresql://refunds@db/refunds",
    "review_link_secret": "r" * 32,
    "session_secret": "s" * 32,
    "admin_token": "a" * 32,
    "crash_button_enabled": False,
    "email_backend": "sendgrid",
    "sendgrid_api_key": "SG.key",
}


def make(**overrides):
    return Settings(_env_file=None, **{**GOOD, **overrides})


def test_a_complete_production_config_starts():
    assert make().is_production


@pytest.mark.parametrize(
    ("override", "complaint"),
    [
        ({"review_link_secret": "dev-only-insecure-secret"}, "REVIEW_LINK_SECRET"),
        ({"session_secret": "short"}, "SESSION_SECRET"),
        ({"admin_token": ""}, "ADMIN_TOKEN"),
        ({"crash_button_enabled": True}, "CRASH_BUTTON_ENABLED"),
        ({"database_url": ""}, "DATABASE_URL"),
        ({"email_backend": "outbox"}, "EMAIL_BACKEND"),
        ({"sendgrid_api_key": ""}, "SENDGRID_API_KEY"),
    ],
)
def test_unsafe_production_configs_are_refused(override, complaint):
    with pytest.raises(ValidationError) as caught:
        make(**override)
    assert complaint in str(caught.value)


def test_dev_runs_on_defaults_and_reads_the_environment(monkeypatch):
    monkeypatch.setenv("REFUND_REVIEW_THRESHOLD", "250.50")
    monkeypatch.setenv("PAYMENT_DELAY_SECONDS", "2")
    s = Settings(_env_file=None)
    assert s.app_env == "dev"
    assert str(s.refund_review_threshold) == "250.50"
    assert s.payment_delay_seconds == 2
    assert s.refund_review_timeout == 7 * 24 * 3600
    assert s.resolved_llm_provider == "offline"
