"""Builds the agent (graph, checkpointer, model, turn locks) for the chat API's lifespan, and
what closes it at shutdown."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import asyncpg
from psycopg import AsyncConnection
from psycopg.rows import DictRow, dict_row
from psycopg_pool import AsyncConnectionPool

from services.chat_api.agent.graph import SYSTEM_PROMPT, build_graph
from services.chat_api.agent.llm import make_model
from services.chat_api.agent.model_health import ModelHealth
from services.chat_api.agent.service import ChatAgent
from services.chat_api.agent.thread_lock import TurnLocks
from services.chat_api.agent.turn_saver import TurnSaver
from services.chat_api.refunds import RefundService
from services.common.checkpoints import ensure_checkpoint_tables
from services.common.clock import Clock
from services.common.config import Settings
from services.common.money import display_amount
from workflows.vocabulary import NO_REASON

CHECKPOINT_POOL_SIZE = 10


@dataclass(frozen=True)
class BuiltAgent:
    """The agent, what is known of its model endpoint, and what closes them."""

    agent: ChatAgent
    health: ModelHealth
    close: Callable[[], Awaitable[None]]


async def build_agent(
    settings: Settings, pool: asyncpg.Pool, refunds: RefundService, clock: Clock
) -> BuiltAgent:
    """The chat agent of one process, on its own checkpoint and lock connections."""
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
        checkpointer = TurnSaver(connections)
        await ensure_checkpoint_tables(pool, checkpointer)
    except BaseException:
        await connections.close()
        raise
    prompt = SYSTEM_PROMPT.format(
        threshold=display_amount(settings.refund_review_threshold),
        support_contact=settings.support_contact,
        return_policy=settings.return_policy_text,
        no_reason=NO_REASON,
    )
    health = ModelHealth.for_settings(settings, clock)
    await health.probe(settings)  # bounded: a wrong key or model shows in /readyz at once
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
        pool,
        refunds,
        review_threshold=settings.refund_review_threshold,
        proposal_ttl_seconds=settings.proposal_ttl_seconds,
        deadline_seconds=settings.chat_turn_deadline_seconds,
        locks=locks,
        clock=clock,
    )

    async def close() -> None:
        await agent.close()
        await locks.close()
        await connections.close()

    return BuiltAgent(agent, health, close)
