"""The one way the chat API, the worker and the tests connect to Temporal."""

from __future__ import annotations

from temporalio.client import Client
from temporalio.common import SearchAttributeKey
from temporalio.contrib.pydantic import pydantic_data_converter

from services.common.config import Settings

# Operators find a refund's workflow in the Web UI with `OrderId = 42`.
ORDER_ID_ATTRIBUTE = SearchAttributeKey.for_int("OrderId")


async def connect_temporal(settings: Settings) -> Client:
    """A client with the pydantic data converter, so money stays Decimal and waits timedelta."""
    return await Client.connect(
        settings.temporal_address,
        namespace=settings.temporal_namespace,
        data_converter=pydantic_data_converter,
    )
