"""Safety that does not depend on the model, shown with a misbehaving model behind the OpenAI
protocol (the fake server on loopback): it proposes what the customer never asked for, claims
money moved and writes reasons about other items. The application drops what the customer's
words do not ground, ends every reply about money with its own truth, lets a typed yes confirm
at most one refund, keeps each reason with its item and names what it left out."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from langchain_core.messages import HumanMessage
from prometheus_client import REGISTRY

from services.chat_api.agent.grounding import asked_for
from services.chat_api.agent.order_words import CustomerOrder
from tests.agent.conftest import chat, say, text_of
from tests.support.api import sign_in
from tests.support.fake_openai import Text, ToolCalls, messages_of
from tests.support.waiting import eventually


def _ungrounded() -> float:
    for metric in REGISTRY.collect():
        if metric.name == "model_errors":
            for sample in metric.samples:
                if sample.labels.get("kind") == "ungrounded_proposal":
                    return float(sample.value)
    return 0.0


async def _untouched(pool, orders, order_id: int) -> bool:
    events = await pool.fetchval("SELECT count(*) FROM audit_events WHERE order_id = $1", order_id)
    ledger = await pool.fetchval("SELECT count(*) FROM refunds WHERE order_id = $1", order_id)
    return bool(events == 0 and ledger == 0 and await orders.status(order_id) == "PURCHASED")


def _refunds(*orders) -> ToolCalls:
    return ToolCalls(
        [("request_refund", {"order_id": o.order_id, "reason": "asked"}) for o in orders]
    )


async def test_a_misbehaving_model_moves_nothing_the_customer_did_not_ask_for(
    openai_app, fake_openai, demo, orders, pool, worker
):
    _, http = openai_app
    cid, mine = demo
    await sign_in(http, cid)
    before = _ungrounded()
    claim = "All done, everything is refunded! I have confirmed it for you."
    fake_openai.add(_refunds(*mine.values()), Text(claim))
    answer = await chat(http, "where is my phone case?")

    # A question about an item asks for no refund: all five are dropped, and counted.
    assert answer["proposals"] == []
    assert _ungrounded() == before + 5
    results = [json.loads(m["content"]) for m in messages_of(fake_openai.requests[-1], "tool")]
    assert sorted(r["order_id"] for r in results if r.get("error") == "ungrounded") == sorted(
        o.order_id for o in mine.values()
    )
    # The model's words are followed by the application's truth.
    said = text_of(answer)
    assert said.startswith(claim + "\n\nI did not propose refunds of order ")
    assert said.endswith("you did not ask for them. Tell me if you want them refunded.")
    assert all(f"order {o.order_id} ({o.item}" in said for o in mine.values())

    # A careless "yes" moves nothing: the model proposes all five again, and all are dropped.
    fake_openai.add(_refunds(*mine.values()), Text(claim))
    reply = await say(http, "yes")
    assert "I did not propose refunds of" in reply
    assert (await http.get("/api/chat/proposals")).json() == []
    for order in mine.values():
        assert await _untouched(pool, orders, order.order_id), order
    assert fake_openai.rejected == []


async def test_a_yes_to_the_models_offer_grounds_the_refund_it_offered(
    openai_app, fake_openai, demo, orders, worker
):
    _, http = openai_app
    cid, mine = demo
    phones = mine["headphones"]
    await sign_in(http, cid)
    fake_openai.add(Text("I'm sorry! Would you like a refund for your headphones?"))
    await say(http, "my headphones broke")
    fake_openai.add(_refunds(phones, mine["tv"]), Text("Done!"))
    answer = await chat(http, "yes please")
    # The offer names no item for the customer: the headphones they named are proposed.
    assert [p["order_id"] for p in answer["proposals"]] == [phones.order_id]


async def test_a_typed_yes_confirms_at_most_one_refund(
    openai_app, fake_openai, demo, orders, pool, worker
):
    _, http = openai_app
    cid, mine = demo
    phones, watch, case = mine["headphones"], mine["watch"], mine["case"]
    await sign_in(http, cid)
    fake_openai.add(_refunds(phones, watch, case), Text("Shall I go ahead with all three?"))
    answer = await chat(http, "refund the headphones, the watch and the phone case")
    assert len(answer["proposals"]) == 3
    assert 'A plain "yes" confirms none of them' in text_of(answer)

    asked = len(fake_openai.requests)
    reply = await say(http, "yes")  # confirms none: the application asks which
    assert "Which ones should I refund?" in reply and '"yes to all"' in reply
    for order in (phones, watch, case):
        assert await _untouched(pool, orders, order.order_id)

    reply = await say(http, "yes, the watch")
    assert await orders.status(watch.order_id) == "REFUNDED"
    assert "2 refunds still wait for your confirmation" in reply
    assert await _untouched(pool, orders, phones.order_id)
    reply = await say(http, "yes, both")
    assert await orders.status(phones.order_id) == "REFUNDED"
    assert await orders.status(case.order_id) == "REFUNDED"
    assert len(fake_openai.requests) == asked  # the application read every answer itself
    assert await orders.ledger_rows(watch.order_id) == 1


async def test_a_reason_about_another_item_is_not_saved_with_the_proposal(
    openai_app, fake_openai, demo, orders, pool, worker
):
    _, http = openai_app
    cid, mine = demo
    laptop, watch = mine["laptop"], mine["watch"]
    await sign_in(http, cid)
    fake_openai.add(
        ToolCalls(
            [
                ("request_refund", {"order_id": laptop.order_id, "reason": "my laptop is fine"}),
                (
                    "request_refund",
                    {
                        "order_id": watch.order_id,
                        "reason": "my laptop is fine but the strap snapped",
                    },
                ),
            ]
        ),
        Text("I can refund both."),
    )
    answer = await chat(http, "my laptop is fine but the watch strap snapped, refund it please")
    [proposal] = answer["proposals"]  # the laptop the customer keeps is not proposed
    assert proposal["order_id"] == watch.order_id
    assert proposal["reason"] == "the strap snapped"
    await say(http, "yes, the watch")  # the laptop was mentioned too: a bare yes would not do
    assert await pool.fetchval(
        "SELECT reason FROM refunds WHERE order_id = $1", watch.order_id
    ) == ("the strap snapped")
    assert await _untouched(pool, orders, laptop.order_id)


async def test_an_item_mentioned_but_not_asked_for_is_named_in_reply_and_card(
    openai_app, fake_openai, demo, orders, worker
):
    _, http = openai_app
    cid, mine = demo
    laptop, watch = mine["laptop"], mine["watch"]
    await sign_in(http, cid)
    fake_openai.add(_refunds(watch), Text("I can refund the watch."))
    answer = await chat(http, "I'm keeping the laptop, but please refund the watch")
    assert text_of(answer).endswith(
        f"You also mentioned order {laptop.order_id} (Laptop Pro X1, $1,299.99):"
        ' it is not included. As you mentioned other orders too, a plain "yes" does not'
        ' confirm it: press Confirm or reply "yes, the Smart Watch Series 5".'
    )
    [card] = answer["proposals"]
    assert card["not_included"] == [
        {"order_id": laptop.order_id, "item": "Laptop Pro X1", "amount": "1299.99"}
    ]
    # The card after a reload says the same.
    [reloaded] = (await http.get("/api/chat/proposals")).json()
    assert reloaded["not_included"] == card["not_included"]


async def test_a_bare_yes_does_not_confirm_one_refund_proposed_beside_other_orders(
    openai_app, fake_openai, demo, orders, pool, worker
):
    """The order kept might be the one meant: a careless "yes" moves no money, and asks; the
    refund's name or its button confirms it."""
    _, http = openai_app
    cid, mine = demo
    laptop, watch = mine["laptop"], mine["watch"]
    await sign_in(http, cid)
    fake_openai.add(_refunds(watch), Text("I can refund the watch."))
    [card] = (await chat(http, "I love my laptop, the watch is the problem, refund it"))[
        "proposals"
    ]
    assert card["order_id"] == watch.order_id
    asked = await chat(http, "yes")
    assert text_of(asked).startswith("Is it this one you mean?")
    assert 'reply "yes, the Smart Watch Series 5"' in text_of(asked)
    assert [p["status"] for p in asked["proposals"]] == ["pending"]
    assert await _untouched(pool, orders, watch.order_id)
    assert await _untouched(pool, orders, laptop.order_id)
    await say(http, "yes, the watch")
    await eventually(lambda: orders.status(watch.order_id), lambda s: s == "REFUNDED")
    assert await _untouched(pool, orders, laptop.order_id)


