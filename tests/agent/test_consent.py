"""The application's reading of a typed answer to pending proposals: plain yes, plain no, or
anything else (which goes to the model and leaves the proposal pending); a yes confirms at
most one refund unless it names them ("yes, both", "yes to all", "yes, the watch")."""

from __future__ import annotations

import datetime as dt

import pytest

from services.chat_api.agent.consent import Answer, classify, read_answer
from services.chat_api.agent.proposal_record import OrderRef, ProposalRecord
from workflows.vocabulary import ProposalAction

YES = ["yes", "Yes please", "confirm", "go ahead", "ok do it", "sure", "yep", "YES!", "okay",
       "yes, go ahead", "yeah sure, thanks", "please do", "Confirm it", "do it"]  # fmt: skip
NO = ["no", "cancel", "don't", "no thanks", "never mind", "No, thank you", "nope", "do not",
      "don't do it", "cancel it please", "forget it", "Nevermind."]  # fmt: skip
OTHER = ["yes but not the laptop", "is it done yet?", "", "   ", "refund the tv instead",
         "cancel my order 2", "yes no", "what is your return policy?", "ok but which one?",
         "no, refund the laptop", "sure, and the watch too", "yes " * 12]  # fmt: skip


@pytest.mark.parametrize("text", YES)
def test_plain_agreement_is_yes(text):
    assert classify(text) == "yes"


@pytest.mark.parametrize("text", NO)
def test_plain_refusal_is_no(text):
    assert classify(text) == "no"


@pytest.mark.parametrize("text", OTHER)
def test_anything_more_is_other(text):
    assert classify(text) == "other"


def _proposal(order_id: int, item: str) -> ProposalRecord:
    now = dt.datetime(2026, 11, 24, tzinfo=dt.UTC)
    return ProposalRecord(
        id=f"p{order_id}", customer_id=1, order_id=order_id, item=item, amount="10.00",
        review=False, reason="broken", created_at=now, expires_at=now + dt.timedelta(hours=1),
    )  # fmt: skip


WATCH, PHONES, CASE = (
    _proposal(4, "Smart Watch Series 5"),
    _proposal(2, "Wireless Headphones"),
    (_proposal(5, "Phone Case")),
)


@pytest.mark.parametrize("text", ["yes", "go ahead", "ok do it", "yes please refund them"])
def test_a_bare_yes_to_several_confirms_none_and_asks(text):
    assert read_answer(text, [WATCH, PHONES]) == Answer("ask")


@pytest.mark.parametrize("text", ["yes", "sure, go ahead"])
def test_a_bare_yes_to_one_confirms_it(text):
    assert read_answer(text, [WATCH]) == Answer(ProposalAction.CONFIRM, ("p4",))


@pytest.mark.parametrize(
    ("text", "offered", "ids"),
    [
        ("yes, both", [WATCH, PHONES], ("p4", "p2")),
        ("yes to all", [WATCH, PHONES, CASE], ("p4", "p2", "p5")),
        ("yes, all of them please", [WATCH, PHONES, CASE], ("p4", "p2", "p5")),
        ("yes, the watch", [WATCH, PHONES], ("p4",)),
        ("yes to the headphones and the phone case", [WATCH, PHONES, CASE], ("p2", "p5")),
        ("yes to order 5", [WATCH, CASE], ("p5",)),
        ("confirm the watch", [WATCH, PHONES], ("p4",)),
    ],
)
def test_a_yes_that_names_them_confirms_those(text, offered, ids):
    assert read_answer(text, offered) == Answer(ProposalAction.CONFIRM, ids)


def test_both_of_three_is_asked_about_and_a_plain_no_cancels_all():
    assert read_answer("yes, both", [WATCH, PHONES, CASE]) == Answer("ask")
    assert read_answer("no thanks", [WATCH, PHONES]) == Answer(ProposalAction.CANCEL, ("p4", "p2"))


@pytest.mark.parametrize("text", ["yes, the laptop", "no, the watch", "yes but not the laptop"])
def test_anything_beyond_the_waiting_proposals_goes_to_the_model(text):
    assert read_answer(text, [WATCH, PHONES]) == Answer("other")


