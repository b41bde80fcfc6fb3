"""Real worker processes for crash tests: started with the test's settings, killed with -9,
and known to be serving once Temporal lists them among the task queue's pollers."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from temporalio.api.enums.v1 import TaskQueueType
from temporalio.api.taskqueue.v1 import TaskQueue
from temporalio.api.workflowservice.v1 import DescribeTaskQueueRequest
from temporalio.client import Client

from services.common.config import Settings
from tests.support.waiting import eventually

REPO_ROOT = Path(__file__).resolve().parents[2]
# A worker process's imports and connection: ~2 s on a quiet machine, much longer on a busy one.
WORKER_START_WITHIN_SECONDS = 120.0


def settings_env(settings: Settings, **overrides: str) -> dict[str, str]:
    """The environment that makes a child process build these same settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "LLM_"))}
    values = {
        "APP_ENV": settings.app_env,
        "DATABASE_URL": settings.database_url,
        "TEMPORAL_ADDRESS": settings.temporal_address,
        "TEMPORAL_NAMESPACE": settings.temporal_namespace,
        "TEMPORAL_TASK_QUEUE": settings.temporal_task_queue,
        "REVIEW_LINK_SECRET": settings.review_link_secret.get_secret_value(),
        "SESSION_SECRET": settings.session_secret.get_secret_value(),
        "ADMIN_TOKEN": settings.admin_token.get_secret_value(),
        "ADMIN_EMAIL": settings.admin_email,
        "PUBLIC_BASE_URL": settings.public_base_url,
        "EMAIL_BACKEND": settings.email_backend,
        "SMTP_URL": settings.smtp_url,
        "SENDGRID_API_KEY": settings.sendgrid_api_key.get_secret_value(),
        "SENDGRID_HOST": settings.sendgrid_host,
        "SENDGRID_FROM_EMAIL": settings.sendgrid_from_email,
        "PAYMENT_DELAY_SECONDS": str(settings.payment_delay_seconds),
        "REFUND_REVIEW_THRESHOLD": str(settings.refund_review_threshold),
        "REFUND_REVIEW_TIMEOUT": str(settings.refund_review_timeout),
        "REFUND_COMMIT_WAIT_SECONDS": str(settings.refund_commit_wait_seconds),
        "LLM_TIMEOUT_SECONDS": str(settings.llm_timeout_seconds),
        "PROPOSAL_TTL_SECONDS": str(settings.proposal_ttl_seconds),
        "CHAT_TURN_DEADLINE_SECONDS": str(settings.chat_turn_deadline_seconds),
        "CRASH_BUTTON_ENABLED": "true" if settings.crash_button_enabled else "false",
        "LLM_PROVIDER": settings.llm_provider,
        "CHAT_TURNS_PER_MINUTE": str(settings.chat_turns_per_minute),
        "CUSTOMER_ACTIONS_PER_MINUTE": str(settings.customer_actions_per_minute),
        "CUSTOMER_READS_PER_MINUTE": str(settings.customer_reads_per_minute),
        "CUSTOMER_CONCURRENT_REQUESTS": str(settings.customer_concurrent_requests),
        "CHAT_TURNS_WAITING": str(settings.chat_turns_waiting),
        "RETENTION_SWEEP_SECONDS": str(settings.retention_sweep_seconds),
        "CHAT_TURN_WAIT_SECONDS": str(settings.chat_turn_wait_seconds),
        "CHAT_STATE_TURNS": str(settings.chat_state_turns),
        "CHAT_LOCK_CONNECTIONS": str(settings.chat_lock_connections),
    }
    env.update(values)
    env.update(overrides)
    return env


@contextmanager
def worker_process(
    settings: Settings, *, log: Path | None = None, **env_overrides: str
) -> Iterator[subprocess.Popen[bytes]]:
    """`python -m services.worker` as a child, its output in `log` when given (else
    discarded); SIGKILLed on exit if still running."""
    with ExitStack() as files:
        out = files.enter_context(open(log, "wb")) if log is not None else subprocess.DEVNULL
        proc = subprocess.Popen(
            [sys.executable, "-m", "services.worker"],
            cwd=REPO_ROOT,
            env=settings_env(settings, **env_overrides),
            stdout=out,
            stderr=out,
        )
        try:
            yield proc
        finally:
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=10)


def kill_9(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)


def worker_pid(identity: str) -> int | None:
    """The process id in a worker's identity (the SDK's default is `<pid>@<host>`)."""
    head = identity.split("@", 1)[0]
    return int(head) if head.isdigit() else None


async def polling_workers(client: Client, task_queue: str) -> set[int]:
    """The worker processes that poll `task_queue` for both workflow and activity tasks."""
    found: list[set[int]] = []
    for kind in (TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY):
        desc = await client.workflow_service.describe_task_queue(
            DescribeTaskQueueRequest(
                namespace=client.namespace,
                task_queue=TaskQueue(name=task_queue),
                task_queue_type=kind,
            )
        )
        found.append({pid for p in desc.pollers if (pid := worker_pid(p.identity))})
    return found[0] & found[1]


async def wait_until_polling(
    client: Client, task_queue: str, proc: subprocess.Popen[bytes]
) -> None:
    """Until the worker process `proc` polls `task_queue` (it started and connected)."""

    async def polling() -> set[int]:
        assert proc.poll() is None, "the worker exited during start-up"
        return await polling_workers(client, task_queue)

    await eventually(polling, lambda pids: proc.pid in pids, within=WORKER_START_WITHIN_SECONDS)
