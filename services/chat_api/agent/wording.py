"""What a stretch of a customer's words asks for, read by the application: which of their
orders it names, and whether it asks for money back at all.

The words are read with the same neutral reading the offline model uses (services/orderwords:
one tokenizer, one set of cue phrases, one clause splitter, one item matcher), but the
decisions here are the application's own (order_words.py), made without any model's: an
order is named when a clause of the customer's names it and does not keep, leave out or take
it back. grounding.py decides with it whether a proposal rests on the customer's words.
Linear in the text's length, like the reading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from services.chat_api.agent.order_words import CustomerOrder, Named, read_one
from services.orderwords.lexicon import Cue
from services.orderwords.orders import OrderBook, by_when_only
from services.orderwords.pieces import to_pieces
from services.orderwords.reading import read_message
from services.orderwords.tokens import normalize, tokenize

__all__ = ["CustomerOrder", "Named", "asks_for_refund", "continues", "read", "refers_back"]

# Cue phrases that ask for money back (typos of the words are read as them).
REFUND_CUES = frozenset({Cue.REFUND, Cue.RETURN, Cue.CANCEL, Cue.ELIGIBLE})
# The same in a few other languages (compared as lower-case substrings).
OTHER_LANGUAGES = (
    "reembols", "devol", "rembours", "rückerstatt", "erstatt", "geld zurück", "rimbors",
    "restitu", "terugbetal", "zwrot", "estorno", "iade", "возврат", "верн", "返金", "退款",
    "退货", "환불",
)  # fmt: skip


def read(
    texts: Iterable[str],
    orders: Sequence[CustomerOrder],
    today: dt.date,
    shown: Sequence[int] = (),
    answering: Sequence[int] = (),
) -> Named:
    """What the customer's texts name among their orders, oldest first: what a later text
    says of an order wins over an earlier one. `shown` is the list of orders the reply
    before the latest text showed, for "the second one"; `answering`, the orders a question
    of that reply listed ("Which one do you mean?"): the latest text's words that fit several
    orders are read among them first ("the cable" of a charging cable and a charging pad)."""
    book = OrderBook(orders, today)
    result = Named()
    texts = list(texts)
    named_one: list[int] = []  # the order each earlier text named, oldest first
    one_each = True  # every earlier text that named orders named one
    for n, text in enumerate(texts):
        last = n == len(texts) - 1
        among = answering if last else ()
        counted = _counted_over(text, shown, named_one) if last and one_each else shown
        said = read_one(text, book, counted, result.named, result.mentioned(), among, result.fitted)
        result = result.then(said)
        ids = said.mentioned()
        one_each = one_each and len(ids) < 2
        named_one.extend(i for i in ids if i not in named_one)
    return result


def _counted_over(text: str, shown: Sequence[int], named_one: list[int]) -> Sequence[int]:
    """The list an ordinal of `text` counts over: the one the reply before showed, or, for
    "the first one i asked about" when that reply showed fewer than two, the orders the
    customer's earlier texts named, one each, oldest first."""
    if len(shown) > 1 or len(named_one) < 2:
        return shown
    if any(c.refs.ordinal_of_mentioned for c in read_message(text).clauses):
        return named_one
    return shown


def asks_for_refund(text: str) -> bool:
    """Whether the words ask for money back at all: "refund", "return", "my money back",
    "send it back", "cancel", "refundable" (typos tolerated), or the same in a few other
    languages."""
    pieces = to_pieces(tokenize(normalize(text)))
    if any(p.cue in REFUND_CUES for p in pieces):
        return True
    lowered = text.lower()
    return any(word in lowered for word in OTHER_LANGUAGES)


def continues(text: str) -> bool:
    """Whether a message carries on from the one before ("and the TV?", "what about the
    watch?", "the laptop too"), or corrects it ("oh my bad, it's the monitor I meant"): its
    refund words may come from the messages before, never its items."""
    clauses = read_message(text).clauses
    return any(c.follow_up or c.correction or c.instead for c in clauses)


def refers_back(text: str) -> bool:
    """Whether a message points back at orders named before ("refund it", "the other one",
    "make that the watch instead", "the cheaper one", "the one from last week")."""
    for clause in read_message(text).clauses:
        refs = clause.refs
        if refs.pronoun or refs.demonstrative or refs.other or refs.both or clause.instead:
            return True
        if refs.ordinal_of_mentioned:  # "the first one i asked about"
            return True
        if refs.comparative and len(refs.mentions) < 2:  # "the cheaper one" of those before
            return True
        if by_when_only(refs) and not refs.every:  # "the one from last week" of those before
            return True
    return False
