"""The dev supervisor with real processes: it restarts a kill -9'd worker, stops everything on
Ctrl-C, and a second run on the same data folder finds the pending refund and finishes it."""

from __future__ import annotations

import os
import signal

import httpx
import pytest

from tests.devstack.helpers import (
    refund_status,
    review_emails_of,
    stop_and_check_nothing_left,
    wait_for,
)
from tests.support.devstack import alive, free_port, run_devstack

pytestmark = pytest.mark.timeout(180)

RESTART_WITHIN = 3.0  # seconds: the supervisor promises ~2 s
ENV = {"PAYMENT_DELAY_SECONDS": "0.5"}
LAPTOP_ORDER_ID = 1  # seeded: customer 1's "Laptop Pro X1", $1299.99, above the review threshold


def test_supervisor_restarts_the_worker_and_a_second_run_finishes_the_refund(tmp_path, server_dir):
    data_dir = server_dir / "data"
    ports = {"api-port": free_port(), "temporal-port": free_port(), "ui-port": free_port()}
    base_url = f"http://127.0.0.1:{ports['api-port']}"
    with httpx.Client(base_url=base_url, timeout=15.0) as http:
        with run_devstack(data_dir, tmp_path / "devstack-1.log", ports=ports, **ENV) as stack:
            stack.wait_ready()
            assert http.post("/api/session", json={"customer_id": 1}).status_code == 200
            reply = http.post(
                "/api/refunds", json={"order_id": LAPTOP_ORDER_ID, "reason": "Arrived broken"}
            )
            assert reply.status_code == 200, reply.text
            assert reply.json()["outcome"] == "pending_review"

            # Kill the worker once the review email is out, while the refund waits for a person
            # (a kill during the email's send would hold the refund until that send times out).
            wait_for(lambda: review_emails_of(http, LAPTOP_ORDER_ID), lambda n: n == 1, within=15)
            first_worker = stack.pid_of("worker")
            assert first_worker and alive(first_worker)
            os.kill(first_worker, signal.SIGKILL)
            new_worker = wait_for(
                lambda: stack.pid_of("worker"),
                lambda pid: pid is not None and pid != first_worker and alive(pid),
                within=RESTART_WITHIN,
            )
            assert new_worker != first_worker
            assert http.get("/readyz").status_code == 200
            assert refund_status(http, LAPTOP_ORDER_ID) == "PENDING_REFUND"
            stop_and_check_nothing_left(stack, [first_worker])

        token = (data_dir / "admin-token").read_text().strip()
        assert (data_dir / "admin-token").stat().st_mode & 0o777 == 0o600
        with run_devstack(data_dir, tmp_path / "devstack-2.log", ports=ports, **ENV) as stack:
            stack.wait_ready()
            # The same session cookie still works: the session secret survived the restart.
            assert refund_status(http, LAPTOP_ORDER_ID) == "PENDING_REFUND"
            decision = http.post(
                f"/api/admin/reviews/{LAPTOP_ORDER_ID}/decision",
                json={"decision": "approve", "note": "checked the photos"},
                headers={"Authorization": f"Bearer {token}"},
            )
            assert decision.status_code == 200, decision.text
            wait_for(
                lambda: refund_status(http, LAPTOP_ORDER_ID), lambda s: s == "REFUNDED", within=15
            )
            stop_and_check_nothing_left(stack, [])
