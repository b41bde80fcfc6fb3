"""Session-wide real servers: one embedded PostgreSQL and one Temporal dev server.

Each test isolates itself: its own task queue and its own customers and orders.
"""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from decimal import Decimal
from pathlib import Path

import asyncpg
import httpx
import pytest
from pydantic import SecretStr
from temporalio.client import Client
from temporalio.testing import WorkflowEnvironment
from temporalio.worker import Worker

from services.common.config import Settings
from services.common.db import create_pool, migrate
from services.common.servers import start_embedded_postgres, stop_embedded_postgres
from services.worker.main import build_worker
from tests.activities.email_support import FROM_ADDRESS
from tests.support.api import running_app
from tests.support.fake_sendgrid import FakeSendGrid, fake_sendgrid
from tests.support.orders import OrderFactory
from tests.support.server_dirs import server_folder
from tests.support.smtp_server import SmtpInbox, smtp_inbox
from tests.support.temporal_server import start_test_temporal


@pytest.fixture(scope="session")
def pg_root_uri() -> Iterator[str]:
    """This test process's PostgreSQL (started once; under root the machine's one-time set-up
    runs first, under its lock, whatever other process starts one at the same moment)."""
    with server_folder("pg") as folder:
        pgdata = folder / "data"
        uri = start_embedded_postgres(pgdata)
        yield uri
        stop_embedded_postgres(pgdata)


async def create_empty_database(root_uri: str, name: str) -> str:
    """A fresh, empty database on the test server; returns its URI."""
    conn = await asyncpg.connect(root_uri)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return root_uri.replace("/postgres?", f"/{name}?")


async def create_database(root_uri: str, name: str) -> str:
    """A fresh, migrated database on the test server; returns its URI."""
    uri = await create_empty_database(root_uri, name)
    pool = await create_pool(uri, max_size=2)
    try:
        await migrate(pool)
    finally:
        await pool.close()
    return uri


# Workflow ids are `refund-<order id>` in one Temporal namespace: the shared test database's
# orders start far above any seeded database's (1..13), so no two tests share a workflow id.
SHARED_ORDER_IDS_FROM = 1_000_000


@pytest.fixture(scope="session")
async def database_url(pg_root_uri: str) -> str:
    url = await create_database(pg_root_uri, "refunds_test")
    conn = await asyncpg.connect(url)
    try:
        await conn.execute(
            f"ALTER TABLE purchases ALTER COLUMN order_id RESTART WITH {SHARED_ORDER_IDS_FROM}"
        )
    finally:
        await conn.close()
    return url


@pytest.fixture(scope="session")
async def pool(database_url: str) -> AsyncIterator[asyncpg.Pool]:
    pool = await create_pool(database_url, max_size=20)
    yield pool
    await pool.close()


@pytest.fixture(scope="session")
async def temporal_env() -> AsyncIterator[WorkflowEnvironment]:
    env = await start_test_temporal()
    yield env
    await env.shutdown()


@pytest.fixture(scope="session")
def client(temporal_env: WorkflowEnvironment) -> Client:
    return temporal_env.client


@pytest.fixture
def task_queue() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def settings(database_url: str, temporal_env: WorkflowEnvironment, task_queue: str) -> Settings:
    """Settings for one test: real servers, its own task queue, test secrets."""
    config = temporal_env.client.service_client.config
    return Settings(
        _env_file=None,
        app_env="dev",
        database_url=database_url,
        temporal_address=config.target_host,
        temporal_task_queue=task_queue,
        review_link_secret="test-review-secret-0123456789",
        session_secret="test-session-secret-0123456789",
        admin_token="test-admin-token-0123456789",
        admin_email="reviewer@shop.test",
        public_base_url="http://testserver",
        refund_review_threshold=Decimal("1000"),
        payment_delay_seconds=0,
        crash_button_enabled=False,
        # Off, so tests of many turns are not throttled; the rate-limit tests turn it on.
        chat_turns_per_minute=0,
        # Tests share one database: a reconciler would restart other tests' refunds.
        reconcile_interval_seconds=0,
    )


@pytest.fixture
async def worker(client: Client, pool: asyncpg.Pool, settings: Settings) -> AsyncIterator[Worker]:
    """A refund worker running in this test's event loop, on this test's task queue."""
    w = build_worker(client, pool, settings)
    async with w:
        yield w


@pytest.fixture
def orders(pool: asyncpg.Pool) -> OrderFactory:
    return OrderFactory(pool)


@pytest.fixture
def server_dir() -> Iterator[Path]:
    """An empty folder for the servers (PostgreSQL, a whole dev stack) this test starts itself,
    outside pytest's temporary root (see tests/support/server_dirs.py); removed afterwards."""
    with server_folder("servers") as folder:
        yield folder


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return Path(__file__).resolve().parent.parent


@pytest.fixture
async def api(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client on the real chat API app (no worker unless the test asks for one)."""
    async with running_app(settings) as (_, http):
        yield http


@pytest.fixture
def sendgrid(settings: Settings) -> Iterator[tuple[FakeSendGrid, Settings]]:
    with fake_sendgrid() as fake:
        configured = settings.model_copy(
            update={
                "email_backend": "sendgrid",
                "sendgrid_api_key": SecretStr(fake.api_key),
                "sendgrid_host": fake.url,
                "sendgrid_from_email": FROM_ADDRESS,
            }
        )
        yield fake, configured


@pytest.fixture
def smtp(settings: Settings) -> Iterator[tuple[SmtpInbox, Settings]]:
    with smtp_inbox() as inbox:
        configured = settings.model_copy(
            update={
                "email_backend": "smtp",
                "smtp_url": inbox.url,
                "sendgrid_from_email": FROM_ADDRESS,
            }
        )
        yield inbox, configured
