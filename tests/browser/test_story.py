"""The whole story in a real browser against one real stack, as a customer and an admin see it:
sign in, ask, a small refund confirmed with the card's button, a large refund confirmed by a
typed "yes" (its card survives a reload) and reviewed from the emailed link, and a crash of
the worker and the chat API in the middle of a refund that still completes exactly once."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.async_api import Browser, BrowserContext, Page, expect

from tests.browser.conftest import snap
from tests.browser.pages import (
    TURN_TIMEOUT_MS,
    ask,
    audit_kinds,
    expect_status,
    messages,
    proposal_row,
    send,
    sign_in_as,
)
from tests.browser.stack import Stack
from tests.support.waiting import eventually

pytestmark = pytest.mark.browser

SMALL, LARGE, CRASHED = 5, 3, 4  # Phone Case $19.99, Samsung QLED 4K TV $1199.99, Smart Watch
# Supervisor restart + chat API start (20 s and more on a busy machine) + worker recovery + payment.
RECOVERY_TIMEOUT_MS = 90_000


async def test_refund_story(
    browser: Browser, context: BrowserContext, page: Page, stack: Stack,
    admin_api: httpx.AsyncClient,
) -> None:  # fmt: skip
    # Sign in and ask about an order.
    await sign_in_as(page, "Alice Johnson")
    await ask(page, "What is the status of order 2?", re.compile("Wireless Headphones", re.I))
    await snap(page, "customer-chat")

    # A small refund: a proposal card first, nothing moves until the customer presses Confirm
    # (from the keyboard); then it is paid at once and the panel turns REFUNDED by itself.
    await ask(page, f"Please refund order {SMALL}, it broke", "Shall I go ahead?")
    card = proposal_row(page, SMALL)
    await expect(card).to_contain_text("Phone Case")
    await expect(card).to_contain_text("Paid at once")
    await expect(card).to_contain_text("Reason: it broke")
    await snap(page, "customer-proposal-card")
    await expect_status(page, SMALL, "PURCHASED")
    confirm = page.get_by_role("button", name=f"Confirm the refund of order {SMALL}, Phone Case")
    await confirm.focus()
    await page.keyboard.press("Enter")
    await expect(card.locator(".proposal-status")).to_contain_text("Paid", timeout=TURN_TIMEOUT_MS)
    await expect(card.get_by_role("button")).to_have_count(0)
    await expect_status(page, SMALL, "REFUNDED")

    # A large refund waits for a person; the admin is emailed a review link.
    # A large refund, confirmed by typing: its card comes back after a reload.
    await ask(page, f"I want a refund for order {LARGE}, the screen is cracked", "review")
    await page.reload()
    await expect(proposal_row(page, LARGE)).to_contain_text("reviews it before it is paid")
    await ask(page, "go ahead", "review")
    await expect(proposal_row(page, LARGE).locator(".proposal-status")).to_contain_text(
        "waiting for review"
    )
    await expect_status(page, LARGE, "PENDING_REFUND")
    await snap(page, "customer-pending-review")

    mailbox = await context.new_page()
    await mailbox.goto("/mailbox/")
    email = mailbox.locator(f'article.email[data-order-id="{LARGE}"]')
    await expect(email).to_be_visible()
    await snap(mailbox, "mailbox")
    review_url = await email.get_by_role("link", name="Open the review page").get_attribute("href")
    assert review_url and "/review/" in review_url

    # The review page works without JavaScript: approve from the link.
    no_js = await browser.new_context(java_script_enabled=False)
    try:
        review = await no_js.new_page()
        await review.goto(review_url)
        await expect(
            review.get_by_role("heading", name=f"Refund review: order #{LARGE}")
        ).to_be_visible()
        await snap(review, "review-page")
        await review.get_by_label("Note for the record (optional)").fill("Photo shows the crack.")
        await review.get_by_role("button", name="Approve refund").click()
        await expect(review.get_by_role("status").first).to_contain_text(
            re.compile("approved and paid|being processed")
        )
        await snap(review, "review-approved")
    finally:
        await no_js.close()

    # The customer's panel and chat show the decision, without a reload.
    await expect_status(page, LARGE, "REFUNDED")
    await expect(messages(page, "notice").last).to_contain_text("approved", timeout=20_000)
    await snap(page, "customer-after-review")

    # The admin console shows the decision, with a link to the workflow in the Temporal UI.
    admin = await context.new_page()
    await admin.goto("/admin/")
    await admin.get_by_label("Admin token").fill(stack.admin_token)
    await admin.get_by_role("button", name="Sign in").click()
    decided = admin.locator(f'#decided tr[data-order-id="{LARGE}"]')
    await expect(decided).to_contain_text("approved")
    link = decided.get_by_role("link")
    await expect(link).to_have_attribute(
        "href", re.compile(rf"/namespaces/default/workflows/refund-{LARGE}/[\w-]+$")
    )
    await snap(admin, "admin")

    # Crash System in the middle of a refund: the page recovers and the refund completes once.
    await ask(page, f"Please refund order {CRASHED}, it stopped working", "Shall I go ahead?")
    await send(page, "yes")
    await expect(page.locator("#chat-log .msg.thinking")).to_be_visible()
    await expect(page.get_by_role("button", name="Sending…")).to_be_disabled()
    await eventually(lambda: audit_kinds(admin_api, CRASHED), lambda k: "refund_requested" in k)
    await page.get_by_role("button", name="Crash System").click()
    await expect(page.locator("#system-status")).to_contain_text("restarting")
    await snap(page, "customer-crash-restarting")
    await expect(page.locator("#system-status")).to_contain_text(
        "back", timeout=RECOVERY_TIMEOUT_MS
    )
    await expect_status(page, CRASHED, "REFUNDED")
    await snap(page, "customer-after-crash")
    await ask(page, f"Has the refund for order {CRASHED} been paid?", re.compile("paid|refunded"))
    kinds = await audit_kinds(admin_api, CRASHED)
    assert kinds.count("refund_paid") == 1, kinds

    # The audit trail in the admin console says the same.
    await admin.get_by_label("Order id (empty for all)").fill(str(CRASHED))
    await admin.get_by_role("button", name="Show events").click()
    await expect(admin.locator('#audit tr[data-kind="refund_paid"]')).to_have_count(1)
    await snap(admin, "admin-audit-after-crash")

    # The demo reset (two presses) puts everything back; the customer's page follows by itself.
    reset = admin.get_by_role("button", name="Reset demo data")
    await reset.click()
    await admin.get_by_role("button", name="Press again to reset everything").click()
    await expect(admin.locator("#status")).to_contain_text("Demo data reset")
    for order_id in (SMALL, LARGE, CRASHED):
        await expect_status(page, order_id, "PURCHASED")
    await expect(page.locator("#chat-log .msg")).to_have_count(0)
