"""What one chat turn asks of PostgreSQL: every statement the chat API sends, read from the
server's own statement log, and the checkpoint rows and bytes the turn leaves behind.

The log is switched on (`log_statement = all`) only around the turns being counted; each
statement is attributed to the client process that owns its backend's socket (`ss -xp` pairs
the two ends of each Unix socket), so the worker's and the bench's own statements are told
apart from the chat API's.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg

# A log line's head: time, backend pid; then the statement as logged.
LOG_LINE = re.compile(r"^\S+ \S+ \S+ \[(\d+)\] LOG:  (?:statement|execute [^:]*): (.*)$")
LOG_HEAD = re.compile(r"^\S+ \S+ \S+ \[\d+\] ")
SS_LINE = re.compile(r"\s(\d+)\s+\S+\s+(\d+)\s*$")


def _socket_pids() -> dict[int, int]:
    """Socket inode -> the pid of a process holding it (from /proc/*/fd)."""
    held: dict[int, int] = {}
    for fd_dir in Path("/proc").glob("[0-9]*/fd"):
        try:
            for fd in fd_dir.iterdir():
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    held[int(target[8:-1])] = int(fd_dir.parent.name)
        except OSError:
            continue  # the process ended meanwhile
    return held


def socket_owners() -> dict[int, int]:
    """Backend pid -> the pid of the client process at the other end of its Unix socket
    (`ss -x` pairs each socket's inode with its peer's)."""
    out = subprocess.run(["ss", "-xn"], capture_output=True, text=True).stdout
    held = _socket_pids()
    owners: dict[int, int] = {}
    for line in out.splitlines():
        m = SS_LINE.search(line)
        if m is None:
            continue
        mine, peer = held.get(int(m.group(1))), held.get(int(m.group(2)))
        if mine is not None and peer is not None and mine != peer:
            owners[mine] = peer
    return owners


def _label(sql: str) -> str:
    """A short name for a statement: what it is for."""
    s = " ".join(sql.split())
    low = s.lower()
    rules = [
        ("pg_advisory_unlock_all", "asyncpg pool release: session reset"),
        ("pg_advisory_unlock(", "turn lock: unlock"),
        ("pg_advisory_lock(", "turn lock: lock"),
        ("set lock_timeout", "turn lock: SET lock_timeout"),
        ("customer_rate_limits", "rate limit: admit"),
        ("insert into chat_transcript", "transcript: record"),
        ("from sessions", "session check"),
        ("insert into checkpoint_writes", "checkpoint: put_writes (one row)"),
        ("insert into checkpoint_blobs", "checkpoint: put blob (one channel)"),
        ("insert into checkpoints", "checkpoint: put"),
        ("delete from checkpoint", "checkpoint: prune"),
        ("update checkpoints", "checkpoint: prune"),
        ("from checkpoints", "checkpoint: read latest (state read)"),
        ("from purchases p left join refunds", "refund state read"),
        ("from purchases", "orders read"),
    ]
    for needle, name in rules:
        if needle in low:
            return name
    return s[:80]


@dataclass
class StatementLog:
    """The server log, from an offset on: statements per client process."""

    path: Path
    offset: int = 0
    owners: dict[int, int] = field(default_factory=dict)

    def mark(self) -> None:
        self.offset = self.path.stat().st_size
        self.owners = socket_owners()

    def since(self, client_pid: int) -> list[str]:
        """The statements `client_pid`'s connections sent since the mark, in order."""
        self.owners |= socket_owners()
        with self.path.open("rb") as f:
            f.seek(self.offset)
            text = f.read().decode(errors="replace")
        found: list[tuple[int, str]] = []  # (backend pid, statement)
        for line in text.splitlines():
            m = LOG_LINE.match(line)
            if m:
                found.append((int(m.group(1)), m.group(2)))
            elif LOG_HEAD.match(line):
                found.append((0, ""))  # a parameters line or any other entry: not a statement
            elif line.startswith("\t") and found:
                pid, sql = found[-1]
                found[-1] = (pid, f"{sql} {line.strip()}")  # the statement's next line
        return [_label(sql) for pid, sql in found if pid and self.owners.get(pid) == client_pid]


async def statement_log(pool: asyncpg.Pool, on: bool) -> None:
    """Switch the server's statement log on or off (it costs the server time: only around
    the turns being counted)."""
    if on:
        await pool.execute("ALTER SYSTEM SET log_statement = 'all'")
        await pool.execute("ALTER SYSTEM SET log_line_prefix = '%m [%p] '")
    else:
        await pool.execute("ALTER SYSTEM RESET log_statement")
        await pool.execute("ALTER SYSTEM RESET log_line_prefix")
    await pool.execute("SELECT pg_reload_conf()")
    await asyncio.sleep(0.3)  # backends read the new configuration between statements


# During the counted turns, every row written to LangGraph's tables is logged with its size.
_ROW_LOG_SETUP = [
    "CREATE TABLE IF NOT EXISTS bench_checkpoint_rows"
    " (tbl text, op text, bytes int, at timestamptz DEFAULT clock_timestamp())",
    "CREATE OR REPLACE FUNCTION bench_log_checkpoint_row() RETURNS trigger AS $$ BEGIN"
    " INSERT INTO bench_checkpoint_rows (tbl, op, bytes)"
    " VALUES (TG_TABLE_NAME, TG_OP, pg_column_size(NEW.*)); RETURN NULL; END $$"
    " LANGUAGE plpgsql",
    *(
        f"CREATE OR REPLACE TRIGGER bench_rows AFTER INSERT OR UPDATE ON {t}"
        " FOR EACH ROW EXECUTE FUNCTION bench_log_checkpoint_row()"
        for t in ("checkpoints", "checkpoint_blobs", "checkpoint_writes")
    ),
]
_ROW_LOG_TEARDOWN = [
    *(
        f"DROP TRIGGER IF EXISTS bench_rows ON {t}"
        for t in ("checkpoints", "checkpoint_blobs", "checkpoint_writes")
    ),
    "DROP TABLE IF EXISTS bench_checkpoint_rows",
]


async def row_log(pool: asyncpg.Pool, on: bool) -> None:
    """Log every checkpoint row written (table, insert or update, bytes) while on."""
    for sql in _ROW_LOG_SETUP if on else _ROW_LOG_TEARDOWN:
        await pool.execute(sql)


async def rows_written(pool: asyncpg.Pool) -> dict[str, dict[str, int]]:
    """Rows and bytes written to each checkpoint table since the last call (then forgotten)."""
    rows = await pool.fetch(
        "WITH gone AS (DELETE FROM bench_checkpoint_rows RETURNING *)"
        " SELECT tbl, op, count(*) AS n, sum(bytes) AS bytes FROM gone GROUP BY tbl, op"
    )
    return {f"{r['tbl']} {r['op'].lower()}": {"rows": r["n"], "bytes": r["bytes"]} for r in rows}


def counted(statements: list[str]) -> dict[str, int]:
    """Statements by name, most frequent first."""
    return dict(Counter(statements).most_common())
