"""Who is calling the admin API: each admin presents their own token (ADMIN_TOKENS), as a
Bearer token or as the password of HTTP Basic, and is known by name from then on, so decisions
and the audit trail carry that person."""

from __future__ import annotations

import base64
import binascii
import hmac
from dataclasses import dataclass

from services.common.config import Settings

# The Basic user name that any admin may type instead of their own name (the password, their
# token, is what identifies them).
ANY_ADMIN_USER = b"admin"


@dataclass(frozen=True)
class Admin:
    """A signed-in admin; `name` is how decisions and the audit trail name them."""

    name: str


@dataclass(frozen=True)
class _Presented:
    token: bytes
    user: bytes | None  # the Basic user name; None for a Bearer token


def presented_credential(authorization: str) -> _Presented | None:
    """The token in an Authorization header (Bearer, or Basic's password) as bytes, whatever
    characters it holds; None when the header is missing or malformed."""
    scheme, _, value = authorization.partition(" ")
    if scheme.lower() == "bearer":
        return _Presented(value.strip().encode("utf-8", "surrogateescape"), None)
    if scheme.lower() == "basic":
        try:
            decoded = base64.b64decode(value.strip(), validate=True)
        except (binascii.Error, ValueError):
            return None
        user, sep, password = decoded.partition(b":")
        return _Presented(password, user) if sep else None
    return None


class AdminCredentials:
    """The admins' tokens, each mapped to its person; built once with the app."""

    def __init__(self, settings: Settings) -> None:
        self._admins = [(token.encode(), Admin(name)) for name, token in settings.admin_credentials]

    def admin(self, authorization: str) -> Admin | None:
        """The admin whose token the header carries, or None. Every token is compared in
        constant time (bytes on both sides: compare_digest refuses non-ASCII str), so the
        answer's timing does not tell which admin's token was nearly right."""
        presented = presented_credential(authorization)
        if presented is None or not presented.token:
            return None
        found: Admin | None = None
        for token, admin in self._admins:
            if hmac.compare_digest(presented.token, token):
                found = admin
        if found is None or presented.user in (None, ANY_ADMIN_USER):
            return found
        # A Basic user name other than "admin" must be the token's own admin.
        return found if presented.user == found.name.encode() else None