@pytest.mark.parametrize(
    "text",
    [
        "yes but not the watch",
        "yeah go ahead but not the watch, ill keep that",
        "ok but not the watch, i'll keep it",
        "yes, no to the watch",
    ],
)
def test_a_yes_but_not_one_of_two_confirms_the_other_and_cancels_it(text):
    assert read_answer(text, [WATCH, PHONES]) == Answer(
        ProposalAction.CONFIRM, ("p2",), cancel=("p4",)
    )


def test_a_yes_but_not_one_of_three_asks_which_of_the_other_two():
    assert read_answer("yes but not the watch", [WATCH, PHONES, CASE]) == Answer("ask")


def test_a_yes_and_one_more_means_the_other_and_that_one():
    # "yes" is the card's other refund, "the watch too" the watch: both, when two wait
    both = Answer(ProposalAction.CONFIRM, ("p4", "p2"))  # as the cards are listed
    assert read_answer("yes, and the watch too", [WATCH, PHONES]) == both
    # with three waiting, which of the other two the yes means is unknown
    assert read_answer("yes, and the watch too", [WATCH, PHONES, CASE]) == Answer("ask")
    # the last of a card whose other was pressed: named, so confirmed
    assert read_answer("yes, the watch too", [WATCH], alone=False) == Answer(
        ProposalAction.CONFIRM, ("p4",)
    )


@pytest.mark.parametrize("text", ["do the watch as well", "thanks, do the watch too"])
def test_do_with_a_waiting_refund_named_confirms_it(text):
    assert read_answer(text, [WATCH], alone=False) == Answer(ProposalAction.CONFIRM, ("p4",))


@pytest.mark.parametrize("text", ["do the watch?", "do it?", "do I get the watch money back?"])
def test_do_in_a_question_confirms_nothing(text):
    assert read_answer(text, [WATCH], alone=False).kind in ("other", "ask")


def test_not_one_just_the_other_then_yes_confirms_the_kept_one():
    text = "not the watch, just the case. yes to that one"
    assert read_answer(text, [WATCH, CASE]) == Answer(ProposalAction.CONFIRM, ("p5",), ("p4",))
    # without the yes, the watch is cancelled and the case still waits for one
    assert read_answer("no, just the case", [WATCH, CASE]) == Answer(ProposalAction.CANCEL, ("p4",))


def test_yes_then_a_question_about_another_order_confirms_and_asks_on():
    for text in ["yes. also when did I buy the tv?", "Yes please! where is my laptop?"]:
        assert read_answer(text, [WATCH]) == Answer(ProposalAction.CONFIRM, ("p4",), then_ask=True)
    # a question about the refund agreed to, or that takes the yes back, is no plain yes
    for text in ["yes. when will it arrive?", "yes. wait, which one is it?", "yes. no?"]:
        assert read_answer(text, [WATCH]) == Answer("other")
    # several waiting: the bare yes confirms none, and the model answers the question
    assert read_answer("yes. when did I buy the tv?", [WATCH, PHONES]) == Answer("other")


def test_yes_to_both_means_the_card_offered_now_and_the_one_still_waiting():
    both = Answer(ProposalAction.CONFIRM, ("p4", "p5"))
    assert read_answer("yes to both", [CASE], earlier=[WATCH]) == both
    assert read_answer("yes to both", [CASE], earlier=[WATCH, PHONES]) == Answer("ask")
    assert read_answer("yes", [CASE], earlier=[WATCH]) == Answer(ProposalAction.CONFIRM, ("p5",))


LEASH, BED, TREE = (
    _proposal(21, "Retractable Dog Leash"),
    _proposal(22, "Orthopedic Dog Bed"),
    _proposal(23, "Cat Tree Tower"),
)


def test_item_names_are_read_as_phrases_not_word_by_word():
    # "dog" alone fits the leash and the bed; "the dog bed" is the bed.
    assert read_answer("yes to the leash and the dog bed", [LEASH, BED, TREE]) == Answer(
        ProposalAction.CONFIRM, ("p21", "p22")
    )
    assert read_answer("yes, the dog one", [LEASH, BED]) == Answer("ask")


@pytest.mark.parametrize(
    "text", ["yes for the helmet, no for the bottle", "confirm the helmet but not the bottle"]
)
def test_a_yes_and_a_no_that_each_name_theirs_confirm_one_and_cancel_the_other(text):
    helmet, bottle = _proposal(31, "Bike Helmet"), _proposal(32, "Insulated Water Bottle")
    assert read_answer(text, [bottle, helmet]) == Answer(
        ProposalAction.CONFIRM, ("p31",), cancel=("p32",)
    )


