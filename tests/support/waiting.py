"""Await a condition instead of sleeping a guessed time."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")

# How long a condition that is certain to come may take, by default: what takes milliseconds on
# a quiet machine can take seconds when the machine's two cores are shared by several test runs.
# Only a failing test waits this long.
DEFAULT_WITHIN_SECONDS = 30.0


async def eventually(
    probe: Callable[[], Awaitable[T]],
    until: Callable[[T], bool] = bool,
    *,
    within: float = DEFAULT_WITHIN_SECONDS,
    interval: float = 0.05,
) -> T:
    """Poll `probe` until `until(value)` holds; fail with the last value after `within` s."""
    deadline = time.monotonic() + within
    while True:
        value = await probe()
        if until(value):
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {within}s; last value: {value!r}")
        await asyncio.sleep(interval)
