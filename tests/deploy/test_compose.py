"""docker-compose.yml, checked by the Compose v2 binary (`docker compose config`) and by the
rules this project sets for it: pinned images, a healthcheck on every long-running service,
start-up ordered by health and by one-shot jobs, a scalable chat API, TLS to PostgreSQL."""

from __future__ import annotations

import re
from typing import Any

import pytest

from tests.deploy.compose_support import REPO_ROOT, compose, example_env, rendered

REQUIRED_SECRETS = [
    "POSTGRES_SUPERUSER_PASSWORD",
    "REFUNDS_OWNER_PASSWORD",
    "REFUNDS_APP_PASSWORD",
    "TEMPORAL_DB_PASSWORD",
    "REVIEW_LINK_SECRET",
    "SESSION_SECRET",
    "ADMIN_TOKENS",
    "PUBLIC_BASE_URL",
    "ADMIN_EMAIL",
    "SHOP_JWT_ISSUER",
    "SHOP_JWT_AUDIENCE",
]
APP_SERVICES = ("migrate", "worker", "chat-api")


@pytest.fixture(scope="module")
def project() -> dict[str, Any]:
    return rendered(example_env(), "local")


@pytest.fixture(scope="module")
def services(project):
    return project["services"]


def _one_shot(service: dict[str, Any]) -> bool:
    return service.get("restart") == "no"


def test_the_compose_binary_accepts_the_file_with_the_example_settings():
    done = compose("config", "--quiet", env=example_env())
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("name", REQUIRED_SECRETS)
def test_a_missing_required_setting_stops_compose_with_a_message(name):
    env = example_env()
    env.pop(name)
    done = compose("config", "--quiet", env=env)
    assert done.returncode != 0
    assert f"set {name}" in done.stderr, done.stderr


def test_every_image_is_pinned_to_an_exact_version(services):
    for name, service in services.items():
        image = service["image"]
        repo, _, tag = image.rpartition(":")
        assert repo and tag, f"{name}: {image} has no tag"
        assert tag != "latest" and re.search(r"\d+\.\d+", tag), f"{name}: {image} is not pinned"
    assert not any("auto-setup" in s["image"] for s in services.values())


def test_temporal_is_the_server_image_with_one_shot_admin_tools_jobs(services):
    assert services["temporal"]["image"].startswith("temporalio/server:")
    server_version = services["temporal"]["image"].split(":")[1]
    for job in ("temporal-schema", "temporal-namespace"):
        assert services[job]["image"] == f"temporalio/admin-tools:{server_version}"
        assert _one_shot(services[job])
    assert services["temporal"]["depends_on"]["temporal-schema"]["condition"] == (
        "service_completed_successfully"
    )
    retention = services["temporal-namespace"]["environment"]["RETENTION"]
    assert int(retention.removesuffix("h")) >= 24 * 7, "keep closed refunds at least a week"
    assert services["temporal-ui"]["image"].startswith("temporalio/ui:")


def test_every_long_running_service_has_a_healthcheck(services):
    for name, service in services.items():
        if _one_shot(service):
            continue
        test = service.get("healthcheck", {}).get("test")
        assert test and not service["healthcheck"].get("disable"), f"{name} has no healthcheck"


def test_start_up_waits_for_health_and_for_one_shot_jobs_to_succeed(services):
    waited_for: set[str] = set()
    for name, service in services.items():
        for dep, how in service.get("depends_on", {}).items():
            wanted = (
                "service_completed_successfully" if _one_shot(services[dep]) else "service_healthy"
            )
            assert how["condition"] == wanted, f"{name} -> {dep}: {how['condition']}"
            waited_for.add(dep)
    one_shots = {n for n, s in services.items() if _one_shot(s)}
    assert one_shots == {"db-init", "temporal-schema", "temporal-namespace", "migrate"}
    assert one_shots <= waited_for, "a one-shot job nobody waits for"
    for app in ("worker", "chat-api"):
        assert "migrate" in services[app]["depends_on"]


def test_chat_api_and_worker_can_be_scaled(services):
    for name in ("worker", "chat-api"):
        assert "ports" not in services[name], f"{name} publishes a host port"
        assert "container_name" not in services[name]
    proxy = services["proxy"]
    assert proxy["depends_on"]["chat-api"]["condition"] == "service_healthy"
    assert [p["target"] for p in proxy["ports"]] == [8080]
    assert all(p.get("host_ip") == "127.0.0.1" for p in proxy["ports"])


