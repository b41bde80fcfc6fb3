"""A refund proposal must rest on the customer's own words, whatever model made it.

The refund tool asks `check_proposal` before recording any proposal. The customer's words must
ask for money back ("refund", "return", "my money back", typos tolerated; or a plain yes to
the assistant's offer of a refund), and the order's id, its item (fuzzy), a price or date that
picks it out, or "all" / "everything" must appear in the customer's message of this turn, in
the message whose question this one answers (when the assistant's reply to it asked
something: "Which order do you mean?"), or, for "refund it" / "the other one", in the last
few; a message that carries on ("and what about the TV?") may take its refund words from
the ones before, never its items. An order the customer only keeps or leaves out ("except the
phone case", "my laptop is fine") is not asked for; a question about an item ("where is my
phone case?") asks for no refund. An ungrounded proposal is dropped, logged and counted
(`model_errors_total{kind="ungrounded_proposal"}`); the model reads that it must ask instead,
and the reply's closing sentence (statement.py) says so to the customer.

`reason_for` keeps a model's reason only where it speaks of this order: clauses about another
of the customer's items are cut out.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from typing import Any

import asyncpg
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage

from services.chat_api.agent.consent import classify
from services.chat_api.agent.context import AgentContext
from services.chat_api.agent.order_words import CustomerOrder, ids_in
from services.chat_api.agent.wording import asks_for_refund, continues, read, refers_back
from services.chat_api.metrics import MODEL_ERRORS
from services.common.formats import MAX_NOTE_CHARS, order_label
from services.common.money import api_amount
from services.common.text import strip_invisible
from services.orderwords.items import item_index
from services.orderwords.reading import read_message
from services.orderwords.spelling import stem
from services.orderwords.tokens import tokenize
from workflows.vocabulary import NO_REASON

log = logging.getLogger(__name__)

UNGROUNDED = "ungrounded"
# How many earlier customer messages a message that points back ("refund it") may rest on.
BACK_TURNS = 3
# Where a reason splits into clauses: punctuation and joining words.
REASON_BREAKS = frozenset({".", "!", "?", ";", ",", "but", "though", "although", "however", "and"})


def customer_orders(rows: Iterable[asyncpg.Record]) -> list[CustomerOrder]:
    """The customer's order rows, as the words are read against them (by order id)."""
    return [
        CustomerOrder(r["order_id"], r["item"], r["price"], r["order_date"])
        for r in sorted(rows, key=lambda r: r["order_id"])
    ]


def _text(message: BaseMessage) -> str:
    """A message's words."""
    return str(message.text)


def _reply_to(messages: Sequence[BaseMessage], human: int) -> AIMessage | None:
    """The assistant's last written reply before the customer's message at `human`."""
    before = messages[:human]
    start = max((i for i, m in enumerate(before) if isinstance(m, HumanMessage)), default=-1)
    replies = [m for m in before[start + 1 :] if isinstance(m, AIMessage) and m.text]
    return replies[-1] if replies else None


def customer_words(messages: Sequence[BaseMessage]) -> list[str]:
    """The customer's messages a proposal of this turn may rest on, oldest first: this
    turn's; the ones before it while the assistant's reply to each asked a question (an
    answer to "Which order?", even after a "yes" that answered nothing); the last few when
    this one points back at them ("refund it", "what about the other one?")."""
    humans = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    if not humans:
        return []
    this = _text(messages[humans[-1]])
    earlier = humans[:-1]
    if refers_back(this):
        return [_text(messages[i]) for i in earlier[-BACK_TURNS:]] + [this]
    said = [this]
    for n in range(len(humans) - 1, max(0, len(humans) - 1 - BACK_TURNS), -1):
        reply = _reply_to(messages, humans[n])
        if reply is None or "?" not in _text(reply):
            break
        said.insert(0, _text(messages[humans[n - 1]]))
    return said


def shown_before(messages: Sequence[BaseMessage]) -> list[int]:
    """The orders the reply before the customer's latest message listed, in its order (for
    "the second one")."""
    humans = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    reply = _reply_to(messages, humans[-1]) if humans else None
    return ids_in(_text(reply)) if reply is not None else []


def accepted_offer(messages: Sequence[BaseMessage]) -> bool:
    """Whether this turn's message is a plain yes to the assistant's offer of a refund
    ("Would you like a refund?" - "yes please")."""
    humans = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    if not humans or classify(_text(messages[humans[-1]])) != "yes":
        return False
    before = messages[humans[-2] + 1 : humans[-1]] if len(humans) > 1 else messages[: humans[-1]]
    reply = next((m for m in reversed(before) if isinstance(m, AIMessage) and m.text), None)
    return reply is not None and "?" in _text(reply) and asks_for_refund(_text(reply))


def asked_for(
    messages: Sequence[BaseMessage],
    order_id: int,
    orders: Sequence[CustomerOrder],
    today: dt.date,
) -> bool:
    """Whether the customer's words ask for a refund (or accept one offered) and name this
    order: the check every proposal passes, whatever model made it. A yes to an offer takes
    the order the customer asked about ("where is my watch?" - "would you like a refund for
    it?" - "yes")."""
    said = customer_words(messages)
    offer = accepted_offer(messages)
    wanted = offer or any(asks_for_refund(text) for text in _intent_words(messages, said))
    shown = shown_before(messages)
    named = read(said, orders, today, shown, shown if _asked_which(messages) else ())
    return wanted and (named.grounds(order_id) or (offer and order_id in named.asked))


