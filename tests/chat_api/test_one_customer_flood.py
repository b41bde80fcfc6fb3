"""One customer's flood cannot starve the others: while 200 of one customer's requests are
in flight at once (chat, Confirm/Cancel, history, proposals, orders, refunds), most of them are
refused at once and another customer's chat turns are all answered. The chat API is a process
of its own with the product's default limits, reached directly or through the product's nginx
(deploy/nginx/nginx.conf, as in production), and the flood comes from another process
(tests/support/flood_client.py), as it would from a client elsewhere (tests/support/flood.py).

How much slower the other customer's turn is during a flood than with nothing else going on
is a speed figure, and speed is not asserted by tests: `make bench` measures it against its
target, and this test writes its own run's figure to test-artifacts/flood-ratio.json and
flood-ratio-nginx.json (README, "Limits per customer").
"""

from __future__ import annotations

import json

import pytest

from tests.support import flood, nginx
from tests.support.processes import REPO_ROOT

ARTIFACTS = REPO_ROOT / "test-artifacts"
ARTIFACT = {"chat API": "flood-ratio.json", "nginx": "flood-ratio-nginx.json"}


@pytest.mark.timeout(300)  # a chat API process starts, then 15 rounds of 200 requests
@pytest.mark.parametrize("front", flood.FRONTS)
async def test_another_customers_turn_is_answered_during_one_customers_flood(
    settings, worker, orders, tmp_path, front
):
    if front == "nginx" and not nginx.available():
        pytest.skip("nginx is not installed (.ci/run installs it)")
    flooder = await orders.order("10.00")
    calm = [await orders.order("10.00", item="Lamp") for _ in range(flood.CALM)]
    async with flood.serving(flood.product_limits(settings), tmp_path, [front]) as served:
        # The other customers' turns with nothing else going on, then during each flood; each
        # must be answered (200, with a reply).
        run = await flood.measure(served[front], flooder, calm)
    codes = run.codes
    # The flood was real: most of it refused at once (429, or 503 for a second turn of the
    # customer's while one runs), some of it served: straight to the chat API, some of every
    # round; through nginx, which lets a session's requests through at the chat API's
    # allowances a minute together once the flood has used their burst, a few in all.
    assert codes[429] > flood.FLOOD * flood.ROUNDS // 2, codes
    assert set(codes) <= {200, 404, 429, 503}, codes
    answered = sum(n for code, n in codes.items() if code not in (429, 503))
    assert answered >= (flood.ROUNDS if front == "chat API" else 1), codes
    # Every turn of the other customer was answered, during the floods as well as before them;
    # how much slower is recorded, not asserted.
    assert len(run.during) == flood.ROUNDS
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / ARTIFACT[front]).write_text(json.dumps(flood.summary_of(run), indent=1))
