"""RefundWorkflow: the durable life of one order's refund.

validate → small: settle → done
         → large: PENDING_REFUND → review email → decision signal or timeout
                  → approve: settle | reject/timeout: REFUND_REJECTED → customer notice
A step that fails for good (data PostgreSQL refuses, retries exhausted) is recorded as
REFUND_FAILED and the workflow fails: the order is not blocked, and a later request for it
starts a fresh run under the same workflow id.

Behaviour changes are behind `workflow.patched(...)`, so histories of runs started by older
code replay unchanged (tests/workflows/test_replay_stored.py; README "Changing the refund
workflow"). Activities are called by their contract names (workflows/contract.py): this module
never imports their implementations, and the worker registers them under the same names.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from temporalio import workflow
from temporalio.common import RetryPolicy
from temporalio.exceptions import ActivityError, ApplicationError, CancelledError
from temporalio.workflow import ActivityHandle

with workflow.unsafe.imports_passed_through():
    from workflows.contract import (
        COMMITTED_OUTCOME_UPDATE,
        DECIDE_SIGNAL,
        STATUS_QUERY,
        WORKFLOW_TYPE,
        ActivityName,
        Decision,
        DecisionChannel,
        DecisionKind,
        DecisionOutcome,
        ErrorType,
        FailInput,
        OpenRefundInput,
        OpenRefundResult,
        OrderFacts,
        Outcome,
        RefundInput,
        RefundResult,
        RefundStatus,
        RejectInput,
        ReviewEmailInput,
        ReviewEmailResult,
        SettleInput,
        Stage,
        outcome_message,
    )

# Database activities take milliseconds: a short start-to-close notices a dead worker fast.
DB_RETRY = RetryPolicy(
    initial_interval=timedelta(milliseconds=200),
    backoff_coefficient=2.0,
    maximum_interval=timedelta(seconds=5),
    non_retryable_error_types=[
        ErrorType.ORDER_NOT_FOUND,
        ErrorType.LEDGER_MISSING,
        ErrorType.NOT_PAYABLE,
        ErrorType.INVALID_DATA,
    ],
)
DB_TIMEOUT = timedelta(seconds=2)
# Recording the failure itself retries until PostgreSQL is back, however long that takes.
RECORD_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1), maximum_interval=timedelta(minutes=1)
)
# Failures that are the caller's, not the refund's: the workflow fails without a record.
NOT_RECORDED = (ErrorType.ORDER_NOT_FOUND,)
# Patch ids (see module docstring): never rename or reuse one.
PATCH_RECORD_FAILURE = "record-refund-failure"
PATCH_CLOSE_REVIEW_FIRST = "review-closes-before-email"
# Payment may take a while; its heartbeats tell a slow payment from a dead worker.
PAY_TIMEOUT = timedelta(minutes=2)
PAY_HEARTBEAT = timedelta(seconds=2)
# Email goes over the network to SMTP or SendGrid; heartbeats tell a slow provider from a
# dead worker, and carry the cancellation when the review ends first.
EMAIL_TIMEOUT = timedelta(seconds=30)
EMAIL_HEARTBEAT = timedelta(seconds=2)
EMAIL_RETRY = RetryPolicy(
    initial_interval=timedelta(seconds=1),
    backoff_coefficient=2.0,
    maximum_interval=timedelta(minutes=1),
    non_retryable_error_types=[ErrorType.EMAIL_REJECTED],
)


@workflow.defn(name=WORKFLOW_TYPE)
class RefundWorkflow:
    @workflow.init
    def __init__(self, req: RefundInput) -> None:
        self._req = req
        self._stage: Stage = "opening"
        self._outcome: Outcome | None = None
        self._order: OrderFacts | None = None
        self._decision: Decision | None = None
        self._decided_at: datetime | None = None
        self._deadline: datetime | None = None

    @workflow.run
    async def run(self, req: RefundInput) -> RefundResult:
        try:
            return await self._run(req)
        except (ActivityError, ApplicationError) as err:
            # A local activity's failure arrives as its ApplicationError, a remote one's as an
            # ActivityError around it.
            cause = err.cause if isinstance(err, ActivityError) else err
            if isinstance(cause, ApplicationError) and cause.type in NOT_RECORDED:
                raise
            if not workflow.patched(PATCH_RECORD_FAILURE):
                raise
            await self._record_failure(req, cause or err)
            raise ApplicationError(
                f"the refund of order {req.order_id} failed and was recorded as REFUND_FAILED",
                type=ErrorType.REFUND_FAILED,
                non_retryable=True,
            ) from err

    async def _record_failure(self, req: RefundInput, cause: BaseException) -> None:
        """REFUND_FAILED for the order, the audit trail and the customer; a waiting request
        (committed_outcome) is answered with the failure."""
        self._outcome = Outcome.FAILED
        self._stage = "failing"
        error_type = cause.type if isinstance(cause, ApplicationError) and cause.type else None
        workflow.logger.error(
            "refund failed for good", extra={"order_id": req.order_id, "error_type": error_type}
        )
        info = workflow.info()
        await workflow.execute_activity(
            ActivityName.FAIL_REFUND,
            FailInput(
                workflow_id=info.workflow_id,
                run_id=info.run_id,
                order_id=req.order_id,
                error_type=error_type or type(cause).__name__,
                message=str(cause),
            ),
            start_to_close_timeout=DB_TIMEOUT,
            retry_policy=RECORD_RETRY,
        )
        self._stage = "failed"

    async def _run(self, req: RefundInput) -> RefundResult:
        wid = workflow.info().workflow_id
        run_id = workflow.info().run_id
        # A local activity: one short transaction, no round trip through the task queue.
        opened: OpenRefundResult = await workflow.execute_local_activity(
            ActivityName.OPEN_REFUND,
            OpenRefundInput(
                workflow_id=wid,
                run_id=run_id,
                order_id=req.order_id,
                customer_id=req.customer_id,
                reason=req.reason,
                review_threshold=req.review_threshold,
            ),
            result_type=OpenRefundResult,
            start_to_close_timeout=DB_TIMEOUT,
            schedule_to_close_timeout=self._req.give_up_after,
            retry_policy=DB_RETRY,
        )
        self._order = opened.order
        if opened.action == "done":
            assert opened.outcome is not None
            return self._finish(opened.outcome)
        if opened.action == "settle":
            await self._settle(SettleInput(workflow_id=wid, run_id=run_id, order_id=req.order_id))
            return self._finish(Outcome.REFUNDED)

        # Above the threshold: PENDING_REFUND is committed; the customer can be answered now.
        self._outcome = Outcome.PENDING_REVIEW
        self._stage = "awaiting_review"
        self._deadline = workflow.now() + req.review_timeout
        # The email goes out while the review window is already open: a decision made on the
        # admin page, or the timeout, never waits behind a slow or failing email provider.
        email: ActivityHandle[ReviewEmailResult] = workflow.start_activity(
            ActivityName.SEND_REVIEW_EMAIL,
            ReviewEmailInput(
                workflow_id=wid, run_id=run_id, order=opened.order, reason=req.reason,
                review_deadline=self._deadline,
            ),
            result_type=ReviewEmailResult,
            start_to_close_timeout=EMAIL_TIMEOUT,
            heartbeat_timeout=EMAIL_HEARTBEAT,
            retry_policy=EMAIL_RETRY,
        )  # fmt: skip
        try:
            await workflow.wait_condition(
                lambda: self._decision is not None, timeout=req.review_timeout
            )
        except TimeoutError:
            workflow.logger.info("review window closed", extra={"order_id": req.order_id})
        if workflow.patched(PATCH_CLOSE_REVIEW_FIRST):
            # The review is over before anything else is awaited: a decision that arrives while
            # the email is being cancelled is refused ("window closed"), never half-applied.
            self._stage = "closing_review"
        await self._settle_email(email, req.order_id)

        decision = self._decision
        decided_at = self._decided_at or workflow.now()
        if decision is not None and decision.decision == DecisionKind.APPROVE:
            await self._settle(
                SettleInput(
                    workflow_id=wid,
                    run_id=run_id,
                    order_id=req.order_id,
                    decided_by=decision.reviewer,
                    decision_note=decision.note,
                    decided_at=decided_at,
                    decision_channel=decision.channel,
                )
            )
            return self._finish(Outcome.REFUNDED)
        self._stage = "rejecting"
        await workflow.execute_activity(
            ActivityName.REJECT_REFUND,
            RejectInput(
                workflow_id=wid,
                order_id=req.order_id,
                cause=DecisionOutcome.REJECTED if decision else DecisionOutcome.TIMED_OUT,
                decided_by=decision.reviewer if decision is not None else "system",
                decision_note=decision.note if decision is not None else "",
                decided_at=decided_at,
                run_id=run_id,
                decision_channel=decision.channel if decision else DecisionChannel.TIMEOUT,
            ),
            start_to_close_timeout=DB_TIMEOUT,
            schedule_to_close_timeout=self._req.give_up_after,
            retry_policy=DB_RETRY,
        )
        return self._finish(Outcome.REJECTED)

    async def _settle_email(self, email: ActivityHandle[ReviewEmailResult], order_id: int) -> None:
        """The review has ended: stop an email still being retried, and note a refused one."""
        if not email.done():
            email.cancel()
        try:
            await email
        except ActivityError as err:
            if not isinstance(err.cause, CancelledError):
                # Refused for good: the review stayed open on the admin page all along.
                workflow.logger.error("review email refused", extra={"order_id": order_id})

    async def _settle(self, req: SettleInput) -> None:
        self._stage = "paying"
        await workflow.execute_activity(
            ActivityName.SETTLE_REFUND,
            req,
            start_to_close_timeout=PAY_TIMEOUT,
            schedule_to_close_timeout=self._req.give_up_after,
            heartbeat_timeout=PAY_HEARTBEAT,
            retry_policy=DB_RETRY,
        )

    def _finish(self, outcome: Outcome) -> RefundResult:
        self._outcome = outcome
        self._stage = "refunded" if outcome == Outcome.REFUNDED else "rejected"
        return self._result()

    def _result(self) -> RefundResult:
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
    def decide(self, decision: Decision) -> None:
        """A reviewer's decision. The first one wins; later ones are logged and ignored."""
        # Accepted from the moment PENDING_REFUND may be committed until the review ends.
        if self._decision is not None or self._stage not in ("opening", "awaiting_review"):
            workflow.logger.info(
                "ignored decision",
                extra={"order_id": self._req.order_id, "decision": decision.decision},
            )
            return
        self._decision = decision
        self._decided_at = workflow.now()

    @workflow.query(name=STATUS_QUERY)
    def status(self) -> RefundStatus:
        d = self._decision
        return RefundStatus(
            order_id=self._req.order_id,
            stage=self._stage,
            outcome=self._outcome,
            decision=d.decision if d else None,
            decided_by=d.reviewer if d else None,
            decided_at=self._decided_at,
            review_deadline=self._deadline,
        )
