"""Stub activities for the workflow's decision tests: registered under the contract's activity
names, they record every call and answer from a small in-memory order book, so the workflow's
own logic runs on a real (time-skipping) Temporal server without PostgreSQL, payments or email.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from pydantic import BaseModel
from temporalio import activity
from temporalio.exceptions import ApplicationError

from workflows.contract import (
    ActivityName,
    ErrorType,
    FailInput,
    OpenRefundInput,
    OpenRefundResult,
    OrderFacts,
    RejectInput,
    ReviewEmailInput,
    ReviewEmailResult,
    SettleInput,
    SettleResult,
)


def facts(order_id: int, price: str) -> OrderFacts:
    """An order as open_refund would read it from PostgreSQL."""
    return OrderFacts(
        order_id=order_id,
        customer_id=7,
        customer_name="Test Customer",
        customer_email="c@customers.test",
        item=f"Item {order_id}",
        order_date=dt.date(2026, 1, 2),
        price=Decimal(price),
    )


@dataclass
class StubActivities:
    """The five contract activities; `prices` is the order book, the flags make a step fail."""

    prices: dict[int, str]
    email_refused: bool = False
    payment_refused: bool = False
    calls: list[tuple[str, BaseModel]] = field(default_factory=list)

    def names(self) -> list[str]:
        """The activity names called so far, in order."""
        return [name for name, _ in self.calls]

    def inputs(self, name: str) -> list[Any]:
        """Every input one activity was called with."""
        return [arg for called, arg in self.calls if called == name]

    def all(self) -> Sequence[Callable[..., Any]]:
        """What a Worker registers."""
        return [
            self.open_refund,
            self.settle_refund,
            self.reject_refund,
            self.fail_refund,
            self.send_review_email,
        ]

    @activity.defn(name=ActivityName.OPEN_REFUND)
    async def open_refund(self, req: OpenRefundInput) -> OpenRefundResult:
        self.calls.append((ActivityName.OPEN_REFUND, req))
        if req.order_id not in self.prices:
            raise ApplicationError(
                "no such order", type=ErrorType.ORDER_NOT_FOUND, non_retryable=True
            )
        order = facts(req.order_id, self.prices[req.order_id])
        review = order.price > req.review_threshold
        return OpenRefundResult(action="review" if review else "settle", order=order)

    @activity.defn(name=ActivityName.SETTLE_REFUND)
    async def settle_refund(self, req: SettleInput) -> SettleResult:
        self.calls.append((ActivityName.SETTLE_REFUND, req))
        if self.payment_refused:
            raise ApplicationError(
                "the database refused the data", type=ErrorType.INVALID_DATA, non_retryable=True
            )
        return SettleResult(payment_ref=f"pay-{req.order_id}", amount=Decimal("1"))

    @activity.defn(name=ActivityName.REJECT_REFUND)
    async def reject_refund(self, req: RejectInput) -> None:
        self.calls.append((ActivityName.REJECT_REFUND, req))

    @activity.defn(name=ActivityName.FAIL_REFUND)
    async def fail_refund(self, req: FailInput) -> None:
        self.calls.append((ActivityName.FAIL_REFUND, req))

    @activity.defn(name=ActivityName.SEND_REVIEW_EMAIL)
    async def send_review_email(self, req: ReviewEmailInput) -> ReviewEmailResult:
        self.calls.append((ActivityName.SEND_REVIEW_EMAIL, req))
        if self.email_refused:
            raise ApplicationError(
                "mailbox unknown", type=ErrorType.EMAIL_REJECTED, non_retryable=True
            )
        return ReviewEmailResult(email_id=1, to="admin@shop.test", sent_now=True)
