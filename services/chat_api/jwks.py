"""The shop's published signing keys (a JWKS document), fetched and cached with limits.

Keys are used for SHOP_JWKS_CACHE_SECONDS after the fetch that brought them, then the set is
fetched again, so a key the shop removed (after a compromise, say) stops working by then.
Fetches are single-flight (concurrent requests wait on one) and at most one per
SHOP_JWKS_REFETCH_SECONDS, so tokens naming unknown `kid`s cannot make us hammer the issuer.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable
from typing import Any

import httpx
import jwt

log = logging.getLogger(__name__)

# A key set larger than this is not one a shop publishes (bytes).
MAX_JWKS_BYTES = 256 * 1024


class KeysUnavailable(Exception):
    """No current key set: the last fetch failed or is too old, and no fetch is allowed yet."""


class UnknownKey(Exception):
    """The current key set has no key with that `kid`."""


def _usable_keys(document: Any) -> dict[str | None, jwt.PyJWK]:
    """The signature keys of a JWKS document by `kid`; keys we cannot use are skipped."""
    keys: dict[str | None, jwt.PyJWK] = {}
    entries = document.get("keys") if isinstance(document, dict) else None
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or entry.get("use", "sig") != "sig":
            continue
        try:
            key = jwt.PyJWK(entry)
        except (jwt.PyJWKError, jwt.InvalidKeyError):
            continue
        kid = entry.get("kid")
        keys[kid if isinstance(kid, str) else None] = key
    return keys


class JwksKeys:
    """The issuer's keys at `url`; `clock` (monotonic seconds) is injectable for tests."""

    def __init__(
        self,
        url: str,
        *,
        lifetime_seconds: float,
        refetch_seconds: float,
        timeout_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.url = url
        self._lifetime = lifetime_seconds
        self._refetch = refetch_seconds
        self._timeout = timeout_seconds
        self._clock = clock
        self._keys: dict[str | None, jwt.PyJWK] = {}
        self._fetched_at: float | None = None  # when the current set arrived
        self._attempted_at: float | None = None  # when the last fetch started
        self._lock = asyncio.Lock()
        self.fetches = 0

    def _fresh(self) -> bool:
        return self._fetched_at is not None and self._clock() - self._fetched_at < self._lifetime

    def _cached(self, kid: str | None) -> jwt.PyJWK | None:
        """The key `kid` names in a current set (a token without `kid`: the only key)."""
        if not self._fresh():
            return None
        if kid is None and len(self._keys) == 1:
            return next(iter(self._keys.values()))
        return self._keys.get(kid)

    async def key(self, kid: str | None) -> jwt.PyJWK:
        """The signing key `kid` names; raises UnknownKey or KeysUnavailable."""
        found = self._cached(kid)
        if found is not None:
            return found
        async with self._lock:
            found = self._cached(kid)  # a fetch another request waited on may have brought it
            if found is None and self._may_fetch():
                await self._fetch()
                found = self._cached(kid)
        if found is not None:
            return found
        if not self._fresh():
            raise KeysUnavailable(self.url)
        raise UnknownKey(kid)

    def _may_fetch(self) -> bool:
        now = self._clock()
        if self._attempted_at is not None and now - self._attempted_at < self._refetch:
            return False
        self._attempted_at = now
        return True

    async def _fetch(self) -> None:
        """Fetch the key set; on failure the old set stays (and is refused once too old)."""
        self.fetches += 1
        try:
            document = await self._download()
        except (httpx.HTTPError, ValueError) as exc:
            log.warning("the shop's keys could not be fetched: %s", type(exc).__name__)
            return
        self._keys = _usable_keys(document)
        self._fetched_at = self._clock()
        log.info("the shop's keys fetched", extra={"keys": len(self._keys)})

    async def _download(self) -> Any:
        async with (
            httpx.AsyncClient(timeout=self._timeout) as http,
            http.stream("GET", self.url, headers={"Accept": "application/json"}) as response,
        ):
            response.raise_for_status()
            body = bytearray()
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > MAX_JWKS_BYTES:
                    raise ValueError("the key set is too large")
        return json.loads(body)
