"""The one settings object, read from the environment and `.env`.

Nothing else in the project reads `os.environ`: every process builds a `Settings` in its
`main()` (or lifespan) and hands it on. Settings fail closed: without `APP_ENV=dev` they are
production settings, and production refuses placeholder secrets and dev conveniences.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from services.common.admin_tokens import admin_token_pairs
from services.common.config_checks import (
    DEV_PLACEHOLDER_SECRET,
    DEV_SHOP_JWT_KEY,
    config_problems,
    production_problems,
)

__all__ = ["DEV_PLACEHOLDER_SECRET", "DEV_SHOP_JWT_ISSUER", "DEV_SHOP_JWT_KEY", "Settings"]

DEV_SHOP_JWT_ISSUER = "reliable-refunds-dev-shop"
DEV_SHOP_JWT_AUDIENCE = "reliable-refunds"
ONE_WEEK_SECONDS = 7 * 24 * 3600


class Settings(BaseSettings):
    """Configuration shared by the chat API, the worker and the dev supervisor."""

    # Errors never echo the input: it holds secrets.
    model_config = SettingsConfigDict(
        env_file=".env", extra="ignore", frozen=True, hide_input_in_errors=True
    )

    # Production unless APP_ENV=dev is set explicitly (make dev and the tests set it).
    app_env: Literal["dev", "production"] = "production"

    # Where the data lives. Empty in dev: the supervisor starts embedded PostgreSQL and sets it.
    database_url: str = ""
    # asyncpg pool bounds per process (chat API and worker each hold one pool).
    db_pool_min_size: int = Field(default=1, ge=0)
    db_pool_max_size: int = Field(default=10, ge=1)

    temporal_address: str = "127.0.0.1:7233"
    temporal_namespace: str = "default"
    temporal_task_queue: str = "refunds"
    temporal_ui_url: str = "http://127.0.0.1:8233"
    # TLS to the Temporal frontend (implied by an API key); mTLS with a client cert and key.
    temporal_tls: bool = False
    temporal_tls_ca: str = ""  # path to the server CA bundle (PEM); empty = system roots
    temporal_tls_cert: str = ""  # path to the client certificate (PEM) for mTLS
    temporal_tls_key: str = ""  # path to the client private key (PEM) for mTLS
    temporal_tls_server_name: str = ""  # SNI / verification name when it differs from the host
    temporal_api_key: SecretStr = SecretStr("")  # Temporal Cloud API key
    # How long one client call keeps retrying while Temporal is unreachable before the chat API
    # answers 503, in seconds (the SDK's default is 10).
    temporal_rpc_retry_seconds: float = Field(default=3.0, gt=0)

    # Refund policy: above the threshold (dollars) a person reviews; the review waits this long.
    refund_review_threshold: Decimal = Decimal("1000")
    refund_review_timeout: int = Field(default=ONE_WEEK_SECONDS, gt=0, description="seconds")
    # Simulated processing time of the default (ledger) payment gateway, in seconds.
    payment_delay_seconds: float = Field(default=0.0, ge=0)
    # How long POST /api/refunds waits for a worker to commit the outcome before answering 503.
    refund_commit_wait_seconds: float = Field(default=10.0, gt=0)

    # PostgreSQL down or unreachable must cost a request seconds, not minutes (all in seconds):
    # opening a connection, one statement, and waiting for a free pooled connection.
    db_connect_timeout_seconds: float = Field(default=3.0, gt=0)
    db_command_timeout_seconds: float = Field(default=5.0, gt=0)
    db_acquire_timeout_seconds: float = Field(default=3.0, gt=0)
    # How often the chat API looks for refunds left without a running workflow (an operator
    # terminated it, or it failed) and restarts them, in seconds; 0 turns it off.
    reconcile_interval_seconds: float = Field(default=300.0, ge=0)

    public_base_url: str = "http://127.0.0.1:8000"
    review_link_secret: SecretStr = SecretStr(DEV_PLACEHOLDER_SECRET)
    session_secret: SecretStr = SecretStr(DEV_PLACEHOLDER_SECRET)
    # Dev only: one admin token (`make dev` generates it), that admin named ADMIN_EMAIL.
    admin_token: SecretStr = SecretStr("")
    # Named admins, each with their own token: "ann@shop.example:<token>,bob@shop.example:<token>"
    # (commas or new lines between pairs). Decisions and the audit trail name the person.
    admin_tokens: SecretStr = SecretStr("")

    # Customer sessions live in PostgreSQL. One ends at the first of: this long after sign-in
    # (requests never extend it), this long without a request, sign-out, or the shop token's
    # `exp` (all in seconds).
    session_lifetime_seconds: int = Field(default=8 * 3600, gt=0)
    session_idle_seconds: int = Field(default=30 * 60, gt=0)
    # How often each chat API deletes the rows of ended sessions, in seconds (0 = never).
    session_purge_interval_seconds: float = Field(default=600.0, ge=0)
    # Live sessions one customer may hold (browsers, devices); a sign-in beyond ends the oldest.
    session_max_per_customer: int = Field(default=20, ge=1)
    # How long one process trusts a session row it read (a sign-out elsewhere takes this long
    # to reach it; 0: read on every request).
    session_check_cache_seconds: float = Field(default=1.0, ge=0, le=10)

    # The shop's sign-in: its tokens (JWT) are verified with a key or the issuer's JWKS.
    # SHOP_JWT_KEY: an HS256 shared secret, or the shop's RS/ES public key in PEM.
    shop_jwt_key: SecretStr = SecretStr("")
    shop_jwks_url: str = ""  # an OIDC issuer's JWKS, e.g. https://id.shop/.well-known/jwks.json
    shop_jwt_issuer: str = ""  # the `iss` every token must carry
    shop_jwt_audience: str = ""  # the `aud` every token must carry
    shop_jwt_algorithms: str = ""  # comma-separated; empty = HS256 for a secret, RS/ES/PS else
    shop_customer_claim: str = "sub"  # the claim holding our customer id
    shop_jwt_leeway_seconds: int = Field(default=30, ge=0, le=300)  # clock skew allowed
    # JWKS keys are used this long after a fetch, then fetched again (removed keys stop
    # working), in seconds; a token naming an unknown `kid` triggers at most one fetch per
    # SHOP_JWKS_REFETCH_SECONDS per process (concurrent requests wait on that one fetch).
    shop_jwks_cache_seconds: int = Field(default=300, gt=0)
    shop_jwks_refetch_seconds: float = Field(default=30.0, gt=0)

    # HTTP hardening of the chat API.
    max_request_bytes: int = Field(default=64 * 1024, gt=0)  # larger bodies get 413
    frame_ancestors: str = "'self'"  # CSP frame-ancestors: who may embed the chat page
    api_docs_enabled: bool | None = None  # /api/docs; default: on in dev, off in production
    # /metrics of the chat API: "" = on the API's own port; "off"; or host:port of its own.
    api_metrics_address: str = ""

    # Logs: json for log shippers, text for people; auto = text in dev, json in production.
    log_format: Literal["auto", "json", "text"] = "auto"
    # OpenTelemetry traces go to this OTLP/HTTP endpoint (e.g. http://collector:4318); "" = off.
    otel_exporter_otlp_endpoint: str = ""
    otel_service_name: str = ""  # default: reliable-refunds-<process>

    email_backend: Literal["outbox", "smtp", "sendgrid"] = "outbox"
    admin_email: str = "refunds-admin@example.com"
    sendgrid_api_key: SecretStr = SecretStr("")
    sendgrid_from_email: str = "refunds@example.com"
    # Only the tests point SendGrid's client elsewhere (a fake SendGrid on loopback).
    sendgrid_host: str = "https://api.sendgrid.com"
    smtp_url: str = "smtp://127.0.0.1:1025"
    # smtp:// upgrades with STARTTLS; required (the send fails when the server does not offer
    # it, so nothing goes out in clear text) unless false. Default: required in production,
    # offered-only in dev (Mailpit has no TLS); production refuses false.
    smtp_require_tls: bool | None = None

    llm_provider: Literal["auto", "openai", "offline"] = "auto"
    openai_api_key: SecretStr = SecretStr("")
    openai_base_url: str = ""
    llm_model: str = "gpt-4o-mini"
    llm_timeout_seconds: float = Field(default=30.0, gt=0)
    # What the assistant answers to "what is your return policy?" (the offline model says it
    # as is; shops put their own terms here).
    return_policy_text: str = (
        "You can ask for a refund of any order that has not been refunded yet, for any reason."
        " Refunds up to the review threshold are paid at once; larger ones are reviewed by our"
        " staff, usually within a few days, and you are told their decision in this chat."
    )
    # Where the assistant sends a customer who wants a person (an address or a phone number).
    support_contact: str = "support@example.com"

    # Chat turns one customer may start per minute, across all chat API processes (0 = off).
    chat_turns_per_minute: int = Field(default=20, ge=0)
    # The other customer routes, per customer across all chat API processes (0 = off): Confirm
    # or Cancel of a proposal, and POST /api/refunds, each this many ("actions"); orders,
    # history, proposals and a refund's state together ("reads"; a page polls ~40 a minute).
    customer_actions_per_minute: int = Field(default=20, ge=0)
    customer_reads_per_minute: int = Field(default=240, ge=0)
    # Requests one customer may have in progress at once in one chat API process (0 = off); one
    # more is answered 429 at once. And turns of one customer that may wait in a process while
    # its previous turn runs; one more is answered 503 at once.
    customer_concurrent_requests: int = Field(default=2, ge=0)
    chat_turns_waiting: int = Field(default=0, ge=0)
    # How long the chat transcript keeps a line (days; 0 = for ever), and how often the chat API
    # deletes lines past it and spent rate-limit rows (seconds; 0 = never).
    chat_transcript_retention_days: int = Field(default=365, ge=0)
    retention_sweep_seconds: float = Field(default=3600.0, ge=0)
    # How long a turn waits for the customer's previous turn (maybe in another process), s.
    chat_turn_wait_seconds: float = Field(default=30.0, gt=0)
    # Complete turns kept in the agent's working state; older ones live in the transcript.
    chat_state_turns: int = Field(default=6, ge=1)
    # Connections each chat API keeps for held turn locks: one per customer whose turn runs now.
    chat_lock_connections: int = Field(default=10, ge=1)
    # How long a refund proposal waits for the customer's confirmation (seconds).
    proposal_ttl_seconds: int = Field(default=900, gt=0)
    # One deadline for a whole chat turn: model calls, tools and a confirmed refund (seconds).
    chat_turn_deadline_seconds: float = Field(default=45.0, gt=0)

    # host:port where the worker serves Temporal SDK metrics as Prometheus text; empty = off.
    worker_metrics_address: str = ""

    # The dev page's Crash System button; default: on in dev, off (and refused) in production.
    crash_button_enabled: bool = False
    # Where the dev supervisor keeps process ids, so the crash route can find the worker.
    run_dir: str = ".data/run"

    @property
    def is_production(self) -> bool:
        return self.app_env == "production"

    @property
    def resolved_llm_provider(self) -> Literal["openai", "offline"]:
        """`auto` means: the real model when a key or a base URL is set, else the offline one.

        A base URL alone is a keyless local server (Ollama, vLLM, llama.cpp).
        """
        if self.llm_provider == "auto":
            configured = self.openai_api_key.get_secret_value() or self.openai_base_url
            return "openai" if configured else "offline"
        return self.llm_provider

    @property
    def docs_enabled(self) -> bool:
        """Whether /api/docs is served: as configured, else only in dev."""
        return (not self.is_production) if self.api_docs_enabled is None else self.api_docs_enabled

    @property
    def smtp_tls_required(self) -> bool:
        """Whether an smtp:// server must offer STARTTLS: as configured, else in production."""
        return self.is_production if self.smtp_require_tls is None else self.smtp_require_tls

    @property
    def json_logs(self) -> bool:
        """Whether logs are JSON lines: as configured, else in production."""
        return self.is_production if self.log_format == "auto" else self.log_format == "json"

    @property
    def admin_credentials(self) -> list[tuple[str, str]]:
        """Each admin's (name, token): the pairs of ADMIN_TOKENS and, in dev only, ADMIN_TOKEN
        as the admin named ADMIN_EMAIL."""
        pairs, _ = admin_token_pairs(self.admin_tokens.get_secret_value())
        single = self.admin_token.get_secret_value()
        if single and not self.is_production:
            pairs.append((self.admin_email or "admin", single))
        return pairs

    @property
    def shop_jwt(self) -> tuple[str, str, str]:
        """(key, issuer, audience) for shop tokens; dev falls back to the dev key and names."""
        key = self.shop_jwt_key.get_secret_value()
        issuer, audience = self.shop_jwt_issuer, self.shop_jwt_audience
        if not self.is_production:
            if not key and not self.shop_jwks_url:
                key = DEV_SHOP_JWT_KEY
            issuer = issuer or DEV_SHOP_JWT_ISSUER
            audience = audience or DEV_SHOP_JWT_AUDIENCE
        return key, issuer, audience

    @model_validator(mode="before")
    @classmethod
    def _dev_defaults(cls, data: Any) -> Any:
        """Dev conveniences default on only when APP_ENV=dev was asked for."""
        if isinstance(data, dict) and "crash_button_enabled" not in data:
            data = {**data, "crash_button_enabled": str(data.get("app_env", "")).lower() == "dev"}
        return data

    @model_validator(mode="after")
    def _refuse_unsafe_settings(self) -> Settings:
        problems = config_problems(self)
        if self.is_production:
            problems += production_problems(self)
        if problems:
            where = "in production" if self.is_production else "with these settings"
            raise ValueError(f"refusing to start {where}: " + "; ".join(problems))
        return self
