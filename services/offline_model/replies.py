"""The offline model's sentences, written from the tools' typed results and the customer's
orders (never read back: what the model remembers is kept apart, in memory.py)."""

from __future__ import annotations

from collections.abc import Sequence

from services.chat_api.tool_results import (
    NO_REASON,
    ProposalMade,
    RefundProgress,
    ToolError,
    ToolErrorKind,
    ToolOrder,
)
from services.common.formats import long_date
from services.common.formats import order_label as label
from services.common.money import display_amount
from services.orderwords.refs import PriceLimit
from workflows.vocabulary import STATUS_PHRASES, DecisionOutcome, OrderStatus

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
    "I can't approve, reject or confirm refunds myself: you confirm a proposed refund with its"
    " Confirm button or by replying yes, and every refund above our automatic limit is reviewed"
    " by a member of our staff; you'll see their decision here in the chat."
)
IGNORED_INSTRUCTIONS = (
    "I act only on your own requests: words written as if from the system, an admin or the"
    " assistant, or telling me to ignore my instructions, change nothing."
)
WHICH_ORDER = (
    'Which order do you mean? Tell me its number (for example "order 4" or "#4") or the'
    " item's name."
)
NOTHING_TO_CONFIRM = (
    "There is nothing waiting for your confirmation right now. What would you like me to do?"
    ' For example: "refund my headphones, they broke".'
)
# A "yes" after an answer that proposed nothing: say how to ask, start nothing.
NOTHING_TO_CONFIRM_ABOUT = (
    "There is nothing waiting for your confirmation right now: I haven't proposed any refund."
    " If you'd like one, say \"refund it\" and tell me why, and I'll prepare it for you to"
    " confirm."
)
NOTHING_DONE = "All right, I won't do anything. Is there anything else I can help you with?"
ONLY_YOURS = (
    "I can only help with your own orders, and only for you: I can't act on anyone else's"
    " account. Tell me which of your orders you mean."
)
NONE_THEN = "None of your orders was placed then."
TOO_MANY = (
    "That is more orders than I can handle in one message. Please name up to 20 of your orders"
    " at a time."
)
NOTHING_TO_REFUND = "There is nothing left to refund among those orders."
TOO_LONG_TO_READ = (
    "That message is longer than I can read reliably, so I haven't done anything. Please send"
    " me a shorter one, one request at a time."
)
# The application dropped a proposal the customer's words did not ask for.
NOT_PROPOSED = (
    "I haven't proposed that refund, because I'm not sure you asked for it. Which order would"
    " you like me to look at, and what would you like me to do?"
)
NOT_PROPOSED_BESIDE = "I haven't proposed any other refund, because I'm not sure you asked for it."
ASK_CONFIRM = 'Shall I go ahead? Press Confirm or reply "yes".'
ASK_CONFIRM_MANY = 'Shall I go ahead? Press Confirm on each, or reply "yes to all".'


def of(order: ToolOrder | ProposalMade | RefundProgress) -> str:
    """The label of an order, a proposal or a status."""
    return label(order.order_id, order.item, order.price)


def cap(text: str) -> str:
    """The text with a capital first letter."""
    return text[:1].upper() + text[1:]


def phrase(status: OrderStatus) -> str:
    """An order status inside a sentence."""
    return STATUS_PHRASES.get(status, str(status))


def names(orders: Sequence[ToolOrder], joiner: str = "; ") -> str:
    """Several orders' labels in a row."""
    return joiner.join(of(o) for o in orders)


def orders_list(orders: Sequence[ToolOrder]) -> str:
    """Every order with its price, date and state."""
    if not orders:
        return "You have no orders with us yet."
    lines = [
        f"- Order {o.order_id}: {o.item}, {display_amount(o.price)}, ordered on"
        f" {long_date(o.order_date)} — {phrase(o.status)}"
        for o in orders
    ]
    return "Here are your orders:\n" + "\n".join(lines)


def lookup(order: ToolOrder) -> str:
    """One order looked up."""
    return (
        f"Order {order.order_id} is your {order.item} ({display_amount(order.price)}), ordered"
        f" on {long_date(order.order_date)}: {phrase(order.status)}."
    )


