"""Mint a shop sign-in token for local testing: `python -m services.chat_api.mint_token 1`.

It signs with the dev shop key (or SHOP_JWT_KEY when that is a shared secret) and prints the
token and the URL that signs the customer in to `make dev`'s chat page. Dev only: a real shop
mints its tokens in its own sign-in service.
"""

from __future__ import annotations

import argparse
import sys
import time

import jwt

from services.common.config import Settings

DEFAULT_MINUTES = 60


def mint(settings: Settings, customer_id: int, *, minutes: int = DEFAULT_MINUTES) -> str:
    """An HS256 token for `customer_id`, valid for `minutes`, as the dev shop would issue it."""
    key, issuer, audience = settings.shop_jwt
    if not key or key.lstrip().startswith("-----BEGIN"):
        raise ValueError("minting needs a shared-secret SHOP_JWT_KEY (or none, for the dev key)")
    now = int(time.time())
    claims = {
        "iss": issuer,
        "aud": audience,
        "iat": now,
        "exp": now + minutes * 60,
        settings.shop_customer_claim: str(customer_id),
    }
    return jwt.encode(claims, key, algorithm="HS256")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m services.chat_api.mint_token")
    parser.add_argument("customer_id", type=int, help="the customer the token signs in")
    parser.add_argument("--minutes", type=int, default=DEFAULT_MINUTES, help="validity")
    parser.add_argument("--base-url", default="", help="the chat's URL (default PUBLIC_BASE_URL)")
    args = parser.parse_args()
    settings = Settings(app_env="dev")
    token = mint(settings, args.customer_id, minutes=args.minutes)
    base = (args.base_url or settings.public_base_url).rstrip("/")
    sys.stdout.write(f"{token}\n\n{base}/#token={token}\n")


if __name__ == "__main__":
    main()
