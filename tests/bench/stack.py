"""The stack the bench measures: the dev supervisor (`python -m services.devstack`) with its
four real processes on a data folder and ports of its own, plus what the bench needs beside it:
a pool on the same PostgreSQL, a Temporal client, the admin token and a peak-RSS sampler."""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import asyncpg
import httpx
import psutil
from temporalio.client import Client

from services.common.config import Settings
from services.common.db import create_pool
from services.common.servers import start_embedded_postgres
from services.common.temporal import connect_temporal
from services.devstack.database import APP_DATABASE, database_uri
from tests.support.devstack import READY_WITHIN, DevStack, free_port, read_pid, run_devstack

ADMIN_TOKEN = "bench-admin-token-0123456789"
PROCESSES = ("worker", "chat_api", "temporal", "postgres")
RSS_EVERY_SECONDS = 0.25


def _tree_rss(pid: int) -> int:
    """RSS of a process and its children (PostgreSQL is a postmaster plus one backend per
    connection; their shared buffers are counted once per process, so this is an upper bound)."""
    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0
    total = 0
    for p in procs:
        with contextlib.suppress(psutil.NoSuchProcess, psutil.AccessDenied):
            total += p.memory_info().rss
    return total


@dataclass
class RssSampler:
    """Samples the four processes' RSS in a thread; `peak_mb` keeps the highest seen."""

    stack: DevStack
    peak: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PROCESSES, 0))
    _stop: threading.Event = field(default_factory=threading.Event)

    def _run(self) -> None:
        while not self._stop.wait(RSS_EVERY_SECONDS):
            for name in PROCESSES:
                pid = self.stack.pid_of(name)
                if pid:
                    self.peak[name] = max(self.peak[name], _tree_rss(pid))

    @contextlib.contextmanager
    def running(self) -> Iterator[None]:
        thread = threading.Thread(target=self._run, name="rss-sampler", daemon=True)
        thread.start()
        try:
            yield None
        finally:
            self._stop.set()
            thread.join()

    def peak_mb(self) -> dict[str, float]:
        return {name: round(rss / 2**20, 1) for name, rss in self.peak.items()}


@dataclass
class BenchStack:
    """A running dev stack and the bench's own handles on it."""

    dev: DevStack
    pool: asyncpg.Pool
    temporal: Client
    settings: Settings
    base_url: str
    rss: RssSampler

    def admin_http(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
            timeout=30.0,
            limits=httpx.Limits(keepalive_expiry=2.0),  # below uvicorn's 5 s keep-alive
        )

    def pid(self, name: str) -> int:
        pid = self.dev.pid_of(name)
        if pid is None:
            raise RuntimeError(f"no pid file for {name}:\n{self.dev.tail()}")
        return pid

    def chat_api_pids(self) -> list[int]:
        """Every chat API process of the stack (`chat_api.pid`, then `chat_api-2.pid`, ...)."""
        run = self.dev.data_dir / "run"
        files = [run / "chat_api.pid", *run.glob("chat_api-*.pid")]
        files.sort(key=lambda p: (len(p.name), p.name))
        return [pid for pid in (read_pid(f) for f in files) if pid is not None]

    def kill_9(self, name: str) -> int:
        pid = self.pid(name)
        os.kill(pid, signal.SIGKILL)
        return pid

    def alive(self) -> bool:
        """False once the supervisor itself has exited (it gave up on a dead server)."""
        return self.dev.proc.poll() is None


async def wait_ready(dev: DevStack, within: float = READY_WITHIN) -> float:
    """Seconds until GET /readyz answers 200 (awaited, so Ctrl-C stops the bench at once);
    fails with the log's tail if the supervisor exits or the deadline passes."""
    started = time.monotonic()
    async with httpx.AsyncClient(base_url=dev.base_url, timeout=2.0) as http:
        while time.monotonic() - started < within:
            if dev.proc.poll() is not None:
                raise RuntimeError(f"the supervisor exited early:\n{dev.tail()}")
            with contextlib.suppress(httpx.TransportError):
                if (await http.get("/readyz")).status_code == 200:
                    return time.monotonic() - started
            await asyncio.sleep(0.1)
    raise RuntimeError(f"the stack was not ready within {within}s:\n{dev.tail()}")


@contextlib.asynccontextmanager
async def bench_stack(
    data_dir: Path,
    log: Path | None = None,
    payment_delay: str = "0",
    api_processes: int | None = None,
    env: dict[str, str] | None = None,
) -> AsyncIterator[BenchStack]:
    """Start the dev supervisor on `data_dir` with free ports (and `api_processes` chat API
    processes, or make dev's default; `env` overrides the bench's settings, e.g. to turn the
    per-customer limits back on); yield once /readyz says ready. The supervisor's log
    (all four processes) goes to `log`, kept for a look afterwards."""
    ports = {"api-port": free_port(), "temporal-port": free_port(), "ui-port": free_port()}
    values = {
        "PAYMENT_DELAY_SECONDS": payment_delay,
        "ADMIN_TOKEN": ADMIN_TOKEN,
        # The bench's customers talk faster than a person: the per-customer limits are off.
        "CHAT_TURNS_PER_MINUTE": "0",
        "CUSTOMER_ACTIONS_PER_MINUTE": "0",
        "CUSTOMER_READS_PER_MINUTE": "0",
        "CUSTOMER_CONCURRENT_REQUESTS": "0",
    }
    if api_processes is not None:
        values["DEVSTACK_API_PROCESSES"] = str(api_processes)
    values.update(env or {})
    log = log or data_dir.parent / f"{data_dir.name}-devstack.log"
    with run_devstack(data_dir, log, ports=ports, **values) as dev:
        await wait_ready(dev)
        server_uri = start_embedded_postgres(data_dir / "pg")  # attaches to the running server
        url = database_uri(server_uri, APP_DATABASE)
        settings = Settings(
            _env_file=None,
            app_env="dev",
            database_url=url,
            temporal_address=f"127.0.0.1:{ports['temporal-port']}",
        )
        # No connection floor: while PostgreSQL is killed the pool must not keep redialling.
        pool = await create_pool(url, min_size=0, max_size=10)
        try:
            client = await connect_temporal(settings)
            sampler = RssSampler(dev)
            with sampler.running():
                yield BenchStack(dev, pool, client, settings, dev.base_url, sampler)
        finally:
            await pool.close()