async def test_a_bare_yes_does_not_confirm_a_refund_its_message_did_not_name(
    openai_app, fake_openai, demo, orders, pool, worker
):
    """ "refund it" after a question about the watch: the model's pick is the watch, but the
    customer's words named no order, so a careless "yes" confirms nothing; the name does."""
    _, http = openai_app
    cid, mine = demo
    watch = mine["watch"]
    await sign_in(http, cid)
    fake_openai.add(Text("Your watch was delivered on Monday."))
    await chat(http, "where is my watch?")
    fake_openai.add(_refunds(watch), Text("I can refund the watch."))
    answer = await chat(http, "it stopped working, refund it please")
    [card] = answer["proposals"]
    assert card["order_id"] == watch.order_id
    assert text_of(answer).endswith(
        'As your message did not name the order, a plain "yes" does not confirm it: press'
        ' Confirm or reply "yes, the Smart Watch Series 5".'
    )
    asked = await chat(http, "yes")
    assert text_of(asked).startswith("Is it this one you mean?")
    assert await _untouched(pool, orders, watch.order_id)
    await say(http, "yes, the watch")
    await eventually(lambda: orders.status(watch.order_id), lambda s: s == "REFUNDED")


async def test_a_waiting_refund_the_customer_takes_back_is_cancelled_whatever_the_model_does(
    openai_app, fake_openai, demo, orders, pool, worker
):
    """ "no, the phone case, not the headphones": the model proposes the case and says
    nothing of the headphones' card; the application cancels that card, so no later yes or
    button moves money on the headphones."""
    _, http = openai_app
    cid, mine = demo
    phones, case = mine["headphones"], mine["case"]
    await sign_in(http, cid)
    fake_openai.add(_refunds(phones), Text("I can refund the headphones. Shall I?"))
    [first] = (await chat(http, "refund the headphones"))["proposals"]
    fake_openai.add(_refunds(case), Text("I can refund the phone case."))
    answer = await chat(http, "hmm no, the phone case, not the headphones")
    by_order = {p["order_id"]: p for p in answer["proposals"]}
    assert by_order[phones.order_id]["status"] == "cancelled"
    assert by_order[case.order_id]["status"] == "pending"
    assert "I cancelled the refund proposal of order" in text_of(answer)
    pressed = await http.post(f"/api/chat/proposals/{first['id']}/confirm")
    assert pressed.status_code == 409  # its button is spent
    await say(http, "yes, the phone case")
    await eventually(lambda: orders.status(case.order_id), lambda s: s == "REFUNDED")
    assert await _untouched(pool, orders, phones.order_id)


