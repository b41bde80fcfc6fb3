"""Review pages from the email link. GET shows; only POST decides (mail scanners open links)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Form, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from services.chat_api.deps import StateDep
from services.chat_api.metrics import REVIEW_DECISIONS
from services.chat_api.reviews import ReviewView
from services.chat_api.schemas import ERROR_DETAIL_REF
from services.common.formats import MAX_NOTE_CHARS, long_date, long_timestamp
from services.common.money import display_amount
from services.common.review_tokens import ExpiredToken, InvalidToken, ReviewClaims
from services.common.text import NoteText
from workflows.contract import DecisionChannel, DecisionKind
from workflows.vocabulary import status_label

router = APIRouter(tags=["review"])
templates = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "templates")
templates.env.filters["money"] = display_amount


templates.env.filters["when"] = long_timestamp
templates.env.filters["long_date"] = long_date
templates.env.globals["max_note_chars"] = MAX_NOTE_CHARS
templates.env.filters["status_label"] = status_label


# The review pages answer HTML, errors included; only a malformed form answers JSON.
PAGE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"content": {"text/html": {}}, "description": "The link is damaged or not ours."},
    404: {"content": {"text/html": {}}, "description": "No refund waits under this link."},
    410: {"content": {"text/html": {}}, "description": "The link expired or was replaced."},
    422: {
        "content": {"application/json": {"schema": {"$ref": ERROR_DETAIL_REF}}},
        "description": "The form is not valid (a note too long).",
    },
}


def _page(request: Request, status_code: int, **context: Any) -> HTMLResponse:
    """The review page; `truth` (a DecisionTruth) says what became of a decision just made."""
    return templates.TemplateResponse(
        request, "review.html", {"view": None, "truth": None, **context}, status_code=status_code
    )


async def _resolve(
    request: Request, state: StateDep, token: str
) -> tuple[ReviewClaims | None, ReviewView | None, HTMLResponse | None]:
    """The token's claims and the review, or the 4xx page to answer with."""
    try:
        claims = state.tokens.verify(token)
    except ExpiredToken as exc:
        view = await state.reviews.view(exc.claims.order_id)
        if view is not None and view.workflow_id == exc.claims.workflow_id and not view.pending:
            return None, None, _page(request, 410, view=view)
        closed = long_timestamp(dt.datetime.fromtimestamp(exc.claims.expires_at, dt.UTC))
        return None, None, _page(
            request, 410, title="This review link has expired",
            message=f"The review window closed on {closed}. Nothing was changed.",
        )  # fmt: skip
    except InvalidToken:
        return None, None, _page(
            request, 400, title="This review link is not valid",
            message="The link is damaged or was not issued by us. Nothing was changed.",
        )  # fmt: skip
    view = await state.reviews.view(claims.order_id)
    if view is None or view.workflow_id != claims.workflow_id:
        return None, None, _page(
            request, 404, title="Unknown review",
            message="There is no refund waiting under this link. Nothing was changed.",
        )  # fmt: skip
    if claims.run_id and view.run_id and claims.run_id != view.run_id:
        # A link from an earlier run of refund-<order>: it can never decide the newer one.
        return None, None, _page(
            request, 410, title="This review link belongs to an earlier request",
            message="This refund was requested again and has a newer review link."
            " Nothing was changed.",
        )  # fmt: skip
    return claims, view, None


@router.get("/review/{token}", response_class=HTMLResponse, responses=PAGE_ERRORS)
async def review_page(token: str, request: Request, state: StateDep) -> HTMLResponse:
    claims, view, error = await _resolve(request, state, token)
    if error is not None:
        return error
    assert claims is not None
    deadline = dt.datetime.fromtimestamp(claims.expires_at, dt.UTC)
    return _page(request, 200, view=view, reviewer=claims.reviewer, deadline=deadline)


@router.post("/review/{token}", response_class=HTMLResponse, responses=PAGE_ERRORS)
async def review_decision(
    token: str,
    request: Request,
    state: StateDep,
    decision: Annotated[str, Form()] = "",
    note: Annotated[NoteText, Form(max_length=MAX_NOTE_CHARS)] = "",
) -> HTMLResponse:
    claims, view, error = await _resolve(request, state, token)
    if error is not None:
        return error
    assert claims is not None and view is not None
    if decision not in tuple(DecisionKind):
        return _page(
            request, 422, view=view, reviewer=claims.reviewer,
            message="Choose Approve or Reject.",
        )  # fmt: skip
    kind = DecisionKind(decision)
    truth = await state.reviews.decide(
        view,
        kind,
        claims.reviewer,
        note.strip(),
        channel=DecisionChannel.EMAIL_LINK,
        run_id=claims.run_id or None,
    )
    if truth.result == "recorded":
        REVIEW_DECISIONS.labels(decision=kind, channel=DecisionChannel.EMAIL_LINK).inc()
    return _page(request, 200, view=truth.view, truth=truth, reviewer=claims.reviewer)
