"""When the application drops a proposal the customer's words did not ask for, the offline
model says it did not propose that refund and asks what the customer wants; it never reports
a failure, and a careless yes after it proposes nothing (no servers)."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage, ToolMessage

from services.chat_api.tool_results import ToolError, ToolErrorKind
from services.offline_model import next_message
from services.offline_model.replies import NOT_PROPOSED, NOT_PROPOSED_BESIDE
from tests.support.offline_shop import TODAY, Shop


def _dropped(order_id: int) -> str:
    return ToolError(
        error=ToolErrorKind.UNGROUNDED, order_id=order_id, message="Nothing was proposed."
    ).to_json()


def _turn(shop: Shop, text: str, dropped: set[int]) -> AIMessage:
    """One turn of the model against the shop, the application dropping `dropped`."""
    shop.messages.append(HumanMessage(text, id=f"h{len(shop.messages)}"))
    for _ in range(6):
        reply = next_message(shop.messages, today=TODAY, policy="POLICY")
        shop.messages.append(reply)
        if not reply.tool_calls:
            return reply
        for call in reply.tool_calls:
            oid = call["args"].get("order_id")
            if call["name"] == "request_refund" and oid in dropped:
                content = _dropped(oid)
            else:
                content = shop.tool(call["name"], call["args"]).to_json()
            shop.messages.append(ToolMessage(content, tool_call_id=call["id"] or ""))
    raise AssertionError("the turn did not end")


def test_a_dropped_proposal_is_said_not_proposed_and_the_customer_is_asked():
    shop = Shop()
    reply = _turn(shop, "refund the tv", dropped={3})
    assert str(reply.text) == NOT_PROPOSED
    assert "went wrong" not in str(reply.text) and "?" in str(reply.text)
    yes = _turn(shop, "yes", dropped=set())
    assert not yes.tool_calls and "nothing waiting" in str(yes.text)


def test_beside_a_proposal_that_stands_it_says_no_other_was_made():
    shop = Shop()
    reply = str(_turn(shop, "refund the tv and the watch", dropped={3}).text)
    assert "Smart Watch Series 5" in reply and NOT_PROPOSED_BESIDE in reply
    assert NOT_PROPOSED not in reply
