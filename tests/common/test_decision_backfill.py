"""Migration 003 stores how each review ended: rows decided before the `decision` column
existed get the outcome the chat API used to infer (decided_by 'system' meant timed out)."""

from __future__ import annotations

from services.common.db import MIGRATIONS_DIR

MIGRATION = MIGRATIONS_DIR / "003_decision_outcome.sql"


def backfill_statement() -> str:
    """The migration's UPDATE, run again on rows written as the previous code wrote them."""
    statements = [s.strip() for s in MIGRATION.read_text().split(";")]
    (update,) = [s for s in statements if "UPDATE refunds" in s]
    return update


async def test_backfill_names_every_decided_review(pool, orders):
    rows = {
        "timed_out": ("REJECTED", "system"),
        "rejected": ("REJECTED", "ann@shop"),
        "approved": ("REFUNDED", "ann@shop"),
        None: ("REFUNDED", None),
    }
    made = {}
    for expected, (state, decided_by) in rows.items():
        order = await orders.order("1500.00")
        await pool.execute(
            "INSERT INTO refunds (order_id, workflow_id, amount, reason, state, decided_by)"
            " VALUES ($1, $2, 1500, 'broken', $3, $4)",
            order.order_id,
            f"refund-{order.order_id}",
            state,
            decided_by,
        )
        made[order.order_id] = expected
    await pool.execute(backfill_statement())
    found = await pool.fetch(
        "SELECT order_id, decision FROM refunds WHERE order_id = ANY($1)", list(made)
    )
    assert {r["order_id"]: r["decision"] for r in found} == made