@pytest.mark.parametrize(
    "text", ["ok but which one?", "yes, is it done?", "yes but not now", "yes, the watch, no"]
)
def test_an_answer_with_more_in_it_than_names_goes_to_the_model(text):
    assert read_answer(text, [WATCH, PHONES]) == Answer("other")


@pytest.mark.parametrize(
    ("text", "ids"),
    [("yes, the second one", ("p5",)), ("yes the first", ("p4",)), ("yes, the last one", ("p5",))],
)
def test_a_yes_to_the_nth_card_confirms_it_as_the_cards_are_listed(text, ids):
    assert read_answer(text, [WATCH, CASE]) == Answer(ProposalAction.CONFIRM, ids)
    assert read_answer("yes, the third one", [WATCH, CASE]) == Answer("other")


@pytest.mark.parametrize("text", ["yse", "yess", "yeh"])
def test_a_mistyped_yes_is_a_yes(text):
    assert classify(text) == "yes"
    assert read_answer(text, [WATCH]) == Answer(ProposalAction.CONFIRM, ("p4",))


def test_a_bare_yes_confirms_one_refund_only_when_nothing_puts_its_order_in_doubt():
    watch = _proposal(4, "Smart Watch Series 5")
    assert read_answer("yes", [watch]) == Answer(ProposalAction.CONFIRM, (watch.id,))
    # proposed beside another order mentioned, from words that named no order, or the rest
    # of a card of two whose other refund was decided by its button: asked, not confirmed
    laptop = OrderRef(order_id=1, item="Laptop Pro X1", amount="1299.99")
    assert read_answer("yes", [watch.with_(not_included=[laptop])]) == Answer("ask")
    assert read_answer("yes", [watch.with_(unnamed=True)]) == Answer("ask")
    assert read_answer("yes", [watch], alone=False) == Answer("ask")
    # naming it confirms it in every case
    named = read_answer("yes, the watch", [watch.with_(unnamed=True)], alone=False)
    assert named == Answer(ProposalAction.CONFIRM, (watch.id,))


def test_no_just_one_cancels_the_others_and_leaves_that_one_waiting():
    phones, watch = _proposal(2, "Wireless Headphones"), _proposal(4, "Smart Watch Series 5")
    assert read_answer("no just the watch", [phones, watch]) == Answer(
        ProposalAction.CANCEL, (phones.id,)
    )
    assert read_answer("no, the watch", [phones, watch]) == Answer("other")  # a correction


def test_a_yes_to_the_cheaper_one_picks_it_by_price():
    phones = _proposal(2, "Wireless Headphones").with_(amount="89.99")
    watch = _proposal(4, "Smart Watch Series 5").with_(amount="349.99")
    assert read_answer("yes but only the cheaper one", [phones, watch]) == Answer(
        ProposalAction.CONFIRM, (phones.id,), (watch.id,)
    )
    same = [phones, watch.with_(amount="89.99")]  # the same price: which is not said
    assert read_answer("yes, the cheaper one", same) == Answer("ask")


@pytest.mark.parametrize(
    "text",
    [
        "the case is fine",
        "case is ok",
        "yes the case is fine",
        "the watch is great, the case ok",
        "swap that for the tv please, the case is fine",
    ],
)
def test_praise_of_a_waiting_item_confirms_nothing(text):
    # "fine", "ok", "great" after a thing praise it: the customer keeps it
    assert read_answer(text, [WATCH, CASE]).kind == "other"
    assert read_answer(text, [CASE]).kind == "other"


@pytest.mark.parametrize(
    "text",
    [
        "watch is perfect, yes to the case",
        "yes to the case, the watch is fine",
        "hmm the watch is great actually, yes to the case",
    ],
)
def test_praise_beside_a_yes_keeps_the_praised_one(text):
    assert read_answer(text, [WATCH, CASE]) == Answer(ProposalAction.CONFIRM, ("p5",), ("p4",))


@pytest.mark.parametrize("text", ["fine, the case", "ok the case", "ok", "yes that is perfect"])
def test_an_agreement_before_the_thing_still_agrees(text):
    assert read_answer(text, [CASE]) == Answer(ProposalAction.CONFIRM, ("p5",))


