"""Which database failures are worth retrying, and which can never succeed.

A retried activity must not spin forever on a row PostgreSQL will always refuse (a NUL byte
in text, a value out of range, a violated check): such failures become non-retryable
`ApplicationError`s with a type, so the workflow records the refund as failed and a person
looks. Lost connections, timeouts and a database restarting stay retryable.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import asyncpg
from temporalio.exceptions import ApplicationError

from services.common.text import strip_control_chars
from workflows.contract import ErrorType

# PostgreSQL errors that repeat identically on every attempt: class 22 (data exceptions) and
# class 23 (integrity violations; the ones that mean "already done" are absorbed by the
# activities' ON CONFLICT clauses before they can be raised).
FINAL_DATABASE_ERRORS: tuple[type[Exception], ...] = (
    asyncpg.DataError,
    asyncpg.IntegrityConstraintViolationError,
)


@contextmanager
def final_database_errors() -> Iterator[None]:
    """Re-raise data errors that no retry can fix as a non-retryable `InvalidData` error."""
    try:
        yield
    except FINAL_DATABASE_ERRORS as exc:
        raise ApplicationError(
            f"the database refused the data: {strip_control_chars(str(exc))[:300]}",
            type=ErrorType.INVALID_DATA,
            non_retryable=True,
        ) from exc
