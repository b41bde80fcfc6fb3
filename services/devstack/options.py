"""Where the dev stack listens and keeps its files: flags, then DEVSTACK_* variables, then
defaults."""

from __future__ import annotations

import argparse
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA_DIR = REPO_ROOT / ".data"
DEFAULT_HOST = "127.0.0.1"
DEFAULT_API_PORT = 8000
DEFAULT_TEMPORAL_PORT = 7233
DEFAULT_UI_PORT = 8233
# Chat API processes sharing the API port (README, "How many chat API processes").
DEFAULT_API_PROCESSES = 2
MAX_API_PROCESSES = 8


@dataclass(frozen=True)
class DevstackOptions:
    """One run of the dev stack: its data folder, the host it binds, its three ports and how
    many chat API processes serve the API port."""

    data_dir: Path
    host: str
    api_port: int
    temporal_port: int
    ui_port: int
    api_processes: int = DEFAULT_API_PROCESSES

    @property
    def pg_dir(self) -> Path:
        return self.data_dir / "pg"

    @property
    def run_dir(self) -> Path:
        """Process id files (`worker.pid`, `temporal.pid`, `chat_api_parent.pid` and the chat API
        processes' `chat_api.pid`, `chat_api-2.pid`, ...)."""
        return self.data_dir / "run"

    @property
    def temporal_db(self) -> Path:
        return self.data_dir / "temporal.db"

    @property
    def temporal_log(self) -> Path:
        return self.data_dir / "temporal.log"

    @property
    def admin_token_file(self) -> Path:
        return self.data_dir / "admin-token"

    @property
    def secrets_file(self) -> Path:
        return self.data_dir / "secrets.json"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "devstack.lock"

    @property
    def api_url(self) -> str:
        return f"http://{self.host}:{self.api_port}"

    @property
    def temporal_address(self) -> str:
        return f"{self.host}:{self.temporal_port}"

    @property
    def temporal_ui_url(self) -> str:
        return f"http://{self.host}:{self.ui_port}"


def _processes(text: str) -> int:
    """A count of chat API processes, within bounds."""
    value = int(text)
    if not 1 <= value <= MAX_API_PROCESSES:
        raise argparse.ArgumentTypeError(f"{text}: between 1 and {MAX_API_PROCESSES}, please")
    return value


def _port(text: str) -> int:
    value = int(text)
    if not 0 < value < 65536:
        raise argparse.ArgumentTypeError(f"{text} is not a TCP port")
    return value


def parse_options(argv: Sequence[str] | None, env: Mapping[str, str]) -> DevstackOptions:
    """Flags win over DEVSTACK_DATA_DIR, DEVSTACK_HOST, DEVSTACK_API_PORT,
    DEVSTACK_TEMPORAL_PORT, DEVSTACK_UI_PORT and DEVSTACK_API_PROCESSES, which win over the
    defaults."""
    parser = argparse.ArgumentParser(
        prog="python -m services.devstack",
        description="Run Reliable Refunds on this machine: PostgreSQL, Temporal (+ Web UI),"
        " the worker and the chat API. Ctrl-C stops everything.",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=Path(env.get("DEVSTACK_DATA_DIR", str(DEFAULT_DATA_DIR))),
        help="database, Temporal history, secrets and pid files (default: <repo>/.data)",
    )
    parser.add_argument("--host", default=env.get("DEVSTACK_HOST", DEFAULT_HOST))
    parser.add_argument(
        "--api-port", type=_port, default=_port(env.get("DEVSTACK_API_PORT", str(DEFAULT_API_PORT)))
    )
    parser.add_argument(
        "--temporal-port",
        type=_port,
        default=_port(env.get("DEVSTACK_TEMPORAL_PORT", str(DEFAULT_TEMPORAL_PORT))),
    )
    parser.add_argument(
        "--ui-port", type=_port, default=_port(env.get("DEVSTACK_UI_PORT", str(DEFAULT_UI_PORT)))
    )
    parser.add_argument(
        "--api-processes",
        type=_processes,
        default=_processes(env.get("DEVSTACK_API_PROCESSES", str(DEFAULT_API_PROCESSES))),
        help=f"chat API processes sharing the API port (default {DEFAULT_API_PROCESSES})",
    )
    args = parser.parse_args(argv)
    return DevstackOptions(
        data_dir=Path(args.data_dir).expanduser().resolve(),
        host=args.host,
        api_port=args.api_port,
        temporal_port=args.temporal_port,
        ui_port=args.ui_port,
        api_processes=args.api_processes,
    )
