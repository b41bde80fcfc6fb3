"""A fresh machine's first PostgreSQL starts, reproduced without touching this machine's users.

`run_at_once` starts commands that import what they need, say "ready" and wait for one byte on
stdin: all are released in the same instant, so their set-ups really run concurrently.

`python -m tests.support.fresh_machine WORKDIR N`, run inside a private mount namespace
(`unshare --mount --propagation private`), puts a copy of /etc without the embedded_postgres
user over /etc (only this process and its children see it), starts N embedded PostgreSQL
servers at once in WORKDIR, stops them, and prints one JSON line: what each start returned,
who owns each data folder and runs each server, and the user as the copy now has it. Every
other process on the machine keeps the real /etc, its users and their servers. The starts get
a temporary folder of their own, so nothing an earlier start left there is reused.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import psutil

from services.common.machine import POSTGRES_SYSTEM_USER
from services.common.servers import stop_embedded_postgres

REPO_ROOT = Path(__file__).resolve().parents[2]
USER_FILES = ("passwd", "shadow", "group", "gshadow")
# One PostgreSQL start per child, released by the gate; prints what the test checks.
START_CHILD = """
import json, sys
from pathlib import Path
from services.common.servers import start_embedded_postgres
print("ready", flush=True)
sys.stdin.read(1)
pgdata = Path(sys.argv[1])
uri = start_embedded_postgres(pgdata)
pid = int((pgdata / "postmaster.pid").read_text().split()[0])
print(json.dumps({"uri": uri, "owner": pgdata.stat().st_uid, "pid": pid}), flush=True)
"""


def run_at_once(
    argvs: Sequence[Sequence[str]], *, env: dict[str, str] | None = None, timeout: float = 120
) -> list[tuple[int, str, str]]:
    """Run the commands released at the same instant; (exit code, stdout after "ready",
    stderr) of each. A command that exits before saying "ready" is reported as it ended."""
    procs = [
        subprocess.Popen(
            list(argv),
            cwd=REPO_ROOT,
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for argv in argvs
    ]
    try:
        for proc in procs:
            assert proc.stdout is not None
            proc.stdout.readline()  # "ready", or "" when it died first
        for proc in procs:  # the gate: every child waits on stdin, and all go now
            assert proc.stdin is not None
            stdin, proc.stdin = proc.stdin, None
            try:
                stdin.write("g")
                stdin.close()
            except BrokenPipeError:
                pass
        results = []
        for proc in procs:
            out, err = proc.communicate(timeout=timeout)
            results.append((proc.returncode, out, err))
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
            proc.communicate()
    return results


def private_etc_without(user: str, workdir: Path) -> None:
    """Mount a copy of /etc in which `user` does not exist over /etc (in this process's own
    mount namespace only)."""
    copy = workdir / "etc"
    shutil.copytree("/etc", copy, symlinks=True)
    for name in USER_FILES:
        path = copy / name
        if path.exists():
            kept = [ln for ln in path.read_text().splitlines() if not ln.startswith(f"{user}:")]
            path.write_text("".join(f"{ln}\n" for ln in kept))
    subprocess.run(["mount", "--bind", str(copy), "/etc"], check=True)


def _user_lines(user: str) -> list[str]:
    return [ln for ln in Path("/etc/passwd").read_text().splitlines() if ln.startswith(f"{user}:")]


def kill_servers_under(folder: Path) -> None:
    """SIGKILL any PostgreSQL whose data folder lies under `folder` (a start that went wrong)."""
    for proc in psutil.process_iter(["name", "cmdline"]):
        cmdline = proc.info["cmdline"] or []
        if proc.info["name"] == "postgres" and any(str(folder) in part for part in cmdline):
            proc.kill()


def main(argv: Sequence[str]) -> None:
    """Inside a private mount namespace: N starts at once on a machine without the user."""
    workdir, count = Path(argv[0]), int(argv[1])
    private_etc_without(POSTGRES_SYSTEM_USER, workdir)
    missing_before = _user_lines(POSTGRES_SYSTEM_USER) == []
    folders = [workdir / f"server-{n}" / "data" for n in range(count)]
    for folder in folders:
        folder.parent.mkdir(parents=True)
    # Nothing cached either: the runtime folder of embedded-postgres's lock is made afresh.
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    env["TMPDIR"] = str(workdir / "tmp")
    (workdir / "tmp").mkdir()
    try:
        starts_at_once = [[sys.executable, "-c", START_CHILD, str(f)] for f in folders]
        ended = run_at_once(starts_at_once, env=env)
        starts = []
        for code, out, err in ended:
            start = json.loads(out.splitlines()[-1]) if code == 0 and out.strip() else {}
            if start:
                start["runs_as"] = psutil.Process(start["pid"]).uids().real
            starts.append({"code": code, "error": err[-2000:] if code else "", **start})
        try:
            uid: int | None = pwd.getpwnam(POSTGRES_SYSTEM_USER).pw_uid
        except KeyError:
            uid = None
        report = {
            "missing_before": missing_before,
            "user_lines": _user_lines(POSTGRES_SYSTEM_USER),
            "uid": uid,
            "starts": starts,
        }
    finally:
        for folder in folders:
            stop_embedded_postgres(folder)
        kill_servers_under(workdir)
    sys.stdout.write(json.dumps(report) + "\n")


if __name__ == "__main__":
    os.umask(0o022)
    main(sys.argv[1:])
