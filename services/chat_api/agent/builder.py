"""Builds the agent in the chat API's lifespan and closes it at shutdown."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from psycopg import AsyncConnection
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool

from services.chat_api.agent.graph import SYSTEM_PROMPT, build_graph
from services.chat_api.agent.llm import make_model
from services.chat_api.agent.model_health import ModelHealth
from services.chat_api.agent.service import ChatAgent
from services.chat_api.agent.thread_lock import TurnLocks
from services.chat_api.state import AppState
from services.common.money import display_amount

# Serializes the checkpointer's table set-up between processes starting at the same time.
CHECKPOINT_SETUP_LOCK_KEY = 4_242_003
CHECKPOINT_POOL_SIZE = 10
SETUP_LOCK_POLL_SECONDS = 0.1


async def build_agent(state: AppState) -> Callable[[], Awaitable[None]]:
    """The `build_agent` hook of `create_app`: stores the agent on `state.agent`."""
    settings = state.settings
    connections: AsyncConnectionPool[AsyncConnection[DictRow]] = AsyncConnectionPool(
        settings.database_url,
        min_size=1,
        max_size=CHECKPOINT_POOL_SIZE,
        open=False,
        connection_class=AsyncConnection[DictRow],
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
    )
    await connections.open()
    try:
        checkpointer = AsyncPostgresSaver(connections)
        async with state.pool.acquire() as conn:
            # Polled, not waited on: a process blocked inside pg_advisory_lock holds a
            # transaction open, and the saver's CREATE INDEX CONCURRENTLY (run by the holder)
            # waits for every open transaction: two processes starting at once on a fresh
            # database would wait on each other for ever.
            for _ in itertools.count():
                if await conn.fetchval(
                    "SELECT pg_try_advisory_lock($1)", CHECKPOINT_SETUP_LOCK_KEY
                ):
                    break
                await asyncio.sleep(SETUP_LOCK_POLL_SECONDS)
            try:
                await checkpointer.setup()
            finally:
                await conn.execute("SELECT pg_advisory_unlock($1)", CHECKPOINT_SETUP_LOCK_KEY)
    except BaseException:
        await connections.close()
        raise
    prompt = SYSTEM_PROMPT.format(
        threshold=display_amount(settings.refund_review_threshold),
        support_contact=settings.support_contact,
        return_policy=settings.return_policy_text,
    )
    health = ModelHealth.for_settings(settings)
    await health.probe(settings)  # bounded: a wrong key or model shows in /readyz at once
    state.model_health = health
    graph = build_graph(
        make_model(settings),
        checkpointer,
        system_prompt=prompt,
        health=health,
        keep_turns=settings.chat_state_turns,
    )
    locks = TurnLocks(settings.chat_turn_wait_seconds, settings.chat_lock_connections)
    await locks.open(settings.database_url)
    agent = ChatAgent(
        graph,
        state.pool,
        state.refunds,
        review_threshold=settings.refund_review_threshold,
        proposal_ttl_seconds=settings.proposal_ttl_seconds,
        deadline_seconds=settings.chat_turn_deadline_seconds,
        locks=locks,
    )
    state.agent = agent

    async def close() -> None:
        state.agent = None
        await agent.close()
        await locks.close()
        await connections.close()

    return close
