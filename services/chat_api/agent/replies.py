"""The offline model's sentences, written from tool results (JSON dicts the tools return)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from services.common.formats import long_date
from services.common.money import display_amount
from workflows.vocabulary import STATUS_PHRASES

NO_REASON = "No reason given"

CAPABILITIES = (
    'I can list your orders ("what did I order?"), look one up ("where is order 4?"),'
    ' propose a refund for you to confirm ("I want a refund for my headphones, they broke")'
    ' and check how a refund is doing ("is my refund done yet?").'
)
# What the offline model is, said plainly to the customer and in GET /api/info.
OFFLINE_NOTE = (
    "This demo runs an offline assistant that understands simple English requests about your"
    " orders and refunds. To use a real language model, set OPENAI_API_KEY (and LLM_MODEL, or"
    " OPENAI_BASE_URL for any OpenAI-compatible server) and restart."
)
GREETING = "Hello! " + CAPABILITIES + " What can I do for you?"
THANKS = "You're welcome! Is there anything else I can help you with?"
BYE = "Thanks for chatting with us. Goodbye!"
UNKNOWN = "I'm not sure I understood that. " + CAPABILITIES
APPROVE = (
    "I can't approve or reject refunds: every refund above our automatic limit is reviewed by"
    " a member of our staff, and you'll see their decision here in the chat as soon as they"
    " make it. I can request a refund for one of your orders or check how a refund is doing."
)
WHICH_ORDER = (
    'Which order do you mean? Tell me its number (for example "order 4" or "#4") or the'
    " item's name."
)
NOTHING_TO_CONFIRM = (
    "There is nothing waiting for your confirmation right now. What would you like me to do?"
    ' For example: "refund my headphones, they broke".'
)
NOTHING_DONE = "All right, I won't do anything. Is there anything else I can help you with?"
ONLY_YOURS = (
    "I can only help with your own orders, and only for you: I can't act on anyone else's"
    " account. Tell me which of your orders you mean."
)
NOTHING_TO_REFUND = "There is nothing left to refund among those orders."


def _date(value: str | None) -> str:
    """An ISO date as "November 24, 2026"."""
    if not value:
        return ""
    return long_date(dt.datetime.fromisoformat(value))


def label(order: dict[str, Any]) -> str:
    """ "order 2 (Wireless Headphones, $89.99)" """
    return f"order {order['order_id']} ({order['item']}, {display_amount(Decimal(order['price']))})"


def orders_list(result: dict[str, Any]) -> str:
    """Every order with its price, date and state."""
    orders = result.get("orders") or []
    if not orders:
        return "You have no orders with us yet."
    lines = [
        f"- Order {o['order_id']}: {o['item']}, {display_amount(Decimal(o['price']))},"
        f" ordered on {_date(o['order_date'])} — {STATUS_PHRASES.get(o['status'], o['status'])}"
        for o in orders
    ]
    return "Here are your orders:\n" + "\n".join(lines)


def _problem(result: dict[str, Any], doing: str) -> str | None:
    """The sentence for a tool error, or None when the result is good."""
    error = result.get("error")
    oid = result.get("order_id")
    which = f"order {oid}" if oid is not None else "that order"
    if error == "not_found":
        return f"I couldn't find {which} among your orders, so I {doing}."
    if error == "unavailable":
        return (
            f"Our refund system isn't answering right now, so I couldn't finish the refund for"
            f" {which}. Nothing was paid twice; please ask me again in a minute."
        )
    if error:
        return f"Something went wrong while I was handling {which}; please try again."
    return None


def lookup(result: dict[str, Any]) -> str:
    """One or more orders looked up."""
    problem = _problem(result, "can't tell you anything about it")
    if problem:
        return problem
    return " ".join(
        f"Order {o['order_id']} is your {o['item']} ({display_amount(Decimal(o['price']))}),"
        f" ordered on {_date(o['order_date'])}: {STATUS_PHRASES.get(o['status'], o['status'])}."
        for o in result.get("orders") or []
    )


def _cap(text: str) -> str:
    """The text with a capital first letter (the rest untouched)."""
    return text[:1].upper() + text[1:]


def _proposal(result: dict[str, Any]) -> str:
    """A proposal put to the customer: order, amount, paid at once or reviewed, reason."""
    how = (
        "because of its amount, a member of our staff will review it before it is paid"
        if result.get("review")
        else "it will be paid at once"
    )
    reason = str(result.get("reason") or "").strip()
    said = f" Reason: {reason.rstrip('.')}." if reason and reason != NO_REASON else ""
    return f"I can refund {label(result)}; {how}.{said}"


ASK_CONFIRM = 'Shall I go ahead? Press Confirm or reply "yes".'
ASK_CONFIRM_MANY = 'Shall I go ahead? Press Confirm on each, or reply "yes" for all of them.'


def _not_refundable(result: dict[str, Any]) -> str:
    """Why an order with a refund already requested or decided is not proposed."""
    state = result.get("status")
    if state == "REFUNDED":
        return f"{_cap(label(result))} was already refunded, so there is nothing to pay again."
    if state == "PENDING_REFUND":
        return f"The refund for {label(result)} is already waiting for review by our staff."
    if state == "REFUND_REJECTED":
        return (
            f"The refund for {label(result)} was already reviewed and not approved, so I can't"
            " request another one."
        )
    return f"I can't refund {label(result)}."


def refunds(results: list[dict[str, Any]]) -> str:
    """The reply to one turn's `request_refund` results: proposals first, then the rest."""
    proposals = [r for r in results if r.get("proposal_id") is not None and not r.get("error")]
    others = [refund(r) for r in results if r not in proposals]
    said = [_proposal(p) for p in proposals]
    if proposals:
        said.append(ASK_CONFIRM_MANY if len(proposals) > 1 else ASK_CONFIRM)
    return " ".join([*said, *others])


