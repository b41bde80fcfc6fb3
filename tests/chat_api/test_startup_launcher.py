"""The chat API opens its port before its app is loaded: /healthz answers at once, /readyz says
it is starting, a request that arrives meanwhile waits for the app (or, past the bound, gets a
calm 503 with Retry-After), a failed start ends the process, and shutdown closes the app."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import subprocess
import sys
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import httpx
import uvicorn
from fastapi import FastAPI, Request

from services.chat_api.launcher import FAILED, STARTING, Launcher
from tests.support.processes import REPO_ROOT
from tests.support.waiting import eventually

# Modules the real app needs and the entry point must not import before its port is open.
HEAVY = ("fastapi", "starlette", "langgraph", "langchain_core", "langchain_openai", "openai",
         "opentelemetry", "temporalio", "asyncpg", "psycopg")  # fmt: skip


def inner_app(closed: list[str]) -> FastAPI:
    """A small app standing in for the chat API: its lifespan records when it ends."""

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        closed.append("closed")

    app = FastAPI(lifespan=lifespan)

    @app.get("/readyz")
    async def readyz() -> dict[str, str]:
        return {"status": "ready"}

    @app.post("/api/chat")
    async def chat(request: Request) -> dict[str, str]:
        return {"echo": (await request.json())["message"]}

    return app


def gated(app: FastAPI, gate: threading.Event) -> Callable[[], FastAPI]:
    """A loader that takes as long as the test wants, as a slow import would."""

    def load() -> FastAPI:
        gate.wait(timeout=60)
        return app

    return load


@asynccontextmanager
async def served(launcher: Launcher) -> AsyncIterator[tuple[httpx.AsyncClient, uvicorn.Server]]:
    """The launcher behind a real uvicorn on a free loopback port."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(launcher, lifespan="on", log_config=None, ws="none"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        await eventually(lambda: _started(server), within=30, interval=0.01)
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            yield http, server
    finally:
        server.should_exit = True
        await task


async def _started(server: uvicorn.Server) -> bool:
    return server.started


async def test_healthz_answers_and_readyz_says_starting_while_the_app_loads():
    gate = threading.Event()
    launcher = Launcher(gated(inner_app([]), gate))
    try:
        async with served(launcher) as (http, _):
            health = await http.get("/healthz")
            assert health.status_code == 200 and health.json() == {"status": "ok"}
            ready = await http.get("/readyz")
            assert ready.status_code == 503
            assert ready.json() == {"status": "not ready", "checks": {"app": "starting"}}
            assert ready.headers["retry-after"] == "1"
            gate.set()
            # Once loaded, the app itself answers.
            await eventually(lambda: http.get("/readyz"), lambda r: r.status_code == 200)
            assert (await http.get("/readyz")).json() == {"status": "ready"}
    finally:
        gate.set()


async def test_a_request_during_start_up_waits_for_the_app_and_is_answered_by_it():
    gate = threading.Event()
    launcher = Launcher(gated(inner_app([]), gate))
    try:
        async with served(launcher) as (http, server):
            sent = asyncio.create_task(http.post("/api/chat", json={"message": "hello there"}))
            # The request is being handled (held by the launcher) before the app exists.
            await eventually(lambda: _handling(server), within=30, interval=0.01)
            assert not launcher.ready
            gate.set()
            answer = await sent
            assert answer.status_code == 200, answer.text
            assert answer.json() == {"echo": "hello there"}
    finally:
        gate.set()


async def _handling(server: uvicorn.Server) -> bool:
    return bool(server.server_state.tasks)


async def test_a_request_gets_a_calm_503_when_the_app_is_not_ready_within_the_bound():
    gate = threading.Event()
    launcher = Launcher(gated(inner_app([]), gate), wait_seconds=0.2)
    try:
        async with served(launcher) as (http, _):
            answer = await http.post("/api/chat", json={"message": "hello"})
            assert answer.status_code == 503
            assert answer.json() == {"detail": STARTING}
            assert answer.headers["retry-after"] == "1"
    finally:
        gate.set()


async def test_a_failed_start_is_reported_and_asks_the_process_to_end():
    failures: list[str] = []

    def broken() -> FastAPI:
        raise RuntimeError("cannot import")

    launcher = Launcher(broken, on_failure=lambda: failures.append("failed"))
    async with served(launcher) as (http, _):
        await eventually(lambda: _failed(failures))
        assert launcher.failed
        ready = await http.get("/readyz")
        assert ready.status_code == 503 and ready.json()["checks"] == {"app": "failed"}
        answer = await http.post("/api/chat", json={"message": "hello"})
        assert answer.status_code == 503 and answer.json() == {"detail": FAILED}


async def _failed(failures: list[str]) -> bool:
    return failures == ["failed"]


async def test_shutdown_runs_the_apps_lifespan_to_its_end():
    closed: list[str] = []
    gate = threading.Event()
    gate.set()
    launcher = Launcher(gated(inner_app(closed), gate))
    async with served(launcher) as (http, _):
        await eventually(lambda: http.get("/readyz"), lambda r: r.status_code == 200)
        assert closed == []
    assert closed == ["closed"]


async def test_shutdown_during_start_up_cancels_the_start():
    gate = threading.Event()
    launcher = Launcher(gated(inner_app([]), gate))
    with contextlib.ExitStack() as release:
        release.callback(gate.set)
        async with served(launcher) as (http, _):
            assert (await http.get("/healthz")).status_code == 200
        assert not launcher.ready and not launcher.failed


def test_the_entry_point_imports_no_heavy_module_before_the_port_opens():
    code = (
        "import sys, services.chat_api.main\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r}))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO_ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]", done.stdout
