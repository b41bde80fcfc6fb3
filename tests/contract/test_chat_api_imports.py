"""The chat API process loads the contract, never the worker's code: no activity module (ledger,
payments, email), no SendGrid SDK, no workflow implementation."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.support.processes import REPO_ROOT

PROBE = """
import json, sys
import services.chat_api.app, services.chat_api.main
print(json.dumps(sorted(sys.modules)))
"""


def test_chat_api_loads_no_activity_nor_sendgrid_code():
    done = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO_ROOT, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.strip().splitlines()[-1]))
    assert "services.chat_api.app" in loaded and "workflows.contract" in loaded
    forbidden = sorted(
        m
        for m in loaded
        if m.split(".")[0] in ("activities", "sendgrid", "python_http_client")
        or m == "workflows.refund"
    )
    assert forbidden == []
