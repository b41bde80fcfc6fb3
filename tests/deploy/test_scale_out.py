"""Two workers and two chat APIs, each a separate process, against one Temporal server and one
PostgreSQL: a burst of refunds through both APIs (the same order through both at once among
them) with one worker killed (-9) mid-payment pays every refund exactly once, both workers did
work, and one customer chatting through both APIs at once gets a linear history."""

from __future__ import annotations

import asyncio
import subprocess
import uuid
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, ExitStack
from typing import Any

import httpx
import pytest
from temporalio.api.enums.v1 import EventType, PendingActivityState
from temporalio.client import Client

from services.common.config import Settings
from tests.agent.chat_process import chat_api_process, free_port
from tests.support import orders as order_support
from tests.support.api import sign_in
from tests.support.processes import kill_9, wait_until_polling, worker_pid, worker_process
from tests.support.waiting import eventually
from workflows.contract import refund_workflow_id

# The victim's payments never finish before its kill, so the kill lands while it holds them.
HELD_PAYMENT_SECONDS = "600"
# The survivor's payments take a moment, as real ones do.
PAYMENT_DELAY_SECONDS = "1.5"
SINGLE_ORDERS = 8  # each through one API, alternating
DOUBLE_ORDERS = 3  # each through both APIs at the same moment
CHAT_MESSAGES = 6  # one customer, alternating APIs, all at once
START_WITHIN_SECONDS = 120
# How long a refund request waits for its outcome: the victim's refunds are committed only after
# the survivor has started, the victim was killed and its payments were taken over.
COMMIT_WAIT_SECONDS = 150.0


async def _wait_until_serving(http: httpx.AsyncClient, proc: subprocess.Popen[bytes]) -> None:
    """Two APIs and two workers importing at once on a shared 2-core machine start slowly."""

    async def probe() -> int:
        assert proc.poll() is None, "the chat API exited during start-up"
        try:
            # The app itself answers /api/info; /healthz answers as soon as the port is open.
            return (await http.get("/api/info")).status_code
        except httpx.TransportError:
            return 0

    await eventually(probe, lambda code: code == 200, within=START_WITHIN_SECONDS, interval=0.2)


async def _running_payments_on(
    client: Client, orders: list[order_support.TestOrder], pid: int
) -> int:
    """How many refunds have a payment started on worker `pid` right now."""
    running = 0
    for o in orders:
        try:
            desc = await client.get_workflow_handle(refund_workflow_id(o.order_id)).describe()
        except Exception:  # not started yet
            continue
        for a in desc.raw_description.pending_activities:
            if (
                a.activity_type.name == "settle_refund"
                and a.state == PendingActivityState.PENDING_ACTIVITY_STATE_STARTED
                and worker_pid(a.last_worker_identity) == pid
            ):
                running += 1
    return running


async def _worker_pids_in_history(client: Client, order: order_support.TestOrder) -> set[int]:
    """The workers that completed a workflow task or started an activity of this refund."""
    pids: set[int] = set()
    handle = client.get_workflow_handle(refund_workflow_id(order.order_id))
    async for event in handle.fetch_history_events():
        if event.event_type == EventType.EVENT_TYPE_WORKFLOW_TASK_COMPLETED:
            identity = event.workflow_task_completed_event_attributes.identity
        elif event.event_type == EventType.EVENT_TYPE_ACTIVITY_TASK_STARTED:
            identity = event.activity_task_started_event_attributes.identity
        else:
            continue
        pid = worker_pid(identity)
        if pid is not None:
            pids.add(pid)
    return pids


async def _request_refund(
    http: httpx.AsyncClient, order: order_support.TestOrder
) -> dict[str, Any]:
    r = await http.post("/api/refunds", json={"order_id": order.order_id, "reason": "scale test"})
    assert r.status_code == 200, r.text
    body: dict[str, Any] = r.json()
    return body


@pytest.fixture(scope="module")
def stack_settings(database_url, temporal_env) -> Settings:
    """Settings shared by this module's processes: the test servers, their own task queue."""
    return Settings(
        _env_file=None,
        app_env="dev",
        database_url=database_url,
        temporal_address=temporal_env.client.service_client.config.target_host,
        temporal_task_queue=f"scale-{uuid.uuid4().hex[:12]}",
        review_link_secret="scale-review-secret-0123456789",
        session_secret="scale-session-secret-0123456789",
        admin_token="scale-admin-token-0123456789",
        public_base_url="http://testserver",
        crash_button_enabled=False,
        llm_provider="offline",
        # A refund caught by the kill waits for recovery, not for a 503.
        refund_commit_wait_seconds=COMMIT_WAIT_SECONDS,
        # One customer's messages go all at once, to show the turn lock across processes: more
        # at once than the per-customer limits let through (tests/chat_api checks those).
        customer_concurrent_requests=0,
        chat_turns_waiting=CHAT_MESSAGES,
    )


