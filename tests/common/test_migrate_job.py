"""The deploy-time migration job: schema and search attributes, safe to run on every deploy."""

from __future__ import annotations

import uuid

import asyncpg
from temporalio.api.operatorservice.v1 import ListSearchAttributesRequest
from temporalio.testing import WorkflowEnvironment

from services.common.servers import TEMPORAL_CLI, TEMPORAL_TUNING_ARGS
from services.common.temporal import SEARCH_ATTRIBUTES
from services.migrate import migrate_database, register_search_attributes
from tests.conftest import create_empty_database


async def test_migrate_job_is_idempotent(pg_root_uri, settings):
    url = await create_empty_database(pg_root_uri, f"deploy_{uuid.uuid4().hex[:8]}")
    # A Temporal server of its own that knows none of our search attributes yet.
    env = await WorkflowEnvironment.start_local(
        dev_server_existing_path=str(TEMPORAL_CLI), dev_server_extra_args=TEMPORAL_TUNING_ARGS
    )
    async with env:
        address = env.client.service_client.config.target_host
        target = settings.model_copy(update={"database_url": url, "temporal_address": address})
        added = []
        for _ in range(2):
            await migrate_database(target, with_demo_data=True)
            added.append(await register_search_attributes(target))
        listed = await env.client.operator_service.list_search_attributes(
            ListSearchAttributesRequest(namespace=target.temporal_namespace)
        )

    conn = await asyncpg.connect(url)
    try:
        assert await conn.fetchval("SELECT count(*) FROM schema_migrations") >= 1
        assert await conn.fetchval("SELECT count(*) FROM purchases WHERE customer_id = 1") == 5
        assert await conn.fetchval("SELECT count(*) FROM customers") == 5
    finally:
        await conn.close()
    names = {key.name for key in SEARCH_ATTRIBUTES}
    assert added == [sorted(names), []]  # all of them the first time, none again
    assert {name: listed.custom_attributes[name] for name in names} == {
        key.name: key.indexed_value_type.value for key in SEARCH_ATTRIBUTES
    }
