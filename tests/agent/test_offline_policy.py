"""The return policy answer is the configured RETURN_POLICY_TEXT, said without any tool."""

from __future__ import annotations

from tests.agent.conftest import last_turn_calls, say
from tests.support.api import running_app, sign_in

POLICY = "Returns are accepted within 30 days of delivery; shipping is on us."


async def test_return_policy_is_the_configured_text(settings, orders):
    configured = settings.model_copy(update={"return_policy_text": POLICY})
    async with running_app(configured) as (app, http):
        cid = await orders.customer()
        await sign_in(http, cid)
        assert await say(http, "what is your return policy?") == POLICY
        assert await last_turn_calls(app, cid) == []
