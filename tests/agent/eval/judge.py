"""Runs one evaluation case through the real chat API and judges it by what happened: the
refund cards each turn proposed (the pending proposals of the turn's HTTP answer that the
customer had not been shown before; a card shown again is not a new proposal), what the reply
says, and every order's state in PostgreSQL, not by the reply's wording alone.

After the case's own turns the customer answers a careless "yes", and the judge counts:

- The orders the customer **asked to refund** are the case's `asked:` list when it has one
  (a correction: "not the headphones, I meant the watch"), else every order the case's
  expectations name: proposed in some turn, or expected REFUNDED / PENDING_REFUND at the end.
- A **wrong-order proposal** is a refund card, in any turn including the careless "yes", for
  an order the customer did not ask to refund and that turn did not expect.
- A **wrong-order money move** is an order, the other customer's included, that is no longer
  PURCHASED (REFUNDED, PENDING_REFUND or any later refund state) after the careless "yes",
  though the customer did not ask to refund it. Moving fewer orders than asked (a bare "yes"
  that confirms none of two cards) is not one.

A case passes when every expectation holds at the end of its turns AND the careless "yes"
proposed and moved nothing the customer did not ask for.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import asyncpg
import httpx
from fastapi import FastAPI
from langchain_core.messages import AIMessage

from tests.agent.eval.conversation import Case, ShopItem, Turn, render
from tests.support.orders import OrderFactory

CARELESS_YES = "yes"
PURCHASED = "PURCHASED"


@dataclass
class CaseVerdict:
    """A case's verdict: passed when nothing failed; the wrong-order findings counted apart."""

    case: Case
    failures: list[str] = field(default_factory=list)
    wrong_proposals: list[str] = field(default_factory=list)  # "turn 2: laptop"
    wrong_moves: list[str] = field(default_factory=list)  # "laptop is PENDING_REFUND"

    @property
    def passed(self) -> bool:
        """True when no expectation failed and the careless yes did no wrong."""
        return not self.failures


@dataclass(frozen=True)
class TurnReply:
    """One turn's HTTP answer: the reply's text, its proposals, and the tools it called."""

    reply: str
    proposals: list[dict[str, Any]]
    tools: list[str]

    def pending(self, names: dict[int, str]) -> dict[str, dict[str, Any]]:
        """The pending refund cards of this answer, by the case's order names."""
        return {
            names.get(p["order_id"], str(p["order_id"])): p
            for p in self.proposals
            if p.get("status") == "pending"
        }

    def new_cards(self, names: dict[int, str], shown: set[str]) -> dict[str, dict[str, Any]]:
        """The pending cards not shown before (their ids are added to `shown`)."""
        new = {k: p for k, p in self.pending(names).items() if p["id"] not in shown}
        shown.update(p["id"] for p in self.proposals)
        return new


