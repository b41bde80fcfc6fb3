"""Folders for the data of servers the tests start, outside pytest's temporary root.

Under root the embedded PostgreSQL runs as a system user that must be able to walk down to its
data folder. Every pytest run that starts on the machine makes /tmp/pytest-of-<user> private
again (mode 0700), which locks that user out of the folders of any run still going: initdb,
pg_ctl start and pg_ctl stop then fail with "Permission denied". These folders live directly in
the system's temporary directory, where nothing changes their mode, and are removed afterwards.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def server_folder(name: str) -> Iterator[Path]:
    """A new, empty folder for one test's servers; removed with everything in it afterwards
    (stop the servers first)."""
    folder = Path(tempfile.mkdtemp(prefix=f"refunds-test-{name}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)
