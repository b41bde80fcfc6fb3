"""Follow-ups read from the visible conversation (pure, no servers): answers to "which order?",
"yes please" after an offer, "it", "and the watch too", "what about the other one?"."""

from __future__ import annotations

from tests.support.offline_sim import Shop


def test_which_order_is_answered_by_name_or_by_a_bare_number():
    shop = Shop()
    assert "Which order do you mean?" in shop.say("I want a refund, it broke")
    assert shop.proposed() == []
    shop.say("2")
    assert shop.proposed() == [2]
    assert shop.calls[-1][1]["reason"] == "it broke"

    shop = Shop()
    shop.say("I want my money back")
    shop.say("the headphones")
    assert shop.proposed() == [2]


def test_a_chain_of_questions_keeps_the_request():
    shop = Shop()
    shop.say("I want a refund")
    assert "couldn't find" in shop.say("the blender")
    assert shop.proposed() == []
    shop.say("the watch")
    assert shop.proposed() == [4]


def test_an_ordinal_picks_from_the_orders_just_listed():
    shop = Shop()
    shop.say("refund my stuff")
    shop.say("the second one")
    assert shop.proposed() == [2]


def test_yes_please_after_an_offer_proposes_that_order():
    shop = Shop()
    reply = shop.say("has my refund for order 2 gone through?")
    assert "Would you like me to request one?" in reply
    assert shop.proposed() == []
    reply = shop.say("yes please")
    assert shop.proposed() == [2]
    assert "Shall I go ahead?" in reply


def test_cancel_my_order_explains_delivery_then_yes_proposes():
    shop = Shop()
    reply = shop.say("cancel my order 2")
    assert shop.proposed() == []
    assert "can't be cancelled" in reply and "Would you like me to request a refund?" in reply
    shop.say("yes please")
    assert shop.proposed() == [2]


def test_no_after_an_offer_does_nothing():
    shop = Shop()
    shop.say("cancel my order 2")
    assert "won't do anything" in shop.say("no thanks")
    assert shop.proposed() == []


def test_it_means_the_order_just_discussed():
    shop = Shop()
    shop.say("where is my tv?")
    shop.say("and the watch?")
    assert shop.calls[-1] == ("look_up_order", {"order_id": 4})
    shop.say("refund it")
    assert shop.proposed() == [4]


def test_and_the_watch_too_carries_the_refund():
    shop = Shop()
    shop.say("refund the headphones, they broke")
    shop.say("and the watch too")
    assert shop.proposed() == [4]


def test_what_about_the_other_one():
    shop = Shop()
    shop.say("tell me about the watch and the headphones")
    shop.say("refund the headphones")
    shop.say("what about the other one?")
    assert shop.proposed() == [4]


def test_the_other_one_with_several_candidates_is_asked_about():
    shop = Shop()
    shop.say("tell me about the watch, the tv and the headphones")
    shop.say("refund the headphones")
    reply = shop.say("and the other one")
    assert shop.proposed() == []
    assert "Which one do you mean?" in reply


def test_is_it_done_yet_presents_the_pending_proposal_again():
    shop = Shop()
    shop.say("refund the headphones")
    reply = shop.say("is it done yet?")
    assert shop.calls == [("check_refund_status", {"order_id": 2})]
    assert "waits for your confirmation" in reply and "Shall I go ahead?" in reply


def test_is_my_refund_done_without_context_reviews_all_orders():
    shop = Shop()
    reply = shop.say("is my refund done yet?")
    assert shop.calls == [("list_my_orders", {})]
    assert "no refunds yet" in reply


def test_never_mind_after_a_proposal_proposes_nothing_more():
    shop = Shop()
    shop.say("refund order 2")
    assert "won't request" in shop.say("actually never mind")
    assert shop.calls == []
