"""The chat API as a real child process (`python -m services.chat_api --port P`)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
from langchain_core.messages import AIMessage, ToolMessage
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

from services.chat_api.agent.context import thread_id
from services.common.config import Settings
from tests.support.ports import free_port as free_port
from tests.support.processes import REPO_ROOT, settings_env
from tests.support.waiting import eventually

# A chat API process's imports and start-up: ~3 s on a quiet machine, 20 s or more on a busy one.
START_WITHIN_SECONDS = 120.0


@contextmanager
def chat_api_process(
    settings: Settings, port: int, log_file: Path, **env: str
) -> Iterator[subprocess.Popen[bytes]]:
    """The chat API as a child process; SIGKILLed on exit if still running."""
    with log_file.open("ab") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "services.chat_api", "--port", str(port)],
            cwd=REPO_ROOT,
            env=settings_env(settings, **env),
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=10)


async def wait_until_serving(http: httpx.AsyncClient, proc: subprocess.Popen[bytes]) -> None:
    async def probe() -> int:
        assert proc.poll() is None, "the chat API exited during start-up"
        try:
            # The app itself answers /api/info; /healthz answers as soon as the port is open.
            return (await http.get("/api/info")).status_code
        except httpx.TransportError:
            return 0

    await eventually(probe, lambda code: code == 200, within=START_WITHIN_SECONDS)


async def unanswered_tool_calls(database_url: str, customer_id: int) -> list[dict[str, Any]]:
    """Tool calls of the stored thread that have no tool result, read straight from PostgreSQL."""
    async with AsyncPostgresSaver.from_conn_string(database_url) as saver:
        stored = await saver.aget_tuple({"configurable": {"thread_id": thread_id(customer_id)}})
    assert stored is not None, "no thread stored"
    messages = stored.checkpoint["channel_values"]["messages"]
    answered = {m.tool_call_id for m in messages if isinstance(m, ToolMessage)}
    return [
        dict(c)
        for m in messages
        if isinstance(m, AIMessage)
        for c in m.tool_calls
        if c["id"] not in answered
    ]
