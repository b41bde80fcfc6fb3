"""The one way the chat API, the worker and the tests connect to Temporal."""

from __future__ import annotations

from temporalio.client import Client
from temporalio.common import SearchAttributeKey
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.runtime import PrometheusConfig, Runtime, TelemetryConfig
from temporalio.service import RetryConfig

from services.common.config import Settings

# Operators find a refund's workflow in the Web UI with `OrderId = 42`.
ORDER_ID_ATTRIBUTE = SearchAttributeKey.for_int("OrderId")


async def connect_temporal(settings: Settings, *, runtime: Runtime | None = None) -> Client:
    """A client with the pydantic data converter, so money stays Decimal and waits timedelta."""
    return await Client.connect(
        settings.temporal_address,
        namespace=settings.temporal_namespace,
        data_converter=pydantic_data_converter,
        runtime=runtime,
        retry_config=RetryConfig(
            max_elapsed_time_millis=int(settings.temporal_rpc_retry_seconds * 1000)
        ),
    )


def metrics_runtime(address: str) -> Runtime:
    """A Temporal runtime that serves the SDK's metrics (task latencies, failures, slots) for
    Prometheus at http://<address>/metrics."""
    return Runtime(telemetry=TelemetryConfig(metrics=PrometheusConfig(bind_address=address)))
