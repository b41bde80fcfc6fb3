"""Logging for every process: one line per event, with ids passed as `extra` fields."""

from __future__ import annotations

import logging

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
# Attributes every LogRecord has; anything else on a record came from `extra=`.
_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


class FieldsFormatter(logging.Formatter):
    """Appends `extra` fields as key=value, so `extra={"order_id": 7}` shows up in the line."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        fields = {k: v for k, v in record.__dict__.items() if k not in _STANDARD}
        fields.pop("temporal_workflow", None)
        fields.pop("temporal_activity", None)
        if not fields:
            return line
        return line + " " + " ".join(f"{k}={v}" for k, v in sorted(fields.items()))


def setup_logging(level: int = logging.INFO) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(FieldsFormatter(FORMAT))
    logging.basicConfig(level=level, handlers=[handler], force=True)
    logging.getLogger("httpx").setLevel(logging.WARNING)
