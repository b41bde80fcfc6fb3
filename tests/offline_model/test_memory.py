"""What the offline model remembers between turns lives in the graph's state (its replies'
additional_kwargs), never in the words of its replies; a thread without it gets questions."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage

from services.offline_model import next_message
from services.offline_model.memory import MEMORY_KEY, TurnMemory, recall
from tests.support.offline_shop import TODAY, Shop


def test_the_reply_carries_what_the_turn_was_about():
    shop = Shop()
    shop.say("refund the headphones, they broke")
    memory = TurnMemory.model_validate(shop.last_memory())
    assert memory.act == "refund" and memory.about == [2] and memory.question is None


def test_which_order_then_the_answer_keeps_the_reason():
    shop = Shop()
    reply = shop.say("I want a refund, it broke")
    assert "Which order do you mean?" in reply and shop.proposed() == []
    shop.say("the watch")
    assert shop.proposed() == [4] and shop.reasons() == {4: "it broke"}


def test_a_bare_number_answers_which_order_but_is_no_id_otherwise():
    shop = Shop()
    shop.say("refund 4")
    assert shop.proposed() == []
    shop.say("4")
    assert shop.proposed() == [4]


def test_the_second_one_counts_in_the_list_just_shown():
    shop = Shop()
    shop.say("refund my stuff")
    shop.say("the second one")
    assert shop.proposed() == [2]


def test_it_the_other_one_and_too_follow_the_conversation():
    shop = Shop()
    shop.say("tell me about the watch and the headphones")
    shop.say("refund the headphones")
    assert shop.proposed() == [2]
    shop.say("what about the other one?")
    assert shop.proposed() == [4]
    shop.say("and the phone case too")
    assert shop.proposed() == [5]


def test_make_that_the_other_one_instead_replaces_the_request():
    shop = Shop()
    shop.say("tell me about the watch and the headphones")
    shop.say("refund the headphones")
    shop.say("make that the other one instead")
    assert shop.proposed() == [4]


def test_not_a_but_b_in_the_next_message_is_a_correction():
    shop = Shop()
    shop.say("refund the laptop")
    shop.say("not the laptop, the tv")
    assert shop.proposed() == [3]


def test_it_after_a_lookup_and_after_the_applications_confirmation():
    shop = Shop()
    shop.say("where is my tv?")
    shop.say("refund it")
    assert shop.proposed() == [3]
    shop.confirmed()  # the customer's "yes" is answered by the application, not the model
    reply = shop.say("is it done yet?")
    assert ("check_refund_status", {"order_id": 3}) in shop.calls
    assert "Samsung QLED 4K TV" in reply


def test_a_question_counts_only_for_the_very_next_message():
    shop = Shop()
    shop.say("I want a refund")
    shop.say("hello")
    shop.say("the watch")  # no longer an answer: a look-up of the watch
    assert shop.proposed() == []


def test_a_thread_without_memory_asks_instead_of_guessing():
    shop = Shop()
    shop.say("where is my tv?", remembered=False)
    reply = shop.say("refund it")
    assert shop.proposed() == [] and "Which order do you mean?" in reply
    shop.say("I want a refund", remembered=False)
    reply = shop.say("3")
    assert shop.proposed() == []


def test_a_reply_that_only_says_the_right_words_is_not_memory():
    """A thread written by an earlier release: its reply asks "which order?" in words only."""
    history = [
        HumanMessage("I want a refund", id="h0"),
        AIMessage("Which order do you mean? Your orders are: order 4 (Smart Watch Series 5)."),
        HumanMessage("4", id="h1"),
    ]
    reply = next_message(history, today=TODAY)
    assert not any(c["name"] == "request_refund" for c in reply.tool_calls)
    assert recall(history[:2]).memory is None


def test_memory_that_is_not_ours_is_ignored():
    bad = AIMessage("hello", additional_kwargs={MEMORY_KEY: {"about": "not a list"}})
    assert recall([HumanMessage("hi"), bad]).memory is None
