"""One vocabulary: the frontend's status table says what workflows/vocabulary.py says, the
database accepts exactly its values, and the review page shows its labels."""

from __future__ import annotations

import re

from services.chat_api.routes.review import templates
from tests.support.processes import REPO_ROOT
from workflows.vocabulary import (
    STATUS_LABELS,
    STATUS_PHRASES,
    DecisionOutcome,
    LedgerState,
    OrderStatus,
    Outcome,
    outcome_message,
)

COMMON_JS = REPO_ROOT / "frontend" / "assets" / "common.js"


def frontend_status_labels() -> dict[str, str]:
    """The `STATUS_LABELS` object literal of common.js, read as key: "text" pairs."""
    source = COMMON_JS.read_text()
    block = re.search(r"export const STATUS_LABELS = \{(.*?)\};", source, re.S)
    assert block is not None, "common.js no longer defines STATUS_LABELS"
    return dict(re.findall(r'(\w+): "([^"]*)"', block.group(1)))


def test_frontend_status_labels_match_the_vocabulary():
    assert frontend_status_labels() == {s.value: text for s, text in STATUS_LABELS.items()}


def test_every_status_has_a_label_and_a_phrase():
    assert set(STATUS_LABELS) == set(OrderStatus) == set(STATUS_PHRASES)
    assert all(outcome_message(o, "order 1") for o in Outcome)


def test_review_page_shows_the_vocabulary_label():
    show = templates.env.filters["status_label"]
    assert show("REFUND_REJECTED") == STATUS_LABELS[OrderStatus.REFUND_REJECTED]
    assert show("SOMETHING_NEW") == "SOMETHING_NEW"


async def test_the_database_accepts_exactly_the_vocabulary(pool):
    checks = {
        row["conname"]: row["def"]
        for row in await pool.fetch(
            "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint"
            " WHERE conname IN ('purchases_status_check', 'refunds_state_check',"
            " 'refunds_decision_check')"
        )
    }
    for name, enum in (
        ("purchases_status_check", OrderStatus),
        ("refunds_state_check", LedgerState),
        ("refunds_decision_check", DecisionOutcome),
    ):
        assert set(re.findall(r"'(\w+)'", checks[name])) == {m.value for m in enum}, name
