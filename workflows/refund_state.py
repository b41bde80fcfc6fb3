"""What one run of RefundWorkflow knows and answers: its stage and outcome, the decision that
counts (the first one), the ones that did not, and the handlers that report them (the `decide`
signal, the `committed_outcome` and `decision_receipt` updates, the `status` query).

RefundWorkflow (workflows/refund.py) inherits this and runs the refund; the handlers here only
read and record state, so they add no command to a run's history.
"""

from __future__ import annotations

from datetime import datetime

from temporalio import workflow

with workflow.unsafe.imports_passed_through():
    from workflows.contract import (
        COMMITTED_OUTCOME_UPDATE,
        DECIDE_SIGNAL,
        DECISION_RECEIPT_UPDATE,
        STATUS_QUERY,
        DecisionReceipt,
        OrderFacts,
        Outcome,
        RefundInput,
        RefundResult,
        ReviewDecision,
        RunStatus,
        Stage,
        outcome_message,
    )

FINAL_STAGES = ("refunded", "rejected", "failed")


class RunState:
    """A run's state and its handlers (see the module docstring)."""

    def __init__(self, req: RefundInput) -> None:
        self._req = req
        self._stage: Stage = "opening"
        self._outcome: Outcome | None = None
        self._order: OrderFacts | None = None
        self._decision: ReviewDecision | None = None
        self._decided_at: datetime | None = None
        self._deadline: datetime | None = None
        # Decisions that did not count, by id: True when the review window had closed.
        self._refused: dict[str, bool] = {}

    def _finish(self, outcome: Outcome) -> RefundResult:
        """The run's final outcome, as its result."""
        self._outcome = outcome
        self._stage = "refunded" if outcome == Outcome.REFUNDED else "rejected"
        return self._result()

    def _result(self) -> RefundResult:
        """The committed outcome as the chat API answers it."""
        assert self._outcome is not None
        # A refund that failed before the order was read names it by its number.
        item = self._order.item if self._order else f"order {self._req.order_id}"
        return RefundResult(
            order_id=self._req.order_id,
            outcome=self._outcome,
            message=outcome_message(self._outcome, item),
        )

    @workflow.update(name=COMMITTED_OUTCOME_UPDATE)
    async def committed_outcome(self) -> RefundResult:
        """Returns once the first outcome is committed: refunded, pending review or rejected."""
        await workflow.wait_condition(lambda: self._outcome is not None)
        return self._result()

    @workflow.signal(name=DECIDE_SIGNAL)
    def decide(self, decision: ReviewDecision) -> None:
        """A reviewer's decision. The first one wins; later ones are logged and ignored."""
        # Accepted from the moment PENDING_REFUND may be committed until the review ends.
        if self._decision is not None or self._stage not in ("opening", "awaiting_review"):
            workflow.logger.info(
                "ignored decision",
                extra={"order_id": self._req.order_id, "decision": decision.decision},
            )
            if decision.decision_id:
                self._refused[decision.decision_id] = self._decision is None
            return
        self._decision = decision
        self._decided_at = workflow.now()

    @workflow.update(name=DECISION_RECEIPT_UPDATE)
    async def decision_receipt(self, decision_id: str) -> DecisionReceipt:
        """Returns once this run has received the decision `decision_id` (or has ended):
        whether it counted and, either way, the decision that does."""

        def received() -> bool:
            mine = self._decision is not None and self._decision.decision_id == decision_id
            return mine or decision_id in self._refused or self._stage in FINAL_STAGES

        await workflow.wait_condition(received)
        d = self._decision
        return DecisionReceipt(
            decision_id=decision_id,
            applied=d is not None and d.decision_id == decision_id,
            decision=d.decision if d else None,
            decided_by=d.reviewer if d else None,
            decided_at=self._decided_at if d else self._deadline,
            window_closed=d is None,
        )

    @decision_receipt.validator
    def _has_an_id(self, decision_id: str) -> None:
        """Refuses a receipt request without a decision id (nothing could ever answer it)."""
        if not decision_id:
            raise ValueError("a decision id is required")

    @workflow.query(name=STATUS_QUERY)
    def status(self) -> RunStatus:
        """Where the run stands, for review pages and operators."""
        d = self._decision
        return RunStatus(
            order_id=self._req.order_id,
            stage=self._stage,
            outcome=self._outcome,
            decision=d.decision if d else None,
            decided_by=d.reviewer if d else None,
            decided_at=self._decided_at,
            review_deadline=self._deadline,
            decision_id=d.decision_id if d else None,
        )
