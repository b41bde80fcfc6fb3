"""The supervisor itself: start the servers in order, watch the children, stop in reverse."""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
import time
from types import FrameType

from services.common.config import Settings
from services.common.servers import stop_embedded_postgres
from services.devstack.banner import banner, chat_api_ready
from services.devstack.credentials import admin_token, signing_secrets
from services.devstack.database import EmbeddedPostgres, start_database
from services.devstack.options import REPO_ROOT, DevstackOptions
from services.devstack.processes import (
    Child,
    Supervised,
    become_subreaper,
    listening_socket,
    reap_orphans,
    stop_children,
)
from services.devstack.temporal import (
    StartupAborted,
    register_search_attributes,
    temporal_command,
    wait_for_temporal,
)

log = logging.getLogger("services.devstack")

POLL_SECONDS = 0.2  # how often the children are checked: a crash is noticed within this
READY_PROBE_SECONDS = 0.5  # how often /readyz is asked until it first answers 200
# Past this many seconds without a ready chat API, the developer is told to look at the log.
READY_WARNING_SECONDS = 60.0
# The worker drains in-flight activities for up to 5 s on SIGTERM; then it is killed.
APP_STOP_GRACE_SECONDS = 10.0
TEMPORAL_STOP_GRACE_SECONDS = 10.0
# Simulated payment time in dev, so the demo shows a refund in flight (seconds).
DEV_PAYMENT_DELAY_SECONDS = "2"


class Devstack:
    """One run of the stack on one data folder (the caller holds its lock)."""

    def __init__(self, opts: DevstackOptions, settings: Settings, base_env: dict[str, str]):
        self.opts = opts
        self.settings = settings
        self.base_env = base_env
        self.stopping = False

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if self.stopping:
            log.info("already stopping; please wait")
            return
        log.info("%s received: stopping everything", signal.Signals(signum).name)
        self.stopping = True

    def _child_env(self, database_url: str, token: str) -> dict[str, str]:
        """Configuration for the worker and the chat API: they read it through Settings."""
        opts = self.opts
        delay = DEV_PAYMENT_DELAY_SECONDS
        if "payment_delay_seconds" in self.settings.model_fields_set:
            delay = str(self.settings.payment_delay_seconds)
        return {
            **self.base_env,
            "APP_ENV": "dev",
            "DATABASE_URL": database_url,
            "TEMPORAL_ADDRESS": opts.temporal_address,
            "TEMPORAL_UI_URL": opts.temporal_ui_url,
            "PUBLIC_BASE_URL": opts.api_url,
            "ADMIN_TOKEN": token,
            **signing_secrets(self.settings, opts.secrets_file),
            "PAYMENT_DELAY_SECONDS": delay,
            "RUN_DIR": str(opts.run_dir),
            "PYTHONUNBUFFERED": "1",
        }

    def run(self) -> int:
        """Run until Ctrl-C/SIGTERM (exit code 0); 1 when the stack could not start."""
        for signum in (signal.SIGINT, signal.SIGTERM):
            signal.signal(signum, self._on_signal)
        with contextlib.ExitStack() as teardown:  # unwinds in reverse order of startup
            try:
                return self._start_and_supervise(teardown)
            except StartupAborted as exc:
                if self.stopping:
                    return 0
                log.error("startup failed: %s", exc)
                return 1
            finally:
                log.info("shutting down")
        return 1  # unreachable: mypy cannot see that ExitStack does not swallow exceptions

    def _start_and_supervise(self, teardown: contextlib.ExitStack) -> int:
        opts = self.opts
        started = time.monotonic()
        token, token_source = admin_token(self.settings, opts.admin_token_file)

        become_subreaper()
        postgres = EmbeddedPostgres(opts.pg_dir)
        teardown.callback(self._stop_postgres, postgres)
        database_url = start_database(postgres)
        log.info("postgresql ready", extra={"seconds": round(time.monotonic() - started, 2)})
        self._check_stopping()

        temporal_log = teardown.enter_context(opts.temporal_log.open("ab"))
        temporal = Child(
            "temporal",
            temporal_command(opts),
            env=self.base_env,
            cwd=REPO_ROOT,
            pid_file=opts.run_dir / "temporal.pid",
            output=temporal_log,
        )
        temporal.start()
        teardown.callback(stop_children, [temporal], grace_seconds=TEMPORAL_STOP_GRACE_SECONDS)
        took = wait_for_temporal(
            opts.temporal_address, alive=temporal.running, stopping=lambda: self.stopping
        )
        log.info("temporal ready", extra={"seconds": round(took, 2), "log": opts.temporal_log})
        added = register_search_attributes(opts.temporal_address, self.settings.temporal_namespace)
        if added:
            log.info("search attributes registered", extra={"added": added})

        env = self._child_env(database_url, token)
        python = sys.executable
        worker = Child(
            "worker",
            [python, "-m", "services.worker"],
            env=env,
            cwd=REPO_ROOT,
            pid_file=opts.run_dir / "worker.pid",
        )
        try:
            api_socket = teardown.enter_context(listening_socket(opts.host, opts.api_port))
        except OSError as exc:
            raise StartupAborted(f"cannot listen on {opts.api_url}: {exc}") from None
        fd, processes = api_socket.fileno(), str(opts.api_processes)
        # One parent imports the app once and forks the serving processes (each restarted by
        # it at once, with pid files chat_api.pid, chat_api-2.pid, ...); it is restarted here.
        chat_api = Child(
            "chat API",
            [python, "-m", "services.chat_api", "--fd", str(fd), "--processes", processes],
            env=env,
            cwd=REPO_ROOT,
            pid_file=opts.run_dir / "chat_api_parent.pid",
            pass_fds=[fd],
        )
        apps = [worker, chat_api]
        teardown.callback(stop_children, apps, grace_seconds=APP_STOP_GRACE_SECONDS)
        for child in apps:
            child.start()
        return self._supervise([postgres, temporal, *apps], token, token_source, started)

    def _supervise(
        self, processes: list[Supervised], token: str, token_source: str, started: float
    ) -> int:
        """Keep all four processes alive (each restarted on the same data when it dies) until
        Ctrl-C; announce the stack once the chat API first answers ready."""
        announced = warned = False
        next_probe = 0.0
        while not self.stopping:
            for process in processes:
                process.check()
            reap_orphans({p.pid for p in processes if p.pid is not None})
            now = time.monotonic()
            if not announced and now >= next_probe:
                next_probe = now + READY_PROBE_SECONDS
                if chat_api_ready(self.opts):
                    announced = True
                    text = banner(
                        self.opts,
                        admin_token=token,
                        token_source=token_source,
                        seconds=time.monotonic() - started,
                    )
                    sys.stdout.write(text)
                    sys.stdout.flush()
                elif not warned and now - started > READY_WARNING_SECONDS:
                    warned = True
                    log.warning(
                        "the chat API is not ready after %.0f s; see its log above",
                        READY_WARNING_SECONDS,
                    )
            time.sleep(POLL_SECONDS)
        return 0

    def _check_stopping(self) -> None:
        if self.stopping:
            raise StartupAborted("stopped during startup")

    def _stop_postgres(self, postgres: EmbeddedPostgres) -> None:
        if not postgres.running():  # died and not back yet: nothing to stop
            return
        log.info("stopping postgresql")
        stop_embedded_postgres(self.opts.pg_dir)
        postgres.running()  # reaps it
