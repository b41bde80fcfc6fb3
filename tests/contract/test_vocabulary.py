"""One vocabulary: the frontend's status tables (orders and refund proposals) say what
workflows/vocabulary.py says, the database accepts exactly its values, the review page shows its
labels, and the API's proposal fields are typed by its proposal enums."""

from __future__ import annotations

import re

from services.chat_api.agent.proposal_record import ProposalView
from services.chat_api.routes.review import templates
from tests.support.processes import REPO_ROOT
from workflows.vocabulary import (
    PROPOSAL_OUTCOME_LABELS,
    PROPOSAL_STATUS_LABELS,
    STATUS_LABELS,
    STATUS_PHRASES,
    DecisionOutcome,
    LedgerState,
    OrderStatus,
    Outcome,
    ProposalOutcome,
    ProposalStatus,
    outcome_message,
)

ASSETS = REPO_ROOT / "frontend" / "assets"


def js_table(file: str, declaration: str) -> dict[str, str]:
    """An object literal of a frontend module (`<declaration> = {...};`) as key: "text" pairs."""
    source = (ASSETS / file).read_text()
    block = re.search(rf"{re.escape(declaration)} = \{{(.*?)\}};", source, re.S)
    assert block is not None, f"{file} no longer has {declaration}"
    return dict(re.findall(r'(\w+): "([^"]*)"', block.group(1)))


def test_frontend_status_labels_match_the_vocabulary():
    labels = js_table("common.js", "export const STATUS_LABELS")
    assert labels == {s.value: text for s, text in STATUS_LABELS.items()}


def test_proposal_cards_say_what_the_vocabulary_says():
    statuses = js_table("proposals.js", "const STATUSES")
    outcomes = js_table("proposals.js", "const OUTCOMES")
    assert statuses == {s.value: text for s, text in PROPOSAL_STATUS_LABELS.items()}
    assert outcomes == {o.value: text for o, text in PROPOSAL_OUTCOME_LABELS.items()}
    assert set(PROPOSAL_STATUS_LABELS) == set(ProposalStatus)
    assert set(PROPOSAL_OUTCOME_LABELS) == set(ProposalOutcome)


def test_the_api_types_proposal_fields_by_the_vocabulary():
    schema = ProposalView.model_json_schema()
    defs = schema["$defs"]
    assert set(defs["ProposalStatus"]["enum"]) == {s.value for s in ProposalStatus}
    assert set(defs["ProposalOutcome"]["enum"]) == {o.value for o in ProposalOutcome}


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
