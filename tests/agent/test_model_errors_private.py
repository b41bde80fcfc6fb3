"""The model endpoint's error text is for admins: anonymous /api/info and /readyz say only that
the model is in error; with an admin's credential they carry its kind and the endpoint's words."""

from __future__ import annotations

from tests.support.api import running_app
from tests.support.clock import ManualClock


async def test_the_models_error_text_is_for_admins_only(openai_settings, fake_openai):
    fake_openai.api_key = "sk-the-right-key"  # ours is refused at the start-up check
    admin = {"Authorization": f"Bearer {openai_settings.admin_token.get_secret_value()}"}
    clock = ManualClock()
    async with running_app(openai_settings, clock=clock.now) as (_, api):
        info = await api.get("/api/info")
        assert info.json()["llm_status"] == "error"
        assert "llm_last_error" not in info.json()
        ready = await api.get("/readyz")
        assert ready.json()["checks"]["llm"] == "error"
        for answer in (info, ready):
            assert "Incorrect API key" not in answer.text and "auth" not in answer.text

        full = (await api.get("/api/info", headers=admin)).json()
        assert full["llm_last_error"]["kind"] == "auth"
        assert "Incorrect API key provided." in full["llm_last_error"]["message"]
        assert full["llm_last_error"]["at"] == clock.now().isoformat()  # the app's clock
        checks = (await api.get("/readyz", headers=admin)).json()["checks"]
        assert checks["llm"].startswith("auth: the model endpoint refused")
