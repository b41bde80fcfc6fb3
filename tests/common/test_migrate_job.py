"""The deploy-time migration job: schema and search attribute, safe to run on every deploy."""

from __future__ import annotations

import uuid

import asyncpg
from temporalio.api.operatorservice.v1 import ListSearchAttributesRequest

from services.migrate import migrate_database, register_search_attribute
from tests.conftest import create_empty_database


async def test_migrate_job_is_idempotent(pg_root_uri, settings, client):
    url = await create_empty_database(pg_root_uri, f"deploy_{uuid.uuid4().hex[:8]}")
    target = settings.model_copy(update={"database_url": url})

    for _ in range(2):
        await migrate_database(target, with_demo_data=True)
        await register_search_attribute(target)

    conn = await asyncpg.connect(url)
    try:
        assert await conn.fetchval("SELECT count(*) FROM schema_migrations") >= 1
        assert await conn.fetchval("SELECT count(*) FROM purchases WHERE customer_id = 1") == 5
        assert await conn.fetchval("SELECT count(*) FROM customers") == 5
    finally:
        await conn.close()
    listed = await client.operator_service.list_search_attributes(
        ListSearchAttributesRequest(namespace=target.temporal_namespace)
    )
    assert "OrderId" in listed.custom_attributes
