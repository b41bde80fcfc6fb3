"""Chat APIs starting together on a fresh database create LangGraph's checkpoint tables once,
without deadlocking (its set-up builds indexes CONCURRENTLY while another process waits)."""

from __future__ import annotations

import asyncio
import uuid

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

from services.common.checkpoints import checkpoint_tables_current, ensure_checkpoint_tables
from services.common.db import create_pool
from tests.conftest import create_database

STARTING_TOGETHER = 3


async def test_processes_starting_together_set_the_tables_up_once(pg_root_uri):
    url = await create_database(pg_root_uri, f"ckpt_{uuid.uuid4().hex[:8]}")
    pools = [await create_pool(url, max_size=2) for _ in range(STARTING_TOGETHER)]
    try:
        async with (
            AsyncPostgresSaver.from_conn_string(url) as a,
            AsyncPostgresSaver.from_conn_string(url) as b,
            AsyncPostgresSaver.from_conn_string(url) as c,
        ):
            savers = [a, b, c]
            await asyncio.wait_for(
                asyncio.gather(
                    *(ensure_checkpoint_tables(p, s) for p, s in zip(pools, savers, strict=True))
                ),
                timeout=60,
            )
        async with pools[0].acquire() as conn:
            assert await checkpoint_tables_current(conn)
            applied = await conn.fetch("SELECT v FROM checkpoint_migrations ORDER BY v")
        assert [r["v"] for r in applied] == list(range(len(AsyncPostgresSaver.MIGRATIONS)))
    finally:
        for pool in pools:
            await pool.close()
