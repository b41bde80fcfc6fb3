"""Shared steps of the supervisor tests: poll a condition, read a refund (through the API or
the ledger), stop the stack and
check that none of its processes (current or earlier generations) is left running."""

from __future__ import annotations

import signal
import time
from collections.abc import Callable
from typing import TypeVar

import httpx
import psycopg

from tests.support.devstack import STOP_WITHIN, DevStack, alive

T = TypeVar("T")
PROCESS_NAMES = ("postgres", "temporal", "worker", "chat_api")


def wait_for(probe: Callable[[], T], until: Callable[[T], bool], *, within: float) -> T:
    """Poll `probe` every 50 ms until `until(value)`; fail with the last value at the deadline."""
    deadline = time.monotonic() + within
    while True:
        value = probe()
        if until(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"not met within {within}s; last value: {value!r}")
        time.sleep(0.05)


def refund_status(http: httpx.Client, order_id: int) -> str:
    response = http.get(f"/api/refunds/{order_id}")
    assert response.status_code == 200, response.text
    status: str = response.json()["status"]
    return status


def database_url(stack: DevStack) -> str:
    """The app database of the stack's embedded PostgreSQL (Unix socket in its data folder)."""
    return f"postgresql://postgres@/refunds?host={stack.data_dir / 'pg'}"


def ledger_state(stack: DevStack, order_id: int) -> str | None:
    """The refund ledger row's state for `order_id` (None: no row, or PostgreSQL is down)."""
    try:
        with psycopg.connect(database_url(stack), connect_timeout=2) as conn:
            row = conn.execute("SELECT state FROM refunds WHERE order_id = %s", (order_id,))
            found = row.fetchone()
    except psycopg.OperationalError:
        return None
    return str(found[0]) if found else None


def review_emails_of(http: httpx.Client, order_id: int) -> int:
    response = http.get("/api/dev/outbox")
    assert response.status_code == 200, response.text
    return sum(1 for mail in response.json() if mail["order_id"] == order_id)


def stop_and_check_nothing_left(stack: DevStack, extra_pids: list[int]) -> float:
    """SIGINT the supervisor; it must exit 0 and leave none of its processes behind."""
    pids = {name: stack.pid_of(name) for name in PROCESS_NAMES}
    assert all(pids.values()), f"missing pid files: {pids}"
    started = time.monotonic()
    stack.proc.send_signal(signal.SIGINT)
    code = stack.proc.wait(timeout=STOP_WITHIN)
    took = time.monotonic() - started
    assert code == 0, f"supervisor exit code {code}\n{stack.tail()}"
    left = {n: p for n, p in pids.items() if p and alive(p)}
    left |= {f"earlier process {p}": p for p in extra_pids if alive(p)}
    assert not left, f"still running after the supervisor stopped: {left}\n{stack.tail()}"
    return took
