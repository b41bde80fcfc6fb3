"""The supervisor clears the lock files of a dead PostgreSQL before starting it again, and
leaves those of a live server alone."""

from __future__ import annotations

import os
import subprocess
import sys

from services.devstack.database import clear_stale_lock


def _write_lock(pg_dir, socket_dir, pid: int) -> None:
    # The first five lines of a real postmaster.pid: pid, data folder, start time, port, socket.
    lines = [str(pid), str(pg_dir), "1700000000", "5432", str(socket_dir), "", "ready"]
    (pg_dir / "postmaster.pid").write_text("\n".join(lines) + "\n")
    (socket_dir / ".s.PGSQL.5432.lock").write_text(f"{pid}\n")


def test_the_lock_files_of_a_dead_server_are_removed(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()  # reaped: its pid names no process now
    _write_lock(tmp_path, tmp_path, dead.pid)

    assert clear_stale_lock(tmp_path) is True
    assert not (tmp_path / "postmaster.pid").exists()
    assert not (tmp_path / ".s.PGSQL.5432.lock").exists()


def test_a_zombie_server_counts_as_dead(tmp_path):
    zombie = subprocess.Popen([sys.executable, "-c", "pass"])
    os.waitid(os.P_PID, zombie.pid, os.WEXITED | os.WNOWAIT)  # exited, not reaped yet
    try:
        _write_lock(tmp_path, tmp_path, zombie.pid)
        assert clear_stale_lock(tmp_path) is True
        assert not (tmp_path / "postmaster.pid").exists()
    finally:
        zombie.wait()


def test_the_lock_files_of_a_live_server_are_kept(tmp_path):
    _write_lock(tmp_path, tmp_path, os.getpid())

    assert clear_stale_lock(tmp_path) is False
    assert (tmp_path / "postmaster.pid").exists()
    assert (tmp_path / ".s.PGSQL.5432.lock").exists()


def test_no_lock_file_is_nothing_to_do(tmp_path):
    assert clear_stale_lock(tmp_path) is False
