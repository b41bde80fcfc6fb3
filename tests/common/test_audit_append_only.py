"""The audit trail is append-only in the database itself: even the schema's owner (here the
test server's superuser) cannot update, delete or truncate its rows."""

from __future__ import annotations

import asyncpg
import pytest

from services.common.audit import append_event


async def test_audit_events_cannot_be_rewritten_or_erased(pool):
    await append_event(pool, None, None, "append_only_probe", "system", {"n": 1})
    event = await pool.fetchval("SELECT max(id) FROM audit_events WHERE kind = 'append_only_probe'")
    for statement in (
        "UPDATE audit_events SET actor = 'someone else' WHERE id = $1",
        "DELETE FROM audit_events WHERE id = $1",
    ):
        with pytest.raises(asyncpg.InsufficientPrivilegeError, match="append-only"):
            await pool.execute(statement, event)
    with pytest.raises(asyncpg.InsufficientPrivilegeError, match="append-only"):
        await pool.execute("TRUNCATE audit_events")
    row = await pool.fetchrow("SELECT actor, detail FROM audit_events WHERE id = $1", event)
    assert (row["actor"], row["detail"]) == ("system", {"n": 1})
