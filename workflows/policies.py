"""Timeouts and retry policies of RefundWorkflow's activities (workflows/refund.py).

Changing one changes the commands a run records only in their attributes, which replay does
not compare; the names of the activities they apply to are in workflows/contract.py.
"""

from __future__ import annotations

from datetime import timedelta

from temporalio.common import RetryPolicy

from workflows.contract import ErrorType

# Database activities take milliseconds: a short start-to-close notices a dead worker fast.
DB_RETRY = RetryPolicy(
    initial_interval=timedelta(milliseconds=200),
    backoff_coefficient=2.0,
    maximum_interval=timedelta(seconds=5),
    non_retryable_error_types=[
        ErrorType.ORDER_NOT_FOUND,
        ErrorType.LEDGER_MISSING,
        ErrorType.NOT_PAYABLE,
        ErrorType.INVALID_DATA,
    ],
)
DB_TIMEOUT = timedelta(seconds=2)
# Recording the failure itself retries until PostgreSQL is back, however long that takes.
RECORD_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1), maximum_interval=timedelta(minutes=1)
)
# Payment may take a while; its heartbeats tell a slow payment from a dead worker.
PAY_TIMEOUT = timedelta(minutes=2)
PAY_HEARTBEAT = timedelta(seconds=2)
# Email goes over the network to SMTP or SendGrid; heartbeats tell a slow provider from a
# dead worker, and carry the cancellation when the review ends first.
EMAIL_TIMEOUT = timedelta(seconds=30)
EMAIL_HEARTBEAT = timedelta(seconds=2)
EMAIL_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    backoff_coefficient=2.0,
    maximum_interval=timedelta(minutes=1),
    non_retryable_error_types=[ErrorType.EMAIL_REJECTED],
)