def refund(result: dict[str, Any]) -> str:
    """One `request_refund` result: a proposal, a refusal, or (directly run) an outcome."""
    if result.get("error") == "not_refundable":
        return _not_refundable(result)
    problem = _problem(result, "didn't request a refund for it")
    if problem:
        return problem
    if result.get("proposal_id") is not None:
        return _proposal(result) + " " + ASK_CONFIRM
    outcome = result.get("outcome")
    if outcome == "refunded":
        return (
            f"Done: the refund of {display_amount(Decimal(result['price']))} for"
            f" order {result['order_id']} ({result['item']}) has been paid."
        )
    if outcome == "pending_review":
        return (
            f"I've requested the refund for {label(result)}. Because of its amount, a member of"
            " our staff will review it; you'll see their decision here in the chat."
        )
    if outcome == "rejected":
        return f"The refund for {label(result)} was already reviewed and not approved."
    message = result.get("message")
    return str(message) if message else f"I couldn't complete the refund for {label(result)}."


def status(result: dict[str, Any]) -> str:
    """A refund's state, a pending proposal again, or an offer to request one."""
    problem = _problem(result, "can't check its refund")
    if problem:
        return problem
    if isinstance(result.get("proposal"), dict):
        return "Not yet: it waits for your confirmation. " + refund(result["proposal"])
    state = result.get("status")
    if state == "PURCHASED":
        return (
            f"No refund has been requested for {label(result)}. Would you like me to request one?"
        )
    if state == "PENDING_REFUND":
        since = _date(result.get("requested_at"))
        return (
            f"The refund for {label(result)} is waiting for review by our staff"
            + (f" (requested on {since})" if since else "")
            + ". You'll see their decision here."
        )
    if state == "REFUNDED":
        when = _date(result.get("decided_at") or result.get("requested_at"))
        return f"Yes, the refund for {label(result)} is done: the money has been paid back" + (
            f" (on {when})." if when else "."
        )
    if state == "REFUND_FAILED":
        return (
            f"The refund for {label(result)} failed because of a problem on our side; nothing"
            " was paid. Would you like me to request it again?"
        )
    if result.get("decision") == "timed_out":
        return f"The refund for {label(result)} was not approved: its review window closed."
    return f"The refund for {label(result)} was reviewed by our staff and not approved."


def refunds_overview(result: dict[str, Any]) -> str:
    """For "is my refund done?" when no order was discussed: every order with a refund."""
    with_refund = [o for o in result.get("orders") or [] if o["status"] != "PURCHASED"]
    if not with_refund:
        return (
            "You have no refunds yet. If you'd like one, tell me which order (for example"
            ' "refund order 4") and why.'
        )
    return " ".join(status(o) for o in with_refund)


def ambiguous(orders: Iterable[dict[str, Any]]) -> str:
    """Several orders match: asks which one, listing them."""
    choices = "; ".join(label(o) for o in orders)
    return f"More than one of your orders matches that: {choices}. Which one do you mean?"


def no_match(listed: dict[str, Any]) -> str:
    """Nothing matches: asks which order, listing them."""
    orders = listed.get("orders") or []
    if not orders:
        return "I couldn't find that order: you have no orders with us yet."
    names = "; ".join(label(o) for o in orders)
    return (
        "I couldn't find an order like that among yours. Which order do you mean? Your orders"
        f" are: {names}."
    )


def which_order(listed: dict[str, Any] | None, doing: str = "") -> str:
    """Asks which order a request means, listing the customer's orders."""
    orders = (listed or {}).get("orders") or []
    if not orders:
        return WHICH_ORDER
    names = "; ".join(label(o) for o in orders)
    return f"Which order do you mean{doing}? Your orders are: {names}."


def called_off(excluded: list[dict[str, Any]]) -> str:
    """The answer to "don't refund the laptop" / "never mind": nothing is requested."""
    if excluded:
        names = " or ".join(label(o) for o in excluded)
        return f"All right, I won't request a refund for {names}. Nothing has been changed."
    return "All right, I won't request any refund. Nothing has been changed."


def cancel(result: dict[str, Any]) -> str:
    """ "Cancel my order": a delivered order can't be cancelled, but it can be refunded."""
    problem = _problem(result, "can't cancel it")
    if problem:
        return problem
    said: list[str] = []
    for o in result.get("orders") or []:
        if o["status"] == "PURCHASED":
            said.append(
                f"{_cap(label(o))} was already delivered on {_date(o['order_date'])}, so"
                " it can't be cancelled any more, but I can refund it instead."
                " Would you like me to request a refund?"
            )
        else:
            phrase = STATUS_PHRASES.get(o["status"], o["status"])
            said.append(f"{_cap(label(o))} can't be cancelled: {phrase}.")
    return " ".join(said)


def prices(orders: list[dict[str, Any]]) -> str:
    """ "How much did I pay for the TV?" """
    return " ".join(
        f"You paid {display_amount(Decimal(o['price']))} for order {o['order_id']}"
        f" ({o['item']}), ordered on {_date(o['order_date'])}."
        for o in orders
    )


def filtered(listed: dict[str, Any], direction: str, amount: Decimal) -> str:
    """ "Is there anything I bought over $1000?" answered from the customer's orders."""
    orders = listed.get("orders") or []
    above = direction == "over"
    found = [o for o in orders if (Decimal(o["price"]) > amount) == above]
    limit = display_amount(amount)
    if not found:
        return f"None of your orders cost {'more' if above else 'less'} than {limit}."
    names = "; ".join(label(o) for o in found)
    return f"Your orders {'over' if above else 'under'} {limit}: {names}."
