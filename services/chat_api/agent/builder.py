"""Builds the agent in the chat API's lifespan and closes it at shutdown."""

from __future__ import annotations

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
from services.common.checkpoints import ensure_checkpoint_tables
from services.common.money import display_amount

CHECKPOINT_POOL_SIZE = 10


async def build_agent(state: AppState) -> Callable[[], Awaitable[None]]:
    """The `build_agent` hook of `create_app`: stores the agent on `state.agent`."""
    settings = state.settings
    connections: AsyncConnectionPool[AsyncConnection[DictRow]] = AsyncConnectionPool(
        settings.database_url,
        min_size=1,
        max_size=CHECKPOINT_POOL_SIZE,
        open=False,
        connection_class=AsyncConnection[DictRow],
        # A turn or a read waits this long for a connection, then fails (answered 503).
        timeout=settings.db_acquire_timeout_seconds,
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
    )
    await connections.open()
    try:
        checkpointer = AsyncPostgresSaver(connections)
        await ensure_checkpoint_tables(state.pool, checkpointer)
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
    locks = TurnLocks(
        settings.chat_turn_wait_seconds,
        settings.chat_lock_connections,
        max_turns=1 + settings.chat_turns_waiting,
    )
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
