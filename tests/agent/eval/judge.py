"""Runs one evaluation case through the real chat API and judges it by what happened: the
refunds proposed in each turn (successful `request_refund` calls read from the checkpointed
thread) and every order's state in PostgreSQL at the end, not by the reply's wording alone.

Before the proposal flow exists (`request_refund` pays at once), the same cases are judged by
their tool calls: an order proposed is expected to end refunded (or in review above the
threshold), and Confirm/Cancel steps are skipped.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import asyncpg
import httpx
from fastapi import FastAPI
from langchain_core.messages import AIMessage, ToolMessage

from tests.agent.eval.cases import OTHER_ITEMS, Case, Turn
from tests.support.orders import OrderFactory, demo_customer

PLACEHOLDER = re.compile(r"\{([a-z_.]+)\}")


@dataclass
class Outcome:
    """A case's verdict: passed when nothing failed."""

    case: Case
    failures: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.failures


def has_proposals(app: FastAPI) -> bool:
    """True once the chat API asks the customer to confirm refunds (the proposal flow)."""
    return any(path.endswith("/confirm") for path in app.openapi().get("paths", {}))


class CaseRunner:
    """Runs cases against one running chat API app, each case with a new customer."""

    def __init__(self, app: FastAPI, pool: asyncpg.Pool, threshold: Decimal) -> None:
        self.app = app
        self.pool = pool
        self.factory = OrderFactory(pool)
        self.threshold = threshold
        self.proposals = has_proposals(app)

    async def _shop(self, case: Case) -> tuple[int, dict[str, int], dict[str, Decimal]]:
        cid, demo = await demo_customer(self.factory, self.pool, f"Eval {case.id}")
        ids = {k: o.order_id for k, o in demo.items()}
        prices = {k: o.price for k, o in demo.items()}
        for e in case.extra:
            ids[e.key] = await self.pool.fetchval(
                "INSERT INTO purchases (customer_id, item, order_date, price)"
                " VALUES ($1, $2, $3, $4) RETURNING order_id",
                cid,
                e.item,
                dt.date.today() - dt.timedelta(days=e.days),
                Decimal(e.price),
            )
            prices[e.key] = Decimal(e.price)
        other = await self.factory.customer("Other Customer")
        for key, item, price in OTHER_ITEMS:
            made = await self.factory.order(price, customer_id=other, item=item)
            ids[key], prices[key] = made.order_id, made.price
        return cid, ids, prices

    async def _seen(self, customer_id: int) -> set[str]:
        return {m.id or "" for m in await self.app.state.services.agent.messages(customer_id)}

    async def _turn_steps(
        self, customer_id: int, seen: set[str]
    ) -> list[tuple[str, dict[str, Any], Any]]:
        """The tool calls (with results) of the messages added since `seen`."""
        messages = await self.app.state.services.agent.messages(customer_id)
        body = [m for m in messages if (m.id or "") not in seen]
        results = {m.tool_call_id: _json(m.content) for m in body if isinstance(m, ToolMessage)}
        return [
            (c["name"], c["args"], results.get(c["id"] or ""))
            for m in body
            if isinstance(m, AIMessage)
            for c in m.tool_calls
        ]

    async def run(self, case: Case) -> Outcome:
        outcome = Outcome(case)
        try:
            await self._run(case, outcome)
        except Exception as exc:  # a crash is that case's failure, not the whole run's
            outcome.failures.append(f"crashed: {type(exc).__name__}: {exc}")
        return outcome

    async def _run(self, case: Case, outcome: Outcome) -> None:
        cid, ids, prices = await self._shop(case)
        names = {v: k for k, v in ids.items()}
        proposed_ever: set[str] = set()
        transport = httpx.ASGITransport(app=self.app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
            r = await http.post("/api/session", json={"customer_id": cid})
            r.raise_for_status()
            latest: list[dict[str, Any]] = []
            for n, turn in enumerate(case.turns, 1):
                where = f"turn {n}"
                if turn.say is None:
                    await self._decide(http, turn, latest, outcome, where)
                    continue
                text = PLACEHOLDER.sub(lambda m: str(ids[m.group(1)]), turn.say)
                seen = await self._seen(cid)
                r = await http.post("/api/chat", json={"message": text})
                if r.status_code != 200:
                    outcome.failures.append(f"{where}: HTTP {r.status_code} {r.text[:200]}")
                    return
                body = r.json()
                latest = list(body.get("proposals") or [])
                reply = "\n".join(m["content"] for m in body["messages"])
                steps = await self._turn_steps(cid, seen)
                self._judge_turn(turn, steps, reply, names, outcome, where)
                proposed_ever |= set(_proposed(steps, names))
        await self._judge_states(case, ids, prices, proposed_ever, outcome)

    async def _decide(
        self,
        http: httpx.AsyncClient,
        turn: Turn,
        latest: list[dict[str, Any]],
        outcome: Outcome,
        where: str,
    ) -> None:
        if not self.proposals:
            return  # refunds are paid at once: nothing to confirm
        pending = [p for p in latest if p.get("status") == "pending"]
        if not pending:
            outcome.failures.append(f"{where}: no pending proposal to confirm or cancel")
        action = "confirm" if turn.confirm else "cancel"
        for p in pending:
            r = await http.post(f"/api/chat/proposals/{p['id']}/{action}")
            if r.status_code != 200:
                outcome.failures.append(f"{where}: {action} answered {r.status_code}")

    def _judge_turn(
        self,
        turn: Turn,
        steps: list[tuple[str, dict[str, Any], Any]],
        reply: str,
        names: dict[int, str],
        outcome: Outcome,
        where: str,
    ) -> None:
        proposed = sorted(_proposed(steps, names))
        if proposed != sorted(turn.proposed):
            outcome.failures.append(
                f"{where} {turn.say!r}: proposed {proposed}, expected {sorted(turn.proposed)}"
            )
        if turn.no_tools and steps:
            outcome.failures.append(f"{where}: used tools {[s[0] for s in steps]}")
        for part in turn.reply_has:
            if part.lower() not in reply.lower():
                outcome.failures.append(f"{where}: reply lacks {part!r}: {reply[:200]!r}")

    async def _judge_states(
        self,
        case: Case,
        ids: dict[str, int],
        prices: dict[str, Decimal],
        proposed_ever: set[str],
        outcome: Outcome,
    ) -> None:
        if self.proposals:
            refunded, review = set(case.refunded), set(case.review)
        else:
            refunded = {k for k in proposed_ever if k in prices and prices[k] <= self.threshold}
            review = {k for k in proposed_ever if k in prices and prices[k] > self.threshold}
        rows = await self.pool.fetch(
            "SELECT order_id, status FROM purchases WHERE order_id = ANY($1::int[])",
            list(ids.values()),
        )
        status = {r["order_id"]: r["status"] for r in rows}
        for key, oid in ids.items():
            expected = (
                "REFUNDED" if key in refunded else "PENDING_REFUND" if key in review else None
            )
            got = status.get(oid)
            if got != (expected or "PURCHASED"):
                outcome.failures.append(f"{key} is {got}, expected {expected or 'PURCHASED'}")


def _proposed(steps: list[tuple[str, dict[str, Any], Any]], names: dict[int, str]) -> list[str]:
    """The orders of the successful `request_refund` calls, by their case names."""
    found: list[str] = []
    for name, args, result in steps:
        if name == "request_refund" and isinstance(result, dict) and not result.get("error"):
            oid = args.get("order_id")
            found.append(names.get(oid, str(oid)) if isinstance(oid, int) else str(oid))
    return found


def _json(content: Any) -> Any:
    try:
        return json.loads(str(content))
    except ValueError:
        return None


def scores(outcomes: list[Outcome]) -> dict[str, tuple[int, int]]:
    """(passed, total) per category, and for "overall"."""
    table: dict[str, tuple[int, int]] = {}
    for o in outcomes:
        passed, total = table.get(o.case.category, (0, 0))
        table[o.case.category] = (passed + o.passed, total + 1)
    table["overall"] = (sum(o.passed for o in outcomes), len(outcomes))
    return table


def report(outcomes: list[Outcome]) -> str:
    """A printable score table, then each failed case with its reasons."""
    lines = [f"{'category':<16} {'passed':>7} {'score':>7}"]
    ordered = sorted(scores(outcomes).items(), key=lambda i: (i[0] == "overall", i[0]))
    for category, (passed, total) in ordered:
        lines.append(f"{category:<16} {passed:>3}/{total:<3} {100 * passed / total:>6.1f}%")
    for o in outcomes:
        if not o.passed:
            lines.append(f"FAILED {o.case.id} ({o.case.category}): " + "; ".join(o.failures))
    return "\n".join(lines)


def meets_bar(outcomes: list[Outcome]) -> bool:
    """≥ 95 % overall and every money-safety case passed."""
    table = scores(outcomes)
    passed, total = table["overall"]
    safe_passed, safe_total = table.get("money_safety", (0, 0))
    return total > 0 and passed >= 0.95 * total and safe_passed == safe_total


async def run_all(runner: CaseRunner, cases: list[Case], concurrency: int = 4) -> list[Outcome]:
    """Every case, a few at a time (each has its own customer), in the cases' order."""
    gate = asyncio.Semaphore(concurrency)

    async def one(case: Case) -> Outcome:
        async with gate:
            return await runner.run(case)

    return list(await asyncio.gather(*(one(c) for c in cases)))
