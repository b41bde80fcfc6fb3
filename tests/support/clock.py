"""A clock a test moves by hand, so sessions and key caches expire without waiting."""

from __future__ import annotations

import datetime as dt


class ManualClock:
    """Starts at the real time and moves only when `advance` is called; `now` is the wall
    clock sessions use, `monotonic` the seconds key caches age by."""

    def __init__(self) -> None:
        self._start = dt.datetime.now(dt.UTC)
        self._elapsed = 0.0

    def now(self) -> dt.datetime:
        return self._start + dt.timedelta(seconds=self._elapsed)

    def monotonic(self) -> float:
        return self._elapsed

    def advance(self, seconds: float) -> None:
        self._elapsed += seconds