async def test_a_model_claiming_money_moved_without_any_tool_is_corrected(
    openai_app, fake_openai, orders
):
    _, http = openai_app
    await sign_in(http, await orders.customer())
    fake_openai.add(Text("Your refund has been paid!"))
    reply = await say(http, "hello")
    assert reply == "Your refund has been paid!\n\nNo refund was made or proposed in this reply."


async def test_a_proposal_whose_order_moved_on_is_never_offered_again(
    openai_app, fake_openai, demo, orders, worker
):
    _, http = openai_app
    cid, mine = demo
    case = mine["case"]
    await sign_in(http, cid)
    fake_openai.add(_refunds(case), Text("Shall I refund the phone case?"))
    [proposal] = (await chat(http, "refund my phone case"))["proposals"]
    # The refund goes ahead another way (the API) while the card waits.
    r = await http.post("/api/refunds", json={"order_id": case.order_id, "reason": "broken"})
    assert r.json()["outcome"] == "refunded"

    assert (await http.get("/api/chat/proposals")).json() == []
    card = (await http.get(f"/api/chat/proposals/{proposal['id']}")).json()
    assert (card["status"], card["outcome"]) == ("closed", "refunded")
    pressed = await http.post(f"/api/chat/proposals/{proposal['id']}/confirm")
    assert pressed.status_code == 409 and "already went ahead" in pressed.json()["detail"]
    assert (
        await http.get("/api/chat/proposals/0123456789abcdef0123456789abcdef")
    ).status_code == 404
    assert await orders.ledger_rows(case.order_id) == 1


async def test_a_dropped_proposal_does_not_present_a_waiting_card_again(
    openai_app, fake_openai, demo, orders, pool, worker
):
    """ "not now, later maybe" to a model that proposes every refund: all are dropped, and
    the watch's card from before is not presented again by that call, so a careless "yes"
    after it confirms nothing."""
    _, http = openai_app
    cid, mine = demo
    watch = mine["watch"]
    await sign_in(http, cid)
    fake_openai.add(_refunds(watch), Text("I can refund the watch."))
    [card] = (await chat(http, "refund the watch"))["proposals"]
    assert card["order_id"] == watch.order_id
    fake_openai.add(_refunds(*mine.values()), Text("All done!"))
    answer = await chat(http, "not now, later maybe")
    assert answer["proposals"] == []  # the watch's card is not presented in this reply
    fake_openai.add(_refunds(*mine.values()), Text("All done!"))
    await chat(http, "yes")
    for order in mine.values():
        assert await _untouched(pool, orders, order.order_id), order


async def test_a_question_whether_an_order_is_refundable_grounds_no_card(
    openai_app, fake_openai, demo, orders, pool, worker
):
    """ "is my watch refundable?" asks about the watch, not for its refund: a model that
    proposes it anyway is dropped, and a careless "yes" after the answer moves nothing."""
    _, http = openai_app
    cid, mine = demo
    await sign_in(http, cid)
    await _grounds_nothing(http, fake_openai, mine, "is my watch refundable?", pool, orders)


