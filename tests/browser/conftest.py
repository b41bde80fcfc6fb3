"""Browser tests: headless Debian Chromium driven by Playwright, against one real stack.

The stack (PostgreSQL, Temporal, worker, chat API under the dev supervisor) starts once for
all browser tests; without /usr/bin/chromium every browser test is skipped, saying why.
"""

from __future__ import annotations

import os
import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from playwright.async_api import (
    Browser,
    BrowserContext,
    Page,
    ViewportSize,
    async_playwright,
    expect,
)

from tests.browser.stack import REPO_ROOT, Stack, devstack
from tests.support.server_dirs import server_folder

# Headless Chromium, the stack and other test runs share two cores: a page that needs 0.1 s on a
# quiet machine can need seconds. Expectations wait this long by default (Playwright's is 5 s);
# only a failing one waits it out.
EXPECT_TIMEOUT_MS = 20_000
# The first browser test of a process also starts the stack (up to READY_WITHIN) and Chromium.
BROWSER_TEST_TIMEOUT_SECONDS = 300
CHROMIUM = Path("/usr/bin/chromium")
SKIP_REASON = "Chromium not installed: apt-get install chromium"
ARTIFACTS = REPO_ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
PHONE: ViewportSize = {"width": 375, "height": 740}


expect.set_options(timeout=EXPECT_TIMEOUT_MS)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests get a longer time limit than the suite's default, unless they set one."""
    for item in items:
        if item.get_closest_marker("browser") and not item.get_closest_marker("timeout"):
            item.add_marker(pytest.mark.timeout(BROWSER_TEST_TIMEOUT_SECONDS))


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    return CHROMIUM


@pytest.fixture(scope="session")
def stack(chromium: Path) -> Iterator[Stack]:
    # The supervisor's output is kept next to the screenshots, for a failure in CI; one log per
    # test process (pytest-xdist may start a stack in each).
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = ARTIFACTS / f"browser-stack-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}.log"
    with server_folder("browser") as folder, devstack(folder / "data", log) as running:
        yield running


@pytest.fixture(scope="session")
async def browser(chromium: Path) -> AsyncIterator[Browser]:
    async with async_playwright() as pw:
        b = await pw.chromium.launch(executable_path=str(chromium))
        yield b
        await b.close()


@pytest.fixture
async def context(browser: Browser, stack: Stack) -> AsyncIterator[BrowserContext]:
    """A fresh browser profile on the stack; any uncaught script error fails the test."""
    ctx = await browser.new_context(base_url=stack.base_url)
    errors: list[str] = []
    ctx.on("weberror", lambda e: errors.append(str(e.error)))
    yield ctx
    await ctx.close()
    assert not errors, f"script errors in the page: {errors}"


@pytest.fixture
async def page(context: BrowserContext) -> Page:
    return await context.new_page()


@pytest.fixture(scope="session")
def screenshots() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


async def snap(page: Page, name: str) -> None:
    """Save a full-page screenshot as a test artifact."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(
        path=SCREENSHOTS / f"{re.sub(r'[^a-z0-9-]+', '-', name)}.png", full_page=True
    )


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say loudly when the browser tests did not run for want of Chromium."""
    skipped = terminalreporter.stats.get("skipped", [])
    if any(SKIP_REASON in str(getattr(r, "longrepr", "")) for r in skipped):
        terminalreporter.write_line(f"browser tests SKIPPED: {SKIP_REASON}", yellow=True, bold=True)


@pytest.fixture
async def admin_api(stack: Stack) -> AsyncIterator[httpx.AsyncClient]:
    """The admin API of the stack, with its token."""
    headers = {"Authorization": f"Bearer {stack.admin_token}"}
    async with httpx.AsyncClient(base_url=stack.base_url, headers=headers, timeout=5) as http:
        yield http
