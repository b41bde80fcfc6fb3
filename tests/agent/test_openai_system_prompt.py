"""What a real model is told before every turn: its tool only proposes, it never promises an
approval, it answers in the customer's language, today's date, the shop's return policy and
where a customer who wants a person is sent — all from the settings."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.agent.conftest import say
from tests.support.api import running_app, sign_in
from tests.support.fake_openai import Text


@pytest.fixture
def shop_settings(openai_settings):
    return openai_settings.model_copy(
        update={
            "return_policy_text": "Returns within 60 days, receipt required.",
            "support_contact": "help@shop.test",
        }
    )


async def test_the_system_prompt_carries_the_rules_and_the_shops_words(
    shop_settings, fake_openai, demo
):
    cid, _ = demo
    fake_openai.add(Text("Our policy: returns within 60 days."))
    async with running_app(shop_settings) as (_, http):
        await sign_in(http, cid)
        await say(http, "what is your return policy?")
    [request] = fake_openai.requests
    system = request["messages"][0]
    assert system["role"] == "system"
    prompt = system["content"]
    assert "Returns within 60 days, receipt required." in prompt
    assert "help@shop.test" in prompt
    assert "PROPOSES" in prompt
    assert "never promise" in prompt
    assert "customer's language" in prompt
    assert dt.datetime.now(dt.UTC).date().isoformat() in prompt