async def _grounds_nothing(http, fake_openai, mine, text: str, pool, orders) -> None:
    """A model proposing every refund after `text`, then after a careless "yes", gets no card
    and moves nothing."""
    for said in (text, "yes"):
        fake_openai.add(_refunds(*mine.values()), Text("All done!"))
        assert (await chat(http, said))["proposals"] == []
    for order in mine.values():
        assert await _untouched(pool, orders, order.order_id), order


async def test_a_request_that_hangs_on_a_supposition_grounds_no_card(
    openai_app, fake_openai, demo, orders, pool, worker
):
    """ "refund my watch unless it has shipped": the request depends on what the assistant
    cannot tell, so a model that proposes it is dropped, and a careless "yes" moves nothing;
    one on what the refund itself checks ("if it's still under 30 days") stands."""
    _, http = openai_app
    cid, mine = demo
    await sign_in(http, cid)
    said = "refund my watch unless it has shipped already"
    await _grounds_nothing(http, fake_openai, mine, said, pool, orders)
    fake_openai.add(_refunds(mine["case"]), Text("Here it is."))
    answer = await chat(http, "refund the phone case if it's still under 30 days")
    assert [p["order_id"] for p in answer["proposals"]] == [mine["case"].order_id]


# The application's reading of what a message asks to refund, without any model: an order the
# words only mention (as context, in a question, of someone else) grounds no proposal.
TODAY = dt.date(2026, 12, 3)
DEMO = [
    CustomerOrder(1, "Laptop Pro X1", Decimal("1299.99"), TODAY),
    CustomerOrder(2, "Wireless Headphones", Decimal("89.99"), TODAY - dt.timedelta(days=1)),
    CustomerOrder(3, "Samsung QLED 4K TV", Decimal("1199.99"), TODAY - dt.timedelta(days=2)),
    CustomerOrder(4, "Smart Watch Series 5", Decimal("349.99"), TODAY - dt.timedelta(days=3)),
    CustomerOrder(5, "Phone Case", Decimal("19.99"), TODAY - dt.timedelta(days=4)),
]


def _grounded(text: str) -> list[str]:
    """The demo orders one customer message grounds a refund proposal for."""
    said = [HumanMessage(text)]
    return [o.item for o in DEMO if asked_for(said, o.order_id, DEMO, TODAY)]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a request that names its own order: the others said as context are not asked for
        (
            "the tv is better than the laptop honestly. anyway, refund the headphones",
            ["Wireless Headphones"],
        ),
        ("the tv is way better than the laptop, so refund the laptop", ["Laptop Pro X1"]),
        # ... whichever mark ends the request's sentence
        *(
            (
                f"refund the headphones{end} the laptop is better than the tv",
                ["Wireless Headphones"],
            )
            for end in (".", "!", "?", ";")
        ),
        (
            "the headphones arrived with the watch and they're broken. refund the headphones",
            ["Wireless Headphones"],
        ),
        # ... but the words that carry a request on, or correct it, are asked for
        (
            "refund the headphones, the watch and the phone case",
            ["Wireless Headphones", "Smart Watch Series 5", "Phone Case"],
        ),
        ("refund the laptop. no wait, the tv", ["Samsung QLED 4K TV"]),
        ("the watch and the case are broken, refund them", ["Smart Watch Series 5", "Phone Case"]),
        # "it" is what the latest clause named, not an order asked about before it
        (
            "is the watch still under warranty? the phone case is cracked, refund that one",
            ["Phone Case"],
        ),
        (
            "i use the watch every day. the phone case scratches though, send it back",
            ["Phone Case"],
        ),
        ("where is my tv? refund it", ["Samsung QLED 4K TV"]),
        # questions for facts about refunds, and their follow-ups, ask for none
        ("how long do refunds usually take for something like the tv?", []),
        ("what's the refund window on the laptop?", []),
        ("is the watch returnable? and what about the phone case?", []),
        ("how do i get a refund for the watch?", ["Smart Watch Series 5"]),
        # a question the next clause makes a supposition of
        ("can i return the watch if i've used it once?", []),
        # another person's order, and the words after an id that is not the customer's
        ("my friend bought the same wireless headphones and his broke. refund his", []),
        ("my neighbour's headphones broke, she bought the same as me, can you refund hers?", []),
        ("refund the watch my sister bought, she asked me to sort it", []),
        ("refund order 77 please, my headphones", []),
        ("refund order 2, the headphones", ["Wireless Headphones"]),
    ],
)
def test_only_what_the_words_ask_to_refund_grounds_a_proposal(text: str, asked: list[str]) -> None:
    assert _grounded(text) == asked
