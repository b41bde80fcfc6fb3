"""Chat API processes forked from a parent that has imported the app once (`--processes N`).

Importing the app takes ~2 s of CPU on a small machine, most of a restart. The parent imports it
once, before it has any thread, then forks N serving processes from that state; when one dies
(a crash, kill -9, the Crash System button) it forks a fresh one at once, which only has to open
its pools. Each serving process records its pid (`chat_api.pid`, `chat_api-2.pid`, ... in the run
folder) and dies with the parent. SIGTERM or SIGINT to the parent stops them all politely.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import socket
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1  # prctl option (Linux): the signal a child gets when its parent dies
STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)
# A process that ran at least this long (seconds) before exiting is replaced at once; quicker
# exits (e.g. PostgreSQL down at start) back off up to MAX_RESTART_DELAY_SECONDS.
STABLE_UPTIME_SECONDS = 5.0
MAX_RESTART_DELAY_SECONDS = 10.0
# On SIGTERM the processes get this long to finish their requests, then are killed (seconds;
# below the dev supervisor's 10 s, so the parent always reports how they ended).
STOP_GRACE_SECONDS = 8.0


def pid_file(run_dir: Path, slot: int) -> Path:
    """Where serving process `slot` (1, 2, ...) records its pid."""
    return run_dir / ("chat_api.pid" if slot == 1 else f"chat_api-{slot}.pid")


@dataclass
class _Slot:
    """One serving process's place: its current pid and its restart bookkeeping."""

    number: int
    pid: int | None = None
    started_at: float = 0.0
    quick_exits: int = 0
    start_at: float = 0.0  # when to fork again (monotonic), once the process has exited


class Parent:
    """Forks `processes` children running `serve(sock)` and keeps them alive until stopped."""

    def __init__(
        self,
        serve: Callable[[], int],
        processes: int,
        run_dir: Path | None,
        stop_grace_seconds: float = STOP_GRACE_SECONDS,
    ) -> None:
        self._serve = serve
        self._stop_grace = stop_grace_seconds
        self._slots = [_Slot(n) for n in range(1, processes + 1)]
        self._run_dir = run_dir
        self._pid = os.getpid()

    def run(self) -> int:
        """Fork the children, replace those that die, stop them all on SIGTERM/SIGINT."""
        watched = {signal.SIGCHLD, *STOP_SIGNALS}
        # Blocked and taken with sigwaitinfo: no handler runs, no signal is lost between checks.
        signal.signal(signal.SIGCHLD, _ignore)
        signal.pthread_sigmask(signal.SIG_BLOCK, watched)
        try:
            for slot in self._slots:
                self._fork(slot)
            while True:
                due = [s.start_at for s in self._slots if s.pid is None]
                if due:
                    got = signal.sigtimedwait(watched, max(0.0, min(due) - time.monotonic()))
                else:
                    got = signal.sigwaitinfo(watched)
                if got is not None and got.si_signo in STOP_SIGNALS:
                    return self._stop()
                self._reap()
                for slot in self._slots:
                    if slot.pid is None and time.monotonic() >= slot.start_at:
                        self._fork(slot)
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, watched)

    def _fork(self, slot: _Slot) -> None:
        """Start the slot's process (the child serves; the parent records its pid)."""
        pid = os.fork()
        if pid == 0:
            os._exit(self._child())
        slot.pid = pid
        slot.started_at = time.monotonic()
        if self._run_dir is not None:
            _write_pid(pid_file(self._run_dir, slot.number), pid)
        log.info("chat API process %d started", slot.number, extra={"pid": pid})

    def _child(self) -> int:
        """In the forked process: default signals, die with the parent, serve."""
        try:
            for sig in (*STOP_SIGNALS, signal.SIGCHLD):
                signal.signal(sig, signal.SIG_DFL)
            signal.pthread_sigmask(signal.SIG_SETMASK, set())
            if sys.platform.startswith("linux"):  # a parent killed outright takes them along
                ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
            if os.getppid() != self._pid:  # the parent died before prctl
                return 1
            return self._serve()
        except BaseException:
            log.exception("chat API process failed")
            return 1
        finally:
            logging.shutdown()

    def _reap(self, *, replace: bool = True) -> None:
        """Collect every child that exited; schedule its replacement unless stopping."""
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return
            if pid == 0:
                return
            for slot in self._slots:
                if slot.pid == pid and replace:
                    self._exited(slot, status)
                elif slot.pid == pid:
                    slot.pid = None

    def _exited(self, slot: _Slot, status: int) -> None:
        """Note a process's exit; its replacement starts at once, or later in a crash loop."""
        now = time.monotonic()
        uptime = now - slot.started_at
        slot.quick_exits = slot.quick_exits + 1 if uptime < STABLE_UPTIME_SECONDS else 1
        delay = 0.0 if slot.quick_exits <= 1 else 0.5 * 2 ** (slot.quick_exits - 2)
        delay = min(delay, MAX_RESTART_DELAY_SECONDS)
        slot.pid = None
        slot.start_at = now + delay
        log.warning(
            "chat API process %d exited (%s) after %.1f s; restarting in %.1f s",
            slot.number,
            _how(status),
            uptime,
            delay,
        )

    def _stop(self) -> int:
        """SIGTERM every process; SIGKILL those still running after the stop grace."""
        for slot in self._slots:
            if slot.pid is not None:
                os.kill(slot.pid, signal.SIGTERM)
        deadline = time.monotonic() + self._stop_grace
        while any(s.pid is not None for s in self._slots):
            left = deadline - time.monotonic()
            if left <= 0:
                for slot in self._slots:
                    if slot.pid is not None:
                        log.warning("chat API process %d did not stop in time", slot.number)
                        os.kill(slot.pid, signal.SIGKILL)
                        os.waitpid(slot.pid, 0)
                        slot.pid = None
                break
            signal.sigtimedwait({signal.SIGCHLD}, left)
            self._reap(replace=False)
        if self._run_dir is not None:
            for slot in self._slots:
                pid_file(self._run_dir, slot.number).unlink(missing_ok=True)
        return 0


def _ignore(signum: int, frame: object) -> None:
    """A handler that does nothing: SIGCHLD is taken with sigwaitinfo instead."""


def _how(status: int) -> str:
    """A wait status in words: the signal that killed the process, or its exit code."""
    if os.WIFSIGNALED(status):
        return f"killed by {signal.Signals(os.WTERMSIG(status)).name}"
    return f"code {os.waitstatus_to_exitcode(status)}"


def _write_pid(path: Path, pid: int) -> None:
    """Replace the pid file atomically: a reader never sees a half-written number."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(f"{pid}\n")
    tmp.replace(path)


def serve_forked(
    serve: Callable[[socket.socket], int],
    sock: socket.socket,
    processes: int,
    run_dir: Path | None,
    preload: Callable[[], None],
) -> int:
    """Import what the app needs (`preload`), then run the parent of `processes` children."""
    started = time.monotonic()
    preload()
    log.info("chat API app imported", extra={"seconds": round(time.monotonic() - started, 2)})
    return Parent(lambda: serve(sock), processes, run_dir).run()
