"""The offline model's turns against in-memory orders, with no servers: a typed fake of the
agent's four tools, answering with the tools' own result models (services/chat_api/
tool_results.py), so the model is tested as the pure function it is.

Any catalogue can be given; `DEMO` is the seed's customer 1 and `GARDEN` a second shop the
grammar was never written for.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, ToolMessage

from services.chat_api import tool_results as results
from services.chat_api.agent.order_words import CustomerOrder
from services.offline_model import next_message
from services.offline_model.memory import MEMORY_KEY
from workflows.vocabulary import OrderStatus

TODAY = dt.date(2026, 11, 24)
THRESHOLD = Decimal("1000")
EXPIRES = dt.datetime(2026, 11, 24, 23, 0, tzinfo=dt.UTC)
# (order id, item, price, days ago)
DEMO = [
    (1, "Laptop Pro X1", "1299.99", 0),
    (2, "Wireless Headphones", "89.99", 1),
    (3, "Samsung QLED 4K TV", "1199.99", 2),
    (4, "Smart Watch Series 5", "349.99", 3),
    (5, "Phone Case", "19.99", 4),
]
GARDEN = [
    (11, "Cast Iron Skillet", "45.00", 0),
    (12, "Espresso Machine Deluxe", "399.00", 1),
    (13, "Sewing Machine", "229.50", 2),
    (14, "Hiking Boots", "120.00", 3),
    (15, "Wool Jumper", "75.00", 4),
    (16, "Kids Bicycle", "180.00", 5),
    (17, "Garden Hose 50ft", "29.99", 6),
    (18, "Yoga Mat", "25.00", 7),
]


def customer_orders(catalogue: list[tuple[int, str, str, int]]) -> list[CustomerOrder]:
    """A catalogue's orders as the application's grounding check reads them."""
    return [
        CustomerOrder(oid, item, Decimal(price), TODAY - dt.timedelta(days=days))
        for oid, item, price, days in catalogue
    ]


def order(oid: int, item: str, price: str, days: int, status: OrderStatus = OrderStatus.PURCHASED):
    """One order as the tools show it."""
    return results.ToolOrder(
        order_id=oid,
        item=item,
        order_date=TODAY - dt.timedelta(days=days),
        price=Decimal(price),
        status=status,
    )


@dataclass
class Shop:
    """One customer's orders and their conversation with the offline model."""

    catalogue: list[tuple[int, str, str, int]] = field(default_factory=lambda: list(DEMO))
    orders: dict[int, results.ToolOrder] = field(default_factory=dict)
    messages: list[BaseMessage] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # of the last turn
    pending: dict[int, results.ProposalMade] = field(default_factory=dict)  # proposals by order id

    def __post_init__(self) -> None:
        if not self.orders:
            self.orders = {c[0]: order(*c) for c in self.catalogue}

    def proposed(self) -> list[int]:
        """The orders the last turn proposed to refund (successful request_refund calls)."""
        return [
            a["order_id"]
            for n, a in self.calls
            if n == "request_refund" and a["order_id"] in self.pending
        ]

    def reasons(self) -> dict[int, str]:
        """The reason of each of the last turn's proposals."""
        return {a["order_id"]: a["reason"] for n, a in self.calls if n == "request_refund"}

    def tool(self, name: str, args: dict[str, Any]) -> results.ToolModel:
        """What the real tool would answer, as its typed model."""
        if name == "list_my_orders":
            return results.OrdersFound(orders=list(self.orders.values()))
        oid = args.get("order_id")
        found = self.orders.get(oid) if isinstance(oid, int) else None
        if found is None:
            return results.ToolError(
                error=results.ToolErrorKind.NOT_FOUND, order_id=oid, message="not found"
            )
        if name == "look_up_order":
            return results.OrdersFound(orders=[found])
        if name == "check_refund_status":
            waiting = self.pending.get(found.order_id)
            return results.RefundProgress(**found.model_dump(), proposal=waiting)
        if found.status is not OrderStatus.PURCHASED:
            return results.ToolError(
                error=results.ToolErrorKind.NOT_REFUNDABLE,
                order_id=found.order_id,
                item=found.item,
                price=found.price,
                status=found.status,
                message="not refundable",
            )
        made = results.ProposalMade(
            proposal_id=f"p-{found.order_id}",
            order_id=found.order_id,
            item=found.item,
            price=found.price,
            review=found.price > THRESHOLD,
            reason=str(args.get("reason") or results.NO_REASON),
            expires_at=EXPIRES,
            message="Nothing has been refunded yet.",
        )
        self.pending[found.order_id] = made
        return made

    def say(self, text: str, *, remembered: bool = True) -> str:
        """One turn; returns the reply and records the turn's tool calls. With
        `remembered=False` the reply keeps no memory, like a thread of an earlier release."""
        self.messages.append(HumanMessage(text, id=f"h{len(self.messages)}"))
        self.calls = []
        for _ in range(8):
            reply = next_message(self.messages, today=TODAY, policy="POLICY TEXT")
            if not remembered:
                reply.additional_kwargs.pop(MEMORY_KEY, None)
            self.messages.append(reply)
            if not reply.tool_calls:
                return str(reply.text)
            for call in reply.tool_calls:
                self.calls.append((call["name"], call["args"]))
                result = self.tool(call["name"], call["args"])
                self.messages.append(ToolMessage(result.to_json(), tool_call_id=call["id"] or ""))
        raise AssertionError("the offline model did not finish its turn")

    def confirmed(self, text: str = "Done: the refund has been paid.") -> None:
        """The application's own answer to a confirmation (no memory of the model's)."""
        self.messages.append(AIMessage(content=text))

    def last_memory(self) -> dict[str, Any] | None:
        """The memory the model's latest reply carries."""
        for m in reversed(self.messages):
            if isinstance(m, AIMessage) and not m.tool_calls:
                memory = m.additional_kwargs.get(MEMORY_KEY)
                return memory if isinstance(memory, dict) else None
        return None
