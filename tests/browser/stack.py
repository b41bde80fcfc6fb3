"""One real stack for the browser tests: the dev supervisor (`python -m services.devstack`)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx

REPO_ROOT = Path(__file__).resolve().parents[2]
DEVSTACK_MAIN = REPO_ROOT / "services" / "devstack" / "__main__.py"
ADMIN_TOKEN = "browser-admin-token-0123456789"
PAYMENT_DELAY_SECONDS = "2"
READY_WITHIN = 90.0  # seconds for a cold start of PostgreSQL, Temporal, worker and chat API
STOP_WITHIN = 30.0  # seconds for the supervisor to stop everything after SIGINT


@dataclass(frozen=True)
class Stack:
    base_url: str
    admin_token: str
    log_file: Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def stack_env(**values: str) -> dict[str, str]:
    """This environment without model keys (the offline model answers), plus `values`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLM_"))}
    env.update(values)
    return env


def wait_ready(base_url: str, proc: subprocess.Popen[bytes], log_file: Path) -> None:
    """Until GET /readyz answers 200; fail early with the log if the supervisor died."""
    deadline = time.monotonic() + READY_WITHIN
    with httpx.Client(timeout=2.0) as http:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise RuntimeError(f"the stack exited early:\n{tail(log_file)}")
            try:
                if http.get(f"{base_url}/readyz").status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(0.2)
    raise RuntimeError(f"the stack was not ready within {READY_WITHIN}s:\n{tail(log_file)}")


def tail(log_file: Path, lines: int = 60) -> str:
    try:
        return "\n".join(log_file.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def stop(proc: subprocess.Popen[bytes]) -> None:
    """SIGINT (the supervisor's clean stop), then SIGKILL to its process group if it hangs."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=STOP_WITHIN)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)


@contextmanager
def devstack(data_dir: Path, log_file: Path) -> Iterator[Stack]:
    """`python -m services.devstack` on free ports, stopped with SIGINT afterwards."""
    api_port, temporal_port, ui_port = free_port(), free_port(), free_port()
    base_url = f"http://127.0.0.1:{api_port}"
    env = stack_env(
        ADMIN_TOKEN=ADMIN_TOKEN,
        PAYMENT_DELAY_SECONDS=PAYMENT_DELAY_SECONDS,
        LLM_PROVIDER="offline",
        PYTHONUNBUFFERED="1",
    )
    args = [
        sys.executable, "-m", "services.devstack", "--data-dir", str(data_dir),
        "--api-port", str(api_port), "--temporal-port", str(temporal_port),
        "--ui-port", str(ui_port),
    ]  # fmt: skip
    with log_file.open("wb") as log:
        proc = subprocess.Popen(
            args, cwd=REPO_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
            start_new_session=True,
        )  # fmt: skip
        try:
            wait_ready(base_url, proc, log_file)
            yield Stack(base_url=base_url, admin_token=ADMIN_TOKEN, log_file=log_file)
        finally:
            stop(proc)