@pytest.mark.parametrize(
    "text",
    [
        "yes but the watch",
        "yes to the watch and case?",  # a question is answered, not obeyed
        "great the case arrived",  # words beside an item that are no answer
        "sure, whatever the case",
    ],
)
def test_unclear_answers_go_to_the_model(text):
    assert read_answer(text, [WATCH, CASE]) == Answer("other")


@pytest.mark.parametrize(
    "text", ["yes to everything but the watch", "yes to all of them, but not the watch"]
)
def test_a_yes_to_all_but_one_confirms_the_rest_and_cancels_that_one(text):
    answer = read_answer(text, [WATCH, CASE, PHONES])
    assert answer == Answer(ProposalAction.CONFIRM, ("p2", "p5"), ("p4",))


def test_a_yes_naming_an_item_only_by_the_word_its_name_ends_in_is_asked_about():
    knife, sharpener = (
        _proposal(31, "Japanese Chef Knife"),
        _proposal(32, "Whetstone Knife Sharpener"),
    )
    assert read_answer("yes, the knife", [knife, sharpener]) == Answer("ask")
    assert read_answer("yes, the chef knife", [knife, sharpener]) == Answer(
        ProposalAction.CONFIRM, ("p31",)
    )


@pytest.mark.parametrize(
    "text", ["sure. oh and the headphones are perfect", "yes, the headphones are great"]
)
def test_praise_of_an_item_that_waits_for_nothing_leaves_the_yes(text):
    # the praised item has no card: the yes before it is the answer to the one waiting
    assert read_answer(text, [CASE]) == Answer(ProposalAction.CONFIRM, ("p5",))
    assert read_answer(text, [WATCH, CASE]) == Answer("ask")


BIKES = [
    (40, "Electric Mountain Bike"),
    (41, "Bike Light Set"),
    (42, "Bike Helmet MIPS"),
    (43, "Floor Pump"),
]


@pytest.mark.parametrize(
    "text", ["yes refund the bike", "yes, the bike", "ok do the bike", "yes to my bike"]
)
def test_a_name_that_fits_an_order_without_a_card_confirms_no_card(text):
    # "the bike" fits the light set's card, and the e-bike and the helmet, which have none:
    # the words are read against every order of the customer's, not the cards' alone
    lights = _proposal(41, "Bike Light Set")
    assert read_answer(text, [lights], owned=BIKES) == Answer("other")


def test_a_name_only_a_card_fits_still_confirms_it_among_the_customers_orders():
    lights, pump = _proposal(41, "Bike Light Set"), _proposal(43, "Floor Pump")
    for text, ids in [("yes, the lights", ("p41",)), ("yes to the pump", ("p43",))]:
        assert read_answer(text, [lights, pump], owned=BIKES) == Answer(ProposalAction.CONFIRM, ids)
    assert read_answer("yes, the bike one", [lights, pump], owned=BIKES) == Answer("other")


def test_each_place_named_in_the_list_is_confirmed():
    # "the first and the last" confirmed only the last before
    answer = read_answer("yes the first and the last", [PHONES, WATCH, CASE])
    assert answer == Answer(ProposalAction.CONFIRM, ("p2", "p5"))
    assert read_answer("yes the 1st and 2nd", [PHONES, WATCH, CASE]) == Answer(
        ProposalAction.CONFIRM, ("p2", "p4")
    )
    assert read_answer("yes the first and the third", [WATCH, CASE]) == Answer("other")


@pytest.mark.parametrize(
    ("text", "ids", "cancel"),
    [
        ("yes for the watch, no for the other", ("p4",), ("p5",)),
        ("no to the case, yes to the other one", ("p4",), ("p5",)),
        ("no to the case yes to the watch", ("p4",), ("p5",)),  # no comma between
        ("dont refund the case yes the watch", ("p4",), ("p5",)),
    ],
)
def test_the_other_one_is_the_card_the_rest_of_the_answer_does_not_name(text, ids, cancel):
    assert read_answer(text, [WATCH, CASE]) == Answer(ProposalAction.CONFIRM, ids, cancel)


