"""While the server answers 503 (PostgreSQL or Temporal briefly down), the page says so calmly
and catches up by itself once answers are normal again; no error is thrown at the customer."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, Route, expect

from tests.browser.pages import sign_in_as

pytestmark = pytest.mark.browser

OUTAGE_503S = 2


async def test_orders_ride_out_a_brief_outage(page: Page) -> None:
    await sign_in_as(page, "Alice Johnson")
    await expect(page.locator("#orders li.order")).to_have_count(5)
    answered = {"503": 0}

    async def outage(route: Route) -> None:
        if route.request.method == "GET" and answered["503"] < OUTAGE_503S:
            answered["503"] += 1
            await route.fulfill(
                status=503,
                headers={"Retry-After": "1", "Content-Type": "application/json"},
                body='{"detail": "Our records are briefly unavailable; nothing was changed."}',
            )
        else:
            await route.continue_()

    await page.route("**/api/orders", outage)
    await page.reload()
    banner = page.locator("#outage-banner")
    await expect(banner).to_be_visible()
    await expect(banner).to_contain_text("briefly unavailable")
    await expect(page.locator("#orders li.order")).to_have_count(5)
    await expect(banner).to_have_count(0)
    assert answered["503"] == OUTAGE_503S
