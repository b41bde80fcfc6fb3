"""The dev supervisor with real processes: a kill -9'd Temporal dev server or PostgreSQL is
started again on the same data, the worker and chat API carry on by themselves, and refunds
that were in flight (one being paid, one awaiting review) finish after the restart."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time
from collections.abc import Callable

import httpx
import pytest

from tests.devstack.helpers import (
    ledger_state,
    refund_status,
    review_emails_of,
    stop_and_check_nothing_left,
    wait_for,
)
from tests.support.devstack import DevStack, alive, run_devstack

pytestmark = pytest.mark.timeout(180)

# A payment slow enough to kill a dependency while it is under way: the test sees the payment
# start (its ledger row REQUESTED) and kills within this window, polling every 50 ms, however
# slowly a busy machine runs the test.
ENV = {"PAYMENT_DELAY_SECONDS": "4"}
# Seeded orders of customer 1: (above the review threshold, paid without review) per victim.
ORDERS = {"temporal": (1, 2), "postgres": (3, 4)}  # laptop, headphones; TV, smart watch
BACK_WITHIN = 30.0  # seconds: restarts take ~1 s here; a loaded CI machine is slower
TRANSIENT = (502, 503, 504)


def call_until_answered(send: Callable[[], httpx.Response], *, within: float) -> httpx.Response:
    """What a real client does: retry connection errors and 5xx until a real answer."""
    deadline = time.monotonic() + within
    while True:
        try:
            response = send()
            if response.status_code not in TRANSIENT and response.status_code < 500:
                return response
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise AssertionError(f"no answer within {within}s")
        time.sleep(0.2)


def _kill_and_finish(stack: DevStack, http: httpx.Client, token: str, victim: str) -> int:
    """Kill `victim` while one refund awaits review and another is being paid; both must
    finish after its restart. Returns the killed pid."""
    large_id, small_id = ORDERS[victim]
    large = http.post("/api/refunds", json={"order_id": large_id, "reason": "x"})
    assert large.json()["outcome"] == "pending_review", large.text
    wait_for(lambda: review_emails_of(http, large_id), lambda n: n == 1, within=15)

    def request_small() -> None:
        # Its outcome is read from the order below, whatever this call answers.
        with contextlib.suppress(httpx.HTTPError):
            http.post("/api/refunds", json={"order_id": small_id, "reason": "x"})

    client_thread = threading.Thread(target=request_small)
    client_thread.start()
    wait_for(lambda: ledger_state(stack, small_id), lambda s: s == "REQUESTED", within=15)
    first = stack.pid_of(victim)
    assert first and alive(first)
    os.kill(first, signal.SIGKILL)
    wait_for(
        lambda: stack.pid_of(victim),
        lambda pid: pid is not None and pid != first and alive(pid),
        within=BACK_WITHIN,
    )
    stack.wait_ready(within=BACK_WITHIN)
    client_thread.join(timeout=30)

    # The payment under way when it died completes by itself.
    wait_for(lambda: refund_status(http, small_id), lambda s: s == "REFUNDED", within=BACK_WITHIN)
    # The refund awaiting review takes a decision and is paid.
    decision = call_until_answered(
        lambda: http.post(
            f"/api/admin/reviews/{large_id}/decision",
            json={"decision": "approve", "note": "checked"},
            headers={"Authorization": f"Bearer {token}"},
        ),
        within=BACK_WITHIN,
    )
    assert decision.status_code == 200, decision.text
    wait_for(lambda: refund_status(http, large_id), lambda s: s == "REFUNDED", within=BACK_WITHIN)
    assert review_emails_of(http, large_id) == 1
    return first


def test_killed_temporal_then_postgres_come_back_and_in_flight_refunds_finish(tmp_path, server_dir):
    data_dir = server_dir / "data"
    with run_devstack(data_dir, tmp_path / "devstack.log", ports=None, **ENV) as stack:
        stack.wait_ready()
        token = (data_dir / "admin-token").read_text().strip()
        with httpx.Client(base_url=stack.base_url, timeout=15.0) as http:
            assert http.post("/api/session", json={"customer_id": 1}).status_code == 200
            killed = [_kill_and_finish(stack, http, token, v) for v in ("temporal", "postgres")]
        stop_and_check_nothing_left(stack, killed)
