"""Child processes of the supervisor: started in their own process group, tied to the
supervisor's life, recorded in pid files, restarted with a backoff, stopped politely."""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # prctl option (Linux): the signal a child gets when its parent dies
# A child that ran at least this long (seconds) before exiting is restarted at once.
STABLE_UPTIME_SECONDS = 5.0
# Quick crash loops back off up to this (seconds) instead of spinning.
MAX_RESTART_DELAY_SECONDS = 10.0


def _die_with_parent() -> Callable[[], None] | None:
    """A pre-exec hook asking Linux to SIGTERM the child if the supervisor dies (even by
    SIGKILL), so a killed supervisor leaves nothing behind. None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None, use_errno=True)
    parent = os.getpid()

    def hook() -> None:
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
        if os.getppid() != parent:  # the supervisor died between fork and prctl
            os._exit(1)

    return hook


def write_pid_file(path: Path, pid: int) -> None:
    """Replace the pid file atomically: a reader never sees a half-written number."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(f"{pid}\n")
    tmp.replace(path)


class Child:
    """One supervised process, e.g. the worker: `start()` it, `check()` it, `stop_children()`."""

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        *,
        env: Mapping[str, str],
        cwd: Path,
        pid_file: Path,
        output: IO[bytes] | None = None,
    ) -> None:
        self.name = name
        self.argv = list(argv)
        self.env = dict(env)
        self.cwd = cwd
        self.pid_file = pid_file
        self.output = output
        self.proc: subprocess.Popen[bytes] | None = None
        self.started_at = 0.0
        self.restarts = 0
        self._quick_exits = 0
        self._restart_at: float | None = None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            self.argv,
            cwd=self.cwd,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self.output,
            stderr=subprocess.STDOUT if self.output else None,
            # Own process group: a Ctrl-C in the terminal reaches the supervisor only, which
            # then stops the children in order.
            process_group=0,
            preexec_fn=_die_with_parent(),
        )
        self.started_at = time.monotonic()
        self._restart_at = None
        write_pid_file(self.pid_file, self.proc.pid)
        log.info("%s started", self.name, extra={"pid": self.proc.pid})

    def check(self) -> None:
        """Restart the process if it exited: at once after a stable run, later in a crash loop."""
        if self.proc is None or self.proc.poll() is None:
            return
        now = time.monotonic()
        if self._restart_at is None:
            uptime = now - self.started_at
            self._quick_exits = self._quick_exits + 1 if uptime < STABLE_UPTIME_SECONDS else 1
            delay = min(0.5 * 2 ** (self._quick_exits - 2), MAX_RESTART_DELAY_SECONDS)
            delay = 0.0 if self._quick_exits <= 1 else delay
            self._restart_at = now + delay
            log.warning(
                "%s exited (code %s) after %.1f s; restarting in %.1f s",
                self.name,
                self.proc.returncode,
                uptime,
                delay,
                extra={"pid": self.proc.pid},
            )
        if now >= self._restart_at:
            self.restarts += 1
            self.start()

    def forget_pid_file(self) -> None:
        self.pid_file.unlink(missing_ok=True)


def stop_children(children: Sequence[Child], *, grace_seconds: float) -> None:
    """SIGTERM every running child, wait up to `grace_seconds`, SIGKILL the stragglers."""
    running = [c for c in children if c.proc is not None and c.running()]
    for child in running:
        assert child.proc is not None
        log.info("stopping %s", child.name, extra={"pid": child.proc.pid})
        child.proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + grace_seconds
    for child in running:
        assert child.proc is not None
        try:
            child.proc.wait(timeout=max(0.0, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            log.warning("%s did not stop in time; killing it", child.name)
            child.proc.kill()
            child.proc.wait()
    for child in children:
        if child.proc is not None:
            child.proc.poll()  # reap one that had already exited
        child.forget_pid_file()
