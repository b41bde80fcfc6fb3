"""Browser tests: headless Debian Chromium driven by Playwright, against one real stack.

The stack (PostgreSQL, Temporal, worker, chat API under the dev supervisor) starts once for
all browser tests; without /usr/bin/chromium every browser test is skipped, saying why.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from playwright.async_api import Browser, BrowserContext, Page, ViewportSize, async_playwright

from tests.browser.stack import REPO_ROOT, Stack, devstack

CHROMIUM = Path("/usr/bin/chromium")
SKIP_REASON = "Chromium not installed: apt-get install chromium"
ARTIFACTS = REPO_ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
PHONE: ViewportSize = {"width": 375, "height": 740}


@pytest.fixture(scope="session")
def chromium() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(SKIP_REASON)
    return CHROMIUM


@pytest.fixture(scope="session")
def stack(chromium: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    data_dir = tmp_path_factory.mktemp("devstack")
    # The supervisor's output is kept next to the screenshots, for a failure in CI.
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with devstack(data_dir / "data", ARTIFACTS / "browser-stack.log") as running:
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
