"""The retention sweep: what the chat API keeps per customer does not grow for ever.

Every RETENTION_SWEEP_SECONDS each chat API process deletes the chat transcript's lines older
than CHAT_TRANSCRIPT_RETENTION_DAYS and the rate-limit rows whose time has passed. Deleting is
idempotent, so several processes sweeping at once do no harm (one of them finds the work done).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

import asyncpg

from services.chat_api.agent import transcript
from services.chat_api.limits import forget_spent
from services.chat_api.periodic import every
from services.common.clock import utc_now
from services.common.config import Settings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SweepReport:
    transcript_lines: int
    rate_limit_rows: int


async def sweep_once(
    pool: asyncpg.Pool, settings: Settings, now: dt.datetime | None = None
) -> SweepReport:
    """One pass: transcript lines past the retention, then spent rate-limit rows."""
    lines = 0
    if settings.chat_transcript_retention_days > 0:
        now = now or utc_now()
        cutoff = now - dt.timedelta(days=settings.chat_transcript_retention_days)
        lines = await transcript.forget_before(pool, cutoff)
    return SweepReport(transcript_lines=lines, rate_limit_rows=await forget_spent(pool))


async def sweep_forever(pool: asyncpg.Pool, settings: Settings) -> None:
    """A pass now and then every RETENTION_SWEEP_SECONDS until cancelled (periodic.py)."""

    async def one_pass() -> None:
        report = await sweep_once(pool, settings)
        if report.transcript_lines or report.rate_limit_rows:
            log.info(
                "retention sweep",
                extra={
                    "transcript_lines": report.transcript_lines,
                    "rate_limit_rows": report.rate_limit_rows,
                },
            )

    await every(settings.retention_sweep_seconds, one_pass, "retention sweep")
