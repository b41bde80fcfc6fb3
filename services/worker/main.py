"""The worker process: runs RefundWorkflow and its activities until SIGTERM/SIGINT."""

from __future__ import annotations

import asyncio
import faulthandler
import gc
import logging
import signal
from datetime import timedelta

import asyncpg
from temporalio.client import Client
from temporalio.worker import Worker

from activities.email import EmailActivities, make_sender
from activities.orders import OrderActivities
from activities.payments import LedgerGateway, PaymentGateway
from services.common.config import Settings
from services.common.db import create_pool
from services.common.logs import setup_logging
from services.common.review_tokens import ReviewTokens
from services.common.temporal import connect_temporal, metrics_runtime
from services.common.tracing import start_tracing
from workflows.refund import RefundWorkflow

log = logging.getLogger(__name__)

# With a sticky queue, a workflow's next task waits for the worker that cached it. If that
# worker died, this is how long before the task goes to any worker (SDK default: 10 s).
STICKY_SCHEDULE_TO_START = timedelta(seconds=1)
# How long in-flight activities get to finish on SIGTERM before they are cancelled.
GRACEFUL_SHUTDOWN = timedelta(seconds=5)
# Workflow tasks this worker runs at once (SDK default: 100). Taking more than it can finish
# within the workflow task timeout (2 s) makes a busy worker's tasks time out and run again,
# and its sticky tasks miss their 1 s: after a kill -9 with 200 refunds waiting, 100 slots
# gave ~240 task timeouts, ~360 completions refused as too late and 22.8 s until all were paid;
# 10 slots gave 9 timeouts (the dead worker's), none refused, 6.9 s (same load, 2 busy cores).
MAX_CONCURRENT_WORKFLOW_TASKS = 10


def build_worker(
    client: Client,
    pool: asyncpg.Pool,
    settings: Settings,
    *,
    gateway: PaymentGateway | None = None,
) -> Worker:
    """The refund worker: one workflow, the order and email activities."""
    orders = OrderActivities(pool, gateway or LedgerGateway(settings.payment_delay_seconds))
    email = EmailActivities(
        pool,
        make_sender(settings),
        ReviewTokens(settings.review_link_secret.get_secret_value()),
        admin_email=settings.admin_email,
        public_base_url=settings.public_base_url,
    )
    return Worker(
        client,
        task_queue=settings.temporal_task_queue,
        workflows=[RefundWorkflow],
        activities=[
            orders.open_refund,
            orders.settle_refund,
            orders.reject_refund,
            orders.fail_refund,
            email.send_review_email,
        ],
        sticky_queue_schedule_to_start_timeout=STICKY_SCHEDULE_TO_START,
        graceful_shutdown_timeout=GRACEFUL_SHUTDOWN,
        max_concurrent_workflow_tasks=MAX_CONCURRENT_WORKFLOW_TASKS,
    )


async def run(settings: Settings) -> None:
    pool = await create_pool(
        settings.database_url,
        min_size=settings.db_pool_min_size,
        max_size=settings.db_pool_max_size,
        reset_sessions=False,  # the activities' statements and transactions only
    )
    try:
        runtime = (
            metrics_runtime(settings.worker_metrics_address)
            if settings.worker_metrics_address
            else None
        )
        client = await connect_temporal(settings, runtime=runtime)
        worker = build_worker(client, pool, settings)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        async with worker:
            # What start-up imported and built lives as long as the process: full garbage
            # collections no longer scan it (as in the chat API, services/chat_api/app.py).
            gc.freeze()
            log.info("worker running", extra={"task_queue": settings.temporal_task_queue})
            await stop.wait()
            log.info("worker stopping")
    finally:
        await pool.close()


def main() -> None:
    # A crash in native code (the Temporal SDK's core, asyncpg) writes every thread's Python
    # stack to stderr, where the process's log goes, instead of leaving only an exit code.
    faulthandler.enable()
    settings = Settings()
    setup_logging(json_lines=settings.json_logs)
    # Traces of workflows and activities (via connect_temporal's interceptor) and SQL.
    provider = start_tracing(settings, "worker")
    try:
        asyncio.run(run(settings))
    finally:
        if provider is not None:
            provider.shutdown()


if __name__ == "__main__":
    main()
