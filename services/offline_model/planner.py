"""One step of the offline model's turn: the next tool calls, or the reply and its memory.

A turn goes: read the message; list the customer's orders when item names, prices, dates or a
question need them; call the tools the plan asks for (all at once); then write the reply from
their typed results. Every step reads the message again from the start (it is pure and fast),
so a step depends only on the conversation, never on hidden state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from services.chat_api.tool_results import (
    NO_REASON,
    OrdersFound,
    ProposalMade,
    RefundProgress,
    ToolError,
    ToolErrorKind,
    ToolOrder,
    ToolResult,
)
from services.offline_model import replies
from services.offline_model.interpret import interpret
from services.offline_model.memory import (
    AskedQuestion,
    Recollection,
    ToolStep,
    TurnMemory,
    remembered_ids,
)
from services.offline_model.plan import MONEY_ACTS, Plan
from services.offline_model.resolve import Resolver
from services.orderwords.lexicon import Cue
from services.orderwords.pieces import NO_VOCABULARY
from services.orderwords.reading import Act, Reading, read_message
from workflows.vocabulary import PROPOSABLE_STATUSES

TOOL_OF = {
    Act.REFUND: "request_refund",
    Act.CANCEL: "request_refund",
    Act.STATUS: "check_refund_status",
    Act.ELIGIBLE: "check_refund_status",
    Act.LOOKUP: "look_up_order",
}


@dataclass(frozen=True)
class NextStep:
    """Tool calls to make next, or the reply (with what to remember) that ends the turn."""

    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    reply: str | None = None
    memory: TurnMemory | None = None


class OfflineTurn:
    """The state of one turn: the message, the memory, the tool results so far."""

    def __init__(
        self,
        text: str,
        recollection: Recollection,
        steps: list[ToolStep],
        *,
        today: dt.date,
        policy: str,
    ) -> None:
        """Read the message against the orders, when this turn has listed them."""
        self.recollection = recollection
        self.steps = steps
        self.results: dict[tuple[str, int], ToolResult] = {}
        for step in steps:
            oid = step.args.get("order_id")
            if step.result is not None and isinstance(oid, int):
                self.results.setdefault((step.name, oid), step.result)
        self.policy = policy
        listed = next(
            (s.result for s in steps if s.name == "list_my_orders" and s.result is not None),
            None,
        )
        self.listed = listed.orders if isinstance(listed, OrdersFound) else None
        self.resolver = Resolver(self.listed, recollection, today)
        vocabulary = self.resolver.index.vocabulary if self.listed else NO_VOCABULARY
        self.reading: Reading = read_message(text, vocabulary)
        self.plan: Plan = interpret(self.reading, self.resolver)

    # -- tool calls ---------------------------------------------------------------------
    def calls(self) -> list[tuple[str, dict[str, Any]]]:
        """The tool calls the plan needs, each once."""
        calls: dict[tuple[str, int], dict[str, Any]] = {}
        for task in self.plan.tasks:
            tool = TOOL_OF.get(task.act)
            for oid in task.ids:
                order = self.resolver.by_id.get(oid)
                if tool is None or oid in self.plan.missing:
                    continue
                if task.act is Act.CANCEL and order and order.status not in PROPOSABLE_STATUSES:
                    continue
                args: dict[str, Any] = {"order_id": oid}
                if tool == "request_refund":
                    args["reason"] = self.plan.reason_for(oid) or NO_REASON
                calls.setdefault((tool, oid), args)
        return [(tool, args) for (tool, _), args in calls.items()]

    def decide(self) -> NextStep:
        """The next step: list the orders, call the tools, or reply."""
        if self.listed is None and self._needs_orders():
            return NextStep(calls=[("list_my_orders", {})])
        done = {(s.name, s.args.get("order_id")) for s in self.steps if s.result is not None}
        wanted = [c for c in self.calls() if (c[0], c[1]["order_id"]) not in done]
        if wanted and not any(s.name != "list_my_orders" for s in self.steps):
            return NextStep(calls=wanted)
        return self._reply()

    def _needs_orders(self) -> bool:
        plan = self.plan
        if plan.needs_orders or plan.asks or plan.too_many or plan.undecided:
            return True
        return any(t.act is Act.PRICE or (t.act is Act.STATUS and not t.ids) for t in plan.tasks)

    # -- the reply ----------------------------------------------------------------------
    def _result(self, tool: str, order_id: int) -> ToolResult | None:
        return self.results.get((tool, order_id))

    def _orders(self, ids: list[int] | tuple[int, ...]) -> list[ToolOrder]:
        return self.resolver.ordered(ids)

    def _reply(self) -> NextStep:
        plan, reading = self.plan, self.reading
        said: list[str] = []
        shown: list[int] = []
        proposals = 0
        for task in plan.tasks:
            for oid in task.ids:
                sentence, proposed = self._sentence(task.act, oid)
                said.append(sentence)
                proposals += proposed
            if task.act is Act.STATUS and not task.ids:
                said.append(replies.refunds_overview(self.listed or []))
        if proposals:
            said.append(replies.ASK_CONFIRM_MANY if proposals > 1 else replies.ASK_CONFIRM)
            said = [replies.NOT_PROPOSED_BESIDE if s == replies.NOT_PROPOSED else s for s in said]
        if plan.too_many:
            said.append(replies.TOO_MANY)
        if plan.listing:
            listed = self.listed or []
            if plan.list_only is not None:
                listed = self.resolver.fitting(plan.list_only)
            empty = plan.list_only is not None and not listed and self.listed
            said.append(replies.NONE_THEN if empty else replies.orders_list(listed))
            shown = [o.order_id for o in listed]
        if plan.limit is not None:
            said.append(replies.filtered(self.listed or [], plan.limit))
        for oid in dict.fromkeys(plan.missing):
            said.append(f"I couldn't find order {oid} among your orders.")
        question = self._question(said, shown)
        if question is None and not proposals and self._asked_for_no_order_of_theirs():
            # "refund order 575" when 575 is not theirs: which of theirs was meant is asked
            said.append(replies.WHICH_ORDER)
            question = AskedQuestion(act=Act.REFUND)
        asked = self.recollection.question
        if question is None and asked is not None and reading.answer == "yes" and not said:
            said.append(replies.WHICH_ORDER)  # a careless "yes" to "which order?" picks none
            question, shown = asked, list(asked.candidates)
        self._notes(said)
        if (plan.called_off and not plan.tasks) or (plan.excluded and not plan.tasks and not said):
            said.append(replies.called_off(self._orders(plan.excluded)))
        if reading.injected:
            said.append(replies.IGNORED_INSTRUCTIONS)
        if plan.approve:
            said.append(replies.APPROVE)
        if plan.foreign:
            said.append(replies.ONLY_YOURS)
        if plan.policy:
            said.append(self.policy)
        if reading.too_long:
            said = [replies.TOO_LONG_TO_READ]
        if not said:
            said.append(self._social())
        text = " ".join(s for s in dict.fromkeys(said) if s)
        if Cue.GREET in reading.social and not text.startswith("Hello"):
            text = "Hello! " + text
        return NextStep(reply=text, memory=self._memory(shown, question))

    def _asked_for_no_order_of_theirs(self) -> bool:
        """Whether the refunds asked for were only of order ids that are not the customer's
        (not found by the tool, or not among their orders): the request named none of theirs."""
        asked = [(t.act, oid) for t in self.plan.tasks if t.act in MONEY_ACTS for oid in t.ids]
        if not asked:
            return False
        for act, oid in asked:
            result = self._result(TOOL_OF[act], oid)
            not_found = isinstance(result, ToolError) and result.error is ToolErrorKind.NOT_FOUND
            if not (not_found or oid in self.plan.missing):
                return False
        return True

    def _sentence(self, act: Act, oid: int) -> tuple[str, int]:
        """What one order's task came to, and whether a proposal now waits (1) or not (0)."""
        order = self.resolver.by_id.get(oid)
        if act is Act.PRICE:
            return replies.prices(self._orders([oid])), 0
        if act is Act.CANCEL and order is not None and order.status not in PROPOSABLE_STATUSES:
            return replies.cannot_cancel(order), 0
        result = self._result(TOOL_OF[act], oid)
        if isinstance(result, ToolError) and act is Act.CANCEL and result.status is not None:
            return replies.cannot_cancel_error(result, oid), 0
        if isinstance(result, ToolError):
            doing = "didn't request a refund for it" if act in MONEY_ACTS else "can't say more"
            return replies.problem(result, oid, doing), 0
        if isinstance(result, ProposalMade):
            if act is Act.CANCEL:
                return replies.cancel_offer(result, order), 1
            return replies.proposal(result), 1
        if isinstance(result, RefundProgress):
            said = replies.eligible(result) if act is Act.ELIGIBLE else replies.status(result)
            return said, int(result.proposal is not None)
        if isinstance(result, OrdersFound):
            return " ".join(replies.lookup(o) for o in result.orders), 0
        return f"I couldn't get an answer about order {oid}; please ask me again.", 0

    def _question(self, said: list[str], shown: list[int]) -> AskedQuestion | None:
        """The first question the plan asks, said; it is remembered for the answer."""
        if not self.plan.asks:
            return None
        ask = self.plan.asks[0]
        listed = self.listed or []
        if ask.unmatched and not self.reading.acts and self.recollection.question is None:
            return None  # "tell me a joke": a few words that name no item are no request
        candidates = self._orders(ask.candidates) if ask.candidates else list(listed)
        if ask.unmatched:
            said.append(replies.no_match(listed))
        elif len(candidates) > 1 and ask.candidates:
            said.append(replies.ambiguous(candidates))
        elif not ask.candidates:
            said.append(replies.which_order(listed))
        else:
            said.append(replies.which_order(candidates))
        if (
            ask.act is Act.REFUND
            and ask.candidates
            and not any(o.status in PROPOSABLE_STATUSES for o in candidates)
        ):
            said[-1] = replies.NOTHING_TO_REFUND
        shown.extend(o.order_id for o in candidates)
        return AskedQuestion(
            act=ask.act, reason=ask.reason, candidates=[o.order_id for o in candidates]
        )

    def _notes(self, said: list[str]) -> None:
        """No silent extras: next to a refund, the items mentioned but not included."""
        plan = self.plan
        money = set(plan.money_ids)
        if not money:
            if plan.hedged and not plan.tasks and not plan.asks:
                undecided = [*plan.undecided, *plan.complained]
                said.append(replies.undecided(self._orders(list(dict.fromkeys(undecided)))))
            elif plan.complained and not plan.tasks and not plan.asks:
                said.append(replies.sorry_about(self._orders(plan.complained)))
            return
        kept = [i for i in dict.fromkeys(plan.kept) if i not in money]
        excluded = [i for i in dict.fromkeys(plan.excluded) if i not in money and i not in kept]
        said.append(replies.left_out(self._orders(kept), self._orders(excluded)))
        tasked = {i for t in plan.tasks for i in t.ids}
        loose = [i for i in dict.fromkeys(plan.complained) if i not in tasked | set(kept)]
        if loose:
            said.append(replies.also_mentioned(self._orders(loose)))

    def _social(self) -> str:
        """Greetings, thanks, help, goodbye, yes/no with nothing asked, or "not understood"."""
        reading = self.reading
        if reading.answer == "yes":
            memory = self.recollection.memory
            if memory is not None and memory.about and memory.act not in MONEY_ACTS:
                return replies.NOTHING_TO_CONFIRM_ABOUT
            return replies.NOTHING_TO_CONFIRM
        if reading.answer == "no":
            return replies.NOTHING_DONE
        if Cue.HELP in reading.social:
            return replies.CAPABILITIES + " What would you like to do?"
        if Cue.GREET in reading.social:
            return replies.GREETING
        if Cue.THANKS in reading.social:
            return replies.THANKS
        if Cue.BYE in reading.social:
            return replies.BYE
        if self.plan.kept or any(c.kept for c in reading.clauses):
            return "Good to hear! Is there anything I can help you with?"
        return replies.UNKNOWN

    def _memory(self, shown: list[int], question: AskedQuestion | None) -> TurnMemory:
        """What this turn was about, for the next one."""
        plan = self.plan
        previous = self.recollection.memory
        tasks = plan.tasks
        money = [t for t in tasks if t.act in MONEY_ACTS]
        main = money[0] if money else (tasks[0] if tasks else None)
        about = [i for t in (money or tasks) for i in t.ids]
        about = about or list(plan.complained) or list(plan.undecided)
        if not shown:
            shown = [i for t in tasks for i in t.ids]
        act = main.act if main else (question.act if question else None)
        if act is None and not about and previous is not None:
            # Small talk or a bare "yes": the conversation is still about the same orders.
            return previous.model_copy(update={"question": None, "shown": shown})
        return TurnMemory(
            act=act,
            about=list(dict.fromkeys(about)),
            discussed=remembered_ids(previous, about, shown, plan.kept, plan.excluded),
            shown=list(dict.fromkeys(shown)),
            question=question,
        )
