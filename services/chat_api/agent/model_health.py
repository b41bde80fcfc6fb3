"""Model failures made visible: classified, logged with their cause, counted, shown.

Every failed call to the model endpoint gets a kind (`auth` for 401/403, `unknown_model` for
404, `timeout`, `server_error` for 5xx, `rate_limited`, `unreachable`, `bad_request`, `other`),
a log line with the endpoint's own words, a count in `model_errors_total{kind}` and a
place in `GET /api/info` (`llm_status`, `llm_last_error`). At start-up the endpoint is asked
for its models with the configured key (bounded wait), so a wrong key or model name shows in
`/readyz` and the log before the first customer chats.
"""

from __future__ import annotations

import datetime as dt
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
from pydantic import BaseModel

from services.chat_api.metrics import MODEL_ERRORS
from services.common.clock import Clock, utc_now
from services.common.config import Settings
from services.common.formats import Timestamp

log = logging.getLogger(__name__)

OPENAI_DEFAULT_BASE_URL = "https://api.openai.com/v1"
# How long the start-up check waits for the endpoint's list of models, in seconds.
PROBE_TIMEOUT_SECONDS = 3.0
# Kinds that mean the configuration is wrong (a restart with a fixed setting is needed).
MISCONFIGURED = frozenset({"auth", "unknown_model"})
# The longest endpoint message kept for the log and /api/info, in characters.
CAUSE_CHARS = 300

Kind = Literal[
    "auth",
    "unknown_model",
    "timeout",
    "server_error",
    "rate_limited",
    "unreachable",
    "bad_request",
    "other",
]

EXPLANATIONS: dict[str, str] = {
    "auth": "the model endpoint refused the API key (check OPENAI_API_KEY)",
    "unknown_model": (
        "the model endpoint does not know this model (check LLM_MODEL and OPENAI_BASE_URL)"
    ),
    "timeout": "the model endpoint did not answer in time",
    "server_error": "the model endpoint answered with a server error",
    "rate_limited": "the model endpoint is rate limiting us",
    "unreachable": "the model endpoint cannot be reached (check OPENAI_BASE_URL)",
    "bad_request": "the model endpoint refused the request",
    "other": "the model call failed",
}


class ModelError(BaseModel):
    """The model endpoint's last failure, as `GET /api/info` shows it to an admin."""

    kind: Kind
    explanation: str
    message: str | None
    at: Timestamp


def _status_kind(status: int) -> Kind:
    if status in (401, 403):
        return "auth"
    if status == 404:
        return "unknown_model"
    if status == 429:
        return "rate_limited"
    if status >= 500:
        return "server_error"
    return "bad_request"


def classify(exc: BaseException) -> Kind:
    """The kind of a failed model call, from the OpenAI client's (or httpx's) exception. The
    OpenAI client is looked at only once something loaded it (the offline model never does,
    and its start-up is quicker without it): before that, no exception can be one of its."""
    if isinstance(exc, httpx.TimeoutException | TimeoutError):
        return "timeout"
    if isinstance(exc, httpx.TransportError):
        return "unreachable"
    if "openai" not in sys.modules:
        return "other"
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return "timeout"
    if isinstance(exc, openai.APIConnectionError):
        return "unreachable"
    if isinstance(exc, openai.APIStatusError):
        return _status_kind(exc.status_code)
    return "other"


def _cause(exc: BaseException) -> str:
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return str(text)[:CAUSE_CHARS]


@dataclass
class ModelHealth:
    """What this process knows about its model endpoint; one per chat API process."""

    provider: Literal["openai", "offline"]
    model: str
    status: Literal["offline", "unchecked", "ok", "error"] = "unchecked"
    last_error_kind: Kind | None = None
    last_error: str | None = None
    last_error_at: dt.datetime | None = None
    # What time a failure is recorded at (the app's clock).
    clock: Clock = field(default=utc_now, repr=False)

    @classmethod
    def for_settings(cls, settings: Settings, clock: Clock = utc_now) -> ModelHealth:
        provider = settings.resolved_llm_provider
        status: Literal["offline", "unchecked"] = (
            "offline" if provider == "offline" else "unchecked"
        )
        return cls(provider, settings.llm_model, status, clock=clock)

    @property
    def misconfigured(self) -> bool:
        return self.status == "error" and self.last_error_kind in MISCONFIGURED

    def failed(self, exc: BaseException, **fields: Any) -> Kind:
        """Record a failed call: classify it, log its cause, count it; returns its kind."""
        kind = classify(exc)
        self._record(kind, f"{type(exc).__name__}: {_cause(exc)}", **fields)
        return kind

    def _record(self, kind: Kind, cause: str, **fields: Any) -> None:
        MODEL_ERRORS.labels(kind=kind).inc()
        self.status = "error"
        self.last_error_kind = kind
        self.last_error = cause
        self.last_error_at = self.clock()
        log.warning(
            "chat model failed (%s): %s: %s",
            kind,
            EXPLANATIONS[kind],
            cause,
            extra={"kind": kind, "model": self.model, **fields},
        )

    def succeeded(self) -> None:
        if self.provider == "openai":
            self.status = "ok"

    def last_failure(self) -> ModelError | None:
        """The `llm_last_error` of `GET /api/info`: the last failure, if any."""
        if self.last_error_kind is None or self.last_error_at is None:
            return None
        return ModelError(
            kind=self.last_error_kind,
            explanation=EXPLANATIONS[self.last_error_kind],
            message=self.last_error,
            at=self.last_error_at,
        )

    def readiness(self) -> str:
        """The `llm` entry of `/readyz`: "ok", "offline", "unchecked" or what is wrong."""
        if self.status == "error" and self.last_error_kind is not None:
            return f"{self.last_error_kind}: {EXPLANATIONS[self.last_error_kind]}"
        return self.status

    async def probe(self, settings: Settings) -> None:
        """Ask the endpoint for its models with our key (bounded); record what it says."""
        if self.provider != "openai":
            return
        base = (settings.openai_base_url or OPENAI_DEFAULT_BASE_URL).rstrip("/")
        key = settings.openai_api_key.get_secret_value()
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        try:
            async with httpx.AsyncClient(timeout=PROBE_TIMEOUT_SECONDS) as http:
                response = await http.get(f"{base}/models", headers=headers)
        except Exception as exc:  # unreachable or slow: visible now, retried by real turns
            self._record(classify(exc), _cause(exc), check="start-up")
            return
        if response.status_code == 404:
            log.info("the model endpoint has no /models route; the model is not checked")
            return
        if response.status_code >= 400:
            self._record(
                _status_kind(response.status_code),
                f"HTTP {response.status_code}: {response.text[:CAUSE_CHARS]}",
                check="start-up",
            )
            return
        try:
            offered = [str(m["id"]) for m in response.json().get("data", [])]
        except (ValueError, KeyError, TypeError, AttributeError):
            offered = []
        if offered and self.model not in offered:
            self._record(
                "unknown_model",
                f"{self.model!r} is not among the endpoint's models: {', '.join(offered[:10])}",
                check="start-up",
            )
            return
        self.succeeded()
        log.info("chat model endpoint answered", extra={"model": self.model, "base_url": base})


def turn_result(added: Sequence[Any]) -> str:
    """The `result` label of `chat_turns_total` for the messages a finished turn added."""
    if any(getattr(m, "additional_kwargs", {}).get("fallback") for m in added):
        return "model_error"
    return "ok"