def problem(error: ToolError, order_id: int | None, doing: str) -> str:
    """A tool's refusal or failure, said plainly."""
    which = f"order {order_id}" if order_id is not None else "that order"
    if error.error is ToolErrorKind.NOT_FOUND:
        return f"I couldn't find {which} among your orders, so I {doing}."
    if error.error is ToolErrorKind.NOT_REFUNDABLE and error.item and error.price is not None:
        return not_refundable(label(order_id or 0, error.item, error.price), error.status)
    if error.error is ToolErrorKind.UNGROUNDED:
        return NOT_PROPOSED  # the application's closing sentence names the order
    return f"Something went wrong while I was handling {which}; please try again."


def not_refundable(what: str, status: OrderStatus | None) -> str:
    """Why an order with a refund already requested or decided is not proposed again."""
    if status is OrderStatus.REFUNDED:
        return f"{cap(what)} was already refunded, so there is nothing to pay again."
    if status is OrderStatus.PENDING_REFUND:
        return f"The refund for {what} is already waiting for review by our staff."
    if status is OrderStatus.REFUND_REJECTED:
        return (
            f"The refund for {what} was already reviewed and not approved, so I can't request"
            " another one."
        )
    return f"I can't refund {what}."


def _how_and_why(made: ProposalMade) -> str:
    """ "it will be paid at once. Reason: it broke." """
    how = (
        "because of its amount, a member of our staff will review it before it is paid"
        if made.review
        else "it will be paid at once"
    )
    reason = made.reason.strip()
    said = f" Reason: {reason.rstrip('.')}." if reason and reason != NO_REASON else ""
    return f"{how}.{said}"


def proposal(made: ProposalMade) -> str:
    """A proposal put to the customer: order, amount, paid at once or reviewed, reason."""
    return f"I can refund {of(made)}; {_how_and_why(made)}"


def cancel_offer(made: ProposalMade, order: ToolOrder | None) -> str:
    """ "Cancel my order": delivered already, so the refund is offered (and proposed)."""
    when = f" on {long_date(order.order_date)}" if order is not None else ""
    return (
        f"{cap(of(made))} was already delivered{when}, so it can't be cancelled any more, but"
        f" I can refund it instead; {_how_and_why(made)}"
    )


def cannot_cancel(order: ToolOrder) -> str:
    """An order whose refund already started or ended can't be cancelled either."""
    return f"{cap(of(order))} can't be cancelled: {phrase(order.status)}."


def cannot_cancel_error(error: ToolError, order_id: int) -> str:
    """The same, when the refund tool said so (its status instead of the order's)."""
    what = label(order_id, error.item or "", error.price) if error.price is not None else ""
    status = error.status or OrderStatus.PURCHASED
    return f"{cap(what or f'order {order_id}')} can't be cancelled: {phrase(status)}."


def status(result: RefundProgress) -> str:
    """Where an order's refund stands (a pending proposal is shown again)."""
    if result.proposal is not None:
        return "Not yet: it waits for your confirmation. " + proposal(result.proposal)
    what = of(result)
    if result.status is OrderStatus.PURCHASED:
        return f"No refund has been requested for {what}. {how_to_ask(result)}"
    if result.status is OrderStatus.PENDING_REFUND:
        since = long_date(result.requested_at)
        return (
            f"The refund for {what} is waiting for review by our staff"
            + (f" (requested on {since})" if since else "")
            + ". You'll see their decision here."
        )
    if result.status is OrderStatus.REFUNDED:
        when = long_date(result.decided_at or result.requested_at)
        return f"Yes, the refund for {what} is done: the money has been paid back" + (
            f" (on {when})." if when else "."
        )
    if result.status is OrderStatus.REFUND_FAILED:
        return f"The refund for {what} failed because of a problem on our side; nothing was paid."
    if result.decision is DecisionOutcome.TIMED_OUT:
        return f"The refund for {what} was not approved: its review window closed."
    return f"The refund for {what} was reviewed by our staff and not approved."


def eligible(result: RefundProgress) -> str:
    """ "Is it refundable?": yes while no refund was requested; else where it stands."""
    if result.proposal is None and result.status in (
        OrderStatus.PURCHASED,
        OrderStatus.REFUND_FAILED,
    ):
        return f"Yes, {of(result)} can be refunded: no refund is under way for it. " + how_to_ask(
            result
        )
    return status(result)


