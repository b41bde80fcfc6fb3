"""The end of a chaos run: what PostgreSQL and Temporal say became of every request."""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

import asyncpg
from temporalio.client import Client

from tests.chaos.actors import AskedRefund, Stats, offered_proposals

FINAL_SMALL = {"REFUNDED"}
FINAL_LARGE = {"REFUNDED", "REFUND_REJECTED"}
LEDGER_FINAL = {"REFUNDED": "REFUNDED", "REFUND_REJECTED": "REJECTED"}

FACTS_QUERY = """
SELECT p.order_id, p.status,
       (SELECT count(*) FROM refunds r WHERE r.order_id = p.order_id) AS ledger_rows,
       (SELECT state FROM refunds r WHERE r.order_id = p.order_id) AS ledger_state,
       (SELECT count(*) FROM audit_events a
         WHERE a.order_id = p.order_id AND a.kind = 'refund_paid') AS payments,
       (SELECT count(*) FROM outbox_emails e WHERE e.order_id = p.order_id) AS emails
FROM purchases p WHERE p.order_id = ANY($1::int[])
"""


@dataclass
class Verdict:
    """The figures of the closing line, with the order ids behind each non-zero one."""

    rounds: int
    requests: int
    kills: int
    lost: list[int] = field(default_factory=list)
    double_paid: list[int] = field(default_factory=list)
    stuck: list[int] = field(default_factory=list)
    duplicate_emails: list[int] = field(default_factory=list)
    # Orders that moved on while a chat proposal for them is still offered for confirmation.
    stale_proposals: list[int] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not (
            self.lost
            or self.double_paid
            or self.stuck
            or self.duplicate_emails
            or self.stale_proposals
        )

    def line(self) -> str:
        return (
            f"chaos: rounds={self.rounds} requests={self.requests} kills={self.kills}"
            f" lost={len(self.lost)} double_paid={len(self.double_paid)}"
            f" stuck={len(self.stuck)} duplicate_emails={len(self.duplicate_emails)}"
            f" stale_proposals={len(self.stale_proposals)}"
        )


def _final(req: AskedRefund, status: str, ledger_state: str | None) -> bool:
    allowed = FINAL_LARGE if req.large else FINAL_SMALL
    return status in allowed and ledger_state == LEDGER_FINAL[status]


async def _facts(database_url: str, order_ids: list[int]) -> dict[int, asyncpg.Record]:
    conn = await asyncpg.connect(database_url, timeout=5)
    try:
        return {r["order_id"]: r for r in await conn.fetch(FACTS_QUERY, order_ids)}
    finally:
        await conn.close()


async def running_refund_workflows(temporal_address: str) -> set[int]:
    """Order ids of RefundWorkflows Temporal still runs (workflow id `refund-<order>`)."""
    client = await Client.connect(temporal_address)
    running: set[int] = set()
    query = "WorkflowType = 'RefundWorkflow' AND ExecutionStatus = 'Running'"
    async for wf in client.list_workflows(query):
        prefix, _, number = wf.id.partition("-")
        if prefix == "refund" and number.isdigit():
            running.add(int(number))
    return running


async def settle(
    database_url: str, temporal_address: str, requests: list[AskedRefund], *, within: float
) -> tuple[dict[int, asyncpg.Record], set[int]]:
    """Wait until every accepted request's order is final and its workflow closed (or `within`
    passes); the last facts read for all of them, and the orders whose workflow still runs."""
    deadline = time.monotonic() + within
    ids = [r.order_id for r in requests]
    while True:
        try:
            facts = await _facts(database_url, ids)
            running = await running_refund_workflows(temporal_address) & set(ids)
        except Exception:  # PostgreSQL or Temporal still coming back: look again
            facts, running = {}, set(ids)
        done = not running and all(
            r.order_id in facts
            and _final(r, facts[r.order_id]["status"], facts[r.order_id]["ledger_state"])
            for r in requests
            if r.accepted
        )
        if done or time.monotonic() > deadline:
            return facts, running
        await asyncio.sleep(0.5)


async def stale_proposals(
    base_url: str, requests: list[AskedRefund], facts: dict[int, asyncpg.Record]
) -> list[int]:
    """Orders no longer PURCHASED that a chat customer is still offered Confirm for."""
    stale: set[int] = set()
    for req in requests:
        if req.channel != "chat":
            continue
        for proposal in await offered_proposals(base_url, req, Stats()):
            row = facts.get(int(proposal["order_id"]))
            if row is None or row["status"] != "PURCHASED":
                stale.add(int(proposal["order_id"]))
    return sorted(stale)


async def judge(
    database_url: str,
    temporal_address: str,
    requests: list[AskedRefund],
    *,
    rounds: int,
    kills: int,
    settle_within: float,
    base_url: str,
) -> Verdict:
    """Wait for the dust to settle, then count lost, double-paid, stuck and re-emailed orders,
    and proposals still offered for orders that moved on."""
    facts, running = await settle(database_url, temporal_address, requests, within=settle_within)
    verdict = Verdict(rounds=rounds, requests=len(requests), kills=kills)
    for req in requests:
        row = facts.get(req.order_id)
        if not req.accepted or row is None or row["ledger_rows"] == 0:
            verdict.lost.append(req.order_id)
            continue
        if row["ledger_rows"] > 1 or row["payments"] > 1:
            verdict.double_paid.append(req.order_id)
        if req.order_id in running or not _final(req, row["status"], row["ledger_state"]):
            verdict.stuck.append(req.order_id)
        if row["emails"] > (1 if req.large else 0):
            verdict.duplicate_emails.append(req.order_id)
    verdict.stale_proposals = await stale_proposals(base_url, requests, facts)
    return verdict