@pytest.fixture(scope="module")
async def apis(stack_settings, tmp_path_factory) -> AsyncIterator[list[httpx.AsyncClient]]:
    """Two chat API processes, started once for this module; one HTTP client on each."""
    logs = tmp_path_factory.mktemp("chat-apis")
    with ExitStack() as procs:
        ports = [free_port(), free_port()]
        started = [
            procs.enter_context(chat_api_process(stack_settings, port, logs / f"api-{port}.log"))
            for port in ports
        ]
        async with AsyncExitStack() as clients:
            https = [
                await clients.enter_async_context(
                    httpx.AsyncClient(
                        base_url=f"http://127.0.0.1:{port}", timeout=COMMIT_WAIT_SECONDS + 30
                    )
                )
                for port in ports
            ]
            for http, proc in zip(https, started, strict=True):
                await _wait_until_serving(http, proc)
            yield https


@pytest.mark.timeout(480)
async def test_two_workers_two_apis_burst_with_a_worker_killed(
    stack_settings, apis, client, orders
):
    singles = [await orders.order("30.00", item=f"Single {n}") for n in range(SINGLE_ORDERS)]
    doubles = [await orders.order("40.00", item=f"Double {n}") for n in range(DOUBLE_ORDERS)]
    everything = singles + doubles

    async def through(order: order_support.TestOrder, api: int) -> dict[str, Any]:
        # Signed in on the other API: its session cookie is honoured by this one.
        async with httpx.AsyncClient(base_url=apis[1 - api].base_url) as signer:
            await sign_in(signer, order.customer_id)
            cookies = signer.cookies
        async with httpx.AsyncClient(
            base_url=apis[api].base_url, cookies=cookies, timeout=COMMIT_WAIT_SECONDS + 30
        ) as http:
            return await _request_refund(http, order)

    queue = stack_settings.temporal_task_queue
    with worker_process(stack_settings, PAYMENT_DELAY_SECONDS=HELD_PAYMENT_SECONDS) as victim:
        # The victim alone serves the task queue until it holds payments: it gets work whatever
        # the scheduler does, and its payments are still in flight when it is killed.
        await wait_until_polling(client, queue, victim)
        burst = [
            *(asyncio.create_task(through(o, n % 2)) for n, o in enumerate(singles)),
            *(asyncio.create_task(through(o, api)) for o in doubles for api in (0, 1)),
        ]
        await eventually(
            lambda: _running_payments_on(client, everything, victim.pid),
            lambda n: n >= 1,
            within=START_WITHIN_SECONDS,
            interval=0.1,
        )
        with worker_process(
            stack_settings, PAYMENT_DELAY_SECONDS=PAYMENT_DELAY_SECONDS
        ) as survivor:
            await wait_until_polling(client, queue, survivor)
            assert await _running_payments_on(client, everything, victim.pid) >= 1
            kill_9(victim)
            answers = await asyncio.gather(*burst)
            assert survivor.poll() is None, "the surviving worker died"

    assert all(a["outcome"] == "refunded" for a in answers), answers
    for n, order in enumerate(doubles):
        first, second = answers[SINGLE_ORDERS + 2 * n : SINGLE_ORDERS + 2 * n + 2]
        assert first["workflow_id"] == second["workflow_id"] == refund_workflow_id(order.order_id)
    for order in everything:
        assert await orders.status(order.order_id) == "REFUNDED"
        assert await orders.ledger_rows(order.order_id) == 1
        assert await orders.audit_count(order.order_id, "refund_paid") == 1
        assert await orders.audit_count(order.order_id, "refund_requested") == 1

    did_work: set[int] = set()
    for order in everything:
        did_work |= await _worker_pids_in_history(client, order)
    assert {victim.pid, survivor.pid} <= did_work, (did_work, victim.pid, survivor.pid)


@pytest.mark.timeout(240)
async def test_one_customer_chatting_through_both_apis_at_once_gets_a_linear_history(apis, orders):
    customer = await orders.customer("Two Tabs")
    sent = [f"hello from tab {n % 2}, message {n}" for n in range(CHAT_MESSAGES)]
    tabs = []
    for http in apis:
        tab = httpx.AsyncClient(base_url=http.base_url, timeout=90)
        tabs.append(tab)
    try:
        await sign_in(tabs[0], customer)
        tabs[1].cookies = tabs[0].cookies  # the same session, honoured by the other API

        async def say(n: int) -> None:
            r = await tabs[n % 2].post("/api/chat", json={"message": sent[n]})
            assert r.status_code == 200, r.text

        await asyncio.gather(*(say(n) for n in range(CHAT_MESSAGES)))
        histories = [(await tab.get("/api/history")).json() for tab in tabs]
    finally:
        for tab in tabs:
            await tab.aclose()

    assert histories[0] == histories[1], "the two APIs disagree about the history"
    history = histories[0]
    assert [h["role"] for h in history] == ["user", "assistant"] * CHAT_MESSAGES, history
    assert sorted(h["content"] for h in history if h["role"] == "user") == sorted(sent)
