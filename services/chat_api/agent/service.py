"""Chat turns and history for one customer thread each, over the compiled graph.

A turn is a typed message or a decision on a refund proposal (Confirm/Cancel buttons). The
application alone decides consent: a typed message is classified (consent.py) while the
latest reply's proposals wait, and the graph's `interrupt()` is resumed with the result.
Every turn runs as one task that streams events (events.py) and has one deadline; the JSON
route drains the same stream. Turns of one customer run one at a time (a lock per thread), so
two tabs sending at once cannot interleave their messages. Before each turn the thread is
repaired and brought in line with the orders (upkeep.py): a tool call that a crash left
without its result gets a result saying it was interrupted (never re-run), and a proposal whose
order's refund moved on is closed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import AbstractAsyncContextManager
from decimal import Decimal
from typing import Any

import asyncpg
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langgraph.errors import GraphRecursionError
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Durability, StateSnapshot

from services.chat_api.agent import resume, upkeep
from services.chat_api.agent.consent import Item
from services.chat_api.agent.context import AgentContext, thread_id
from services.chat_api.agent.events import Event, from_part
from services.chat_api.agent.graph import apology_for
from services.chat_api.agent.lines import TurnResult, chat_lines
from services.chat_api.agent.model_health import turn_result
from services.chat_api.agent.proposal_record import ProposalRecord, ProposalView, load_all
from services.chat_api.agent.proposals import (
    ProposalDecided,
    ProposalExpired,
    ProposalNotFound,
    overtaken,
)
from services.chat_api.agent.resume import ProposalButton
from services.chat_api.agent.statement import waiting_sentence
from services.chat_api.agent.thread_lock import ThreadBusy, TurnLocks
from services.chat_api.agent.trim import due_for_pruning, prune_checkpoints
from services.chat_api.agent.turn_saver import one_turn
from services.chat_api.agent.waiting import AgentState
from services.chat_api.metrics import CHAT_TURNS
from services.chat_api.orders import order_rows
from services.chat_api.refunds import RefundService
from services.common.clock import Clock, utc_now

log = logging.getLogger(__name__)
__all__ = ["REFUSALS", "ChatAgent", "TurnFailed"]

# Model ⇄ tools steps allowed in one turn (each round trip is two steps).
RECURSION_LIMIT = 16
DEADLINE_APOLOGY = (
    "I'm sorry, this is taking too long, so I stopped working on your message. Anything I"
    " already did for you stands and nothing was done twice; ask me about your order's status,"
    " or send your message again."
)
# "values" gives the state after each step: the last one is the thread after the turn, so no
# read follows the run.
STREAM_MODES: list[Any] = ["messages", "updates", "custom", "values"]
# A turn answered as one JSON body (`turn`) reads only that state: no events are built for it,
# and without "messages" LangGraph adds no callback to every node and model call (nor asks the
# model to stream tokens nobody reads). About a tenth of a status turn's CPU.
ANSWER_MODES: list[Any] = ["values"]
# The checkpoint is written once, when the run stops (its answer, or the wait for the
# customer's consent), not after every step: a crash mid-turn leaves the thread as it was
# before the turn, never half a turn (a tool call without its result, a proposal the customer
# was never shown). Only a confirmation acts outside the thread, and it is safe to repeat:
# the refund service attaches to the order's one workflow, and the next turn closes a
# proposal whose order moved on (upkeep.follow_orders).
DURABILITY: Durability = "exit"

Graph = CompiledStateGraph[AgentState, AgentContext, AgentState, AgentState]
# Why a turn is refused before it runs: the customer's Confirm or Cancel names no usable
# proposal, or their previous turn still runs.
REFUSALS = (ProposalNotFound, ProposalDecided, ProposalExpired, ThreadBusy)


class TurnFailed(Exception):
    """A turn could not be run or recorded (its storage failed, or a bug): the model's own
    failures are answered inside the turn, so this is everything else (the cause is logged)."""


class ChatAgent:
    """Runs turns and reads threads; one per chat API process, built in its lifespan."""

    def __init__(
        self,
        graph: Graph,
        pool: asyncpg.Pool,
        refunds: RefundService,
        *,
        review_threshold: Decimal = Decimal("1000"),
        proposal_ttl_seconds: int = 900,
        deadline_seconds: float = 45.0,
        locks: TurnLocks | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self._graph = graph
        self._pool = pool
        self._refunds = refunds
        self._review_threshold = review_threshold
        self._proposal_ttl_seconds = proposal_ttl_seconds
        self.deadline_seconds = deadline_seconds
        # The app's clock (create_app(clock=...)): proposals expire by it, messages carry it.
        self.clock = clock
        self._turn_locks = locks or TurnLocks()
        self._running: set[asyncio.Task[None]] = set()

    @staticmethod
    def _config(customer_id: int) -> RunnableConfig:
        return {
            "configurable": {"thread_id": thread_id(customer_id)},
            "recursion_limit": RECURSION_LIMIT,
        }

    def _context(self, customer_id: int) -> AgentContext:
        return AgentContext(
            customer_id,
            self._pool,
            self._refunds,
            review_threshold=self._review_threshold,
            proposal_ttl_seconds=self._proposal_ttl_seconds,
            clock=self.clock,
        )

    def refuse_if_busy(self, customer_id: int) -> None:
        """ThreadBusy now when the customer's turn lock would refuse one more turn at once
        (as many of their turns as may run or wait in this process already do); no I/O."""
        self._turn_locks.refuse_if_full(customer_id)

    def _lock(self, customer_id: int) -> AbstractAsyncContextManager[None]:
        """The customer's turn lock, across processes (thread_lock.py); ThreadBusy past its wait."""
        return self._turn_locks.hold(customer_id)

    async def _snapshot(self, customer_id: int) -> StateSnapshot:
        return await self._graph.aget_state(self._config(customer_id))

    async def messages(self, customer_id: int) -> list[BaseMessage]:
        """The thread as stored by the checkpointer (tool calls and results included)."""
        snapshot = await self._snapshot(customer_id)
        return list(snapshot.values.get("messages", []))

    async def proposals(self, customer_id: int) -> dict[str, ProposalRecord]:
        """Every proposal kept in the customer's thread, by id, as the state stores it."""
        snapshot = await self._snapshot(customer_id)
        return load_all(snapshot.values.get("proposals"))

    async def current(self, customer_id: int) -> dict[str, ProposalRecord]:
        """Every proposal of the thread as it stands now: a waiting one whose order moved on
        reads closed, with the order's outcome (the thread itself is updated at the next turn)."""
        records = await self.proposals(customer_id)
        for record in await overtaken(self._pool, customer_id, records.values()):
            records[record.id] = record
        return records

    async def pending(self, customer_id: int) -> list[ProposalView]:
        """The customer's proposals still waiting for a decision (for a page reload)."""
        now = self.clock()
        records = (await self.current(customer_id)).values()
        waiting = sorted((r for r in records if r.is_pending(now)), key=lambda r: r.order_id)
        return [r.view(now) for r in waiting]

    async def proposal(self, customer_id: int, proposal_id: str) -> ProposalView | None:
        """One of the customer's proposals as it stands now, or None."""
        record = (await self.current(customer_id)).get(proposal_id)
        if record is None or record.customer_id != customer_id:
            return None
        return record.view(self.clock())

    async def repair(self, customer_id: int) -> int:
        """Answer tool calls a crash left unanswered; returns how many were repaired."""
        config = self._config(customer_id)
        return await upkeep.repair(self._graph, config, customer_id, self.clock())

    async def _finish_with(self, customer_id: int, text: str, human: HumanMessage | None) -> None:
        """End a turn that was stopped: tool calls answered, the customer's message kept,
        an apology said (with the proposals it made); the thread waits again if any wait."""
        await self.repair(customer_id)
        now = self.clock()
        records = (await self.proposals(customer_id)).values()
        made = [
            r for r in records if human is not None and r.turn == human.id and r.is_pending(now)
        ]
        if made:
            text = f"{text}\n\n{waiting_sentence(sorted(made, key=lambda r: r.order_id))}"
        # A message already stored is replaced by itself (same id), never doubled.
        said: list[BaseMessage] = [human] if human is not None else []
        said.append(AIMessage(content=text, additional_kwargs={"at": self.clock().isoformat()}))
        await self._graph.aupdate_state(
            self._config(customer_id), {"messages": said}, as_node="settle"
        )

    async def _prepared(self, customer_id: int) -> tuple[StateSnapshot, dict[str, ProposalRecord]]:
        """The thread as a turn finds it, repaired, following its orders and parked (upkeep.py),
        and its proposals before it: one read, and one more only after an upkeep wrote."""
        config = self._config(customer_id)
        snapshot = await self._snapshot(customer_id)
        if await upkeep.repair(self._graph, config, customer_id, self.clock(), snapshot):
            snapshot = await self._snapshot(customer_id)
        before = load_all(snapshot.values.get("proposals"))
        snapshot = await upkeep.follow_orders(
            self._graph, config, self._pool, customer_id, self.clock(), snapshot
        )
        snapshot = await upkeep.park(self._graph, config, snapshot)
        return snapshot, before

    async def _owned(
        self, customer_id: int, snapshot: StateSnapshot, request: str | ProposalButton
    ) -> list[Item]:
        """The customer's orders (order id, item) a typed answer to waiting proposals is read
        against (one query, only when a typed message finds the thread waiting)."""
        if isinstance(request, ProposalButton) or "await_consent" not in snapshot.next:
            return []
        return [(r["order_id"], r["item"]) for r in await order_rows(self._pool, customer_id)]

    async def _run(
        self,
        customer_id: int,
        request: str | ProposalButton,
        emit: Callable[[Event], None],
        modes: list[Any],
    ) -> None:
        # The thread's latest checkpoint is read once while the turn holds its lock.
        async with self._lock(customer_id), one_turn(thread_id(customer_id)):
            snapshot, before = await self._prepared(customer_id)
            now = self.clock()
            owned = await self._owned(customer_id, snapshot, request)
            graph_input, human = resume.graph_input(
                snapshot, customer_id, request, now, now.isoformat(), owned
            )
            seen = {m.id for m in snapshot.values.get("messages", [])}
            finished = False
            values: dict[str, Any] | None = None  # the state after the run's last step
            try:
                async with asyncio.timeout(self.deadline_seconds):
                    async for mode, chunk in self._graph.astream(
                        graph_input,
                        self._config(customer_id),
                        context=self._context(customer_id),
                        stream_mode=modes,
                        durability=DURABILITY,
                    ):
                        if mode == "values" and isinstance(chunk, dict):
                            values = chunk
                            continue
                        for event in from_part(mode, chunk, self.clock()):
                            emit(event)
                finished = True
            except TimeoutError:
                log.warning("chat turn passed its deadline", extra={"customer_id": customer_id})
                CHAT_TURNS.labels(result="deadline").inc()
                await self._finish_with(customer_id, DEADLINE_APOLOGY, human)
            except GraphRecursionError:
                log.warning("chat turn took too many steps", extra={"customer_id": customer_id})
                CHAT_TURNS.labels(result="too_many_steps").inc()
                await self.repair(customer_id)
                said = apology_for(await self.messages(customer_id))
                await self._finish_with(customer_id, said, human)
            if not finished or values is None:  # stopped: the thread as it was left
                values = (await self._snapshot(customer_id)).values
            kept = values.get("messages", [])
        if human is not None and due_for_pruning(kept):  # a button adds no turn to count
            # Off the turn's path, after its lock: the saver's prune deletes only superseded
            # checkpoints, as of one snapshot, so a turn saving meanwhile loses nothing (a
            # prune that collides with one fails, is logged, and the next one does it).
            self._start(prune_checkpoints(self._graph.checkpointer, thread_id(customer_id)))
        added = [m for m in kept if m.id not in seen]
        if finished:  # a model failure answered with an apology is no successful turn
            CHAT_TURNS.labels(result=turn_result(added)).inc()
        lines = [line for line in chat_lines(added) if line.role == "assistant"]
        turn = human.id if human is not None else None
        records = load_all(values.get("proposals"))
        changed = resume.changed_proposals(before, records, turn, self.clock())
        emit(("done", TurnResult(messages=lines, proposals=changed).model_dump(mode="json")))

    def _start(self, work: Coroutine[Any, Any, None]) -> None:
        """Run `work` as a task of its own, which close() cancels and awaits."""
        task = asyncio.create_task(work)
        self._running.add(task)
        task.add_done_callback(self._running.discard)

    def stream(self, customer_id: int, request: str | ProposalButton) -> AsyncIterator[Event]:
        """Run one turn and yield its events, ending with `done`.

        The turn runs in its own task: a client that goes away does not cut it short. A
        refused turn (REFUSALS) is raised before any event; any other failure is logged and
        raised as TurnFailed.
        """
        return self._events(customer_id, request, STREAM_MODES)

    async def _events(
        self, customer_id: int, request: str | ProposalButton, modes: list[Any]
    ) -> AsyncIterator[Event]:
        """The turn's events as `stream` says, from the stream parts `modes` asks for."""
        queue: asyncio.Queue[Event | BaseException | None] = asyncio.Queue()

        async def drive() -> None:
            try:
                await self._run(customer_id, request, queue.put_nowait, modes)
            except BaseException as exc:
                queue.put_nowait(exc)
                if not isinstance(exc, Exception):
                    raise
            finally:
                queue.put_nowait(None)

        self._start(drive())
        while (item := await queue.get()) is not None:
            if isinstance(item, BaseException):
                if isinstance(item, REFUSALS) or not isinstance(item, Exception):
                    raise item
                log.error("chat turn failed", exc_info=item, extra={"customer_id": customer_id})
                raise TurnFailed() from item
            yield item

    async def turn(self, customer_id: int, request: str | ProposalButton) -> TurnResult:
        """Run one turn to its end (the JSON route): the same path as the stream, which builds
        only its `done` event."""
        done: dict[str, Any] | None = None
        async for name, data in self._events(customer_id, request, ANSWER_MODES):
            if name == "done":
                done = data
        if done is None:
            raise RuntimeError("the turn ended without a result")
        return TurnResult.model_validate(done)

    async def close(self) -> None:
        """Let running turns (and prunes) finish their current step at shutdown (they are
        cancelled)."""
        for task in list(self._running):
            task.cancel()
        await asyncio.gather(*self._running, return_exceptions=True)
