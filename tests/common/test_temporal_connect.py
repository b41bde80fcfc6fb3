"""connect_temporal's TLS, mTLS and API-key configuration (Temporal Cloud and secured clusters)."""

from __future__ import annotations

from temporalio.service import TLSConfig

from services.common.temporal import connect_config, connect_temporal
from tests.support.production import revalidated


def test_plaintext_by_default(settings):
    config = connect_config(settings)
    assert config["target_host"] == settings.temporal_address
    assert config["namespace"] == settings.temporal_namespace
    assert "tls" not in config and "api_key" not in config


def test_an_api_key_implies_tls_with_system_roots(settings):
    cloud = revalidated(
        settings,
        **{
            "temporal_address": "us-east-1.aws.api.temporal.io:7233",
            "temporal_namespace": "refunds.a1b2c",
            "temporal_api_key": "cloud-api-key-value",
        },
    )
    config = connect_config(cloud)
    assert config["api_key"] == "cloud-api-key-value"
    assert config["tls"] is True
    assert config["namespace"] == "refunds.a1b2c"


def test_mtls_reads_the_certificate_key_and_ca_files(settings, tmp_path):
    files = {}
    for name in ("ca", "cert", "key"):
        files[name] = tmp_path / f"{name}.pem"
        files[name].write_bytes(f"-----BEGIN {name}-----\n".encode())
    mtls = revalidated(
        settings,
        **{
            "temporal_tls_ca": str(files["ca"]),
            "temporal_tls_cert": str(files["cert"]),
            "temporal_tls_key": str(files["key"]),
            "temporal_tls_server_name": "temporal.internal",
        },
    )
    tls = connect_config(mtls)["tls"]
    assert isinstance(tls, TLSConfig)
    assert tls.server_root_ca_cert == b"-----BEGIN ca-----\n"
    assert tls.client_cert == b"-----BEGIN cert-----\n"
    assert tls.client_private_key == b"-----BEGIN key-----\n"
    assert tls.domain == "temporal.internal"


def test_tls_alone_uses_the_system_roots(settings):
    tls = connect_config(revalidated(settings, temporal_tls=True))["tls"]
    assert isinstance(tls, TLSConfig)
    assert tls.client_cert is None and tls.server_root_ca_cert is None


async def test_the_plaintext_config_connects_to_the_dev_server(settings):
    client = await connect_temporal(settings)
    assert await client.service_client.check_health()
