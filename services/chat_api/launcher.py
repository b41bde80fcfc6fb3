"""The chat API answers as soon as its port is open, while the app itself is still loading.

Importing the app (FastAPI, LangGraph, the Temporal client, ...) and opening its pools take
seconds. `Launcher` is the ASGI app uvicorn serves from the first moment: it answers `/healthz`
at once (the process is up), `/readyz` with 503 until the app has started, and holds every other
request until the app is ready (up to `wait_seconds`, then a 503 with `Retry-After`). The app is
imported in a thread, so the event loop keeps answering meanwhile, and its own lifespan runs
here; from then on every request goes straight to it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from starlette.applications import Starlette

log = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

# How long a request that arrives during start-up waits for the app before a 503 (seconds).
STARTING_WAIT_SECONDS = 30.0
# What a client that got that 503 is asked to wait before trying again (seconds).
STARTING_RETRY_AFTER_SECONDS = 1
STARTING = "The service is starting; please try again in a moment."
FAILED = "The service could not start; it is being restarted. Please try again in a moment."


class Launcher:
    """An ASGI app that stands in for the real one until `load()` has built it and its lifespan
    has started. `on_failure` is called when loading or starting fails (the process should then
    exit, so that its supervisor starts it again)."""

    def __init__(
        self,
        load: Callable[[], Starlette],
        *,
        wait_seconds: float = STARTING_WAIT_SECONDS,
        on_failure: Callable[[], None] | None = None,
    ) -> None:
        self._load = load
        self._wait_seconds = wait_seconds
        self.on_failure = on_failure
        self._app: Starlette | None = None
        self._settled = asyncio.Event()  # set once the app is ready or has failed to start
        self._stop = asyncio.Event()
        self._runner: asyncio.Task[None] | None = None
        self.failed = False

    @property
    def ready(self) -> bool:
        """True once the app has started and requests go straight to it."""
        return self._app is not None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Answer the probes while starting, hold other requests until the app is ready."""
        if scope["type"] == "lifespan":
            await self._lifespan(scope, receive, send)
            return
        if self._app is None:
            path = scope.get("path", "")
            method = scope.get("method")
            if scope["type"] == "http" and path == "/healthz" and method == "GET":
                await _json(send, 200, {"status": "ok"})
                return
            if scope["type"] == "http" and path == "/readyz" and method == "GET":
                checks = {"app": "failed" if self.failed else "starting"}
                await _json(send, 503, {"status": "not ready", "checks": checks}, retry=True)
                return
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(self._wait_seconds):
                    await self._settled.wait()
        if self._app is None:
            if scope["type"] == "http":
                await _json(send, 503, {"detail": FAILED if self.failed else STARTING}, retry=True)
            else:  # a websocket: refuse the handshake
                await send({"type": "websocket.close", "code": 1013})
            return
        await self._app(scope, receive, send)

    async def _lifespan(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Report started at once (so uvicorn serves), start the app in the background, and
        stop it when uvicorn shuts down."""
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._runner = asyncio.create_task(self._run(scope.get("state")))
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self._shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _run(self, state: MutableMapping[str, Any] | None) -> None:
        """Import and build the app in a thread, run its lifespan until shutdown."""
        try:
            app = await asyncio.to_thread(self._load)
            async with app.router.lifespan_context(app) as started:
                if started is not None and state is not None:
                    state.update(started)
                self._app = app
                self._settled.set()
                log.info("chat API ready")
                await self._stop.wait()
        except Exception:
            if self._app is not None:
                log.exception("the chat API did not stop cleanly")
                return
            log.exception("the chat API failed to start")
            self.failed = True
            self._settled.set()
            if self.on_failure is not None:
                self.on_failure()

    async def _shutdown(self) -> None:
        """Stop the app: its lifespan closes what it opened; a start still under way is
        cancelled."""
        runner = self._runner
        if runner is None:
            return
        if self._app is None:
            runner.cancel()
        self._stop.set()
        with contextlib.suppress(asyncio.CancelledError):
            await runner


async def _json(send: Send, status: int, body: dict[str, Any], *, retry: bool = False) -> None:
    """Answer a whole JSON response (with Retry-After when asked)."""
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    if retry:
        headers.append((b"retry-after", str(STARTING_RETRY_AFTER_SECONDS).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})
