"""How much the checkpointer stores for one thread: what the thread-growth test and the
benchmark measure."""

from __future__ import annotations

import asyncpg

_STORED_BYTES_SQL = """
SELECT
  coalesce((SELECT sum(pg_column_size(c.*)) FROM checkpoints c WHERE thread_id = $1), 0)
  + coalesce((SELECT sum(pg_column_size(b.*)) FROM checkpoint_blobs b WHERE thread_id = $1), 0)
  + coalesce((SELECT sum(pg_column_size(w.*)) FROM checkpoint_writes w WHERE thread_id = $1), 0)
"""


async def stored_bytes(pool: asyncpg.Pool, thread: str) -> int:
    """Bytes the checkpointer stores for one thread (rows of its three tables)."""
    value = await pool.fetchval(_STORED_BYTES_SQL, thread)
    return int(value or 0)
