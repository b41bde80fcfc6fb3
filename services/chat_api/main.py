"""Run the chat API with uvicorn: `python -m services.chat_api`."""

from __future__ import annotations

import argparse

import uvicorn

from services.chat_api.app import create_app
from services.common.config import Settings
from services.common.logs import setup_logging
from services.common.tracing import start_tracing


def main() -> None:
    parser = argparse.ArgumentParser(description="Reliable Refunds chat API")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args()
    settings = Settings()
    setup_logging(json_lines=settings.json_logs)
    provider = start_tracing(settings, "chat-api")
    try:
        app = create_app(settings, tracer_provider=provider)
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            log_level="info",
            access_log=False,
            # uvicorn's own loggers go through the root handler (JSON or text), not its own.
            log_config=None,
        )
    finally:
        if provider is not None:
            provider.shutdown()


if __name__ == "__main__":
    main()
