"""POST /api/chat refuses empty, too long or non-text messages with a 4xx and a sentence."""

from __future__ import annotations

import pytest

from services.chat_api.routes.chat import MAX_MESSAGE_CHARS
from tests.support.api import sign_in


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"message": ""}, 422),
        ({"message": "   \n\t "}, 422),
        ({"message": "\x00\x01"}, 422),
        ({"message": "x" * (MAX_MESSAGE_CHARS + 1)}, 413),
        ({"message": 42}, 422),
        ({"message": ["hi"]}, 422),
        ({"message": None}, 422),
        ({"text": "hi"}, 422),
    ],
)
async def test_bad_messages_get_a_4xx_sentence_and_change_nothing(chat_app, orders, body, status):
    _, http = chat_app
    cid = await orders.customer()
    await sign_in(http, cid)
    r = await http.post("/api/chat", json=body)
    assert r.status_code == status, r.text
    detail = r.json()["detail"]
    assert isinstance(detail, str) and detail.endswith(".")
    assert (await http.get("/api/history")).json() == []


async def test_longest_allowed_message_is_answered(chat_app, orders):
    _, http = chat_app
    await sign_in(http, await orders.customer())
    r = await http.post("/api/chat", json={"message": "a" * MAX_MESSAGE_CHARS})
    assert r.status_code == 200


async def test_chat_needs_a_session(chat_app):
    _, http = chat_app
    r = await http.post("/api/chat", json={"message": "hello"})
    assert r.status_code == 401 and isinstance(r.json()["detail"], str)


async def test_invalid_json_is_a_400(chat_app, orders):
    _, http = chat_app
    await sign_in(http, await orders.customer())
    r = await http.post(
        "/api/chat", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert r.status_code == 400 and r.json()["detail"] == "The request body is not valid JSON."


async def test_a_lone_surrogate_is_refused_before_the_model(openai_app, fake_openai, orders):
    _, http = openai_app
    await sign_in(http, await orders.customer())
    body = b'{"message": "where is my order \\ud800?"}'
    r = await http.post("/api/chat", content=body, headers={"content-type": "application/json"})
    assert r.status_code == 422 and "message is not valid text" in r.json()["detail"]
    assert fake_openai.requests == []  # no model call, so no model error either
    assert (await http.get("/api/history")).json() == []
