"""deploy/k8s, rendered by kustomize (`kubectl kustomize`, the kubectl wheel) and validated
offline against the Kubernetes schemas bundled in `kubernetes-validate`, plus this project's
rules: probes, resources, non-root, graceful termination, disruption budgets, autoscaling."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import kubernetes_validate
import pytest
import yaml

from workflows.policies import DB_TIMEOUT, EMAIL_TIMEOUT, PAY_TIMEOUT

REPO_ROOT = Path(__file__).resolve().parents[2]
K8S = REPO_ROOT / "deploy" / "k8s"
KUBERNETES_VERSION = "1.31.0"  # the oldest minor still supported by the major clouds


@pytest.fixture(scope="module")
def resources(tmp_path_factory) -> list[dict[str, Any]]:
    """`kubectl kustomize` of a copy of deploy/k8s with the operator's two files filled in."""
    work = tmp_path_factory.mktemp("k8s") / "k8s"
    shutil.copytree(K8S, work)
    # The operator's secrets: every CHANGE-ME replaced by a long random-looking value.
    example = (work / "secrets.env.example").read_text()
    (work / "secrets.env").write_text(example.replace("CHANGE-ME", "0123456789abcdef" * 3))
    (work / "pg-ca.crt").write_text("-----BEGIN CERTIFICATE-----\n")
    kubectl = Path(sys.executable).parent / "kubectl"
    done = subprocess.run(
        [str(kubectl), "kustomize", str(work)], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return [doc for doc in yaml.safe_load_all(done.stdout) if doc]


def _one(resources, kind: str, name: str) -> dict[str, Any]:
    found = [r for r in resources if r["kind"] == kind and r["metadata"]["name"] == name]
    assert len(found) == 1, f"{kind}/{name}: {len(found)} found"
    resource: dict[str, Any] = found[0]
    return resource


def _pod_spec(workload: dict[str, Any]) -> dict[str, Any]:
    spec: dict[str, Any] = workload["spec"]["template"]["spec"]
    return spec


def test_every_resource_is_valid_against_the_kubernetes_schema(resources):
    kinds = {r["kind"] for r in resources}
    assert {"Deployment", "Job", "PodDisruptionBudget", "HorizontalPodAutoscaler"} <= kinds
    for resource in resources:
        try:
            kubernetes_validate.validate(resource, KUBERNETES_VERSION, strict=True)
        except kubernetes_validate.ValidationError as exc:
            name = f"{resource['kind']}/{resource['metadata']['name']}"
            raise AssertionError(f"{name}: {exc.message} at {list(exc.path)}") from exc


def test_an_invalid_manifest_is_caught(resources):
    broken = yaml.safe_load(yaml.safe_dump(_one(resources, "Deployment", "worker")))
    broken["spec"]["replicas"] = "two"
    with pytest.raises(kubernetes_validate.ValidationError):
        kubernetes_validate.validate(broken, KUBERNETES_VERSION, strict=True)


def test_workloads_run_the_pinned_image_as_a_numeric_non_root_user(resources):
    workloads = [r for r in resources if r["kind"] in ("Deployment", "Job")]
    assert len(workloads) == 3
    for workload in workloads:
        pod = _pod_spec(workload)
        assert pod["securityContext"]["runAsNonRoot"] is True
        assert isinstance(pod["securityContext"]["runAsUser"], int)
        assert pod["securityContext"]["runAsUser"] > 0
        assert pod["serviceAccountName"] == "reliable-refunds"
        for container in pod["containers"]:
            image = container["image"]
            assert image.rpartition(":")[2] not in ("", "latest"), image
            assert container["securityContext"]["allowPrivilegeEscalation"] is False
            assert container["securityContext"]["capabilities"]["drop"] == ["ALL"]
            for kind in ("requests", "limits"):
                assert {"cpu", "memory"} <= set(container["resources"][kind])


def test_chat_api_probes_readiness_and_liveness(resources):
    api = _one(resources, "Deployment", "chat-api")
    assert api["spec"]["replicas"] >= 2
    container = _pod_spec(api)["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    from services.common.config import Settings

    deadline = Settings.model_fields["chat_turn_deadline_seconds"].default
    assert _pod_spec(api)["terminationGracePeriodSeconds"] > deadline
    service = _one(resources, "Service", "chat-api")
    assert service["spec"]["selector"] == api["spec"]["selector"]["matchLabels"]


def test_worker_exposes_metrics_is_probed_and_drains_longer_than_any_activity(resources):
    worker = _one(resources, "Deployment", "worker")
    assert worker["spec"]["replicas"] >= 2
    pod = _pod_spec(worker)
    container = pod["containers"][0]
    env = {e["name"]: e.get("value") for e in container.get("env", [])}
    port = int(env["WORKER_METRICS_ADDRESS"].rsplit(":", 1)[1])
    assert [p["containerPort"] for p in container["ports"]] == [port]
    for probe in ("readinessProbe", "livenessProbe"):
        assert container[probe]["httpGet"]["path"] == "/metrics"
    longest = max(DB_TIMEOUT, EMAIL_TIMEOUT, PAY_TIMEOUT).total_seconds()
    assert pod["terminationGracePeriodSeconds"] > longest


def test_disruption_budgets_and_autoscaler_target_the_deployments(resources):
    for name in ("chat-api", "worker"):
        pdb = _one(resources, "PodDisruptionBudget", name)
        deployment = _one(resources, "Deployment", name)
        assert pdb["spec"]["selector"] == deployment["spec"]["selector"]
    hpa = _one(resources, "HorizontalPodAutoscaler", "worker")
    assert hpa["spec"]["scaleTargetRef"] == {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "name": "worker",
    }
    assert hpa["spec"]["minReplicas"] >= 2


def test_migration_job_connects_as_the_schema_owner(resources):
    job = _one(resources, "Job", "reliable-refunds-migrate")
    container = _pod_spec(job)["containers"][0]
    assert container["command"] == ["python", "-m", "services.migrate"]
    (url,) = [e for e in container["env"] if e["name"] == "DATABASE_URL"]
    assert url["valueFrom"]["secretKeyRef"]["key"] == "MIGRATE_DATABASE_URL"


def test_settings_come_from_the_config_map_and_the_generated_secret(resources):
    config = next(r for r in resources if r["kind"] == "ConfigMap" and "APP_ENV" in r["data"])
    assert config["data"]["APP_ENV"] == "production"
    assert config["data"]["CRASH_BUTTON_ENABLED"] == "false"
    secret = next(r for r in resources if r["kind"] == "Secret")
    assert {"DATABASE_URL", "MIGRATE_DATABASE_URL", "SESSION_SECRET"} <= set(secret["data"])
    names = {r["metadata"]["name"] for r in resources if r["kind"] in ("ConfigMap", "Secret")}
    for workload in (r for r in resources if r["kind"] in ("Deployment", "Job")):
        pod = _pod_spec(workload)
        for container in pod["containers"]:
            for source in container["envFrom"]:
                ref = source.get("configMapRef") or source.get("secretRef")
                assert ref["name"] in names, ref
        for volume in pod["volumes"]:
            if "configMap" in volume:
                assert volume["configMap"]["name"] in names
    assert all(
        r["metadata"].get("namespace") == "reliable-refunds"
        for r in resources
        if r["kind"] != "Namespace"
    )


@pytest.mark.parametrize("name", ["chat-api", "worker", "reliable-refunds-migrate"])
def test_each_pod_gets_settings_production_accepts(resources, name):
    import base64

    from services.common.config import Settings

    workload = next(
        r for r in resources if r["kind"] in ("Deployment", "Job") and r["metadata"]["name"] == name
    )
    by_name = {r["metadata"]["name"]: r for r in resources if r["kind"] in ("ConfigMap", "Secret")}
    container = _pod_spec(workload)["containers"][0]
    env: dict[str, Any] = {}
    for source in container["envFrom"]:
        if "configMapRef" in source:
            env |= by_name[source["configMapRef"]["name"]]["data"]
        else:
            data = by_name[source["secretRef"]["name"]]["data"]
            env |= {k: base64.b64decode(v).decode() for k, v in data.items()}
    for item in container.get("env", []):
        if "value" in item:
            env[item["name"]] = item["value"]
        else:
            ref = item["valueFrom"]["secretKeyRef"]
            env[item["name"]] = base64.b64decode(by_name[ref["name"]]["data"][ref["key"]]).decode()
    settings = Settings(_env_file=None, **{key.lower(): value for key, value in env.items()})
    assert settings.is_production
    assert [name for name, _ in settings.admin_credentials] == ["refunds-lead@example.com"]
    assert "sslmode=verify-full" in settings.database_url
    role = "refunds_owner" if name == "reliable-refunds-migrate" else "refunds_app"
    assert settings.database_url.startswith(f"postgresql://{role}:")
