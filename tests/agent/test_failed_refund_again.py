"""A refund that failed on our side (REFUND_FAILED) can be asked for again through the chat:
the agent tells the truth about it, proposes it again, and the confirmed refund is paid once."""

from __future__ import annotations

from tests.agent.conftest import chat, say
from tests.support.api import sign_in


async def test_a_failed_refund_is_explained_and_can_be_proposed_again(
    chat_app, demo, orders, worker, pool
):
    _, http = chat_app
    cid, mine = demo
    phones = mine["headphones"]
    # As the workflow's failure step leaves it when the payment failed for good.
    await pool.execute(
        "UPDATE purchases SET status = 'REFUND_FAILED' WHERE order_id = $1", phones.order_id
    )
    await sign_in(http, cid)

    told = await say(http, f"what happened to the refund of order {phones.order_id}?")
    assert "failed" in told and "not approved" not in told
    assert await orders.status(phones.order_id) == "REFUND_FAILED"

    [proposal] = (await chat(http, f"refund order {phones.order_id}, it broke"))["proposals"]
    assert proposal["order_id"] == phones.order_id and proposal["status"] == "pending"
    assert await orders.status(phones.order_id) == "REFUND_FAILED"  # nothing moves before yes

    answer = await chat(http, "yes")
    assert answer["proposals"][0]["outcome"] == "refunded"
    assert await orders.status(phones.order_id) == "REFUNDED"
    assert await orders.ledger_rows(phones.order_id) == 1
