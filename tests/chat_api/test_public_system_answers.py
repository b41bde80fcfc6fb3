"""Anyone may call /readyz: its anonymous answer names no exception class; an admin's
credential gets the cause (the model's error text: tests/agent/test_model_errors_private.py)."""

from __future__ import annotations

import re

from tests.support.api import running_app

# An exception class name, as `type(exc).__name__` would put it in a check.
CLASS_NAME = re.compile(r"\w*(Error|Exception)\b")


def admin(settings):
    return {"Authorization": f"Bearer {settings.admin_token.get_secret_value()}"}


async def test_readyz_names_no_exception_class_unless_an_admin_asks(settings):
    async with running_app(settings) as (app, api):
        await app.state.services.pool.close()
        anonymous = await api.get("/readyz")
        assert anonymous.status_code == 503
        assert anonymous.json()["checks"]["postgres"] == "unavailable"
        assert not CLASS_NAME.search(anonymous.text), anonymous.text
        full = await api.get("/readyz", headers=admin(settings))
        assert full.status_code == 503
        cause = full.json()["checks"]["postgres"]
        assert cause.startswith("unavailable: ") and CLASS_NAME.search(cause), cause
        wrong = await api.get("/readyz", headers={"Authorization": "Bearer not-the-token"})
        assert wrong.json() == anonymous.json()  # a wrong credential is simply anonymous
