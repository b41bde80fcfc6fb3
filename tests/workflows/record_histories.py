"""Record one history per path of RefundWorkflow into tests/workflows/histories/recorded/.

Run `python -m tests.workflows.record_histories` (about half a minute) after a change that
`workflow.patched(...)` made safe (README, "Changing the refund workflow"): first move the files
of recorded/ into a folder of histories/ named for the code that wrote them (as
before-search-attributes/ holds the runs of the code before search attributes and decision ids),
so runs started by that code keep being replayed. It starts its own embedded PostgreSQL, Temporal
dev server and worker, runs each path for real and saves `history.to_json()`; `make test`
replays every file (tests/workflows/test_replay_stored.py). Never re-record to make a failing
replay pass: a failing replay means refunds waiting in production would break.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import timedelta
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import asyncpg
from temporalio.api.enums.v1 import PendingActivityState
from temporalio.client import (
    Client,
    WithStartWorkflowOperation,
    WorkflowFailureError,
    WorkflowHandle,
)
from temporalio.common import WorkflowIDConflictPolicy
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from services.common.config import Settings
from services.common.db import create_pool, migrate
from services.common.servers import (
    TEMPORAL_CLI,
    TEMPORAL_TUNING_ARGS,
    start_embedded_postgres,
    stop_embedded_postgres,
)
from services.common.temporal import SEARCH_ATTRIBUTES
from services.worker.main import build_worker
from tests.support.orders import OrderFactory, TestOrder
from tests.support.processes import kill_9, worker_process
from tests.support.refunds import start_refund
from tests.support.waiting import eventually
from workflows.contract import (
    COMMITTED_OUTCOME_UPDATE,
    DECISION_RECEIPT_UPDATE,
    DecisionReceipt,
    Outcome,
    RefundInput,
    RefundResult,
    ReviewDecision,
    refund_workflow_id,
)
from workflows.refund import RefundWorkflow

log = logging.getLogger("record_histories")
RECORDED = Path(__file__).resolve().parent / "histories" / "recorded"
Handle = WorkflowHandle[Any, Any]


class Recorder:
    """The servers, settings and order book every path uses."""

    def __init__(self, client: Client, pool: asyncpg.Pool, settings: Settings) -> None:
        self.client = client
        self.pool = pool
        self.settings = settings
        self.orders = OrderFactory(pool)

    async def start(self, price: str, **kwargs: Any) -> tuple[TestOrder, Handle]:
        order = await self.orders.order(price)
        return order, await start_refund(self.client, self.settings, order, **kwargs)

    async def decided(self, decision: str) -> Handle:
        order, handle = await self.start("1500.00")
        await eventually(partial(self.orders.emails, order.order_id), lambda n: n == 1)
        await handle.signal(
            RefundWorkflow.decide, ReviewDecision(decision=decision, reviewer="r@shop")
        )
        await handle.result()
        return handle


async def small_refund(rec: Recorder) -> Handle:
    _, handle = await rec.start("10.00")
    await handle.result()
    return handle


async def review_approved(rec: Recorder) -> Handle:
    return await rec.decided("approve")


async def review_rejected(rec: Recorder) -> Handle:
    return await rec.decided("reject")


async def review_timed_out(rec: Recorder) -> Handle:
    _, handle = await rec.start("1500.00", review_timeout=timedelta(seconds=1))
    await handle.result()
    return handle


async def duplicate_request(rec: Recorder) -> Handle:
    """Two requests for one order attach to one run: Update-with-Start twice, as the chat API
    does when the first request has not committed yet; then an approval."""
    order = await rec.orders.order("1500.00")
    wid = refund_workflow_id(order.order_id)
    for _ in range(2):
        start = WithStartWorkflowOperation(
            RefundWorkflow.run,
            RefundInput(
                order_id=order.order_id,
                customer_id=order.customer_id,
                reason="broken",
                review_threshold=rec.settings.refund_review_threshold,
                review_timeout=timedelta(days=7),
            ),
            id=wid,
            task_queue=rec.settings.temporal_task_queue,
            id_conflict_policy=WorkflowIDConflictPolicy.USE_EXISTING,
        )
        answer: RefundResult = await rec.client.execute_update_with_start_workflow(
            COMMITTED_OUTCOME_UPDATE, start_workflow_operation=start, result_type=RefundResult
        )
        assert answer.outcome == Outcome.PENDING_REVIEW
    handle = rec.client.get_workflow_handle(wid)
    await handle.signal(
        RefundWorkflow.decide, ReviewDecision(decision="approve", reviewer="r@shop")
    )
    await handle.result()
    return handle


async def review_in_flight(rec: Recorder) -> Handle:
    """A review still waiting for a person (saved open, as a deploy finds it)."""
    order, handle = await rec.start("1500.00")
    await eventually(partial(rec.orders.emails, order.order_id), lambda n: n == 1)
    return handle


async def decided_twice(rec: Recorder) -> Handle:
    """Two reviewers decide at once: the first decision counts, and each asks the run
    (`decision_receipt`) whether theirs did."""
    order, handle = await rec.start("1500.00")
    await eventually(partial(rec.orders.emails, order.order_id), lambda n: n == 1)
    first = ReviewDecision(decision="approve", reviewer="ann@shop", decision_id="first")
    second = ReviewDecision(decision="reject", reviewer="bob@shop", decision_id="second")
    for decision in (first, second):
        await handle.signal(RefundWorkflow.decide, decision)
    counted, refused = [
        await handle.execute_update(DECISION_RECEIPT_UPDATE, i, result_type=DecisionReceipt)
        for i in ("first", "second")
    ]
    assert counted.applied and not refused.applied and refused.decided_by == "ann@shop"
    await handle.result()
    return handle


async def worker_crash_mid_payment(rec: Recorder) -> Handle:
    """The worker is killed while the payment runs; the next worker pays once."""
    _, handle = await rec.start("45.00")

    async def paying() -> bool:
        pending = (await handle.describe()).raw_description.pending_activities
        started = PendingActivityState.PENDING_ACTIVITY_STATE_STARTED
        return any(a.activity_type.name == "settle_refund" and a.state == started for a in pending)

    with worker_process(rec.settings, PAYMENT_DELAY_SECONDS="60") as doomed:
        await eventually(paying, within=30)
        kill_9(doomed)
    async with build_worker(rec.client, rec.pool, rec.settings):
        await handle.result()
    return handle


async def refund_failed(rec: Recorder) -> Handle:
    """PostgreSQL refuses the request's text for good: REFUND_FAILED is recorded."""
    _, handle = await rec.start("10.00", reason="x\x00")
    try:
        await handle.result()
    except WorkflowFailureError:
        return handle
    raise AssertionError("the refund was expected to fail")


