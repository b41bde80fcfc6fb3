"""The shell scripts compose runs (Temporal's schema and namespace jobs) parse, and the
certificate script makes a CA and a server certificate that verify for the name `postgres`."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted((REPO_ROOT / "deploy").rglob("*.sh"))


def test_there_are_deploy_scripts():
    names = {p.name for p in SCRIPTS}
    assert {"make-certs.sh", "setup-schema.sh", "create-namespace.sh"} <= names


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_script_is_valid_posix_shell(script):
    done = subprocess.run(["sh", "-n", str(script)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_schema_job_upgrades_both_temporal_databases():
    text = (REPO_ROOT / "deploy" / "temporal" / "setup-schema.sh").read_text()
    for db, folder in (("temporal", "temporal"), ("temporal_visibility", "visibility")):
        assert f"{db}:{folder}" in text
    assert "update-schema -d" in text and "/versioned" in text


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
def test_make_certs_signs_a_server_certificate_for_postgres(tmp_path):
    out = tmp_path / "tls"
    script = REPO_ROOT / "deploy" / "postgres" / "make-certs.sh"
    done = subprocess.run(
        ["sh", str(script), str(out), "db.internal"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    for name in ("postgres", "db.internal"):
        verified = subprocess.run(
            ["openssl", "verify", "-CAfile", "ca.crt", "-verify_hostname", name, "server.crt"],
            cwd=out,
            capture_output=True,
            text=True,
        )
        assert verified.returncode == 0, verified.stdout + verified.stderr
    wrong = subprocess.run(
        ["openssl", "verify", "-CAfile", "ca.crt", "-verify_hostname", "evil", "server.crt"],
        cwd=out,
        capture_output=True,
        text=True,
    )
    assert wrong.returncode != 0
    assert (out / "server.key").stat().st_mode & 0o077 == 0, "the key is readable by others"
    again = subprocess.run(["sh", str(script), str(out)], capture_output=True, text=True)
    assert again.returncode == 0 and "already" in again.stdout