def test_the_other_of_three_is_asked_about_and_the_others_are_the_rest():
    three = [PHONES, WATCH, CASE]
    assert read_answer("yes for the watch, no for the other", three) == Answer("other")
    assert read_answer("yes for the watch, no to the others", three) == Answer(
        ProposalAction.CONFIRM, ("p4",), ("p2", "p5")
    )
    assert read_answer("yes to the other cable", [WATCH, CASE]) == Answer("other")


@pytest.mark.parametrize(
    "text",
    [
        "yes to everything except the watch",
        "yes except the watch",
        "ok to all apart from the watch",
    ],
)
def test_a_yes_except_one_confirms_the_others_and_cancels_it(text):
    answer = read_answer(text, [PHONES, WATCH, CASE])
    assert answer == Answer(ProposalAction.CONFIRM, ("p2", "p5"), ("p4",))


def test_do_both_confirms_both_and_never_in_a_question():
    assert read_answer("do both", [WATCH, CASE]) == Answer(ProposalAction.CONFIRM, ("p4", "p5"))
    assert read_answer("do both?", [WATCH, CASE]) == Answer("other")
    assert read_answer("do both", [WATCH]) == Answer("ask")  # one card: which "both"?


@pytest.mark.parametrize(
    ("text", "ids", "cancel"),
    [
        ("yes to the watch", ("p4",), ()),
        ("yes to the watch and the case", ("p5", "p4"), ()),
        ("yes to the case, no to the watch", ("p5",), ("p4",)),
    ],
)
def test_a_name_confirms_a_refund_still_waiting_from_an_earlier_reply(text, ids, cancel):
    assert read_answer(text, [CASE], earlier=[WATCH]) == Answer(ProposalAction.CONFIRM, ids, cancel)
    # a bare yes still confirms only the card offered now
    assert read_answer("yes", [CASE], earlier=[WATCH]) == Answer(ProposalAction.CONFIRM, ("p5",))


def test_a_place_in_the_list_is_asked_about_when_the_customer_named_them_in_another_order():
    # the cards list the watch (order 4) first; the customer named the case first
    said = "refund the phone case and the watch"
    assert read_answer("yes the first one", [WATCH, CASE], proposed_from=said) == Answer("ask")
    assert read_answer("yes the watch", [WATCH, CASE], proposed_from=said) == Answer(
        ProposalAction.CONFIRM, ("p4",)
    )
    in_order = "refund the watch and the phone case"
    assert read_answer("yes the first one", [WATCH, CASE], proposed_from=in_order) == Answer(
        ProposalAction.CONFIRM, ("p4",)
    )


@pytest.mark.parametrize(
    ("text", "ids", "unasked"),
    [
        ("both", ("p4", "p5"), Answer(ProposalAction.CONFIRM, ("p4", "p5"))),
        # not asked which: a name alone is no yes
        ("the watch", ("p4",), Answer("other")),
        ("all of them", ("p4", "p5"), Answer(ProposalAction.CONFIRM, ("p4", "p5"))),
    ],
)
def test_names_alone_answer_which_ones(text, ids, unasked):
    # "Which ones should I refund?" presents the cards again as not named by the customer
    asked = [WATCH.with_(unnamed=True), CASE.with_(unnamed=True)]
    assert read_answer(text, asked) == Answer(ProposalAction.CONFIRM, ids)
    assert read_answer(text, [WATCH, CASE]) == unasked


@pytest.mark.parametrize(
    "text", ["thanks all", "all good", "all good for now", "that is all thanks", "each", "all done"]
)
@pytest.mark.parametrize("cards", [[WATCH], [WATCH, CASE]], ids=["one card", "two cards"])
def test_a_goodbye_with_all_in_it_confirms_no_card(text, cards):
    # "all" that is no count of the cards: the model answers, nothing is confirmed
    assert read_answer(text, cards) == Answer("other")


def test_keeping_both_after_a_yes_and_a_no_is_not_the_no_said_again():
    # "keep both" takes back the yes to the watch too: the model asks, nothing is confirmed
    said = "yes to the watch, not the case, keep both"
    assert read_answer(said, [WATCH, CASE]) == Answer("other")
    assert read_answer("yes to the watch, not the case, i'll keep that", [WATCH, CASE]) == (
        Answer(ProposalAction.CONFIRM, ("p4",), ("p5",))
    )


