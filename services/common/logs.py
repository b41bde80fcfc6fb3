"""Logging for every process: one line per event, with ids passed as `extra` fields.

Text for people (dev), JSON lines for log shippers (production). Either way the ids an operator
searches by (workflow_id, run_id, order_id, customer_id, request_id) are fields of their own,
fields whose names look like credentials are never written, and a review link's token (or any
signed token: a review token or a JWT) is replaced wherever it appears in a line: whoever reads
the logs must not be able to decide a refund.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from contextvars import ContextVar
from typing import Any

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Attributes every LogRecord has; anything else on a record came from `extra=`.
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}
# The id of the HTTP request being served (set by the chat API's request-id middleware).
request_id_var: ContextVar[str | None] = ContextVar("request_id", default=None)
# The signed-in customer of that request, once known (set by the chat API's customer dependency).
customer_id_var: ContextVar[int | None] = ContextVar("customer_id", default=None)
# Field names that may hold a credential: their values are replaced before writing.
SECRET_WORDS = ("secret", "token", "password", "api_key", "apikey", "authorization", "cookie")
REDACTED = "[redacted]"
# A review page's path carries its token; signed tokens (ours and JWTs) start with base64url
# JSON ("eyJ") and have a signature after a dot.
TOKEN_PATTERNS = (
    (re.compile(r"(/review/)(?!{)[^/\s\"'?#<>]+"), r"\1" + REDACTED),
    (re.compile(r"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_.-]+"), REDACTED),
)
# Temporal's per-workflow/activity log details -> our field names.
TEMPORAL_FIELDS = {
    "workflow_id": "workflow_id",
    "run_id": "run_id",
    "workflow_run_id": "run_id",
    "workflow_type": "workflow_type",
    "activity_type": "activity_type",
    "attempt": "attempt",
}


def redact_tokens(text: str) -> str:
    """`text` with review-link paths and signed tokens replaced by [redacted]."""
    for pattern, replacement in TOKEN_PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def _clean(value: Any) -> Any:
    return redact_tokens(value) if isinstance(value, str) else value


def _is_secret(name: str) -> bool:
    lowered = name.lower()
    return any(word in lowered for word in SECRET_WORDS)


def record_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The record's own fields: `extra=` values, Temporal's workflow/activity ids flattened,
    the current request id; credentials redacted."""
    fields = {k: v for k, v in record.__dict__.items() if k not in _STANDARD}
    # workflow.logger / activity.logger attach dicts of ids: keep the ids operators search by.
    for key in ("temporal_workflow", "temporal_activity"):
        info = fields.pop(key, None)
        if isinstance(info, dict):
            for name, value in info.items():
                if name in TEMPORAL_FIELDS:
                    fields.setdefault(TEMPORAL_FIELDS[name], value)
    request_id = request_id_var.get()
    if request_id is not None:
        fields.setdefault("request_id", request_id)
    customer_id = customer_id_var.get()
    if customer_id is not None:
        fields.setdefault("customer_id", customer_id)
    return {k: (REDACTED if _is_secret(k) else _clean(v)) for k, v in fields.items()}


class FieldsFormatter(logging.Formatter):
    """Appends `extra` fields as key=value, so `extra={"order_id": 7}` shows up in the line."""

    def format(self, record: logging.LogRecord) -> str:
        line = redact_tokens(super().format(record))
        fields = record_fields(record)
        if not fields:
            return line
        return line + " " + " ".join(f"{k}={v}" for k, v in sorted(fields.items()))


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, the fields, and any traceback."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": redact_tokens(record.getMessage()),
            **record_fields(record),
        }
        if record.exc_info:
            entry["exception"] = redact_tokens(self.formatException(record.exc_info))
        return json.dumps(entry, default=str)


def setup_logging(
    level: int = logging.INFO, *, json_lines: bool = False, temporal: bool = True
) -> None:
    """Configure the root logger for this process (JSON lines or readable text). `temporal`
    is for processes that run workflows or activities (their loggers' ids become fields); the
    others skip it and so do not import the Temporal SDK just to log."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if json_lines else FieldsFormatter(FORMAT))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if temporal:
        from temporalio import activity, workflow

        # The ids are fields of their own (see record_fields): not repeated inside the message.
        activity.logger.activity_info_on_message = False
        workflow.logger.workflow_info_on_message = False
