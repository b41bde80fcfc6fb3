"""A refund proposed from a message that spoke of another order too: the card says that a
plain "yes" does not confirm it, and names the order left out; a typed "yes" then moves no
money, and nothing is paid until the customer names it or presses Confirm."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from tests.browser.pages import ask, expect_status, proposal_row, sign_in_as

pytestmark = pytest.mark.browser

DESK, CHAIR = 12, 13  # Eve Martin's Standing Desk and Office Chair


async def test_the_card_asks_for_the_name_when_the_message_spoke_of_another_order(
    page: Page,
) -> None:
    await sign_in_as(page, "Eve Martin")
    await ask(
        page, "the standing desk is great, but the office chair squeaks. refund it", "yes, the"
    )
    card = page.locator(".proposal-card").last
    await expect(card.locator(".proposal-hint")).to_contain_text(
        'a plain "yes" does not confirm this one: press Confirm or reply "yes, the Office Chair"'
    )
    await expect(card.locator(".proposal-left-out")).to_contain_text(f"order #{DESK}")
    await expect(proposal_row(page, CHAIR)).to_be_visible()
    await ask(page, "yes", "Is it this one you mean?")
    await expect_status(page, CHAIR, "PURCHASED")
    await expect_status(page, DESK, "PURCHASED")
