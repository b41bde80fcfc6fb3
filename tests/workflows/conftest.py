"""Fixtures of the workflow tests: one time-skipping Temporal server for the session."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from temporalio.testing import WorkflowEnvironment

from tests.support.time_skipping import start_skipping_env


@pytest.fixture(scope="session")
async def skipping_env() -> AsyncIterator[WorkflowEnvironment]:
    """A dev server whose workflows skip idle time (a week-long wait takes about a second)."""
    env = await start_skipping_env()
    yield env
    await env.shutdown()
