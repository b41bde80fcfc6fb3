"""The product's nginx (deploy/nginx/nginx.conf), run in front of a chat API on loopback.

The configuration is the deployed one with only what ties it to Docker changed: the upstream
is 127.0.0.1:<port> (no Docker DNS, and no `resolve`, which Debian's nginx 1.22 lacks), it
listens on a free loopback port, and its pid, temp files and logs go to a directory of the
test's. Every other line, the limits and the logging included, is served as deployed.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from services.common.config import Settings
from tests.support.processes import REPO_ROOT

CONF = REPO_ROOT / "deploy" / "nginx" / "nginx.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
# One session's requests a minute at nginx: the chat API's allowances together, at their
# defaults (messages, Confirm/Cancel, refund requests, reads).
SESSION_BUDGET_PER_MINUTE = sum(
    Settings.model_fields[name].default
    for name in (
        "chat_turns_per_minute",
        "customer_actions_per_minute",
        "customer_actions_per_minute",
        "customer_reads_per_minute",
    )
)


def available() -> bool:
    return Path(NGINX).is_file()


def local_conf(upstream_port: int, listen_port: int, run_dir: Path) -> str:
    """deploy/nginx/nginx.conf with the Docker-specific lines replaced (module docstring)."""
    text = CONF.read_text()
    swaps = [
        (r"\n\s*resolver [^;]*;", ""),
        (r"server chat-api:8000 resolve;", f"server 127.0.0.1:{upstream_port};"),
        (r"listen 8080;", f"listen 127.0.0.1:{listen_port};"),
        (r"pid /tmp/nginx.pid;", f"pid {run_dir}/nginx.pid;"),
        (r"access_log /dev/stdout main;", f"access_log {run_dir}/access.log main;"),
        (r"error_log /dev/stderr warn;", f"error_log {run_dir}/error.log warn;"),
        (r"_temp_path /tmp/(\w+);", rf"_temp_path {run_dir}/\1;"),
    ]
    for pattern, replacement in swaps:
        text, count = re.subn(pattern, replacement, text)
        assert count, f"deploy/nginx/nginx.conf no longer has {pattern!r}"
    return text


@contextmanager
def nginx_in_front(
    upstream_port: int, listen_port: int, run_dir: Path
) -> Iterator[subprocess.Popen[bytes]]:
    """nginx serving `listen_port` in front of the chat API on `upstream_port`, until exit;
    yields its master process (its workers are the master's children)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    conf = run_dir / "nginx.conf"
    conf.write_text(local_conf(upstream_port, listen_port, run_dir))
    command = [NGINX, "-p", str(run_dir), "-c", str(conf), "-e", str(run_dir / "error.log")]
    check = subprocess.run([*command, "-t"], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stderr
    proc = subprocess.Popen([*command, "-g", "daemon off;"], stderr=subprocess.DEVNULL)
    try:
        yield proc
    finally:
        proc.terminate()
        proc.wait(timeout=10)
