"""Background passes of the chat API (reconciliation, retention): run now, then at an interval."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)


async def every(seconds: float, one_pass: Callable[[], Awaitable[None]], what: str) -> None:
    """Run `one_pass` now and then every `seconds` until cancelled. A failed pass (the database
    or Temporal down) is logged and tried again at the next interval: a crash here would end
    every later pass."""
    while True:
        try:
            await one_pass()
        except Exception as exc:
            log.warning("%s failed: %s", what, type(exc).__name__)
        await asyncio.sleep(seconds)
