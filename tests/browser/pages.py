"""What the browser tests do on the pages, in the words of the pages."""

from __future__ import annotations

import re

import httpx
from playwright.async_api import Locator, Page, expect

# A chat turn that starts a refund waits for the payment (4 s in the stack) to commit.
TURN_TIMEOUT_MS = 30_000
# A status change reaches the panel within one poll (2 s) after the workflow commits it.
STATUS_TIMEOUT_MS = 20_000


async def sign_in_as(page: Page, name: str) -> None:
    await page.goto("/")
    await page.get_by_label("Demo customer").select_option(label=name)
    await page.get_by_role("button", name="Sign in").click()
    await expect(page.locator("#who")).to_have_text(f"Signed in as {name}")


def order_status(page: Page, order_id: int) -> Locator:
    return page.locator(f'#orders li[data-order-id="{order_id}"] .status')


async def expect_status(page: Page, order_id: int, status: str) -> None:
    await expect(order_status(page, order_id)).to_have_attribute(
        "data-status", status, timeout=STATUS_TIMEOUT_MS
    )


def proposal_row(page: Page, order_id: int) -> Locator:
    """The row of a refund proposal card for one order."""
    return page.locator(f'#chat-log .proposal[data-order-id="{order_id}"]').last


def messages(page: Page, role: str) -> Locator:
    return page.locator(f"#chat-log li.msg.{role}")


async def send(page: Page, text: str) -> None:
    """Type a message and press Enter (the reply is not awaited)."""
    box = page.get_by_label("Your message")
    await expect(box).to_be_enabled()
    await box.fill(text)
    await box.press("Enter")


async def ask(page: Page, text: str, answer: str | re.Pattern[str]) -> None:
    """Send a message and wait for the assistant's reply to contain `answer`."""
    before = await messages(page, "assistant").count()
    await send(page, text)
    reply = messages(page, "assistant").nth(before)
    await expect(reply).to_contain_text(answer, timeout=TURN_TIMEOUT_MS)
    await expect(page.get_by_label("Your message")).to_be_enabled()


async def audit_kinds(http: httpx.AsyncClient, order_id: int) -> list[str]:
    """The kinds of an order's audit events, from the admin API ([] while it restarts)."""
    try:
        r = await http.get("/api/admin/audit", params={"order_id": order_id})
    except httpx.TransportError:
        return []  # the chat API is restarting
    return [e["kind"] for e in r.json()] if r.status_code == 200 else []
