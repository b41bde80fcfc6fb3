"""The one way the chat API, the worker, the migration job and the tests connect to Temporal."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from temporalio.api.enums.v1 import IndexedValueType
from temporalio.api.operatorservice.v1 import (
    AddSearchAttributesRequest,
    ListSearchAttributesRequest,
)
from temporalio.client import Client, Interceptor
from temporalio.common import SearchAttributeKey
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.envconfig import ClientConfigProfile, ClientConfigTLS, ClientConnectConfig
from temporalio.runtime import PrometheusConfig, Runtime, TelemetryConfig
from temporalio.service import RetryConfig

from services.common.config import Settings
from services.common.tracing import temporal_interceptors
from workflows.visibility import REFUND_ATTRIBUTES

# Operators find a refund's workflow in the Web UI with `OrderId = 42`.
ORDER_ID_ATTRIBUTE = SearchAttributeKey.for_int("OrderId")
# Every search attribute a refund's workflow carries; a namespace must have them all registered
# before a worker runs (an upsert of an unknown one fails the workflow task).
SEARCH_ATTRIBUTES: tuple[SearchAttributeKey[Any], ...] = (ORDER_ID_ATTRIBUTE, *REFUND_ATTRIBUTES)


async def ensure_search_attributes(client: Client, namespace: str) -> list[str]:
    """Register every refund search attribute `namespace` lacks; returns the names it added.
    Raises when one exists with another type (it cannot be changed in place)."""
    listed = await client.operator_service.list_search_attributes(
        ListSearchAttributesRequest(namespace=namespace)
    )
    present = listed.custom_attributes
    clashing = [
        key.name
        for key in SEARCH_ATTRIBUTES
        if key.name in present and present[key.name] != key.indexed_value_type.value
    ]
    if clashing:
        raise RuntimeError(
            f"namespace {namespace} has search attributes of another type: {clashing};"
            " remove them or use another namespace"
        )
    missing = {
        key.name: IndexedValueType.ValueType(key.indexed_value_type.value)
        for key in SEARCH_ATTRIBUTES
        if key.name not in present
    }
    if missing:
        await client.operator_service.add_search_attributes(
            AddSearchAttributesRequest(namespace=namespace, search_attributes=missing)
        )
    return sorted(missing)


def search_attribute_flags() -> list[str]:
    """`--search-attribute Name=Type` for each attribute, for `temporal server start-dev` (it
    registers them in a new database only: an existing one needs ensure_search_attributes)."""
    flags: list[str] = []
    for key in SEARCH_ATTRIBUTES:
        flags += ["--search-attribute", f"{key.name}={key.indexed_value_type.name.title()}"]
    return flags


def connect_config(settings: Settings) -> ClientConnectConfig:
    """The address, namespace, TLS and API key of `Client.connect`, through the SDK's own
    environment-configuration profile (so the rules match Temporal's docs: an API key implies
    TLS; a client certificate and key make it mTLS)."""
    tls: ClientConfigTLS | None = None
    if settings.temporal_tls or settings.temporal_tls_cert or settings.temporal_tls_ca:
        tls = ClientConfigTLS(
            server_name=settings.temporal_tls_server_name or None,
            server_root_ca_cert=_path(settings.temporal_tls_ca),
            client_cert=_path(settings.temporal_tls_cert),
            client_private_key=_path(settings.temporal_tls_key),
        )
    api_key = settings.temporal_api_key.get_secret_value() or None
    profile = ClientConfigProfile(
        address=settings.temporal_address,
        namespace=settings.temporal_namespace,
        api_key=api_key,
        tls=tls,
    )
    return profile.to_client_connect_config()


def _path(value: str) -> Path | None:
    """A PEM file setting as the SDK's file source (read at connect time); None when unset."""
    return Path(value) if value else None


async def connect_temporal(
    settings: Settings,
    *,
    runtime: Runtime | None = None,
    interceptors: Sequence[Interceptor] = (),
) -> Client:
    """A client with the pydantic data converter, so money stays Decimal and waits timedelta.

    With tracing on, Temporal's tracing interceptor is added; workers built on this client
    inherit it, so a refund's trace runs from the HTTP request through the workflow."""
    return await Client.connect(
        **connect_config(settings),
        data_converter=pydantic_data_converter,
        runtime=runtime,
        interceptors=[*temporal_interceptors(settings), *interceptors],
        retry_config=RetryConfig(
            max_elapsed_time_millis=int(settings.temporal_rpc_retry_seconds * 1000)
        ),
    )


def metrics_runtime(address: str) -> Runtime:
    """A Temporal runtime that serves the SDK's metrics (task latencies, failures, slots) for
    Prometheus at http://<address>/metrics."""
    return Runtime(telemetry=TelemetryConfig(metrics=PrometheusConfig(bind_address=address)))
