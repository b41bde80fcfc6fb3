"""The checkpointer of the chat agent: PostgreSQL, reading a thread's latest checkpoint once
per turn.

A turn reads its thread before the run (service.py: upkeep and the graph input need it), and
LangGraph's run reads the same checkpoint again as it starts: a second round trip and a second
deserialisation of every message in the state. Inside `one_turn(thread)`, entered while the
turn holds the thread's lock (so no other turn, in any process, writes the thread), the latest
checkpoint read is kept and handed out again until anything writes the thread (a checkpoint,
pending writes, a prune, a delete), which forgets it. Each read gets its own copy of the
checkpoint's dicts (LangGraph updates the channel versions of the one it runs from in place);
the values themselves (messages, proposal records) are never changed in place, only replaced.
Outside a turn every read goes to the database.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from contextlib import asynccontextmanager, contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import (
    ChannelVersions,
    Checkpoint,
    CheckpointMetadata,
    CheckpointTuple,
    copy_checkpoint,
    get_checkpoint_id,
)
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver


@dataclass
class _Kept:
    """The thread of the turn, its latest checkpoint as read, and how many writes began."""

    thread: str
    latest: CheckpointTuple | None = None
    writes: int = 0
    writing: set[int] = field(default_factory=set)


_TURN: ContextVar[_Kept | None] = ContextVar("chat_turn_checkpoint", default=None)


@asynccontextmanager
async def one_turn(thread: str) -> AsyncIterator[None]:
    """Reads of `thread`'s latest checkpoint share one database read until a write (the caller
    holds the thread's turn lock for the whole block)."""
    token = _TURN.set(_Kept(thread))
    try:
        yield
    finally:
        _TURN.reset(token)


def _copy(saved: CheckpointTuple) -> CheckpointTuple:
    return CheckpointTuple(
        saved.config,
        copy_checkpoint(saved.checkpoint),
        {**saved.metadata},
        saved.parent_config,
        list(saved.pending_writes) if saved.pending_writes is not None else None,
    )


def _kept_for(config: RunnableConfig | None) -> _Kept | None:
    """The turn's record when `config` names the turn's thread's latest root checkpoint."""
    kept = _TURN.get()
    conf = (config or {}).get("configurable", {})
    if kept is None or conf.get("thread_id") != kept.thread or conf.get("checkpoint_ns", ""):
        return None
    return kept


def _kept_thread(thread_id: object) -> _Kept | None:
    kept = _TURN.get()
    return kept if kept is not None and str(thread_id) == kept.thread else None


class TurnSaver(AsyncPostgresSaver):
    """AsyncPostgresSaver that reads a thread's latest checkpoint once per turn (see above)."""

    async def aget_tuple(self, config: RunnableConfig) -> CheckpointTuple | None:
        kept = _kept_for(config) if not get_checkpoint_id(config) else None
        if kept is None:
            return await super().aget_tuple(config)
        if kept.latest is not None:
            return _copy(kept.latest)
        writes = kept.writes
        saved = await super().aget_tuple(config)
        # Kept only when no write began or ran while it was read.
        if saved is not None and writes == kept.writes and not kept.writing:
            kept.latest = saved
            return _copy(saved)
        return saved

    @contextmanager
    def _writing(self, thread_id: object) -> Iterator[None]:
        """Forget the kept checkpoint before and after a write of its thread."""
        kept = _kept_thread(thread_id)
        if kept is None:
            yield
            return
        kept.writes += 1
        mark = kept.writes
        kept.writing.add(mark)
        kept.latest = None
        try:
            yield
        finally:
            kept.writing.discard(mark)
            kept.writes += 1
            kept.latest = None

    async def aput(
        self,
        config: RunnableConfig,
        checkpoint: Checkpoint,
        metadata: CheckpointMetadata,
        new_versions: ChannelVersions,
    ) -> RunnableConfig:
        with self._writing(config["configurable"].get("thread_id")):
            return await super().aput(config, checkpoint, metadata, new_versions)

    async def aput_writes(
        self,
        config: RunnableConfig,
        writes: Sequence[tuple[str, Any]],
        task_id: str,
        task_path: str = "",
    ) -> None:
        with self._writing(config["configurable"].get("thread_id")):
            await super().aput_writes(config, writes, task_id, task_path)

    async def adelete_thread(self, thread_id: str) -> None:
        with self._writing(thread_id):
            await super().adelete_thread(thread_id)

    async def aprune(self, thread_ids: Sequence[str], *, strategy: str = "keep_latest") -> None:
        kept = _TURN.get()
        thread = kept.thread if kept is not None and kept.thread in thread_ids else None
        with self._writing(thread):
            await super().aprune(thread_ids, strategy=strategy)
