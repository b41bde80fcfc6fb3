"""The one shape of a refund proposal: `ProposalRecord`, as the refund tool writes it, the graph
state keeps it, the consent node decides it; `ProposalView`, as the HTTP API and the page show it.

The graph state stores records as plain JSON dicts (`stored()`), so any checkpointer keeps them
and reads them back without knowing our types; `load()` reads them, including the records of
earlier releases (their "declined" is today's "cancelled"; keys they lacked take defaults).
Statuses and outcomes are the vocabulary's (`workflows/vocabulary.py`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from services.common.formats import Timestamp, order_label
from services.common.money import CURRENCY
from workflows.vocabulary import (
    LEGACY_PROPOSAL_VALUES,
    OrderStatus,
    ProposalOutcome,
    ProposalStatus,
)


def _today_name(value: object) -> object:
    """An earlier release's spelling read as today's ("declined" is now "cancelled")."""
    return LEGACY_PROPOSAL_VALUES.get(value, value) if isinstance(value, str) else value


Status = Annotated[ProposalStatus, BeforeValidator(_today_name)]

# Where an order's refund stands, as the outcome of a proposal that it overtook.
OUTCOME_OF_ORDER: dict[OrderStatus, ProposalOutcome] = {
    OrderStatus.REFUNDED: ProposalOutcome.REFUNDED,
    OrderStatus.PENDING_REFUND: ProposalOutcome.PENDING_REVIEW,
    OrderStatus.REFUND_REJECTED: ProposalOutcome.REJECTED,
    OrderStatus.REFUND_FAILED: ProposalOutcome.FAILED,
}


class OrderRef(BaseModel):
    """One of the customer's orders, named in a sentence (mentioned, left out, not proposed)."""

    model_config = ConfigDict(frozen=True)

    order_id: int
    item: str
    amount: str = Field(description='The price, e.g. "89.99".')

    def label(self) -> str:
        return order_label(self.order_id, self.item, self.amount)


class ProposalRecord(BaseModel):
    """A refund the agent proposed for one order: what it is, and where its answer stands."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str
    customer_id: int
    order_id: int
    item: str
    amount: str
    currency: str = CURRENCY
    review: bool
    reason: str
    created_at: Timestamp
    expires_at: Timestamp
    status: Status = ProposalStatus.PENDING
    outcome: ProposalOutcome | None = None
    message: str | None = None
    turn: str | None = None  # the customer message whose reply presents it
    decided_at: Timestamp | None = None
    # The order's status when it was proposed: once the order moves on, the proposal is over.
    order_status: OrderStatus = OrderStatus.PURCHASED
    # Orders the customer mentioned in that message that this proposal does not include.
    not_included: tuple[OrderRef, ...] = ()
    # The message that presents it named no order itself ("refund it"): named, or pressed, only.
    unnamed: bool = False

    @classmethod
    def load(cls, raw: Mapping[str, Any] | ProposalRecord) -> ProposalRecord:
        """A record from the graph state (a plain dict, today's or an earlier release's)."""
        if isinstance(raw, ProposalRecord):
            return raw
        known = _READ.get(id(raw))
        if known is not None and known[0] is raw:
            return known[1]
        record = cls.model_validate(raw)
        _remember(raw, record)
        return record

    def stored(self) -> dict[str, Any]:
        """The record as the graph state keeps it: plain JSON values only."""
        raw = self.model_dump(mode="json")
        _remember(raw, self)
        return raw

    def with_(self, **changes: Any) -> ProposalRecord:
        """A copy with some fields changed (validated like a loaded record)."""
        return ProposalRecord.model_validate({**self.stored(), **_plain(changes)})

    def is_pending(self, now: dt.datetime) -> bool:
        """Still waiting for the customer, and not expired."""
        return self.status == ProposalStatus.PENDING and self.expires_at > now

    def is_overdue(self, now: dt.datetime) -> bool:
        """Marked pending, but its time is up."""
        return self.status == ProposalStatus.PENDING and self.expires_at <= now

    def label(self) -> str:
        """How a sentence names the proposal's order (formats.order_label)."""
        return order_label(self.order_id, self.item, self.amount)

    def view(self, now: dt.datetime) -> ProposalView:
        """The proposal as the HTTP API shows it; a pending one past its time reads "expired"."""
        status = ProposalStatus.EXPIRED if self.is_overdue(now) else self.status
        return ProposalView.model_validate({**self.model_dump(), "status": status})


# Stored records already read, by the identity of their dict: a turn reads its thread's records
# a dozen times (the upkeep, the graph input, each node and router, the answer), and validating
# 20 kept records took ~0.37 ms each time. A record is frozen and the state's dicts are never
# changed in place (a change is a new dict), so the same dict always reads as the same record;
# each entry holds its dict, so its id cannot be reused while it is kept.
_READ: dict[int, tuple[Mapping[str, Any], ProposalRecord]] = {}
READ_KEPT = 4096


def _remember(raw: Mapping[str, Any], record: ProposalRecord) -> None:
    """Keep `record` as what `raw` reads as (forgetting the oldest beyond READ_KEPT)."""
    if len(_READ) >= READ_KEPT:
        del _READ[next(iter(_READ))]
    _READ[id(raw)] = (raw, record)


def _plain(changes: Mapping[str, Any]) -> dict[str, Any]:
    """Field values as JSON would carry them (times as ISO strings, models as dicts)."""
    plain: dict[str, Any] = {}
    for key, value in changes.items():
        if isinstance(value, dt.datetime):
            value = value.isoformat()
        elif isinstance(value, tuple | list):
            value = [v.model_dump(mode="json") if isinstance(v, BaseModel) else v for v in value]
        plain[key] = value
    return plain


class ProposalView(BaseModel):
    """A refund the assistant proposed; it runs only when the customer confirms it."""

    id: str
    order_id: int
    item: str
    amount: str = Field(description='A decimal amount as a string, e.g. "89.99".')
    currency: str
    review: bool = Field(description="True when a member of staff reviews it after Confirm.")
    reason: str
    created_at: Timestamp
    expires_at: Timestamp
    status: ProposalStatus
    outcome: ProposalOutcome | None
    message: str | None
    not_included: list[OrderRef] = Field(
        default_factory=list,
        description="Orders the customer mentioned in the same message that are not proposed.",
    )
    unnamed: bool = Field(
        default=False,
        description='The customer\'s message did not name this order itself ("refund it"):'
        " a plain yes does not confirm it; its button or its name does.",
    )


def load_all(raw: Mapping[str, Any] | None) -> dict[str, ProposalRecord]:
    """Every record of a graph state's `proposals`, by id."""
    return {key: ProposalRecord.load(value) for key, value in (raw or {}).items()}


def stored_all(records: Iterable[ProposalRecord]) -> dict[str, dict[str, Any] | None]:
    """Records as a `proposals` state update (plain JSON), by id."""
    return {r.id: r.stored() for r in records}
