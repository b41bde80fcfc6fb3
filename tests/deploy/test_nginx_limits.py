"""The product's nginx (deploy/nginx/nginx.conf, run as tests/support/nginx.py runs it) in front
of a small HTTP server on loopback that answers every request and counts what reaches it: how
often a session's API requests pass, and what a refused one is told. (The flood test runs the
same nginx in front of the real chat API, tests/chat_api/test_one_customer_flood.py.)"""

from __future__ import annotations

import asyncio
import time
from collections import Counter
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from services.chat_api.sessions import SESSION_COOKIE
from tests.support import nginx
from tests.support.ports import free_port
from tests.support.waiting import eventually

pytestmark = pytest.mark.skipif(
    not nginx.available(), reason="nginx is not installed (.ci/run installs it)"
)

BUDGET = nginx.SESSION_BUDGET_PER_MINUTE


class Upstream:
    """An HTTP/1.1 server that answers 200 to everything and counts requests by session."""

    def __init__(self) -> None:
        self.seen: Counter[str] = Counter()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while head := await reader.readuntil(b"\r\n\r\n"):
                cookie = next(
                    (
                        line.split(b"=", 1)[1].decode()
                        for line in head.split(b"\r\n")
                        if line.lower().startswith(b"cookie: ")
                    ),
                    "",
                )
                self.seen[cookie] += 1
                writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


@pytest.fixture
async def proxied(tmp_path: Path) -> AsyncIterator[tuple[str, Upstream]]:
    upstream = Upstream()
    server = await asyncio.start_server(upstream.handle, "127.0.0.1", free_port())
    upstream_port = server.sockets[0].getsockname()[1]
    listen_port = free_port()
    with nginx.nginx_in_front(upstream_port, listen_port, tmp_path / "nginx"):
        base = f"http://127.0.0.1:{listen_port}"
        async with httpx.AsyncClient(base_url=base) as http:

            async def answers() -> bool:
                try:
                    return (await http.get("/proxy-health")).status_code == 200
                except httpx.TransportError:
                    return False

            await eventually(answers, within=10)
        yield base, upstream
    server.close()
    await server.wait_closed()


async def _one_after_another(base: str, cookie: str | None, count: int) -> list[httpx.Response]:
    """`count` API reads of one session (or none), each sent once the previous is answered."""
    cookies = {SESSION_COOKIE: cookie} if cookie else {}
    async with httpx.AsyncClient(base_url=base, cookies=cookies) as http:
        return [await http.get("/api/orders") for _ in range(count)]


async def test_a_session_gets_the_chat_apis_whole_allowance_then_is_refused_in_nginx(proxied):
    base, upstream = proxied
    started = time.monotonic()
    answers = await _one_after_another(base, "flooder", BUDGET + 40)
    took = time.monotonic() - started
    # Nothing the chat API would allow is refused: the whole minute's budget at once reaches it.
    assert all(r.status_code == 200 for r in answers[: BUDGET + 1]), Counter(
        r.status_code for r in answers
    )
    # Past it only the rate (BUDGET a minute) goes on, plus at most one for rounding.
    assert upstream.seen["flooder"] <= BUDGET + 2 + BUDGET * took / 60, (upstream.seen, took)
    refused = [r for r in answers if r.status_code == 429]
    assert refused, "a session past its budget is refused"
    assert refused[0].headers["Retry-After"] == "1"
    assert refused[0].json() == {
        "detail": f"You are sending requests faster than {BUDGET} a minute; please wait 1 second"
        " and try again."
    }
    # Another session, and a request without one (signing in), are not held back by it.
    other = await _one_after_another(base, "calm", 3)
    anonymous = await _one_after_another(base, None, 3)
    assert [r.status_code for r in other + anonymous] == [200] * 6
