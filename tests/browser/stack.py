"""One real stack for the browser tests: the dev supervisor, with a known admin token and the
dev payment delay (so the Crash System button has a payment to interrupt)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.support.devstack import REPO_ROOT, run_devstack

__all__ = ["REPO_ROOT", "Stack", "devstack"]

ADMIN_TOKEN = "browser-admin-token-0123456789"
# Long enough that the test sees a confirmed refund still running and crashes it mid-payment.
PAYMENT_DELAY_SECONDS = "4"


@dataclass(frozen=True)
class Stack:
    base_url: str
    admin_token: str
    log_file: Path


@contextmanager
def devstack(data_dir: Path, log_file: Path) -> Iterator[Stack]:
    """`python -m services.devstack` on free ports, ready; stopped with SIGINT afterwards."""
    with run_devstack(
        data_dir, log_file, ADMIN_TOKEN=ADMIN_TOKEN, PAYMENT_DELAY_SECONDS=PAYMENT_DELAY_SECONDS
    ) as running:
        running.wait_ready()
        yield Stack(base_url=running.base_url, admin_token=ADMIN_TOKEN, log_file=log_file)
