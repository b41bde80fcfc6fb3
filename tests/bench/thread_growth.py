"""How one customer's thread ages: status-turn latency early and late, and its stored bytes.

`thread_growth(settings, pool)` runs `turns` status turns ("what is the status of order N?")
of one new customer through the real chat API app (offline model) and reports the p50 of
turns 1–20 and of the last 21, the bytes the checkpointer stores for the thread, and how many
transcript lines `/api/history` pages back. `make bench` calls it; so can anyone:

    .venv/bin/python -m tests.bench.thread_growth      # own PostgreSQL + Temporal, 500 turns
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import asyncpg
import httpx
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from services.chat_api.agent.context import thread_id
from services.common.config import Settings
from services.common.db import create_pool
from services.common.servers import (
    TEMPORAL_CLI,
    TEMPORAL_TUNING_ARGS,
    start_embedded_postgres,
    stop_embedded_postgres,
)
from services.common.temporal import SEARCH_ATTRIBUTES
from tests.support.api import running_app, sign_in
from tests.support.checkpoint_size import stored_bytes
from tests.support.orders import OrderFactory

EARLY_TURNS = 20  # turns 1–20 of a new thread
LATE_TURNS = 21  # turns 480–500 of a 500-turn thread


async def all_history(http: httpx.AsyncClient, page: int) -> list[dict[str, Any]]:
    """Every line of the signed-in customer's history, paged back `page` lines at a time."""
    lines: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": page}
    while True:
        r = await http.get("/api/history", params=params)
        assert r.status_code == 200, r.text
        got = r.json()
        lines = got + lines
        if len(got) < page:
            return lines
        params = {"limit": page, "before": got[0]["at"]}


async def thread_growth(
    settings: Settings, pool: asyncpg.Pool, *, turns: int = 500, page: int = 100
) -> dict[str, Any]:
    """Grow one customer's thread to `turns` status turns; latency (ms) and bytes per thread.

    The late turns of the long thread are timed interleaved with the first turns of a new
    customer's thread, so both samples see the same machine load (the host is shared).
    """
    unlimited = settings.model_copy(update={"chat_turns_per_minute": 0})
    orders = OrderFactory(pool)
    old = await orders.order("25.00", item="Desk Lamp")
    new = await orders.order("25.00", item="Desk Lamp")
    early: list[tuple[float, float]] = []
    late: list[tuple[float, float]] = []
    async with running_app(unlimited) as (app, http_old):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http_new:
            await sign_in(http_old, old.customer_id)
            await sign_in(http_new, new.customer_id)
            for n in range(1, turns + 1):
                took = await _status_turn(http_old, old.order_id)
                if n > turns - LATE_TURNS:
                    late.append(took)
                    if len(early) < EARLY_TURNS:
                        early.append(await _status_turn(http_new, new.order_id))
            history = await all_history(http_old, page)
    late_name = f"turns_{turns - LATE_TURNS + 1}_{turns}"
    return {
        "turns": turns,
        "status_turn_p50_ms_turns_1_20": _p50(early, 0),
        f"status_turn_p50_ms_{late_name}": _p50(late, 0),
        # This process's CPU per turn (API + agent, not PostgreSQL): steadier on a busy host.
        "status_turn_cpu_p50_ms_turns_1_20": _p50(early, 1),
        f"status_turn_cpu_p50_ms_{late_name}": _p50(late, 1),
        "bytes_per_thread": await stored_bytes(pool, thread_id(old.customer_id)),
        "history_lines": len(history),
    }


def _p50(samples: list[tuple[float, float]], which: int) -> float:
    return round(statistics.median(s[which] for s in samples), 1)


async def _status_turn(http: httpx.AsyncClient, order_id: int) -> tuple[float, float]:
    """One status turn: (wall ms, this process's CPU ms)."""
    started, cpu = time.perf_counter(), time.process_time()
    r = await http.post("/api/chat", json={"message": f"what is the status of order {order_id}?"})
    took = (time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000
    assert r.status_code == 200, r.text
    return took


async def main(turns: int) -> dict[str, Any]:
    """Stand-alone run on its own embedded PostgreSQL and Temporal dev server."""
    from tests.conftest import create_database

    with tempfile.TemporaryDirectory() as tmp:
        pgdata = Path(tmp) / "pg"
        root = start_embedded_postgres(pgdata)
        env = await WorkflowEnvironment.start_local(
            dev_server_existing_path=str(TEMPORAL_CLI),
            dev_server_extra_args=TEMPORAL_TUNING_ARGS,
            search_attributes=SEARCH_ATTRIBUTES,
            data_converter=pydantic_data_converter,
        )
        try:
            url = await create_database(root, "thread_bench")
            pool = await create_pool(url, max_size=5)
            settings = Settings(
                _env_file=None,
                app_env="dev",
                database_url=url,
                temporal_address=env.client.service_client.config.target_host,
                temporal_task_queue=f"bench-{uuid.uuid4().hex[:8]}",
                crash_button_enabled=False,
            )
            try:
                return await thread_growth(settings, pool, turns=turns)
            finally:
                await pool.close()
        finally:
            await env.shutdown()
            stop_embedded_postgres(pgdata)


if __name__ == "__main__":
    figures = asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 500))
    json.dump(figures, sys.stdout, indent=2)
    sys.stdout.write("\n")
