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

from decimal import Decimal

from temporalio import workflow
from temporalio.exceptions import ActivityError, ApplicationError, CancelledError
from temporalio.workflow import ActivityHandle

with workflow.unsafe.imports_passed_through():
    from workflows import visibility as texts
    from workflows.contract import (
        WORKFLOW_TYPE,
        ActivityName,
        DecisionChannel,
        DecisionKind,
        DecisionOutcome,
        ErrorType,
        FailInput,
        OpenRefundInput,
        OpenRefundResult,
        Outcome,
        RefundInput,
        RefundResult,
        RejectInput,
        ReviewEmailInput,
        ReviewEmailResult,
        SettleInput,
        SettleResult,
    )
    from workflows.policies import (
        DB_RETRY,
        DB_TIMEOUT,
        EMAIL_HEARTBEAT,
        EMAIL_RETRY,
        EMAIL_TIMEOUT,
        PAY_HEARTBEAT,
        PAY_TIMEOUT,
        RECORD_RETRY,
    )
    from workflows.progress import Progress
    from workflows.refund_state import RunState

# Failures that are the caller's, not the refund's: the workflow fails without a record.
NOT_RECORDED = (ErrorType.ORDER_NOT_FOUND,)
# Patch ids (see module docstring, and workflows/progress.py): never rename or reuse one.
PATCH_RECORD_FAILURE = "record-refund-failure"
PATCH_CLOSE_REVIEW_FIRST = "review-closes-before-email"


@workflow.defn(name=WORKFLOW_TYPE)
class RefundWorkflow(RunState):
    @workflow.init
    def __init__(self, req: RefundInput) -> None:
        super().__init__(req)
        self._progress = Progress()

    @workflow.run
    async def run(self, req: RefundInput) -> RefundResult:
        try:
            result = await self._run(req)
        except (ActivityError, ApplicationError) as err:
            # A local activity's failure arrives as its ApplicationError, a remote one's as an
            # ActivityError around it.
            cause = err.cause if isinstance(err, ActivityError) else err
            if isinstance(cause, ApplicationError) and cause.type in NOT_RECORDED:
                raise
            if not workflow.patched(PATCH_RECORD_FAILURE):
                raise
            await self._record_failure(req, cause or err)
            await workflow.wait_condition(workflow.all_handlers_finished)
            raise ApplicationError(
                f"the refund of order {req.order_id} failed and was recorded as REFUND_FAILED",
                type=ErrorType.REFUND_FAILED,
                non_retryable=True,
            ) from err
        # Callers waiting on a decision's receipt get their answer before the run closes.
        await workflow.wait_condition(workflow.all_handlers_finished)
        return result

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
            summary=texts.FAIL_SUMMARY,
        )
        self._stage = "failed"
        self._progress.failed(error_type or type(cause).__name__)

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
            summary=texts.open_summary(req.order_id),
        )
        self._order = opened.order
        if opened.action == "done":
            assert opened.outcome is not None
            self._progress.already(opened.outcome)
            return self._finish(opened.outcome)
        paying = opened.action == "settle"
        self._progress.opened(opened.order, paying=paying, threshold=req.review_threshold)
        if paying:
            paid = await self._settle(
                SettleInput(workflow_id=wid, run_id=run_id, order_id=req.order_id)
            )
            self._progress.paid(paid, None)
            return self._finish(Outcome.REFUNDED)

        # Above the threshold: PENDING_REFUND is committed; the customer can be answered now.
        self._outcome = Outcome.PENDING_REVIEW
        self._stage = "awaiting_review"
        self._deadline = workflow.now() + req.review_timeout
        self._progress.reviewing(self._deadline)
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
            summary=texts.EMAIL_SUMMARY,
        )  # fmt: skip
        email.add_done_callback(self._emailed)
        try:
            await workflow.wait_condition(
                lambda: self._decision is not None,
                timeout=req.review_timeout,
                timeout_summary=texts.timer_summary(req.review_timeout),
            )
        except TimeoutError:
            workflow.logger.info("review window closed", extra={"order_id": req.order_id})
        if workflow.patched(PATCH_CLOSE_REVIEW_FIRST):
            # The review is over before anything else is awaited: a decision that arrives while
            # the email is being cancelled is refused ("window closed"), never half-applied.
            self._stage = "closing_review"
        # Operators see the review end now (runs started before the close-first patch may still
        # take a decision during the email's cancellation; theirs is read after it, as always).
        self._progress.decided(self._decision, self._decided_at or workflow.now())
        await self._settle_email(email, req.order_id)

        decision = self._decision
        decided_at = self._decided_at or workflow.now()
        if decision is not None and decision.decision == DecisionKind.APPROVE:
            paid = await self._settle(
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
            self._progress.paid(paid, decision)
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
            summary=texts.REJECT_SUMMARY if decision else texts.TIMEOUT_SUMMARY,
        )
        self._progress.rejected(decision, decided_at)
        return self._finish(Outcome.REJECTED)

    def _emailed(self, email: ActivityHandle[ReviewEmailResult]) -> None:
        """The review email's activity ended: the current details say where the link went."""
        if email.cancelled() or self._stage != "awaiting_review":
            return
        self._progress.emailed(None if email.exception() else email.result().to)

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

    async def _settle(self, req: SettleInput) -> SettleResult:
        """Pay the refund; returns the payment (its reference and amount)."""
        self._stage = "paying"
        paid: SettleResult = await workflow.execute_activity(
            ActivityName.SETTLE_REFUND,
            req,
            result_type=SettleResult,
            start_to_close_timeout=PAY_TIMEOUT,
            schedule_to_close_timeout=self._req.give_up_after,
            heartbeat_timeout=PAY_HEARTBEAT,
            retry_policy=DB_RETRY,
            summary=texts.pay_summary(self._order.price if self._order else Decimal(0)),
        )
        return paid
