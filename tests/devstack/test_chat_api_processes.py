"""`make dev` runs its chat API as several processes on one port: each listens on the socket the
supervisor holds, each is restarted on its own after a kill -9 while the stack keeps answering,
and the Crash System button kills the worker and every chat API process, which all come back."""

from __future__ import annotations

import os
import signal

import httpx
import psutil
import pytest

from tests.devstack.helpers import stop_and_check_nothing_left, wait_for
from tests.support.devstack import DevStack, alive, read_pid, run_devstack

pytestmark = pytest.mark.timeout(240)

PROCESSES = 2
BACK_WITHIN = 60.0  # seconds: a restarted chat API imports its app first; slow when loaded


def chat_api_pids(stack: DevStack) -> list[int | None]:
    run = stack.data_dir / "run"
    return [read_pid(run / "chat_api.pid"), read_pid(run / "chat_api-2.pid")]


def listens_on_api_port(pid: int, port: int) -> bool:
    try:
        sockets = psutil.Process(pid).net_connections(kind="tcp")
    except psutil.Error:
        return False
    return any(s.status == psutil.CONN_LISTEN and s.laddr.port == port for s in sockets)


def replaced(stack: DevStack, before: list[int | None]) -> list[int | None]:
    """The chat API pids once every one differs from `before` and runs."""
    return wait_for(
        lambda: chat_api_pids(stack),
        lambda now: all(p is not None and p not in before and alive(p) for p in now),
        within=BACK_WITHIN,
    )


def test_chat_api_processes_share_the_port_restart_alone_and_all_come_back_after_a_crash(
    tmp_path,
):
    with run_devstack(
        tmp_path / "data",
        tmp_path / "devstack.log",
        DEVSTACK_API_PROCESSES=str(PROCESSES),
        PAYMENT_DELAY_SECONDS="0",
    ) as stack:
        stack.wait_ready()
        port = int(stack.base_url.rsplit(":", 1)[1])
        first = chat_api_pids(stack)
        assert all(first) and len(set(first)) == PROCESSES, first
        assert all(listens_on_api_port(p, port) for p in first if p), first
        killed = []
        # A new connection per request, as after a kill a browser opens new ones.
        fresh = httpx.Limits(max_keepalive_connections=0)
        with httpx.Client(base_url=stack.base_url, timeout=60.0, limits=fresh) as http:
            assert http.post("/api/session", json={"customer_id": 1}).status_code == 200

            # One process killed: it alone is restarted, and a turn sent meanwhile is answered.
            victim, survivor = first
            assert victim and survivor
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)
            turn = http.post("/api/chat", json={"message": "hello"})
            assert turn.status_code == 200, turn.text
            now = wait_for(
                lambda: chat_api_pids(stack),
                lambda pids: pids[0] not in (None, victim) and alive(pids[0] or 0),
                within=BACK_WITHIN,
            )
            assert now[1] == survivor
            assert listens_on_api_port(now[0] or 0, port)

            # The Crash System button: the worker and every chat API process die and return.
            worker = stack.pid_of("worker")
            stack.wait_ready(within=BACK_WITHIN)
            assert http.post("/api/admin/crash").status_code == 202
            killed += [p for p in now if p]
            after = replaced(stack, now)
            wait_for(
                lambda: stack.pid_of("worker"),
                lambda pid: pid not in (None, worker) and alive(pid or 0),
                within=BACK_WITHIN,
            )
            stack.wait_ready(within=BACK_WITHIN)
            assert all(listens_on_api_port(p, port) for p in after if p), after
            turn = http.post("/api/chat", json={"message": "hello again"})
            assert turn.status_code == 200, turn.text
            assert worker is not None
            killed.append(worker)
        stop_and_check_nothing_left(stack, killed + [p for p in after if p])
