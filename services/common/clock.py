"""The one clock of the chat API: what time it is, as every timestamp it writes reads it.

Sessions, refund proposals, the agent's messages (their `at`), the system prompt's date, the
model's last error and the Temporal Web UI's "requested at" all take the time from a `Clock`.
The app is built with one (`create_app(clock=...)`), so a test that injects its own moves all
of them at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

# A function answering the current time, timezone-aware (UTC).
Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The real time, in UTC: the clock of every process unless a test injects its own."""
    return dt.datetime.now(dt.UTC)
