"""Things in progress, counted by key (a customer), with an optional bound; an entry lives only
while its count is above 0, so the table holds only keys with something in progress."""

from __future__ import annotations


class Full(Exception):
    """The key already has as many in progress as its bound allows."""


class InProgress:
    """Counts per key; `bound` 0 means no bound."""

    def __init__(self, bound: int = 0) -> None:
        self.bound = bound
        self._counts: dict[int, int] = {}

    def __call__(self, key: int) -> int:
        """How many are in progress for `key`."""
        return self._counts.get(key, 0)

    def full(self, key: int) -> bool:
        """Whether `key` is at its bound (one more would be refused)."""
        return bool(self.bound) and self._counts.get(key, 0) >= self.bound

    def enter(self, key: int) -> None:
        """Count one more for `key`; Full (and nothing counted) when it is at its bound."""
        count = self._counts.get(key, 0)
        if self.bound and count >= self.bound:
            raise Full
        self._counts[key] = count + 1

    def leave(self, key: int) -> None:
        """One fewer for `key` (after its `enter`)."""
        left = self._counts[key] - 1
        if left:
            self._counts[key] = left
        else:
            del self._counts[key]
