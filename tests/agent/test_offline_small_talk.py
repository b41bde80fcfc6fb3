"""Offline model: greetings, thanks, help and anything else get answers without tools."""

from __future__ import annotations

import pytest

from tests.agent.conftest import last_turn_calls, say
from tests.support.api import sign_in


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        ("Hello!", "Hello!"),
        ("thanks a lot", "You're welcome"),
        ("help", "I can list your orders"),
        ("what's the weather like in Paris?", "I'm not sure I understood"),
        ("bye", "Goodbye"),
    ],
)
async def test_small_talk_uses_no_tools(chat_app, orders, message, expected):
    app, http = chat_app
    cid = await orders.customer()
    await sign_in(http, cid)
    reply = await say(http, message)
    assert expected in reply
    assert await last_turn_calls(app, cid) == []


async def test_vague_request_naming_no_item_is_not_understood(chat_app, orders):
    app, http = chat_app
    cid = await orders.customer()
    await sign_in(http, cid)
    reply = await say(http, "tell me a joke")
    assert "I'm not sure I understood" in reply
    # It only checked whether "joke" names one of the customer's items.
    assert await last_turn_calls(app, cid) == [("list_my_orders", {})]