def how_to_ask(order: RefundProgress) -> str:
    """After a question about an order's refund: how to ask for one (nothing is proposed, so
    a bare "yes" starts nothing)."""
    return (
        f'If you want it refunded, tell me so ("refund order {order.order_id}") and why, and'
        " I'll prepare the refund for you to confirm."
    )


def refunds_overview(orders: Sequence[ToolOrder]) -> str:
    """For "is my refund done?" when no order is named: every order with a refund."""
    with_refund = [o for o in orders if o.status is not OrderStatus.PURCHASED]
    if not with_refund:
        return (
            "You have no refunds yet. If you'd like one, tell me which order (for example"
            ' "refund order 4") and why.'
        )
    return " ".join(f"{cap(of(o))}: {phrase(o.status)}." for o in with_refund)


def prices(orders: Sequence[ToolOrder]) -> str:
    """ "How much did I pay for the TV?" """
    return " ".join(
        f"You paid {display_amount(o.price)} for order {o.order_id} ({o.item}), ordered on"
        f" {long_date(o.order_date)}."
        for o in orders
    )


def filtered(orders: Sequence[ToolOrder], limit: PriceLimit) -> str:
    """ "Is there anything I bought over $1000?" """
    found = [o for o in orders if (o.price > limit.amount) == limit.above]
    amount = display_amount(limit.amount)
    if not found:
        return f"None of your orders cost {'more' if limit.above else 'less'} than {amount}."
    return f"Your orders {'over' if limit.above else 'under'} {amount}: {names(found)}."


def ambiguous(orders: Sequence[ToolOrder]) -> str:
    """Several orders fit: which one?"""
    return f"More than one of your orders matches that: {names(orders)}. Which one do you mean?"


def which_order(orders: Sequence[ToolOrder]) -> str:
    """Nothing named: which order, listing them."""
    if not orders:
        return WHICH_ORDER
    return f"Your orders are: {names(orders)}. Which order do you mean?"


def no_match(orders: Sequence[ToolOrder]) -> str:
    """The words fit none of the orders: which order, listing them."""
    if not orders:
        return "I couldn't find that order: you have no orders with us yet."
    return (
        f"I couldn't find an order like that among yours. Your orders are: {names(orders)}."
        " Which order do you mean?"
    )


def called_off(orders: Sequence[ToolOrder]) -> str:
    """ "Don't refund the laptop" / "never mind": nothing is requested."""
    if orders:
        return (
            f"All right, I won't request a refund for {names(orders, ' or ')}. Nothing has"
            " been changed."
        )
    return "All right, I won't request any refund. Nothing has been changed."


def left_out(kept: Sequence[ToolOrder], excluded: Sequence[ToolOrder]) -> str:
    """The items the customer mentioned next to a refund but did not ask to refund."""
    said: list[str] = []
    if kept:
        said.append(f"You said you're keeping or happy with {names(kept, ' and ')}: not included.")
    if excluded:
        verb = "are" if len(excluded) > 1 else "is"
        said.append(f"As you asked, {names(excluded, ' and ')} {verb} not included.")
    return " ".join(said)


def also_mentioned(orders: Sequence[ToolOrder]) -> str:
    """Items complained about but not asked to refund."""
    return (
        f"You also mentioned {names(orders, ' and ')}: it is not included; ask me if you want"
        " a refund for it too."
    )


def undecided(orders: Sequence[ToolOrder]) -> str:
    """A refund thought of, not asked for ("i might send the laptop back"): nothing done,
    how to ask when decided, and a question back."""
    which = f" for {names(orders, ' and ')}" if orders else ""
    example = "refund it" if orders else "refund my headphones"
    return (
        f"No problem, take your time: I haven't requested a refund{which}. If you decide you"
        f' want one, tell me (for example "{example}") and I\'ll prepare it for you to confirm.'
        " Is there anything you'd like to know before you decide?"
    )


def sorry_about(orders: Sequence[ToolOrder]) -> str:
    """A complaint with no request: what can be done about it."""
    return (
        f"I'm sorry to hear about {names(orders, ' and ')}. If you'd like a refund, tell me"
        ' (for example "refund it") and I\'ll prepare it for you to confirm.'
    )
