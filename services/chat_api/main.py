"""Run the chat API with uvicorn: `python -m services.chat_api`.

The port opens first and the app loads behind it (services/chat_api/launcher.py): a restarted
process answers `/healthz` within a fraction of a second, and holds other requests until the
app is ready. Only light modules are imported before the port is open; the app and everything
it needs (FastAPI, LangGraph, the Temporal client, tracing) are imported by `_App.load`.
With `--processes N` (make dev) a parent imports the app once and forks N serving processes
from it (services/chat_api/prefork.py), so a process that dies is replaced in a fraction of a
second instead of importing it all again.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import socket
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import uvicorn

from services.chat_api.launcher import Launcher
from services.chat_api.prefork import serve_forked
from services.common.config import Settings
from services.common.logs import setup_logging

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider
    from starlette.applications import Starlette

log = logging.getLogger(__name__)

# uvicorn's exit code when the app could not start; the supervisor restarts the process.
STARTUP_FAILURE = 3
# Connections the socket holds until the process accepts them (uvicorn's default).
BACKLOG = 2048


class _App:
    """Builds the app on first use (in the launcher's thread) and remembers the tracer
    provider, which is shut down, flushing its last spans, once the server has stopped."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.tracer_provider: TracerProvider | None = None

    def load(self) -> Starlette:
        """Import and build the app (tracing first, when it is configured)."""
        from services.chat_api.app import create_app
        from services.common.tracing import start_tracing

        self.tracer_provider = start_tracing(self.settings, "chat-api")
        return create_app(self.settings, tracer_provider=self.tracer_provider)


def _listening_socket(args: argparse.Namespace) -> socket.socket:
    """The socket to serve: one inherited from the supervisor (`--fd`), or host:port bound here."""
    if args.fd is not None:
        sock = socket.socket(fileno=args.fd)  # family and type are read from the descriptor
        sock.set_inheritable(False)
        return sock
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    made = socket.create_server((args.host, args.port), family=family, backlog=BACKLOG)
    # create_server leaves the socket's protocol 0, and its accepted connections inherit it;
    # asyncio turns Nagle's algorithm off only on a socket that says TCP. With it on, a
    # response's body waited for the client's delayed ACK of its headers: 40 ms added to every
    # request after a connection's first. Read from the descriptor, the protocol is TCP.
    sock = socket.socket(fileno=made.detach())
    log.info("listening on %s port %d", args.host, sock.getsockname()[1])
    return sock


def serve(sock: socket.socket, settings: Settings) -> int:
    """Serve `sock` in this process until SIGTERM/SIGINT; the process's exit code."""
    app = _App(settings)
    launcher = Launcher(app.load)
    config = uvicorn.Config(
        launcher,
        log_level="info",
        access_log=False,
        # uvicorn's own loggers go through the root handler (JSON or text), not its own.
        log_config=None,
        lifespan="on",
        ws="none",  # no websocket routes: the websockets package is never imported
        http="httptools",  # C parsing; uvicorn's default would fall back to h11 without it
    )
    server = uvicorn.Server(config)

    def stop_after_failure() -> None:
        server.should_exit = True

    launcher.on_failure = stop_after_failure
    try:
        server.run(sockets=[sock])
    finally:
        if app.tracer_provider is not None:
            app.tracer_provider.shutdown()
    return STARTUP_FAILURE if launcher.failed else 0


def _preload(settings: Settings) -> Callable[[], None]:
    """What a parent imports once for the processes it forks: everything `_App.load` needs."""
    names = ["services.chat_api.app", "services.common.tracing"]
    if settings.resolved_llm_provider == "openai":
        names.append("langchain_openai")

    def preload() -> None:
        for name in names:
            importlib.import_module(name)

    return preload


def main() -> None:
    """Parse the flags, open the socket, then serve in this process or in forked ones."""
    parser = argparse.ArgumentParser(description="Reliable Refunds chat API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--fd", type=int, default=None, help="serve this inherited listening socket instead"
    )
    parser.add_argument(
        "--processes",
        type=int,
        default=None,
        help="serve with this many processes forked from a parent that imports the app once"
        " and replaces a process that dies at once (pid files in RUN_DIR)",
    )
    args = parser.parse_args()
    settings = Settings()
    setup_logging(json_lines=settings.json_logs, temporal=False)
    sock = _listening_socket(args)
    if args.processes is None:
        sys.exit(serve(sock, settings))
    run_dir = Path(settings.run_dir)
    code = serve_forked(
        lambda s: serve(s, settings),
        sock,
        args.processes,
        run_dir if run_dir.is_dir() else None,
        _preload(settings),
    )
    sys.exit(code)


if __name__ == "__main__":
    main()
