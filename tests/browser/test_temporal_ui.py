"""An operator in the dev stack's Temporal Web UI: the runbook's "waiting for review" query finds
the large refund and not the small one, and the refund's page shows its summary and current
details; the admin page links each review to that page."""

from __future__ import annotations

import re
from urllib.parse import quote

import httpx
import pytest
from playwright.async_api import BrowserContext, Locator, Page, expect

from tests.browser.conftest import snap
from tests.browser.stack import Stack
from tests.support.waiting import eventually

pytestmark = pytest.mark.browser

# Eve Martin (customer 5) in the seed: an Office Chair at $1,049.00 and a Standing Desk at $649.00.
# No other browser test touches her orders: a refund another test ran on the same stack would
# leave a second row of the same workflow id in the list (a run from before a demo reset).
CUSTOMER, LARGE, SMALL = 5, 13, 12
# The Web UI is a large page: on a loaded 2-core machine one load of the list can take seconds,
# and the list follows the workflows by a moment.
UI_WAIT_SECONDS = 120
WAITING = 'RefundStatus = "AWAITING_REVIEW" AND ExecutionStatus = "Running"'
CUSTOMERS = f'WorkflowType = "RefundWorkflow" AND CustomerId = {CUSTOMER}'
UI_TIMEOUT_MS = 20_000


async def _request_refunds(stack: Stack) -> str:
    """Ask for both refunds as the customer; returns the Temporal Web UI's address."""
    async with httpx.AsyncClient(base_url=stack.base_url, timeout=15) as customer:
        info = (await customer.get("/api/info")).json()
        r = await customer.post("/api/session", json={"customer_id": CUSTOMER})
        assert r.status_code == 200, r.text
        for order_id, outcome in ((LARGE, "pending_review"), (SMALL, "refunded")):
            body = {"order_id": order_id, "reason": "the frame is bent"}
            r = await customer.post("/api/refunds", json=body)
            assert r.json()["outcome"] == outcome, r.text
    url: str = info["temporal_ui_url"]
    return url.rstrip("/")


def summary_of(order_id: int, amount: str, item: str) -> str:
    """A seed refund's summary line, as its page and its RefundSummary column show it."""
    return f"Refund {amount} · order {order_id} · {item} · customer {CUSTOMER}"


def row_of(page: Page, order_id: int) -> Locator:
    """The Web UI list's row of one refund."""
    return page.locator("table tbody tr").filter(has_text=f"refund-{order_id}")


async def shows_row(
    page: Page, url: str, order_id: int, text: re.Pattern[str] | None = None
) -> bool:
    """Load the list at `url`: whether it shows the refund's row (with `text` in it). The list
    follows the workflows' history by a moment, so a caller loads it again until it does."""
    await page.goto(url)
    try:
        await expect(row_of(page, order_id)).to_contain_text(
            text or f"refund-{order_id}", timeout=10_000
        )
    except AssertionError:
        return False
    return True


async def metadata_texts(page: Page) -> list[str]:
    """The texts of the workflow page's User Metadata tab, in order."""
    frames = page.locator("main iframe")
    texts = []
    for i in range(await frames.count()):
        body = frames.nth(i).content_frame.locator("body")
        texts.append((await body.inner_text()).strip())
    return texts


async def test_an_operator_finds_the_waiting_refund_in_the_temporal_ui(
    context: BrowserContext, stack: Stack
) -> None:
    ui = await _request_refunds(stack)
    page = await context.new_page()
    listing = f"{ui}/namespaces/default/workflows?query={quote(WAITING)}"
    await eventually(lambda: shows_row(page, listing, LARGE), within=UI_WAIT_SECONDS, interval=0.5)
    await expect(page.locator("table")).not_to_contain_text(f"refund-{SMALL}")
    await snap(page, "temporal-ui-waiting-for-review")

    # The customer's refunds, with the status, amount and summary columns an operator adds once
    # (the Web UI keeps its columns in the browser; its list shows no workflow summaries).
    customers = f"{ui}/namespaces/default/workflows?query={quote(CUSTOMERS)}"
    await eventually(
        lambda: shows_row(page, customers, SMALL), within=UI_WAIT_SECONDS, interval=0.5
    )
    await page.get_by_role("button", name="Configure Columns").click()
    for column in ("RefundStatus", "RefundAmount", "NeedsReview", "RefundSummary"):
        await page.get_by_role("button", name=f"Add {column} column").click()
    await page.keyboard.press("Escape")
    small_summary = re.escape(summary_of(SMALL, "$649.00", "Standing Desk"))
    paid = re.compile(rf"REFUNDED.*649.*false.*{small_summary}")
    await eventually(
        lambda: shows_row(page, customers, SMALL, paid), within=UI_WAIT_SECONDS, interval=0.5
    )
    large_summary = re.escape(summary_of(LARGE, "$1,049.00", "Office Chair"))
    waiting = re.compile(rf"AWAITING_REVIEW.*1049.*true.*{large_summary}")
    await expect(row_of(page, LARGE)).to_contain_text(waiting)
    await page.set_viewport_size({"width": 1920, "height": 720})  # the added columns in view
    summary_cell = row_of(page, LARGE).get_by_text(summary_of(LARGE, "$1,049.00", "Office Chair"))
    await summary_cell.scroll_into_view_if_needed()
    await snap(page, "temporal-ui-customer-refunds")

    await page.goto(listing)
    await page.get_by_role("link", name=f"refund-{LARGE}", exact=True).first.click()
    await expect(page.get_by_role("heading", name=f"refund-{LARGE}")).to_be_visible(
        timeout=UI_TIMEOUT_MS
    )
    await page.get_by_role("tab", name="User Metadata").click()
    # Summary, Details and Current Details, each rendered (from Markdown) in a frame of its own.
    summary, details, current = await eventually(
        lambda: metadata_texts(page), lambda texts: len(texts) == 3 and all(texts), within=20
    )
    assert summary == summary_of(LARGE, "$1,049.00", "Office Chair")
    # Rendered Markdown: the labels' asterisks are bold type, not text.
    assert "Reason: the frame is bent" in details and "**" not in details
    assert "over the $1,000.00 threshold" in details and "Review deadline: " in details
    assert re.fullmatch(
        r"waiting for review since \w{3} \d{1,2}, \d\d:\d\d UTC, link sent to \S+@\S+,"
        r" decides by \w{3} \d{1,2}, \d\d:\d\d UTC \(rejected if nobody decides\)",
        current,
    ), current
    await snap(page, "temporal-ui-waiting-refund")

    # The admin page's review links to this workflow's page in the Web UI.
    admin = await context.new_page()
    await admin.goto("/admin/")
    await admin.get_by_label("Admin token").fill(stack.admin_token)
    await admin.get_by_role("button", name="Sign in").click()
    review = admin.get_by_role("article", name=f"Review of order {LARGE}")
    link = review.get_by_role("link", name=f"refund-{LARGE} (Temporal)")
    await expect(link).to_have_attribute(
        "href", re.compile(rf"^{re.escape(ui)}/namespaces/default/workflows/refund-{LARGE}/[\w-]+$")
    )
