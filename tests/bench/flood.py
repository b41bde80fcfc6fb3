"""Another customer's chat turn while one customer floods the chat API (issue 16: within 2x of
the same turn with nothing else going on), measured as the flood test runs it
(tests/support/flood.py): a chat API process of its own on the stack's PostgreSQL, Temporal
and worker, with the product's default per-customer limits (the stack's own processes have
them off), reached through the product's nginx and directly; the flood from a process of its
own, written in one burst, then at the lowest priority on one CPU, as a client elsewhere would
cost the server nothing."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from tests.bench.customers import SMALL_PRICE
from tests.bench.stack import BenchStack
from tests.bench.summary import summary
from tests.support import flood, nginx
from tests.support.flood_client import NICE
from tests.support.orders import OrderFactory

# Each way in, as results.json names it, and what the flood reaches first.
FRONTS = {"nginx": "nginx", "direct": "chat API"}


def _figures(run: flood.FloodRun) -> dict[str, Any]:
    """The calm turns before and during the floods (ms), their p50s' ratio, the worst round."""
    return {
        "unloaded_ms": summary([s * 1000 for s in run.unloaded]),
        "during_ms": summary([s * 1000 for s in run.during]),
        "ratio_p50": round(run.ratio(), 2),
        "worst_round": round(max(run.ratios()), 2),
        "codes": {str(code): n for code, n in sorted(run.codes.items())},
        "written_ms": round(statistics.median(run.written), 1),
        # The server's own CPU: a calm turn alone, and a round (a flood and a calm turn).
        **flood.cpu_ms(run),
    }


def _folder(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


async def one_customer_flood(
    stack: BenchStack, rounds: int, requests: int, run_dir: Path
) -> dict[str, Any]:
    """Through nginx, then directly (one chat API process, customers of their own each way):
    `rounds` calm turns unloaded, then one during each of `rounds` floods of `requests`
    requests."""
    settings = flood.product_limits(
        stack.settings.model_copy(update={"payment_delay_seconds": 0}), rounds
    )
    cpu = flood.client_cpu()
    out: dict[str, Any] = {
        "requests": requests,
        "rounds": rounds,
        "calm_customers": flood.CALM,
        "client": "writes its flood in one burst, then reads the answers at nice"
        f" {NICE}" + ("" if cpu is None else f", on CPU {cpu} only"),
        "limits": {name: getattr(settings, name) for name in flood.LIMITS},
    }
    factory = OrderFactory(stack.pool)
    ways = {key: front for key, front in FRONTS.items() if front != "nginx" or nginx.available()}
    async with flood.serving(settings, _folder(run_dir), ways.values()) as served:
        for key, front in FRONTS.items():
            if key not in ways:
                out[key] = {"n/a": "nginx is not installed"}
                continue
            # Customers of their own each way: nobody's allowance is used up by the other way.
            flooder = await factory.order(SMALL_PRICE)
            calm = [await factory.order(SMALL_PRICE, item="Lamp") for _ in range(flood.CALM)]
            out[key] = _figures(await flood.measure(served[front], flooder, calm, rounds, requests))
    return out
