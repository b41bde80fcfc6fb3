"""Runs the offline model's turns against in-memory orders, with no servers: the tools'
JSON shapes are imitated (proposals as in the agent contract), so the grammar and planner are
tested as pure functions."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from langchain_core.messages import BaseMessage, HumanMessage, ToolMessage

from services.chat_api.agent.offline import next_message

TODAY = dt.date(2026, 11, 24)
THRESHOLD = Decimal("1000")
# Customer 1 of the seed in services/common/db.py: (order id, item, price, days ago).
SEED = [
    (1, "Laptop Pro X1", "1299.99", 0),
    (2, "Wireless Headphones", "89.99", 1),
    (3, "Samsung QLED 4K TV", "1199.99", 2),
    (4, "Smart Watch Series 5", "349.99", 3),
    (5, "Phone Case", "19.99", 4),
]


def order(oid: int, item: str, price: str, days: int, status: str = "PURCHASED") -> dict[str, Any]:
    return {
        "order_id": oid,
        "item": item,
        "order_date": (TODAY - dt.timedelta(days=days)).isoformat(),
        "price": price,
        "currency": "USD",
        "status": status,
    }


@dataclass
class Shop:
    """One customer's orders and the conversation with the offline model."""

    orders: dict[int, dict[str, Any]] = field(
        default_factory=lambda: {o[0]: order(*o) for o in SEED}
    )
    messages: list[BaseMessage] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # of the last turn
    pending: dict[int, dict[str, Any]] = field(default_factory=dict)  # proposals by order id

    def proposed(self) -> list[int]:
        return [a["order_id"] for n, a in self.calls if n == "request_refund"]

    def tool(self, name: str, args: dict[str, Any]) -> dict[str, Any]:
        if name == "list_my_orders":
            return {"orders": list(self.orders.values())}
        oid = args.get("order_id")
        o = self.orders.get(oid) if isinstance(oid, int) else None
        if o is None:
            return {"order_id": oid, "error": "not_found", "message": "not found"}
        if name == "look_up_order":
            return {"orders": [o]}
        if name == "check_refund_status":
            pending = self.pending.get(o["order_id"]) if o["status"] == "PURCHASED" else None
            extra = {"proposal": pending} if pending else {}
            return {**o, **extra, "requested_at": None, "decided_at": None, "decision": None}
        if o["status"] != "PURCHASED":
            return {**o, "error": "not_refundable", "message": "not refundable"}
        self.pending[o["order_id"]] = {
            "proposal_id": f"p-{oid}",
            "order_id": oid,
            "item": o["item"],
            "price": o["price"],
            "currency": "USD",
            "review": Decimal(o["price"]) > THRESHOLD,
            "reason": args.get("reason"),
            "expires_at": "2026-11-24T23:00:00+00:00",
            "status": "awaiting_confirmation",
            "message": "Awaiting the customer's confirmation.",
        }
        return self.pending[o["order_id"]]

    def say(self, text: str) -> str:
        """One turn; returns the reply and records the turn's tool calls."""
        self.messages.append(HumanMessage(text, id=f"h{len(self.messages)}"))
        self.calls = []
        for _ in range(8):
            reply = next_message(self.messages, today=TODAY, policy="POLICY TEXT")
            self.messages.append(reply)
            if not reply.tool_calls:
                return str(reply.text)
            for call in reply.tool_calls:
                self.calls.append((call["name"], call["args"]))
                result = self.tool(call["name"], call["args"])
                answer = ToolMessage(json.dumps(result), tool_call_id=call["id"] or "")
                self.messages.append(answer)
        raise AssertionError("the offline model did not finish its turn")
