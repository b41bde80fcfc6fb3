"""`python -m tests.agent.eval` (`make eval`): the evaluation against the configured model.

It starts its own embedded PostgreSQL and Temporal dev server in a temporary folder, a refund
worker and the chat API in this process, runs the cases of every split (dev: cases.yaml,
holdout: holdout.yaml, holdout2 to holdout7: holdout2.yaml to holdout7.yaml), each followed by a
careless "yes", and prints the score per split and category beside its target, and the
wrong-order proposals and money moves. The model is whatever the settings say: the offline
model by default, or any OpenAI-compatible endpoint with OPENAI_API_KEY / OPENAI_BASE_URL /
LLM_MODEL (LLM_PROVIDER=openai for a keyless local server). Exits 1 when a target is missed:
dev 100 %, each holdout at least 90 %, every money-safety case, no wrong-order money move.
Failed dev cases are named with their reasons; of the holdouts only the scores and counts are
printed, unless --holdout-details asks for their failures.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import shutil
import sys
import tempfile
from pathlib import Path

import asyncpg
from temporalio.contrib.pydantic import pydantic_data_converter
from temporalio.testing import WorkflowEnvironment

from services.common.config import Settings
from services.common.db import create_pool, migrate
from services.common.servers import (
    TEMPORAL_CLI,
    TEMPORAL_TUNING_ARGS,
    start_embedded_postgres,
    stop_embedded_postgres,
)
from services.common.temporal import SEARCH_ATTRIBUTES
from services.worker.main import build_worker
from tests.agent.eval.cases import SPLIT_FILES, load_split
from tests.agent.eval.judge import CaseRunner, run_all
from tests.agent.eval.report import meets_targets, report
from tests.support.api import running_app

DATABASE = "refunds_eval"


async def _database(root_uri: str) -> str:
    conn = await asyncpg.connect(root_uri)
    try:
        await conn.execute(f'CREATE DATABASE "{DATABASE}"')
    finally:
        await conn.close()
    return root_uri.replace("/postgres?", f"/{DATABASE}?")


async def evaluate(args: argparse.Namespace, folder: Path) -> bool:
    """Start the servers, run the cases, print the scores; True when the bar is met."""
    splits = list(SPLIT_FILES) if args.split in ("all", "both") else [args.split]
    every = [c for split in splits for c in load_split(split)]
    cases = [c for c in every if args.k in c.id or args.k == c.category]
    pgdata = folder / "pg" / "data"
    url = await _database(start_embedded_postgres(pgdata))
    try:
        env = await WorkflowEnvironment.start_local(
            dev_server_existing_path=str(TEMPORAL_CLI),
            dev_server_extra_args=TEMPORAL_TUNING_ARGS,
            search_attributes=SEARCH_ATTRIBUTES,
            data_converter=pydantic_data_converter,
        )
        try:
            config = env.client.service_client.config
            # The model settings (LLM_*, OPENAI_*) come from the environment / .env; the rest
            # is this run's own servers in dev mode.
            settings = Settings(
                app_env="dev",
                database_url=url,
                temporal_address=config.target_host,
                temporal_task_queue="eval",
                review_link_secret="eval-review-secret-0123456789",
                session_secret="eval-session-secret-0123456789",
                admin_token="eval-admin-token-0123456789",
                public_base_url="http://testserver",
                payment_delay_seconds=0,
                crash_button_enabled=False,
            )
            model = settings.llm_model if settings.resolved_llm_provider == "openai" else "-"
            sys.stdout.write(
                f"Evaluating {len(cases)} cases ({', '.join(splits)}) with the"
                f" {settings.resolved_llm_provider} model {model}\n"
            )
            pool = await create_pool(url, max_size=10)
            try:
                await migrate(pool)
                async with (
                    build_worker(env.client, pool, settings),
                    running_app(settings) as (
                        app,
                        _,
                    ),
                ):
                    runner = CaseRunner(app, pool)
                    outcomes = await run_all(runner, cases, args.concurrency)
            finally:
                await pool.close()
        finally:
            await env.shutdown()
    finally:
        stop_embedded_postgres(pgdata)
    sys.stdout.write(report(outcomes, holdout_details=args.holdout_details) + "\n")
    return meets_targets(outcomes)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m tests.agent.eval", description=__doc__)
    parser.add_argument("-k", default="", help="only cases whose id contains this, or a category")
    parser.add_argument(
        "--split",
        choices=[*SPLIT_FILES, "all", "both"],
        default="all",
        help="which cases to run (all, or its old name both: every split)",
    )
    parser.add_argument("--concurrency", type=int, default=4, help="cases run at once")
    parser.add_argument(
        "--holdout-details",
        action="store_true",
        help="also name the holdouts' failed cases and why (never tune against them)",
    )
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    folder = Path(tempfile.mkdtemp(prefix="refunds-eval-"))
    try:
        ok = asyncio.run(evaluate(args, folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