# Paths that need the in-process worker running; the crash path brings its own workers.
PATHS: dict[str, Callable[[Recorder], Awaitable[Handle]]] = {
    "small_refund": small_refund,
    "review_approved": review_approved,
    "review_rejected": review_rejected,
    "review_timed_out": review_timed_out,
    "duplicate_request": duplicate_request,
    "refund_failed": refund_failed,
    "decided_twice": decided_twice,
    "review_in_flight": review_in_flight,
}
CRASH_PATHS: dict[str, Callable[[Recorder], Awaitable[Handle]]] = {
    "worker_crash_mid_payment": worker_crash_mid_payment,
}


async def save(handle: Handle, name: str) -> None:
    history = await handle.fetch_history()
    (RECORDED / f"{name}.json").write_text(history.to_json() + "\n")
    log.info("recorded %s (%d events)", name, len(history.events))


def recording_settings(database_url: str, temporal_address: str) -> Settings:
    """Settings of the recording run: its own servers, test secrets, the shipped threshold."""
    return Settings(
        _env_file=None,
        app_env="dev",
        database_url=database_url,
        temporal_address=temporal_address,
        temporal_task_queue="record-histories",
        review_link_secret="record-review-secret-0123456789",
        session_secret="record-session-secret-0123456789",
        admin_token="record-admin-token-0123456789",
        admin_email="reviewer@shop.test",
        public_base_url="http://testserver",
        refund_review_threshold=Decimal("1000"),
        payment_delay_seconds=0,
        crash_button_enabled=False,
        reconcile_interval_seconds=0,
    )


async def record_all(folder: Path) -> None:
    """Start the servers in `folder`, record every path, stop the servers."""
    pgdata = folder / "pg"
    database_url = start_embedded_postgres(pgdata)
    try:
        env = await WorkflowEnvironment.start_local(
            dev_server_existing_path=str(TEMPORAL_CLI),
            dev_server_extra_args=TEMPORAL_TUNING_ARGS,
            search_attributes=SEARCH_ATTRIBUTES,
            data_converter=pydantic_data_converter,
        )
        async with env:
            pool = await create_pool(database_url, max_size=10)
            try:
                await migrate(pool)
                settings = recording_settings(
                    database_url, env.client.service_client.config.target_host
                )
                rec = Recorder(env.client, pool, settings)
                RECORDED.mkdir(parents=True, exist_ok=True)
                for name, path in CRASH_PATHS.items():
                    await save(await path(rec), name)
                async with build_worker(env.client, pool, settings):
                    for name, path in PATHS.items():
                        await save(await path(rec), name)
            finally:
                await pool.close()
    finally:
        stop_embedded_postgres(pgdata)


def main() -> None:
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    with tempfile.TemporaryDirectory(prefix="record-histories-") as folder:
        asyncio.run(record_all(Path(folder)))


if __name__ == "__main__":
    main()
