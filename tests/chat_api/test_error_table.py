"""errors.py's one table is what the API answers and what its docs say: every error a service
or the agent raises answers the table's status, sentence and Retry-After, and the routes'
documented error answers are generated from the same table (a busy thread is a 503, as
answered, never a 409)."""

from __future__ import annotations

import httpx
from fastapi import FastAPI
from temporalio.service import RPCError, RPCStatusCode

from services.chat_api.agent.proposals import ProposalDecided, ProposalExpired, ProposalNotFound
from services.chat_api.agent.thread_lock import ThreadBusy
from services.chat_api.app import create_app
from services.chat_api.errors import ANSWERS, install_error_handlers
from services.chat_api.limits import Action, RateLimited, TooManyInFlight
from services.chat_api.reviews import DecisionNotApplied
from workflows.vocabulary import ProposalStatus

# Errors whose constructor takes what they say; every other kind is built with a message.
SAMPLES: dict[type[Exception], Exception] = {
    ProposalDecided: ProposalDecided("0" * 32, ProposalStatus.CLOSED),
    RateLimited: RateLimited(Action.CHAT, 10, 2.5),
    TooManyInFlight: TooManyInFlight(3),
    DecisionNotApplied: DecisionNotApplied("Already approved by ann@shop.test."),
    RPCError: RPCError("unavailable", RPCStatusCode.UNAVAILABLE, b""),
}


def _sample(kind: type[Exception]) -> Exception:
    return SAMPLES.get(kind) or kind("a test error")


async def test_every_error_answers_what_the_table_says():
    app = FastAPI()
    install_error_handlers(app)
    kinds = {kind.__name__: kind for kind in ANSWERS}

    @app.get("/raise/{name}")
    async def raising(name: str) -> None:
        raise _sample(kinds[name])

    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://test") as http:
        for name, kind in kinds.items():
            answer = ANSWERS[kind]
            r = await http.get(f"/raise/{name}")
            assert r.status_code == answer.status, name
            assert r.json() == {"detail": answer.detail(_sample(kind))}, name
            wait = answer.retry_after(_sample(kind)) if answer.retry_after else None
            assert r.headers.get("retry-after") == (str(wait) if wait else None), name
    limited = ANSWERS[RateLimited].retry_after
    assert limited is not None and limited(SAMPLES[RateLimited]) == 3  # 2.5 s, rounded up


def _documented(spec, method: str, path: str) -> dict[str, str]:
    responses = spec["paths"][path][method]["responses"]
    return {code: answer["description"] for code, answer in responses.items()}


def test_the_docs_are_generated_from_the_table(settings):
    spec = create_app(settings).openapi()
    message = _documented(spec, "post", "/api/chat")
    assert "409" not in message
    assert ANSWERS[ThreadBusy].doc in message["503"]
    assert ANSWERS[RateLimited].doc in message["429"]
    confirm = _documented(spec, "post", "/api/chat/proposals/{proposal_id}/confirm")
    for kind in (ProposalNotFound, ProposalDecided, ProposalExpired, ThreadBusy):
        answer = ANSWERS[kind]
        assert answer.doc in confirm[str(answer.status)], kind.__name__
