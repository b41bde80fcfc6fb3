"""The parent of forked chat API processes (`--processes N`): it records each process's pid,
replaces one that dies at once (one that keeps failing with a growing delay), stops them all on
SIGTERM and takes them with it when it is killed itself."""

from __future__ import annotations

import itertools
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.devstack import alive, read_pid
from tests.support.processes import REPO_ROOT

WITHIN = 30.0  # seconds; forks are quick, a loaded machine is not

# A parent whose processes wait for SIGTERM (`serve` stands in for uvicorn), or fail at once.
PARENT = textwrap.dedent(
    """
    import logging, signal, sys
    from pathlib import Path
    from services.chat_api.prefork import Parent

    logging.basicConfig(level=logging.INFO, format="%(created)f %(message)s")

    def wait_for_term():
        signal.sigwait({signal.SIGTERM})
        return 0

    def fail():
        return 3

    def deaf():
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        while True:
            signal.pause()

    serve = {"fail": fail, "deaf": deaf, "serve": wait_for_term}[sys.argv[2]]
    sys.exit(Parent(serve, int(sys.argv[3]), Path(sys.argv[1]), stop_grace_seconds=0.5).run())
    """
)


@contextmanager
def parent(run_dir: Path, log: Path, mode: str, processes: int) -> Iterator[subprocess.Popen[str]]:
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", PARENT, str(run_dir), mode, str(processes)],
            cwd=REPO_ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
            text=True,
        )
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=WITHIN)


def wait_until(condition, what: str):
    deadline = time.monotonic() + WITHIN
    while not (value := condition()):
        assert time.monotonic() < deadline, f"not within {WITHIN} s: {what}"
        time.sleep(0.02)
    return value


def pids(run_dir: Path) -> list[int | None]:
    return [read_pid(run_dir / "chat_api.pid"), read_pid(run_dir / "chat_api-2.pid")]


def test_a_killed_process_is_replaced_at_once_and_sigterm_stops_them_all(tmp_path):
    with parent(tmp_path, tmp_path / "parent.log", "serve", 2) as proc:
        first = wait_until(lambda: all(pids(tmp_path)) and pids(tmp_path), "both pid files")
        assert len(set(first)) == 2 and all(alive(p) for p in first if p)
        victim, survivor = first
        assert victim and survivor
        os.kill(victim, signal.SIGKILL)
        now = wait_until(
            lambda: (p := pids(tmp_path))[0] not in (None, victim) and p, "a new first process"
        )
        assert alive(now[0] or 0) and now[1] == survivor and not alive(victim)

        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=WITHIN) == 0
        assert not any(alive(p) for p in now if p)
        assert pids(tmp_path) == [None, None]  # the pid files are gone with them


def test_a_process_that_ignores_sigterm_is_killed_after_the_grace(tmp_path):
    with parent(tmp_path, tmp_path / "parent.log", "deaf", 1) as proc:
        [pid, _] = wait_until(lambda: pids(tmp_path)[0] and pids(tmp_path), "the pid file")
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=WITHIN) == 0
        assert pid and not alive(pid)
    assert "did not stop in time" in (tmp_path / "parent.log").read_text()


def test_the_processes_die_with_their_parent(tmp_path):
    with parent(tmp_path, tmp_path / "parent.log", "serve", 2) as proc:
        first = wait_until(lambda: all(pids(tmp_path)) and pids(tmp_path), "both pid files")
        proc.kill()
        proc.wait(timeout=WITHIN)
        wait_until(lambda: not any(alive(p) for p in first if p), "the processes gone")


def test_a_process_that_keeps_failing_is_restarted_with_a_growing_delay(tmp_path):
    log = tmp_path / "parent.log"
    with parent(tmp_path, log, "fail", 1):

        def starts() -> list[float]:
            text = log.read_text()
            return [float(t) for t in re.findall(r"^(\S+) chat API process 1 started", text, re.M)]

        seen = wait_until(lambda: len(starts()) >= 4 and starts(), "four starts")
    gaps = [b - a for a, b in itertools.pairwise(seen)]
    # At once, then 0.5 s, then 1 s (then 2 s, ... up to 10 s), never a tight loop.
    assert gaps[1] >= 0.45 and gaps[2] >= 0.95, gaps
