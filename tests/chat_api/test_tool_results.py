"""The agent tools' results: one typed model per result, plain JSON on the wire (money as a
two-decimal string, ISO dates), read back into the same model by the offline model."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from services.chat_api import tool_results as results
from workflows.vocabulary import OrderStatus

ORDER = results.ToolOrder(
    order_id=2,
    item="Wireless Headphones",
    order_date=dt.date(2026, 11, 23),
    price=Decimal("89.9"),
    status=OrderStatus.PURCHASED,
)
PROPOSAL = results.ProposalMade(
    proposal_id="p1",
    order_id=2,
    item="Wireless Headphones",
    price=Decimal("89.99"),
    review=False,
    reason="they broke",
    expires_at=dt.datetime(2026, 11, 24, 12, 0, tzinfo=dt.UTC),
    message="Nothing has been refunded yet.",
)


def test_the_wire_format_is_what_any_model_reads():
    wire = json.loads(results.OrdersFound(orders=[ORDER]).to_json())
    assert wire == {
        "orders": [
            {
                "order_id": 2,
                "item": "Wireless Headphones",
                "order_date": "2026-11-23",
                "price": "89.90",
                "currency": "USD",
                "status": "PURCHASED",
            }
        ]
    }
    status = json.loads(results.RefundProgress(**ORDER.model_dump(), proposal=PROPOSAL).to_json())
    assert status["proposal"]["status"] == "awaiting_confirmation"
    assert "requested_at" not in status  # no value, no key


@pytest.mark.parametrize(
    ("tool", "result"),
    [
        ("list_my_orders", results.OrdersFound(orders=[ORDER])),
        ("look_up_order", results.OrdersFound(orders=[])),
        ("request_refund", PROPOSAL),
        ("check_refund_status", results.RefundProgress(**ORDER.model_dump())),
        (
            "request_refund",
            results.ToolError(error=results.ToolErrorKind.NOT_FOUND, order_id=9, message="no"),
        ),
        (
            "request_refund",
            results.ToolError(
                error=results.ToolErrorKind.NOT_REFUNDABLE,
                order_id=2,
                item="Wireless Headphones",
                price=Decimal("89.99"),
                status=OrderStatus.REFUNDED,
                message="already",
            ),
        ),
    ],
)
def test_every_result_reads_back_as_the_model_it_was(tool, result):
    assert results.parse_result(tool, result.to_json()) == result


@pytest.mark.parametrize(
    ("tool", "content"),
    [
        ("list_my_orders", "Error: something broke"),  # ToolNode's text for a failed call
        ("request_refund", '{"orders": []}'),  # another tool's shape
        ("no_such_tool", '{"orders": []}'),
        ("check_refund_status", "[1, 2]"),
    ],
)
def test_anything_else_reads_as_a_tool_failure(tool, content):
    result = results.parse_result(tool, content)
    assert isinstance(result, results.ToolError) and result.error is results.ToolErrorKind.INTERNAL
