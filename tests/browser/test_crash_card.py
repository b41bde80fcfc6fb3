"""Confirm on a small refund, then Crash System at once: the refund is paid exactly once, and
the card shows what became of it instead of offering Confirm and Cancel again, also after a
reload."""

from __future__ import annotations

import re

import httpx
import pytest
from playwright.async_api import Page, expect

from tests.browser.pages import ask, audit_kinds, expect_status, proposal_row, sign_in_as
from tests.support.waiting import eventually

pytestmark = pytest.mark.browser

HELMET = 9  # Carmen Diaz's Bike Helmet, $74.99: paid at once
RECOVERY_TIMEOUT_MS = 40_000  # supervisor restart + chat API start + worker recovery + payment


async def test_a_card_confirmed_just_before_a_crash_shows_its_outcome(
    page: Page, admin_api: httpx.AsyncClient
) -> None:
    await sign_in_as(page, "Carmen Diaz")
    await ask(page, f"Please refund order {HELMET}, the strap broke", "Shall I go ahead?")
    card = proposal_row(page, HELMET)
    await page.get_by_role(
        "button", name=f"Confirm the refund of order {HELMET}, Bike Helmet"
    ).click()
    # The refund has started and waits on its (2 s) payment: crash everything now.
    await eventually(lambda: audit_kinds(admin_api, HELMET), lambda k: "refund_requested" in k)
    await page.get_by_role("button", name="Crash System").click()
    await expect(page.locator("#system-status")).to_contain_text(
        "back", timeout=RECOVERY_TIMEOUT_MS
    )
    await expect_status(page, HELMET, "REFUNDED")
    await expect(card.locator(".proposal-status")).to_contain_text("Paid", timeout=20_000)
    await expect(card.get_by_role("button")).to_have_count(0)

    await page.reload()
    await expect_status(page, HELMET, "REFUNDED")
    confirm = page.get_by_role("button", name=re.compile(f"Confirm the refund of order {HELMET},"))
    await expect(confirm).to_have_count(0)
    kinds = await audit_kinds(admin_api, HELMET)
    assert kinds.count("refund_paid") == 1, kinds
