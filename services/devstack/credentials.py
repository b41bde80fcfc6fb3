"""Dev secrets that survive restarts: the admin token and the signing secrets.

A value set in the environment (or `.env`) always wins. Otherwise one is generated on the first
run into the data folder (mode 0600) and reused, so sessions, review links and the printed admin
token stay valid across restarts.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

from pydantic import SecretStr

from services.common.config import Settings

# Settings field -> environment variable, for the secrets kept in `secrets.json`.
SIGNING_SECRETS = {"review_link_secret": "REVIEW_LINK_SECRET", "session_secret": "SESSION_SECRET"}
TOKEN_BYTES = 32


def _configured(settings: Settings, field: str) -> str | None:
    """The value the developer set for `field`, or None when it is left at its default."""
    if field not in settings.model_fields_set:
        return None
    value: SecretStr = getattr(settings, field)
    return value.get_secret_value() or None


def _write_private(path: Path, text: str) -> None:
    """Write `text` readable by its owner only (created 0600, replaced atomically)."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as f:
        f.write(text)
    tmp.replace(path)


def admin_token(settings: Settings, path: Path) -> tuple[str, str]:
    """The admin token and where it came from ("environment", or the file's path)."""
    configured = _configured(settings, "admin_token")
    if configured:
        return configured, "environment"
    if path.is_file() and (existing := path.read_text().strip()):
        return existing, str(path)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    _write_private(path, token + "\n")
    return token, str(path)


def signing_secrets(settings: Settings, path: Path) -> dict[str, str]:
    """REVIEW_LINK_SECRET and SESSION_SECRET for the children, as environment variables."""
    stored: dict[str, str] = {}
    if path.is_file():
        loaded = json.loads(path.read_text())
        if isinstance(loaded, dict):
            stored = {k: v for k, v in loaded.items() if isinstance(v, str) and v}
    changed = False
    result: dict[str, str] = {}
    for field, variable in SIGNING_SECRETS.items():
        configured = _configured(settings, field)
        if configured:
            result[variable] = configured
            continue
        if variable not in stored:
            stored[variable] = secrets.token_urlsafe(TOKEN_BYTES)
            changed = True
        result[variable] = stored[variable]
    if changed:
        _write_private(path, json.dumps(stored, indent=2) + "\n")
    return result
