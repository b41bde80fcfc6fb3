"""Logging for every process: one line per event, ids as fields."""

from __future__ import annotations

import logging

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(level: int = logging.INFO) -> None:
    logging.basicConfig(level=level, format=FORMAT)
    # Temporal's Rust core and httpx are chatty at INFO.
    logging.getLogger("httpx").setLevel(logging.WARNING)
