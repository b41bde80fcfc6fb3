"""`make dev`'s banner shows how a shop token signs in, and the printed command works."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys

import jwt

from services.chat_api.auth import ShopTokens
from services.common.config import DEV_SHOP_JWT_ISSUER, Settings
from services.devstack.banner import banner
from services.devstack.options import parse_options
from tests.support.processes import REPO_ROOT


def test_the_banner_prints_the_mint_command_for_this_port():
    opts = parse_options(["--api-port", "8123"], {})
    text = banner(opts, admin_token="t", token_source="environment", seconds=1.0)
    assert (
        ".venv/bin/python -m services.chat_api.mint_token 1 --base-url http://127.0.0.1:8123"
        in text
    )


def test_the_mint_command_prints_a_token_the_dev_app_accepts():
    env = {k: v for k, v in os.environ.items() if not k.startswith(("APP_ENV", "SHOP_"))}
    out = subprocess.run(
        [sys.executable, "-m", "services.chat_api.mint_token", "7", "--base-url", "http://x:1"],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    token, url = out[0], out[1]
    assert url == f"http://x:1/#token={token}"
    assert jwt.decode(token, options={"verify_signature": False})["iss"] == DEV_SHOP_JWT_ISSUER
    dev = Settings(_env_file=None, app_env="dev")
    assert asyncio.run(ShopTokens(dev).verify(token)).customer_id == 7
