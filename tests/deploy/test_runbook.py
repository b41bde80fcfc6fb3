"""The runbook tells the truth about the Temporal Web UI in compose: who can reach it (the host's
loopback only), that it has no sign-in, and that it can signal and terminate workflows."""

from __future__ import annotations

import re

from tests.deploy.compose_support import REPO_ROOT, example_env, rendered

RUNBOOK = (REPO_ROOT / "deploy" / "README.md").read_text()


def _section(title: str) -> str:
    match = re.search(r"^### " + re.escape(title) + r"\n(.*?)(?=^#{2,3} )", RUNBOOK, re.M | re.S)
    assert match, f"the runbook has no section {title!r}"
    return " ".join(match.group(1).split())


def test_the_runbook_says_who_may_reach_the_temporal_ui():
    services = rendered(example_env())["services"]
    ui = services["temporal-ui"]
    # What compose does: the UI on the host's loopback only, its defaults (no sign-in, write
    # actions on) untouched, and no host port for Temporal itself.
    assert [(p["host_ip"], p["published"]) for p in ui["ports"]] == [("127.0.0.1", "8233")]
    assert not {"TEMPORAL_AUTH_ENABLED", "TEMPORAL_DISABLE_WRITE_ACTIONS"} & set(ui["environment"])
    assert not services["temporal"].get("ports")
    # What the runbook says about it.
    said = _section("Who may reach the Temporal Web UI")
    for fact in (
        "127.0.0.1:8233",
        "no authentication",
        "signal, cancel, terminate and reset enabled",
        "every user and every process on the host",
        "TEMPORAL_DISABLE_WRITE_ACTIONS=true",
    ):
        assert fact in said.replace("*", ""), fact