def _asked_which(messages: Sequence[BaseMessage]) -> bool:
    """Whether the reply before the customer's latest message asked which of its orders
    ("Which one do you mean?"), not only whether to go ahead with one."""
    humans = [i for i, m in enumerate(messages) if isinstance(m, HumanMessage)]
    reply = _reply_to(messages, humans[-1]) if humans else None
    if reply is None or "?" not in _text(reply):
        return False
    return any(t.norm == "which" for t in tokenize(_text(reply).lower()))


def named_in_latest(
    state: Any, order_id: int, orders: Sequence[CustomerOrder], today: dt.date
) -> bool:
    """Whether the customer's latest message names this order by itself (its item, id, price,
    date or place in the list just shown), not only by pointing back ("refund it"): a
    proposal it does not name is confirmed by its button or its name, never a bare yes."""
    messages = state.get("messages", []) if isinstance(state, dict) else []
    latest = next((m for m in reversed(messages) if isinstance(m, HumanMessage)), None)
    if latest is None:
        return False
    return order_id in read([_text(latest)], orders, today, shown_before(messages)).named


def _intent_words(messages: Sequence[BaseMessage], said: list[str]) -> list[str]:
    """The messages whose refund words count: those a proposal may rest on, and the last few
    when this one carries on from them ("and what about the TV?" after a refund)."""
    if not said or not continues(said[-1]):
        return said
    humans = [_text(m) for m in messages if isinstance(m, HumanMessage)]
    return [*humans[-BACK_TURNS - 1 : -1], *said]


def ungrounded_result(row: asyncpg.Record) -> dict[str, Any]:
    """What the model reads when its proposal is dropped."""
    what = order_label(row["order_id"], row["item"], row["price"])
    return {
        "order_id": row["order_id"],
        "item": row["item"],
        "price": api_amount(row["price"]),
        "error": UNGROUNDED,
        "message": f"Nothing was proposed: the customer did not ask for a refund of {what} in"
        " their message. Never propose a refund the customer did not ask for; if you are not"
        " sure which order they mean, ask them.",
    }


def check_proposal(
    ctx: AgentContext, state: Any, row: asyncpg.Record, rows: Sequence[asyncpg.Record]
) -> tuple[dict[str, Any] | None, list[CustomerOrder]]:
    """None when the customer's words ground a proposal for this order (`row`, one of the
    customer's orders `rows`), else the tool result that drops it (logged and counted); with
    the customer's orders, for the reason."""
    messages = state.get("messages", []) if isinstance(state, dict) else []
    orders = customer_orders(rows)
    if asked_for(messages, row["order_id"], orders, ctx.clock().date()):
        return None, orders
    log.warning(
        "dropped a refund proposal the customer did not ask for",
        extra={"customer_id": ctx.customer_id, "order_id": row["order_id"]},
    )
    MODEL_ERRORS.labels(kind="ungrounded_proposal").inc()
    return ungrounded_result(row), orders


def _reason_clauses(text: str) -> list[str]:
    """A reason cut at its punctuation and at "and", "but" and the like, as written."""
    parts: list[str] = []
    start: int | None = None
    end = 0
    for token in tokenize(text):
        if token.norm in REASON_BREAKS and (token.kind == "mark" or token.norm.isalpha()):
            if start is not None:
                parts.append(text[start:end])
            start = None
            continue
        start = token.start if start is None else start
        end = token.end
    if start is not None:
        parts.append(text[start:end])
    return [p.strip(" -") for p in parts if p.strip(" -")]


def _stretch_about(part: str, order_id: int, orders: Sequence[CustomerOrder]) -> str:
    """Of words about several items with no mark between them, the stretch from this order's
    item word to the next other item's word (linear in the words)."""
    index = item_index(tuple((o.order_id, o.item) for o in orders))
    start: int | None = None
    end = len(part)
    for token in tokenize(part):
        if token.kind != "word":
            continue
        ids = index.naming(stem(token.norm)).strong
        if not ids:
            continue
        if order_id in ids and start is None:
            start = token.start
        elif order_id not in ids and start is not None:
            end = token.start
            break
    return part[start:end].strip(" ,-") if start is not None else part


def _describing_words_only(part: str, orders: Sequence[CustomerOrder]) -> bool:
    """ "2 of the 8 arms came bent" beside a Swing Arm Wall Lamp, "my dog broke a post" beside
    a Dog Bed: the words that fit another item fit it only as words describing it, never as
    the word naming its kind; they speak of a part of this order or of the customer's own
    thing, and the clause stays this order's reason."""
    index = item_index(tuple((o.order_id, o.item) for o in orders))
    clauses = read_message(part, index.vocabulary).clauses
    return index.only_describes([m for c in clauses for m in c.refs.mentions])


def reason_for(reason: str, order_id: int, orders: Sequence[CustomerOrder], today: dt.date) -> str:
    """The model's reason, cleaned, without the clauses that speak of another of the
    customer's orders (and not of this one); "No reason given" when nothing is left."""
    text = " ".join(strip_invisible(reason).split())
    parts = _reason_clauses(text)
    kept = []
    for part in parts:
        named = read([part], orders, today).mentioned()
        if named and order_id not in named and not _describing_words_only(part, orders):
            continue  # about another item: it is not this order's reason
        if len(named) > 1:  # "tv works good headphones one ear dead": this order's stretch
            part = _stretch_about(part, order_id, orders)
        kept.append(part)
    cleaned = text if kept == parts else ", ".join(kept)  # nothing cut: as it was
    return cleaned[:MAX_NOTE_CHARS] or NO_REASON
