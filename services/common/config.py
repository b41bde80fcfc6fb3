"""The one settings object, read from the environment and `.env`.

Nothing else in the project reads `os.environ`: every process builds a `Settings` in its
`main()` (or lifespan) and hands it on.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# Placeholder secrets that only a developer's machine may run with.
DEV_PLACEHOLDER_SECRET = "dev-only-insecure-secret"
ONE_WEEK_SECONDS = 7 * 24 * 3600


class Settings(BaseSettings):
    """Configuration shared by the chat API, the worker and the dev supervisor."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", frozen=True)

    app_env: Literal["dev", "production"] = "dev"

    # Where the data lives. Empty in dev: the supervisor starts embedded PostgreSQL and sets it.
    database_url: str = ""
    temporal_address: str = "127.0.0.1:7233"
    temporal_namespace: str = "default"
    temporal_task_queue: str = "refunds"
    temporal_ui_url: str = "http://127.0.0.1:8233"

    # Refund policy: above the threshold (dollars) a person reviews; the review waits this long.
    refund_review_threshold: Decimal = Decimal("1000")
    refund_review_timeout: int = Field(default=ONE_WEEK_SECONDS, gt=0, description="seconds")
    # Simulated processing time of the default (ledger) payment gateway, in seconds.
    payment_delay_seconds: float = Field(default=0.0, ge=0)
    # How long POST /api/refunds waits for a worker to commit the outcome before answering 503.
    refund_commit_wait_seconds: float = Field(default=10.0, gt=0)

    public_base_url: str = "http://127.0.0.1:8000"
    review_link_secret: SecretStr = SecretStr(DEV_PLACEHOLDER_SECRET)
    session_secret: SecretStr = SecretStr(DEV_PLACEHOLDER_SECRET)
    admin_token: SecretStr = SecretStr("")

    email_backend: Literal["outbox", "smtp", "sendgrid"] = "outbox"
    admin_email: str = "refunds-admin@example.com"
    sendgrid_api_key: SecretStr = SecretStr("")
    sendgrid_from_email: str = "refunds@example.com"
    # Only the tests point SendGrid's client elsewhere (a fake SendGrid on loopback).
    sendgrid_host: str = "https://api.sendgrid.com"
    smtp_url: str = "smtp://127.0.0.1:1025"

    llm_provider: Literal["auto", "openai", "offline"] = "auto"
    openai_api_key: SecretStr = SecretStr("")
    openai_base_url: str = ""
    llm_model: str = "gpt-4o-mini"
    llm_timeout_seconds: float = Field(default=30.0, gt=0)
    # How long a refund proposal waits for the customer's confirmation (seconds).
    proposal_ttl_seconds: int = Field(default=900, gt=0)
    # One deadline for a whole chat turn: model calls, tools and a confirmed refund (seconds).
    chat_turn_deadline_seconds: float = Field(default=45.0, gt=0)

    # host:port where the worker serves Temporal SDK metrics as Prometheus text; empty = off.
    worker_metrics_address: str = ""

    crash_button_enabled: bool = True
    # Where the dev supervisor keeps process ids, so the crash route can find the worker.
    run_dir: str = ".data/run"

    @property
    def is_production(self) -> bool:
        return self.app_env == "production"

    @property
    def resolved_llm_provider(self) -> Literal["openai", "offline"]:
        """`auto` means: the real model when a key is set, the offline model otherwise."""
        if self.llm_provider == "auto":
            return "openai" if self.openai_api_key.get_secret_value() else "offline"
        return self.llm_provider

    @model_validator(mode="after")
    def _refuse_unsafe_production(self) -> Settings:
        if not self.is_production:
            return self
        problems: list[str] = []
        for name in ("review_link_secret", "session_secret", "admin_token"):
            value: SecretStr = getattr(self, name)
            secret = value.get_secret_value()
            if not secret or secret == DEV_PLACEHOLDER_SECRET or len(secret) < 16:
                problems.append(f"{name.upper()} must be set to a secret of 16+ characters")
        if self.crash_button_enabled:
            problems.append("CRASH_BUTTON_ENABLED must be false")
        if not self.database_url:
            problems.append("DATABASE_URL must be set")
        if self.email_backend == "outbox":
            problems.append("EMAIL_BACKEND must be smtp or sendgrid (outbox is the dev mailbox)")
        if self.email_backend == "sendgrid" and not self.sendgrid_api_key.get_secret_value():
            problems.append("SENDGRID_API_KEY must be set for the sendgrid backend")
        if problems:
            raise ValueError("refusing to start in production: " + "; ".join(problems))
        return self
