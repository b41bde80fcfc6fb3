"""The shop's page opens the chat at /#token=...: the page signs the customer in with it."""

from __future__ import annotations

import pytest
from playwright.async_api import Page, expect

from services.chat_api.mint_token import mint
from services.common.config import Settings

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
