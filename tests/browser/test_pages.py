"""Each page loads, looks right at desktop and phone width, and keeps data as text."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.async_api import Browser, Page, expect

from tests.browser.conftest import PHONE, snap
from tests.browser.pages import TURN_TIMEOUT_MS, messages, sign_in_as
from tests.browser.stack import Stack

pytestmark = pytest.mark.browser


async def test_customer_page_shows_orders_and_model_label(page: Page) -> None:
    await sign_in_as(page, "Alice Johnson")
    orders = page.locator("#orders li.order")
    await expect(orders).to_have_count(5)
    await expect(orders.first).to_contain_text("Laptop Pro X1")
    await expect(orders.first).to_contain_text("$1,299.99")
    await expect(page.get_by_text("offline model")).to_be_visible()
    note = page.locator("#model-note")
    await expect(note).to_contain_text("understands simple English requests")
    await expect(note).to_contain_text("OPENAI_API_KEY")
    await expect(page.get_by_role("button", name="Crash System")).to_be_visible()
    await snap(page, "customer-desktop")


async def test_pages_fit_a_phone_screen(browser: Browser, stack: Stack) -> None:
    ctx = await browser.new_context(base_url=stack.base_url, viewport=PHONE)
    try:
        page = await ctx.new_page()
        await sign_in_as(page, "Alice Johnson")
        await expect(page.locator("#orders li.order")).to_have_count(5)
        for path, name in (("/", "customer"), ("/admin/", "admin"), ("/mailbox/", "mailbox")):
            await page.goto(path)
            await expect(page.locator("main :is(h1, h2):visible").first).to_be_visible()
            if path == "/":
                await expect(page.locator("#orders li.order")).to_have_count(5)
            overflow = await page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at 375px"
            await snap(page, f"{name}-phone")
    finally:
        await ctx.close()


async def test_chat_keeps_markup_as_text_and_sends_once(page: Page) -> None:
    await sign_in_as(page, "Bob Smith")
    hostile = '<img src=x onerror="window.__xss = 1">Hi <b>there</b>, list my orders'
    await page.get_by_label("Your message").fill(hostile)
    # Two submits in the same instant (a double click, Enter + click): one message goes out.
    await page.evaluate(
        "() => { const f = document.getElementById('chat-form'); f.requestSubmit();"
        " f.requestSubmit(); }"
    )
    await expect(messages(page, "assistant")).to_have_count(1, timeout=TURN_TIMEOUT_MS)
    await expect(messages(page, "user")).to_have_count(1)
    await expect(messages(page, "user").locator(".text")).to_have_text(hostile)
    assert await page.locator("#chat-log img, #chat-log b").count() == 0
    assert await page.evaluate("() => window.__xss") is None
    # The thread comes back after a reload.
    await page.reload()
    await expect(messages(page, "user")).to_have_text(re.compile(re.escape(hostile)))
    await expect(messages(page, "assistant")).to_have_count(1)
    await snap(page, "customer-escaped-chat")


async def test_admin_asks_for_the_token_and_refuses_a_wrong_one(page: Page, stack: Stack) -> None:
    await page.goto("/admin/")
    token = page.get_by_label("Admin token")
    await token.fill("not-the-token")
    await token.press("Enter")
    await expect(page.locator("#token-error")).to_contain_text("not accepted")
    await expect(page.get_by_role("heading", name="Pending reviews")).to_be_hidden()
    await token.fill(stack.admin_token)
    await token.press("Enter")
    await expect(page.get_by_role("heading", name="Pending reviews")).to_be_visible()
    # The token lives in this tab's sessionStorage: a reload keeps the console open.
    await page.reload()
    await expect(page.get_by_role("heading", name="Pending reviews")).to_be_visible()


async def test_a_damaged_review_link_gets_a_styled_error_page(page: Page) -> None:
    response = await page.goto("/review/not-a-real-token")
    assert response is not None and response.status == 400
    await expect(page.get_by_role("alert")).to_contain_text("not valid")
    await expect(page.locator(".topbar .brand")).to_be_visible()
    await snap(page, "review-invalid-link")


async def test_admin_rejects_a_pending_review_from_the_console(page: Page, stack: Stack) -> None:
    # Deepak Rao's 4K Projector ($1850.00) needs a review; he asks through the API.
    async with httpx.AsyncClient(base_url=stack.base_url, timeout=15) as customer:
        r = await customer.post("/api/session", json={"customer_id": 4})
        assert r.status_code == 200, r.text
        r = await customer.post("/api/refunds", json={"order_id": 11, "reason": "too loud"})
        assert r.json()["outcome"] == "pending_review", r.text

    await page.goto("/admin/")
    await page.get_by_label("Admin token").fill(stack.admin_token)
    await page.get_by_role("button", name="Sign in").click()
    review = page.get_by_role("article", name="Review of order 11")
    await expect(review).to_contain_text("4K Projector")
    await expect(review).to_contain_text("$1,850.00")
    await expect(review.get_by_role("link")).to_have_attribute(
        "href", re.compile(r"/namespaces/default/workflows/refund-11/[\w-]+$")
    )
    await snap(page, "admin-pending-review")
    await review.get_by_label("Note for order #11 (optional)").fill("Noise is not a defect.")
    await review.get_by_role("button", name="Reject").click()
    await expect(page.locator('#decided tr[data-order-id="11"]')).to_contain_text("rejected")
    await expect(review).to_be_hidden()
    await expect(page.locator("#status")).to_have_text(
        "Order #11: Your rejection was recorded: the refund was rejected."
    )
