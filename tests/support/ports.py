"""Loopback ports for the servers the tests start, that nothing else takes meanwhile.

Asking the kernel for a free port (bind to port 0, read it, close) and starting a server on it
later is a race: until the server binds, the kernel may hand the same port to any other
process's bind(0) (other test processes on the machine do exactly that), and the server fails
with "address already in use". So ports here come from outside the kernel's ephemeral range,
which bind(0) and outgoing connections draw from, and each is leased: an fcntl lock on the
port's byte of one lock file, held by this process until it exits, keeps every other process
that leases ports this way off it. A port something already listens on is skipped.
"""

from __future__ import annotations

import fcntl
import os
import random
import socket
import tempfile
from pathlib import Path

# One per user: a file another user created could not be opened for writing.
LEASE_FILE = Path(tempfile.gettempdir()) / f"reliable-refunds-test-ports-{os.getuid()}.lock"
EPHEMERAL_RANGE_FILE = Path("/proc/sys/net/ipv4/ip_local_port_range")
# Where leases are looked for when the ephemeral range leaves no room below or above it.
LOWEST, HIGHEST = 10_000, 65_535
MIN_SPAN = 2_000

_leased: set[int] = set()
_lease_fd: int | None = None


def _lease_range() -> range:
    """The larger run of ports between LOWEST and HIGHEST outside the ephemeral range."""
    try:
        low, high = (int(n) for n in EPHEMERAL_RANGE_FILE.read_text().split())
    except (OSError, ValueError):
        return range(20_000, 30_000)
    below = range(LOWEST, max(LOWEST, low))
    above = range(min(HIGHEST, high) + 1, HIGHEST + 1)
    best = max(below, above, key=len)
    return best if len(best) >= MIN_SPAN else range(LOWEST, HIGHEST + 1)


def _fd() -> int:
    """This process's descriptor of the lease file (one per process: closing any descriptor
    of the file would drop every lease the process holds)."""
    global _lease_fd
    if _lease_fd is None:
        _lease_fd = os.open(LEASE_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    return _lease_fd


def _nobody_listens(port: int) -> bool:
    """Whether 127.0.0.1:port can be bound right now (no listener, no lingering socket)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A loopback port leased to this process for its lifetime (see the module docstring)."""
    ports = _lease_range()
    start = random.randrange(len(ports))
    for i in range(len(ports)):
        port = ports[(start + i) % len(ports)]
        if port in _leased:
            continue
        try:
            fcntl.lockf(_fd(), fcntl.LOCK_EX | fcntl.LOCK_NB, 1, port)
        except OSError:
            continue  # leased by another process
        if _nobody_listens(port):
            _leased.add(port)
            return port
        fcntl.lockf(_fd(), fcntl.LOCK_UN, 1, port)
    raise RuntimeError(f"no free port to lease in {ports}")
