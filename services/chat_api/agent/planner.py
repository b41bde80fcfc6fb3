"""The offline model's decisions: given the customer's message (read by the grammar), what the
conversation so far was about, and the tool results of this turn, either the next tool calls
or the reply. Pure: no I/O, so every decision is testable without servers.

The money rule: `request_refund` is called only for orders the customer named without doubt
(an order id, an item name or price or date that fits one order, "everything" with its
exceptions, "it" about the order just discussed, or "yes" to the refund just offered). When a
money action's order is unclear, the planner asks which one; it never picks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from services.chat_api.agent import replies
from services.chat_api.agent.followup import Recall, Step
from services.chat_api.agent.grammar import Intent, Reading, parse
from services.chat_api.agent.references import Refs, Resolved, resolve

ORDER_TOOLS: dict[Intent, str] = {
    "refund": "request_refund",
    "cancel": "look_up_order",
    "status": "check_refund_status",
    "lookup": "look_up_order",
    "price": "look_up_order",
}


@dataclass(frozen=True)
class Decision:
    """Tool calls to make next, or the reply that ends the turn."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    text: str | None = None


def _says(text: str) -> Decision:
    """A reply that ends the turn."""
    return Decision(text=text)


class Planner:
    """Decides the next step of one turn."""

    def __init__(
        self,
        reading: Reading,
        recall: Recall,
        steps: list[Step],
        *,
        today: dt.date,
        policy: str,
    ) -> None:
        """The message read, the earlier turns recalled, this turn's tool results so far."""
        self.r = reading
        self.recall = recall
        self.steps = steps
        self.today = today
        self.policy = policy
        self.listed = next(
            (s.result for s in steps if s.name == "list_my_orders" and s.result), None
        )

    # -- helpers ---------------------------------------------------------------------------
    def _orders(self) -> list[dict[str, Any]]:
        """The customer's orders, once `list_my_orders` answered in this turn."""
        return list((self.listed or {}).get("orders") or [])

    def _named(self, ids: list[int]) -> list[dict[str, Any]]:
        """Those of the customer's orders with the given ids, in list order."""
        return [o for o in self._orders() if o["order_id"] in ids]

    def _list_first(self) -> Decision:
        """Ask for the customer's orders: names, prices and dates need them."""
        return Decision(calls=[("list_my_orders", {})])

    def _greeted(self, decision: Decision) -> Decision:
        """Answer a greeting in kind."""
        if decision.text and "greet" in self.r.social and not decision.text.startswith("Hello"):
            return _says("Hello! " + decision.text)
        return decision

    # -- the decision ----------------------------------------------------------------------
    def decide(self) -> Decision:
        """The next step of the turn: tool calls or the reply."""
        return self._greeted(self._decide())

    def _intent(self) -> Intent | None:
        """The message's intent, or the one it carries on (an answer, a follow-up)."""
        r, asked = self.r, self.recall.asked
        if r.intent is not None:
            return r.intent
        answers = not r.refs.empty or (r.short and bool(r.refs.bare))
        if asked is not None and answers:
            return asked.intent
        if r.follow_up or r.refs.other or r.refs.ordinal:
            return self.recall.intent or "lookup"
        if r.refs.ids or r.refs.prices:
            return "lookup"
        if r.refs.words and r.short and not r.social:
            return "lookup"  # "the headphones?": short enough to be an item's name
        return None

    def _decide(self) -> Decision:
        """Answers, questions and refusals first; then the intents about orders."""
        r = self.r
        if r.answer == "yes" and r.refs.empty:
            if self.recall.offer:
                return self._act("refund", list(self.recall.offer))
            return _says(replies.NOTHING_TO_CONFIRM)
        if r.answer == "no" and r.refs.empty:
            return _says(replies.NOTHING_DONE)
        intent = self._intent()
        if intent is None:
            return self._social()
        if intent == "policy":
            return _says(self.policy)
        if intent == "approve":
            return _says(replies.APPROVE)
        by_id_only = bool(r.refs.ids) and not (r.refs.words or r.refs.every)
        if r.foreign and intent in ("refund", "cancel", "status") and not by_id_only:
            return _says(replies.ONLY_YOURS)
        if intent in ("list", "filter"):
            if self.listed is None:
                return self._list_first()
            if intent == "filter" and r.price_filter:
                return _says(replies.filtered(self.listed, *r.price_filter))
            return _says(replies.orders_list(self.listed))
        if intent == "refund" and (r.called_off or (r.negated_refund and r.refs.empty)):
            return self._called_off()
        return self._about_orders(intent)

    def _social(self) -> Decision:
        """Greetings, thanks, help, goodbye, or "not understood"."""
        social = self.r.social
        if "help" in social:
            return _says(replies.CAPABILITIES + " What would you like to do?")
        if "greet" in social:
            return _says(replies.GREETING)
        if "thanks" in social:
            return _says(replies.THANKS)
        if "bye" in social:
            return _says(replies.BYE)
        return _says(replies.UNKNOWN)

    def _called_off(self) -> Decision:
        """ "Never mind" / "don't refund the laptop": say nothing was requested."""
        if self.r.excluded.names_something and self.listed is None:
            return self._list_first()
        excluded = self._resolve(self.r.excluded)
        named = self._named(excluded.ids + [i for g in excluded.ambiguous for i in g])
        return _says(replies.called_off(named))

    # -- which orders ----------------------------------------------------------------------
    def _needs_list(self, refs: Refs) -> bool:
        """True when references can only be resolved against the order list."""
        return bool(refs.words or refs.prices or refs.days_ago or refs.every)

    def _resolve(self, refs: Refs) -> Resolved:
        """What references name: by id alone until the order list is known."""
        if self.listed is None:
            return Resolved(list(refs.ids))
        return resolve(refs, self._orders(), self.today)

    def _about_orders(self, intent: Intent) -> Decision:
        """Find the orders an order intent means, ask when unclear, then act."""
        r, recall = self.r, self.recall
        refs = r.refs
        if recall.asked is not None and r.short and refs.bare and not refs.ids:
            refs = Refs(ids=refs.bare, words=refs.words)  # "2" answers "which order?"
        if (
            self._needs_list(refs) or self._needs_list(r.excluded) or intent == "price"
        ) and self.listed is None:
            return self._list_first()
        found = self._resolve(refs)
        ids = found.ids
        if not ids and not found.ambiguous and not found.unmatched:
            from_context = self._from_context(refs)
            if from_context is None:
                return self._ask(recall.other)
            ids = from_context
            if not ids and r.reason_refs.names_something:
                if self.listed is None:
                    return self._list_first()
                found = self._resolve(r.reason_refs)
                found = Resolved(found.ids, found.ambiguous)  # "because it broke" names nothing
                ids = found.ids
        if found.ambiguous:
            if self.listed is None:
                return self._list_first()
            return self._ask([i for group in found.ambiguous for i in group])
        if not ids:
            if self.r.intent is None and found.unmatched and recall.asked is None:
                return self._social()  # "tell me a joke": not about an order after all
            return self._nothing_named(intent, found.unmatched)
        excluded = self._resolve(r.excluded)
        ruled_out = set(excluded.ids) | {i for g in excluded.ambiguous for i in g}
        ids = [i for i in ids if i not in ruled_out]
        if refs.every:
            ids = self._refundable(ids) if intent == "refund" else ids
            if not ids:
                return _says(replies.NOTHING_TO_REFUND)
        if not ids:
            return self._called_off() if r.negated_refund else _says(replies.NOTHING_TO_REFUND)
        if intent == "refund" and r.either and len(ids) > 1:
            return self._ask(ids)  # "the watch or the headphones": which one?
        return self._act(intent, ids)

    def _refundable(self, ids: list[int]) -> list[int]:
        """Of "everything", the orders that can still be refunded (and fit a price limit)."""
        keep = [o for o in self._named(ids) if o["status"] == "PURCHASED"]
        if self.r.price_filter:
            direction, amount = self.r.price_filter
            keep = [o for o in keep if (Decimal(o["price"]) > amount) == (direction == "over")]
        return [o["order_id"] for o in keep]

    def _from_context(self, refs: Refs) -> list[int] | None:
        """Orders named only through the conversation; None when that is itself unclear."""
        recall = self.recall
        if refs.ordinal and recall.candidates:
            n = refs.ordinal
            if n <= len(recall.candidates):
                return [recall.candidates[n - 1] if n > 0 else recall.candidates[-1]]
            return None
        if refs.other:
            return list(recall.other) if len(recall.other) == 1 else None
        if refs.back or self.r.follow_up or self.r.intent in (None, "status"):
            return list(recall.about)
        return []

    def _ask(self, candidates: list[int] | tuple[int, ...]) -> Decision:
        """Ask which order is meant, listing the candidates (or all orders)."""
        named = self._named(list(candidates))
        if len(named) > 1:
            return _says(replies.ambiguous(named))
        if self.listed is None:
            return self._list_first()
        return _says(replies.which_order(self.listed))

    def _nothing_named(self, intent: Intent, unmatched: bool) -> Decision:
        """No order named: an overview for status questions, else ask which one."""
        if intent == "status":
            if self.listed is None:
                return self._list_first()
            return _says(replies.refunds_overview(self.listed))
        if self.listed is None:
            return self._list_first()
        if unmatched:
            return _says(replies.no_match(self.listed))
        return _says(replies.which_order(self.listed))

    # -- acting and answering ----------------------------------------------------------------
    def _reason(self) -> str:
        """The refund's reason: this message's, else the one given before the question."""
        r = self.r
        if r.reason:
            return r.reason
        if self.recall.asked is not None and self.recall.asked.reason:
            return self.recall.asked.reason
        if r.answer == "yes" and self.recall.said:
            return parse(self.recall.said).reason or replies.NO_REASON
        return replies.NO_REASON

    def _act(self, intent: Intent, ids: list[int]) -> Decision:
        """Call the intent's tool for each order, or write the reply from its results."""
        if intent == "price" and self.listed is not None:
            return _says(replies.prices(self._named(ids)))
        tool = ORDER_TOOLS[intent]
        done = [s for s in self.steps if s.name == tool and s.result is not None]
        if not done:
            calls = [(tool, self._args(intent, oid)) for oid in ids]
            return Decision(calls=calls)
        results = [s.result or {} for s in done]
        if intent == "refund":
            return _says(replies.refunds(results))
        writer = {
            "cancel": replies.cancel,
            "status": replies.status,
            "lookup": replies.lookup,
            "price": replies.lookup,
        }[intent]
        return _says(" ".join(writer(res) for res in results))

    def _args(self, intent: Intent, order_id: int) -> dict[str, Any]:
        """The tool's arguments for one order."""
        if intent == "refund":
            return {"order_id": order_id, "reason": self._reason()}
        return {"order_id": order_id}
