"""Child processes of the supervisor: started in their own process group, tied to the
supervisor's life, recorded in pid files, restarted with a backoff, stopped politely."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

import psutil

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # prctl option (Linux): the signal a child gets when its parent dies
PR_SET_CHILD_SUBREAPER = 36  # prctl option (Linux): orphaned descendants become our children
# A child that ran at least this long (seconds) before exiting is restarted at once.
STABLE_UPTIME_SECONDS = 5.0
# Quick crash loops back off up to this (seconds) instead of spinning.
MAX_RESTART_DELAY_SECONDS = 10.0
# Connections the API's socket holds while no chat API process accepts (uvicorn's default).
API_BACKLOG = 2048


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


def become_subreaper() -> None:
    """Ask Linux to hand us the orphans of our descendants: PostgreSQL daemonizes (pg_ctl), so
    its postmaster and, when that dies, its backends are reparented to the supervisor, which
    can then see the postmaster's death and reap them. Without this they would become zombies
    of an init that may never reap them, and PostgreSQL would refuse to start on a dead
    server's lock file. No-op elsewhere."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1)


def pid_alive(pid: int) -> bool:
    """True while `pid` runs; a zombie (dead, not yet reaped) counts as gone."""
    try:
        return bool(psutil.Process(pid).status() != psutil.STATUS_ZOMBIE)
    except psutil.NoSuchProcess:
        return False


def reap_orphans(keep: set[int]) -> None:
    """Reap dead children that no one else waits for (e.g. backends of a killed postmaster);
    the pids in `keep` are left to their owners' own wait."""
    try:
        children = psutil.Process().children()
    except psutil.Error:
        return
    for child in children:
        if child.pid in keep:
            continue
        try:
            if child.status() == psutil.STATUS_ZOMBIE:
                os.waitpid(child.pid, os.WNOHANG)
        except (psutil.Error, ChildProcessError):
            pass


@contextlib.contextmanager
def listening_socket(host: str, port: int) -> Iterator[socket.socket]:
    """The API's socket, bound and listening for as long as the supervisor runs. Its chat API
    processes inherit it and accept from it together; while none is up (a crash, a restart) a
    client's connection waits in its backlog instead of being refused."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(API_BACKLOG)
        yield sock
    finally:
        sock.close()


def write_pid_file(path: Path, pid: int) -> None:
    """Replace the pid file atomically: a reader never sees a half-written number."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(f"{pid}\n")
    tmp.replace(path)


class Supervised:
    """Something the supervisor keeps alive: `start()` it, then `check()` it every poll; a
    process that died is started again, at once after a stable run, later in a crash loop."""

    name = "process"

    def __init__(self) -> None:
        self.started_at = 0.0
        self._quick_exits = 0
        self._restart_at: float | None = None

    @property
    def pid(self) -> int | None:
        """The current (or last) process id, if it was ever started."""
        raise NotImplementedError

    def running(self) -> bool:
        """True while the process runs (a dead one is reaped here when it is ours)."""
        raise NotImplementedError

    def exit_code(self) -> int | None:
        """How the last process ended (negative: killed by that signal), if known."""
        return None

    def _launch(self) -> None:
        """Start the process once; raises when it cannot start."""
        raise NotImplementedError

    def start(self) -> None:
        self._launch()
        self.started_at = time.monotonic()
        self._restart_at = None
        log.info("%s started", self.name, extra={"pid": self.pid})

    def check(self) -> None:
        """Restart the process if it exited: at once after a stable run, later in a crash loop."""
        if self.started_at == 0.0 or self.running():
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
                self.exit_code(),
                uptime,
                delay,
                extra={"pid": self.pid},
            )
        if now >= self._restart_at:
            try:
                self.start()
            except Exception as exc:  # e.g. a stale lock not yet released: try again later
                log.warning("%s did not start: %s", self.name, exc)
                self.started_at = now  # counts as a quick exit: the next try backs off
                self._restart_at = None


class Child(Supervised):
    """One supervised child process, e.g. the worker, recorded in its pid file."""

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        *,
        env: Mapping[str, str],
        cwd: Path,
        pid_file: Path,
        output: IO[bytes] | None = None,
        pass_fds: Sequence[int] = (),
    ) -> None:
        super().__init__()
        self.name = name
        self.argv = list(argv)
        self.env = dict(env)
        self.cwd = cwd
        self.pid_file = pid_file
        self.output = output
        self.pass_fds = tuple(pass_fds)  # descriptors the child inherits (the API's socket)
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def exit_code(self) -> int | None:
        return self.proc.returncode if self.proc else None

    def _launch(self) -> None:
        self.proc = subprocess.Popen(
            self.argv,
            cwd=self.cwd,
            env=self.env,
            stdin=subprocess.DEVNULL,
            stdout=self.output,
            stderr=subprocess.STDOUT if self.output else None,
            pass_fds=self.pass_fds,
            # Own process group: a Ctrl-C in the terminal reaches the supervisor only, which
            # then stops the children in order.
            process_group=0,
            preexec_fn=_die_with_parent(),
        )
        write_pid_file(self.pid_file, self.proc.pid)

    def forget_pid_file(self) -> None:
        self.pid_file.unlink(missing_ok=True)


def _descendants(children: Sequence[Child]) -> list[psutil.Process]:
    """The processes the children started themselves (the chat API's serving processes)."""
    found: list[psutil.Process] = []
    for child in children:
        if child.proc is None:
            continue
        with contextlib.suppress(psutil.Error):
            found += psutil.Process(child.proc.pid).children(recursive=True)
    return found


def _await_gone(processes: Sequence[psutil.Process], deadline: float) -> None:
    """Wait until each process has exited (reaping the ones handed to us as orphans), up to
    `deadline`; SIGKILL what is left."""
    for process in processes:
        try:
            process.wait(timeout=max(0.0, deadline - time.monotonic()))
        except psutil.TimeoutExpired:
            log.warning("process %d did not stop in time; killing it", process.pid)
            with contextlib.suppress(psutil.Error):
                process.kill()
                process.wait(timeout=5)
        except psutil.Error:
            pass


def stop_children(children: Sequence[Child], *, grace_seconds: float) -> None:
    """SIGTERM every running child, wait up to `grace_seconds`, SIGKILL the stragglers; the
    processes they started are waited for too, so none outlives the supervisor."""
    running = [c for c in children if c.proc is not None and c.running()]
    descendants = _descendants(running)
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
    _await_gone(descendants, deadline + grace_seconds)
    for child in children:
        if child.proc is not None:
            child.proc.poll()  # reap one that had already exited
        child.forget_pid_file()