def test_app_processes_run_in_production_mode_with_tls_to_postgres(services):
    for name in APP_SERVICES:
        env = services[name]["environment"]
        assert env["APP_ENV"] == "production"
        assert env["CRASH_BUTTON_ENABLED"] == "false"
        url = env["DATABASE_URL"]
        assert "sslmode=verify-full" in url and "sslrootcert=/etc/refunds/pg-ca.crt" in url
        mounts = {v["target"]: v for v in services[name]["volumes"]}
        assert mounts["/etc/refunds/pg-ca.crt"]["read_only"] is True
    assert services["migrate"]["environment"]["DATABASE_URL"].startswith(
        "postgresql://refunds_owner:"
    )
    for name in ("worker", "chat-api"):
        assert services[name]["environment"]["DATABASE_URL"].startswith("postgresql://refunds_app:")
    postgres = " ".join(services["postgres"]["command"])
    assert "ssl=on" in postgres and "hba_file=/etc/postgresql/pg_hba.conf" in postgres
    assert services["temporal"]["environment"]["SQL_TLS_ENABLED"] == "true"
    assert services["db-init"]["environment"]["PGSSLMODE"] == "verify-full"


def test_worker_metrics_are_exposed_and_its_healthcheck_reads_them(services):
    worker = services["worker"]
    address = worker["environment"]["WORKER_METRICS_ADDRESS"]
    port = address.rsplit(":", 1)[1]
    assert port in [str(p) for p in worker["expose"]]
    assert f"127.0.0.1:{port}/metrics" in " ".join(worker["healthcheck"]["test"])
    assert "/readyz" in " ".join(services["chat-api"]["healthcheck"]["test"])
    api_metrics = services["chat-api"]["environment"]["API_METRICS_ADDRESS"].rsplit(":", 1)[1]
    assert api_metrics in [str(p) for p in services["chat-api"]["expose"]]


def test_stop_grace_outlasts_the_longest_activity_and_chat_turn(services):
    from workflows.policies import DB_TIMEOUT, EMAIL_TIMEOUT, PAY_TIMEOUT

    longest = max(DB_TIMEOUT, EMAIL_TIMEOUT, PAY_TIMEOUT).total_seconds()
    assert _seconds(services["worker"]["stop_grace_period"]) > longest
    from services.common.config import Settings

    deadline = Settings.model_fields["chat_turn_deadline_seconds"].default
    assert _seconds(services["chat-api"]["stop_grace_period"]) > deadline


def _seconds(duration: str) -> float:
    """A Go duration as compose prints it ("2m30s") in seconds."""
    units = {"h": 3600.0, "m": 60.0, "s": 1.0, "ms": 0.001}
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|h|m|s)", duration)
    assert "".join(n + u for n, u in parts) == duration, duration
    return sum(float(n) * units[u] for n, u in parts)


def test_mailpit_exists_only_in_the_local_profile(services):
    assert services["mailpit"]["profiles"] == ["local"]
    default = rendered(example_env())["services"]
    assert "mailpit" not in default
    assert not any("mailpit" in str(s.get("environment", {})) for s in default.values())


def test_the_app_image_is_pinned_and_runs_as_the_numeric_user_the_manifests_expect():
    import yaml

    dockerfile = (REPO_ROOT / "deploy" / "Dockerfile").read_text().splitlines()
    (base,) = [line.split()[1] for line in dockerfile if line.startswith("FROM ")]
    assert re.fullmatch(r"python:3\.11\.\d+-slim-\w+", base), base
    (user,) = [line.split()[1] for line in dockerfile if line.startswith("USER ")]
    uid, _, gid = user.partition(":")
    manifest = next(yaml.safe_load_all((REPO_ROOT / "deploy" / "k8s" / "worker.yaml").read_text()))
    pod_security = manifest["spec"]["template"]["spec"]["securityContext"]
    assert (int(uid), int(gid)) == (pod_security["runAsUser"], pod_security["runAsGroup"])


def test_the_proxy_sends_to_every_chat_api_replica(services):
    conf = (REPO_ROOT / "deploy" / "nginx" / "nginx.conf").read_text()
    port = services["chat-api"]["expose"][0]
    assert "location = /metrics" in conf, "the proxy must not publish the metrics"
    # `resolve` re-reads Docker's DNS, so replicas added by --scale are picked up.
    assert f"server chat-api:{port} resolve;" in conf
    assert "resolver 127.0.0.11" in conf
    (published,) = services["proxy"]["ports"]
    assert f"listen {published['target']};" in conf
    assert "/proxy-health" in " ".join(services["proxy"]["healthcheck"]["test"])


@pytest.mark.parametrize("name", APP_SERVICES)
def test_the_app_settings_compose_passes_are_accepted_in_production(services, name):
    from services.common.config import Settings

    env = services[name]["environment"]
    settings = Settings(_env_file=None, **{key.lower(): value for key, value in env.items()})
    assert settings.is_production