@pytest.mark.parametrize(
    ("text", "cards", "answer"),
    [
        ("both", [WATCH, CASE], Answer(ProposalAction.CONFIRM, ("p4", "p5"))),
        ("both of them please", [WATCH, CASE], Answer(ProposalAction.CONFIRM, ("p4", "p5"))),
        ("all of them", [PHONES, WATCH, CASE], Answer(ProposalAction.CONFIRM, ("p2", "p4", "p5"))),
        ("both", [PHONES, WATCH, CASE], Answer("ask")),  # which two of three is not said
        ("both?", [WATCH, CASE], Answer("other")),  # a question is answered, not obeyed
    ],
)
def test_the_count_of_the_cards_alone_says_yes_to_them(text, cards, answer):
    # "both" typed to two cards waiting agrees to both (it was left to the model, which
    # confirmed nothing); to three it does not say which two
    assert read_answer(text, cards) == answer


def test_only_in_a_yes_to_several_names_among_the_cards():
    # "the speakers" fits the Floorstanding Speakers too, which have no card: after "yes but
    # only" it picks among the cards offered, not among every order the customer has
    hifi = [(1, "Bookshelf Speakers Pair"), (2, "Floorstanding Speakers Pair"),
            (3, "Stereo Integrated Amplifier")]  # fmt: skip
    speakers, amp = _proposal(1, hifi[0][1]), _proposal(3, hifi[2][1])
    assert read_answer("yes but only the speakers", [speakers, amp], owned=hifi) == Answer(
        ProposalAction.CONFIRM, ("p1",), ("p3",)
    )
    assert read_answer("yes the speakers", [speakers, amp], owned=hifi) == Answer("other")
    pair = [speakers, _proposal(2, hifi[1][1])]
    assert read_answer("yes but only the speakers", pair, owned=hifi) == Answer("ask")
    lights = _proposal(41, "Bike Light Set")  # one card: "only" narrows nothing
    assert read_answer("yes, only the bike", [lights], owned=BIKES) == Answer("other")


@pytest.mark.parametrize("text", ["the watch arrived", "the watch is fine", "the other one"])
def test_words_beside_the_names_are_no_answer_to_which_ones(text):
    asked = [WATCH.with_(unnamed=True), CASE.with_(unnamed=True)]
    assert read_answer(text, asked).kind in ("other", "ask")


def test_keep_says_no_to_the_card_it_names():
    assert read_answer("yea the watch, keep the case", [WATCH, CASE]) == Answer(
        ProposalAction.CONFIRM, ("p4",), ("p5",)
    )
    # "I'll keep it" names no card: the yes after it is read as before
    assert read_answer("scrap the watch, I'll keep it. yes to the case", [WATCH, CASE]) == Answer(
        ProposalAction.CONFIRM, ("p5",)
    )


CARRY_ON, CHECKED = (
    _proposal(60, "Carry-On Spinner Suitcase"),
    _proposal(61, "Checked Spinner Suitcase"),
)
OWNED = [
    (60, "Carry-On Spinner Suitcase"),
    (61, "Checked Spinner Suitcase"),
    (62, "Travel Backpack 40L"),
]


@pytest.mark.parametrize(
    "text",
    [
        "yes except the checked one, ill get that repaired",
        "yes but not the checked one, i found a use for it",
        "yes to the carry-on, not the checked one, my wife wants it after all",
    ],
)
def test_an_explanation_after_the_no_leaves_the_answer_standing(text):
    answer = read_answer(text, [CARRY_ON, CHECKED], owned=OWNED)
    assert answer == Answer(ProposalAction.CONFIRM, ("p60",), cancel=("p61",))


@pytest.mark.parametrize(
    "text",
    [
        "yes except the checked one, refund the backpack instead",  # another request
        "yes except the checked one, and the backpack",  # names another order
        "yes except the checked one, wait actually",  # a change of mind
        "yes except the checked one, the rest can wait",  # "the rest"
        "yes except the checked one, cancel the other",  # another answer
        "yes except the checked one, which was cheaper",  # a question
        "yes except the checked one, order 62 too",  # an order id
    ],
)
def test_more_than_an_explanation_after_the_no_goes_to_the_model(text):
    assert read_answer(text, [CARRY_ON, CHECKED], owned=OWNED) == Answer("other")