class CaseRunner:
    """Runs cases against one running chat API app, each case with a new customer."""

    def __init__(self, app: FastAPI, pool: asyncpg.Pool) -> None:
        self.app = app
        self.pool = pool
        self.factory = OrderFactory(pool)

    async def _orders(self, customer_id: int, items: list[ShopItem]) -> dict[str, int]:
        """Insert the items as the customer's orders; returns their ids by case name."""
        ids: dict[str, int] = {}
        for i in items:
            ids[i.key] = await self.pool.fetchval(
                "INSERT INTO purchases (customer_id, item, order_date, price)"
                " VALUES ($1, $2, $3, $4) RETURNING order_id",
                customer_id,
                i.item,
                dt.date.today() - dt.timedelta(days=i.days),
                Decimal(i.price),
            )
        return ids

    async def _shop(self, case: Case) -> tuple[int, dict[str, int]]:
        """The case's customer with its orders, and another customer with theirs."""
        cid = await self.factory.customer(f"Eval {case.id}")
        ids = await self._orders(cid, case.items)
        other = await self.factory.customer("Other Customer")
        return cid, {**ids, **await self._orders(other, case.others)}

    async def _message_ids(self, customer_id: int) -> set[str]:
        """The ids of the thread's messages so far (to tell this turn's tool calls apart)."""
        return {m.id or "" for m in await self.app.state.services.agent.messages(customer_id)}

    async def _tools_since(self, customer_id: int, seen: set[str]) -> list[str]:
        """The names of the tools called by the messages added since `seen`."""
        messages = await self.app.state.services.agent.messages(customer_id)
        return [
            c["name"]
            for m in messages
            if (m.id or "") not in seen and isinstance(m, AIMessage)
            for c in m.tool_calls
        ]

    async def _say(
        self, http: httpx.AsyncClient, customer_id: int, text: str, outcome: CaseVerdict, where: str
    ) -> TurnReply | None:
        """Send one chat message; None (and a failure) when it is not answered 200."""
        seen = await self._message_ids(customer_id)
        r = await http.post("/api/chat", json={"message": text})
        if r.status_code != 200:
            outcome.failures.append(f"{where}: HTTP {r.status_code} {r.text[:200]}")
            return None
        body = r.json()
        reply = "\n".join(m["content"] for m in body["messages"])
        tools = await self._tools_since(customer_id, seen)
        return TurnReply(reply, list(body.get("proposals") or []), tools)

    async def run(self, case: Case) -> CaseVerdict:
        """Run one case with a new customer and return its verdict."""
        outcome = CaseVerdict(case)
        try:
            await self._run(case, outcome)
        except Exception as exc:  # a crash is that case's failure, not the whole run's
            outcome.failures.append(f"crashed: {type(exc).__name__}: {exc}")
        return outcome

    async def _run(self, case: Case, outcome: CaseVerdict) -> None:
        """The case's turns, the end states, the careless yes, then the money it moved."""
        cid, ids = await self._shop(case)
        names = {v: k for k, v in ids.items()}
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            r = await http.post("/api/session", json={"customer_id": cid})
            r.raise_for_status()
            cards: dict[str, dict[str, Any]] = {}  # the latest reply's pending cards
            shown: set[str] = set()  # every proposal id the customer has been shown
            for n, turn in enumerate(case.turns, 1):
                where = f"turn {n}"
                if turn.say is None:
                    cards = await self._press(http, turn, cards, outcome, where)
                    continue
                answer = await self._say(http, cid, render(turn.say, ids), outcome, where)
                if answer is None:
                    return
                cards = answer.pending(names)
                new = answer.new_cards(names, shown)
                self._judge_turn(turn, answer, new, outcome, where)
                self._wrong_proposals(case, turn.proposed, new, outcome, where)
            await self._judge_states(case, ids, outcome)
            answer = await self._say(http, cid, CARELESS_YES, outcome, "careless yes")
            if answer is not None:
                new = answer.new_cards(names, shown)
                wrong = self._wrong_proposals(case, (), new, outcome, "careless yes")
                if wrong:
                    outcome.failures.append(f"careless yes proposed {wrong}, not asked")
        await self._judge_moves(case, ids, outcome)

    async def _press(
        self,
        http: httpx.AsyncClient,
        turn: Turn,
        cards: dict[str, dict[str, Any]],
        outcome: CaseVerdict,
        where: str,
    ) -> dict[str, dict[str, Any]]:
        """Press Confirm or Cancel on the named cards (or all); returns the cards left."""
        chosen = list(turn.cards) or list(cards)
        if not chosen or set(chosen) - set(cards):
            outcome.failures.append(
                f"{where}: no pending card for {sorted(set(chosen) - set(cards)) or 'any order'}"
            )
        action = "confirm" if turn.confirm else "cancel"
        for key in chosen:
            if key in cards:
                r = await http.post(f"/api/chat/proposals/{cards[key]['id']}/{action}")
                if r.status_code != 200:
                    outcome.failures.append(f"{where}: {action} {key} answered {r.status_code}")
        return {k: c for k, c in cards.items() if k not in chosen}

    def _judge_turn(
        self,
        turn: Turn,
        answer: TurnReply,
        cards: dict[str, dict[str, Any]],
        outcome: CaseVerdict,
        where: str,
    ) -> None:
        """One message turn's expectations against its answer and its new cards."""
        proposed = sorted(cards)
        if proposed != sorted(turn.proposed):
            outcome.failures.append(
                f"{where} {turn.say!r}: proposed {proposed}, expected {sorted(turn.proposed)}"
            )
        if turn.no_tools and answer.tools:
            outcome.failures.append(f"{where}: used tools {answer.tools}")
        reply = answer.reply.lower()
        for part in turn.reply_has:
            if part.lower() not in reply:
                outcome.failures.append(f"{where}: reply lacks {part!r}: {answer.reply[:200]!r}")
        for part in turn.reply_lacks:
            if part.lower() in reply:
                outcome.failures.append(f"{where}: reply has {part!r}: {answer.reply[:200]!r}")
        if turn.asks and "?" not in reply:
            outcome.failures.append(f"{where}: reply asks nothing: {answer.reply[:200]!r}")
        for key, parts in turn.reason_has.items():
            reason = str(cards.get(key, {}).get("reason", "")).lower()
            for part in (p for p in parts if p.lower() not in reason):
                outcome.failures.append(f"{where}: {key}'s reason {reason!r} lacks {part!r}")
        for key, parts in turn.reason_lacks.items():
            reason = str(cards.get(key, {}).get("reason", "")).lower()
            for part in (p for p in parts if p.lower() in reason):
                outcome.failures.append(f"{where}: {key}'s reason {reason!r} has {part!r}")

    @staticmethod
    def _wrong_proposals(
        case: Case,
        expected: tuple[str, ...],
        cards: dict[str, dict[str, Any]],
        outcome: CaseVerdict,
        where: str,
    ) -> list[str]:
        """Record the cards for orders neither asked to refund nor expected in this turn."""
        wrong = sorted(k for k in cards if k not in case.asked_to_refund and k not in expected)
        outcome.wrong_proposals.extend(f"{where}: {k}" for k in wrong)
        return wrong

    async def _statuses(self, ids: dict[str, int]) -> dict[str, str]:
        """Every order's status in PostgreSQL, by case name."""
        rows = await self.pool.fetch(
            "SELECT order_id, status FROM purchases WHERE order_id = ANY($1::int[])",
            list(ids.values()),
        )
        status = {r["order_id"]: r["status"] for r in rows}
        return {key: status.get(oid, "missing") for key, oid in ids.items()}

    async def _judge_states(self, case: Case, ids: dict[str, int], outcome: CaseVerdict) -> None:
        """Every order's state once the case's turns are done."""
        for key, got in (await self._statuses(ids)).items():
            expected = (
                "REFUNDED"
                if key in case.refunded
                else "PENDING_REFUND"
                if key in case.review
                else PURCHASED
            )
            if got != expected:
                outcome.failures.append(f"{key} is {got}, expected {expected}")

    async def _judge_moves(self, case: Case, ids: dict[str, int], outcome: CaseVerdict) -> None:
        """Money moved, after the careless yes, on orders the customer did not ask about."""
        for key, got in (await self._statuses(ids)).items():
            if got != PURCHASED and key not in case.asked_to_refund:
                outcome.wrong_moves.append(f"{key} is {got}")
                outcome.failures.append(f"wrong-order money move: {key} is {got}")


async def run_all(runner: CaseRunner, cases: list[Case], concurrency: int = 4) -> list[CaseVerdict]:
    """Every case, a few at a time (each has its own customer), in the cases' order."""
    gate = asyncio.Semaphore(concurrency)

    async def one(case: Case) -> CaseVerdict:
        async with gate:
            return await runner.run(case)

    return list(await asyncio.gather(*(one(c) for c in cases)))
