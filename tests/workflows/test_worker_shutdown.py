"""SIGTERM lets the in-flight payment finish before the worker exits: no wait for a timeout."""

from __future__ import annotations

import asyncio
import signal

from tests.support.processes import WORKER_START_WITHIN_SECONDS, worker_process
from tests.support.refunds import start_refund
from tests.support.waiting import eventually
from tests.workflows.test_worker_crash import _payment_in_flight

# Long enough that the test sees the payment under way before it ends, short enough to end
# well inside the worker's 5 s graceful shutdown.
PAYMENT_DELAY_SECONDS = "3"


async def test_sigterm_drains_the_payment_then_exits_cleanly(client, orders, settings, tmp_path):
    order = await orders.order("60.00")
    handle = await start_refund(client, settings, order)
    log = tmp_path / "worker.log"
    with worker_process(settings, log=log, PAYMENT_DELAY_SECONDS=PAYMENT_DELAY_SECONDS) as proc:
        await eventually(lambda: _payment_in_flight(handle), within=WORKER_START_WITHIN_SECONDS)
        proc.send_signal(signal.SIGTERM)
        code = await asyncio.to_thread(proc.wait, 15)
    # (a crash shows its stacks here: the worker enables faulthandler)
    assert code == 0, log.read_text(errors="replace")[-4000:]
    # The payment completed inside the graceful window, so nothing waits for a retry.
    assert await orders.status(order.order_id) == "REFUNDED"
    assert await orders.ledger_rows(order.order_id) == 1
