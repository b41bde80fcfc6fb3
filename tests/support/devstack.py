"""The dev supervisor (`python -m services.devstack`) as a real child process, for the tests
that need the whole stack: its own data folder and free ports; nothing outlives it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import psutil

from services.common.servers import stop_embedded_postgres
from tests.support.ports import free_port as free_port

REPO_ROOT = Path(__file__).resolve().parents[2]
READY_WITHIN = 90.0  # seconds: a cold start here takes ~4 s; CI machines can be much slower
STOP_WITHIN = 30.0  # seconds: SIGTERM grace for the worker, Temporal and PostgreSQL
# Configuration a developer may have exported; the tests want the supervisor's own defaults.
SCRUBBED_PREFIXES = ("OPENAI_", "LLM_", "DEVSTACK_")
SCRUBBED = {"APP_ENV", "DATABASE_URL", "ADMIN_TOKEN", "REVIEW_LINK_SECRET", "SESSION_SECRET"}


def alive(pid: int) -> bool:
    """True while `pid` runs (a zombie left for init to reap counts as gone)."""
    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False


def read_pid(path: Path) -> int | None:
    try:
        return int(path.read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None


@dataclass
class DevStack:
    proc: subprocess.Popen[bytes]
    data_dir: Path
    base_url: str
    log: Path

    def pid_of(self, name: str) -> int | None:
        """The pid of `postgres`, `temporal`, `worker` or `chat_api`, from its pid file."""
        if name == "postgres":
            return read_pid(self.data_dir / "pg" / "postmaster.pid")
        return read_pid(self.data_dir / "run" / f"{name}.pid")

    def tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return "(no log)"

    def wait_ready(self, within: float = READY_WITHIN) -> float:
        """Until GET /readyz answers 200; returns the seconds it took. Fails with the log."""
        started = time.monotonic()
        with httpx.Client(timeout=2.0) as http:
            while time.monotonic() - started < within:
                if self.proc.poll() is not None:
                    raise AssertionError(f"the supervisor exited early:\n{self.tail()}")
                try:
                    if http.get(f"{self.base_url}/readyz").status_code == 200:
                        return time.monotonic() - started
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
        raise AssertionError(f"the stack was not ready within {within}s:\n{self.tail()}")


@contextmanager
def run_devstack(
    data_dir: Path, log: Path, *, ports: dict[str, int] | None = None, **env_values: str
) -> Iterator[DevStack]:
    """Start the supervisor on `data_dir` (free ports unless given); SIGINT it afterwards,
    by force if it hangs, and stop its PostgreSQL if that survived."""
    ports = ports or {"api-port": free_port(), "temporal-port": free_port(), "ui-port": free_port()}
    env = {k: v for k, v in os.environ.items() if k not in SCRUBBED}
    env = {k: v for k, v in env.items() if not k.startswith(SCRUBBED_PREFIXES)}
    env.update(PYTHONPATH=str(REPO_ROOT), PYTHONUNBUFFERED="1", LLM_PROVIDER="offline")
    env.update(env_values)
    argv = [sys.executable, "-m", "services.devstack", "--data-dir", str(data_dir)]
    for flag, port in ports.items():
        argv += [f"--{flag}", str(port)]
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:
        # cwd is the data folder's parent, not the repo: a developer's `.env` stays out of it.
        proc = subprocess.Popen(
            argv, cwd=data_dir.parent, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    stack = DevStack(proc, data_dir, f"http://127.0.0.1:{ports['api-port']}", log)
    try:
        yield stack
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGINT)
            try:
                proc.wait(timeout=STOP_WITHIN)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        pg = stack.pid_of("postgres")
        if pg and alive(pg):
            stop_embedded_postgres(data_dir / "pg")
