"""The offline model's sentences, written from tool results (JSON dicts the tools return)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from services.common.money import display_amount

CAPABILITIES = (
    'I can list your orders ("what did I order?"), look one up ("where is order 4?"),'
    ' request a refund ("I want a refund for my headphones, they broke") and check how a'
    ' refund is doing ("is my refund done yet?").'
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


def _date(value: str | None) -> str:
    if not value:
        return ""
    return dt.datetime.fromisoformat(value).strftime("%B %-d, %Y")


def label(order: dict[str, Any]) -> str:
    """ "order 2 (Wireless Headphones, $89.99)" """
    return f"order {order['order_id']} ({order['item']}, {display_amount(Decimal(order['price']))})"


STATUS_PHRASE = {
    "PURCHASED": "purchased, with no refund requested",
    "PENDING_REFUND": "its refund is waiting for review by our staff",
    "REFUNDED": "refunded",
    "REFUND_REJECTED": "its refund was not approved",
}


def orders_list(result: dict[str, Any]) -> str:
    orders = result.get("orders") or []
    if not orders:
        return "You have no orders with us yet."
    lines = [
        f"- Order {o['order_id']}: {o['item']}, {display_amount(Decimal(o['price']))},"
        f" ordered on {_date(o['order_date'])} — {STATUS_PHRASE.get(o['status'], o['status'])}"
        for o in orders
    ]
    return "Here are your orders:\n" + "\n".join(lines)


def _problem(result: dict[str, Any], doing: str) -> str | None:
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
    problem = _problem(result, "can't tell you anything about it")
    if problem:
        return problem
    return " ".join(
        f"Order {o['order_id']} is your {o['item']} ({display_amount(Decimal(o['price']))}),"
        f" ordered on {_date(o['order_date'])}: {STATUS_PHRASE.get(o['status'], o['status'])}."
        for o in result.get("orders") or []
    )


def proposal(result: dict[str, Any]) -> str:
    """The refund tool's proposal, put to the customer; nothing is refunded until they agree."""
    how = (
        "a member of our staff will review it before it is paid"
        if result.get("review")
        else "it will be paid at once"
    )
    reason = result.get("reason") or "No reason given"
    return (
        f"I can refund {label(result)}; {how}. Reason: {reason}. Shall I go ahead?"
        ' Press Confirm or reply "yes".'
    )


def not_refundable(result: dict[str, Any]) -> str:
    """Asked to refund an order whose refund was already requested or decided."""
    state = result.get("status")
    if state == "REFUNDED":
        return (
            f"{label(result).capitalize()} was already refunded, so there is nothing to pay again."
        )
    if state == "PENDING_REFUND":
        return (
            f"The refund for {label(result)} was already requested and is waiting for review by"
            " our staff. You'll see their decision here."
        )
    return f"The refund for {label(result)} was already reviewed and not approved."


def refund(result: dict[str, Any]) -> str:
    if result.get("proposal_id"):
        return proposal(result)
    if result.get("error") == "not_refundable":
        return not_refundable(result)
    problem = _problem(result, "didn't request a refund for it")
    if problem:
        return problem
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
    return f"The refund for {label(result)} was already reviewed and not approved."


def status(result: dict[str, Any]) -> str:
    problem = _problem(result, "can't check its refund")
    if problem:
        return problem
    if isinstance(result.get("proposal"), dict):
        return "Not yet: it waits for your confirmation. " + proposal(result["proposal"])
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
    choices = "; ".join(label(o) for o in orders)
    return f"More than one of your orders matches that: {choices}. Which one do you mean?"


def no_match(listed: dict[str, Any]) -> str:
    orders = listed.get("orders") or []
    if not orders:
        return "I couldn't find that order: you have no orders with us yet."
    names = "; ".join(label(o) for o in orders)
    return f"I couldn't find an order like that among yours. Your orders are: {names}."
