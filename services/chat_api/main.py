"""Run the chat API with uvicorn: `python -m services.chat_api`.

The port opens first and the app loads behind it (services/chat_api/launcher.py): a restarted
process answers `/healthz` within a fraction of a second, and holds other requests until the
app is ready. Only light modules are imported before the port is open; the app and everything
it needs (FastAPI, LangGraph, the Temporal client, tracing) are imported by `_load_app`.
"""

from __future__ import annotations

import argparse
import socket
import sys
from typing import TYPE_CHECKING

import uvicorn

from services.chat_api.launcher import Launcher
from services.common.config import Settings
from services.common.logs import setup_logging

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider
    from starlette.applications import Starlette

# uvicorn's exit code when the app could not start; the supervisor restarts the process.
STARTUP_FAILURE = 3


class _App:
    """Builds the app on first use (in the launcher's thread) and remembers the tracer
    provider, which is shut down, flushing its last spans, once the server has stopped."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.tracer_provider: TracerProvider | None = None

    def load(self) -> Starlette:
        from services.chat_api.app import create_app
        from services.common.tracing import start_tracing

        self.tracer_provider = start_tracing(self.settings, "chat-api")
        return create_app(self.settings, tracer_provider=self.tracer_provider)


def _listening_socket(args: argparse.Namespace, config: uvicorn.Config) -> socket.socket:
    """The socket to serve: one inherited from the supervisor (`--fd`), or host:port bound here."""
    if args.fd is not None:
        sock = socket.socket(fileno=args.fd)  # family and type are read from the descriptor
        sock.set_inheritable(False)
        return sock
    return config.bind_socket()


def main() -> None:
    parser = argparse.ArgumentParser(description="Reliable Refunds chat API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--fd", type=int, default=None, help="serve this inherited listening socket instead"
    )
    args = parser.parse_args()
    settings = Settings()
    setup_logging(json_lines=settings.json_logs, temporal=False)
    app = _App(settings)
    launcher = Launcher(app.load)
    config = uvicorn.Config(
        launcher,
        host=args.host,
        port=args.port,
        log_level="info",
        access_log=False,
        # uvicorn's own loggers go through the root handler (JSON or text), not its own.
        log_config=None,
        lifespan="on",
        ws="none",  # no websocket routes: the websockets package is never imported
    )
    server = uvicorn.Server(config)

    def stop_after_failure() -> None:
        server.should_exit = True

    launcher.on_failure = stop_after_failure
    try:
        server.run(sockets=[_listening_socket(args, config)])
    finally:
        if app.tracer_provider is not None:
            app.tracer_provider.shutdown()
    if launcher.failed:
        sys.exit(STARTUP_FAILURE)


if __name__ == "__main__":
    main()
