"""What the developer sees once the stack is up, and how the supervisor knows it is up."""

from __future__ import annotations

import httpx

from services.devstack.options import DevstackOptions

READY_PROBE_TIMEOUT_SECONDS = 1.0
DEFAULT_BASE_URL = "http://127.0.0.1:8000"  # the chat URL mint_token prints by default


def chat_api_ready(opts: DevstackOptions) -> bool:
    """True when the chat API's /readyz answers 200 (PostgreSQL and Temporal reachable)."""
    try:
        response = httpx.get(f"{opts.api_url}/readyz", timeout=READY_PROBE_TIMEOUT_SECONDS)
    except httpx.HTTPError:
        return False
    return response.status_code == 200


def mint_command(opts: DevstackOptions) -> str:
    """The one-line command that mints a shop sign-in token for this stack."""
    command = ".venv/bin/python -m services.chat_api.mint_token 1"
    if opts.api_url != DEFAULT_BASE_URL:
        command += f" --base-url {opts.api_url}"
    return command


def banner(opts: DevstackOptions, *, admin_token: str, token_source: str, seconds: float) -> str:
    """The URLs and the admin token, printed once the chat API is ready."""
    where = "from ADMIN_TOKEN" if token_source == "environment" else f"saved in {token_source}"
    lines = [
        "",
        f"Reliable Refunds is running (ready in {seconds:.1f} s). Ctrl-C stops everything.",
        "",
        f"  Chat (customer page)  {opts.api_url}/",
        f"  Admin page            {opts.api_url}/admin",
        f"  Dev mailbox           {opts.api_url}/mailbox",
        f"  Temporal Web UI       {opts.temporal_ui_url}",
        f"  API docs              {opts.api_url}/api/docs",
        "",
        f"  Admin token           {admin_token}",
        f"                        ({where}; paste it into the admin page)",
        f"  Shop sign-in          {mint_command(opts)}",
        "                        (mints a shop token for customer 1 with the dev key and prints",
        "                        the chat URL that signs in with it; the demo list stays too)",
        f"  Data folder           {opts.data_dir}",
        "",
    ]
    return "\n".join(lines) + "\n"
