"""The shop's page opens the chat at /#token=...: the page signs the customer in with it, and
asks before a link replaces the customer already signed in."""

from __future__ import annotations

import pytest
from playwright.async_api import BrowserContext, Page, expect

from services.chat_api.mint_token import mint
from services.common.config import Settings
from tests.browser.conftest import snap

pytestmark = pytest.mark.browser


async def test_a_shop_token_in_the_fragment_signs_in_and_leaves_the_address(page: Page) -> None:
    token = mint(Settings(_env_file=None, app_env="dev"), 2)  # the dev key `make dev` accepts
    await page.goto(f"/#token={token}")
    await expect(page.locator("#who")).to_have_text("Signed in as Bob Smith")
    await expect(page.locator("#orders li.order")).to_have_count(2)
    assert "token" not in page.url


async def test_a_bad_token_shows_why_and_offers_no_session(page: Page) -> None:
    await page.goto("/#token=not-a-token")
    await expect(page.locator("#sign-in-error")).to_have_text("This sign-in token is not valid.")
    await expect(page.locator("#workspace")).to_be_hidden()


async def test_a_link_for_another_customer_asks_before_switching(
    context: BrowserContext, page: Page
) -> None:
    dev = Settings(_env_file=None, app_env="dev")
    await page.goto(f"/#token={mint(dev, 3)}")
    await expect(page.locator("#who")).to_have_text("Signed in as Carmen Diaz")

    # Someone sends a link that would sign this browser in as another customer (login CSRF).
    link = f"/#token={mint(dev, 4)}"
    tab = await context.new_page()
    await tab.goto(link)
    question = tab.get_by_role("dialog", name="Switch to another customer?")
    await expect(question).to_be_visible()
    await expect(question).to_contain_text(
        "You are signed in as Carmen Diaz. This link would sign you in as Deepak Rao instead."
    )
    await snap(tab, "switch-customer-question")
    await question.get_by_role("button", name="Stay signed in as Carmen Diaz").click()
    await expect(question).to_be_hidden()
    await expect(tab.locator("#who")).to_have_text("Signed in as Carmen Diaz")
    await expect(tab.locator("#orders li.order")).to_have_count(2)
    assert "token" not in tab.url

    # Opened again, and this time the person means it.
    again = await context.new_page()
    await again.goto(link)
    question = again.get_by_role("dialog", name="Switch to another customer?")
    await question.get_by_role("button", name="Switch to Deepak Rao").click()
    await expect(again.locator("#who")).to_have_text("Signed in as Deepak Rao")
    await expect(again.locator("#orders li.order")).to_have_count(2)
    await expect(again.locator("#orders")).to_contain_text("Gaming Console")
