"""Builds the agent in the chat API's lifespan and closes it at shutdown."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver
from psycopg import AsyncConnection
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool

from services.chat_api.agent.graph import SYSTEM_PROMPT, build_graph
from services.chat_api.agent.llm import make_model
from services.chat_api.agent.service import ChatAgent
from services.chat_api.state import AppState
from services.common.money import display_amount

# Serializes the checkpointer's table set-up between processes starting at the same time.
CHECKPOINT_SETUP_LOCK_KEY = 4_242_003
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
        kwargs={"autocommit": True, "prepare_threshold": 0, "row_factory": dict_row},
    )
    await connections.open()
    try:
        checkpointer = AsyncPostgresSaver(connections)
        async with state.pool.acquire() as conn:
            await conn.execute("SELECT pg_advisory_lock($1)", CHECKPOINT_SETUP_LOCK_KEY)
            try:
                await checkpointer.setup()
            finally:
                await conn.execute("SELECT pg_advisory_unlock($1)", CHECKPOINT_SETUP_LOCK_KEY)
    except BaseException:
        await connections.close()
        raise
    prompt = SYSTEM_PROMPT.format(threshold=display_amount(settings.refund_review_threshold))
    graph = build_graph(make_model(settings), checkpointer, system_prompt=prompt)
    agent = ChatAgent(
        graph,
        state.pool,
        state.refunds,
        review_threshold=settings.refund_review_threshold,
        proposal_ttl_seconds=settings.proposal_ttl_seconds,
        deadline_seconds=settings.chat_turn_deadline_seconds,
    )
    state.agent = agent

    async def close() -> None:
        state.agent = None
        await agent.close()
        await connections.close()

    return close
