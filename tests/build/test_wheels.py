"""The wheels `one-spec build` makes, installed together into one fresh venv (their
dependencies pinned by requirements.lock, which their ranges must admit), each drive its
reference server over real HTTP: create a cluster, read it, list, delete, through the
resource facade, in a Python that has neither this checkout nor the generator."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import venv
from pathlib import Path

from generator.serve import ChildServer
from tests.build.conftest import APIS, ROOT, Built

TOKEN = "wheel-t0ken"

# Run by the fresh venv's python: argv[1] maps each API to its server's URL.
DRIVE = r"""
import importlib.metadata, importlib.resources, json, sys

urls = json.loads(sys.argv[1])
token = sys.argv[2]
report = {}


def describe(api, pkg, created, got, listed):
    dist = api + "-client"
    report[api] = {
        "installed": importlib.metadata.version(dist),
        "version": pkg.__version__,
        "doc_version": pkg.__openapi_doc_version__,
        "doc_hash": pkg.__openapi_doc_hash__,
        "typed": importlib.resources.files(pkg.__name__).joinpath("py.typed").is_file(),
        "requires": importlib.metadata.requires(dist),
        "same": created == got,
        "listed": created in listed,
    }


import kupe_client

api = kupe_client.Kupe(base_url=urls["kupe"], token=token)
created = api.clusters.create(
    "acme", name="prod", display_name="Production", type_="shared", version="1.31"
)
got = api.clusters.get("acme", "prod")
listed = [c.name for c in api.clusters.list("acme")]
api.clusters.delete("acme", "prod")
try:
    api.clusters.get("acme", "prod")
    raise SystemExit("kupe: the deleted cluster is still there")
except kupe_client.errors.NotFoundError:
    pass
api.close()
describe("kupe", kupe_client, created.name, got.name, listed)

import akua_client

api = akua_client.Akua(base_url=urls["akua"], token=token)
created = api.clusters.create(name="prod", region_id="eu-west-1", provider="managed_kaas")
got = api.clusters.get(created.id)
listed = [c.id for c in api.clusters.list()]
api.clusters.delete(created.id)
api.close()
describe("akua", akua_client, created.id, got.id, listed)

import cockroach_cloud_client

api = cockroach_cloud_client.CockroachCloud(base_url=urls["cockroach-cloud"], token=token)
created = api.clusters.create(
    name="moose",
    provider=cockroach_cloud_client.models.CloudProvider.GCP,
    spec={"serverless": {"regions": ["us-central1"], "spendLimit": 0}},
)
got = api.clusters.get(created.id)
listed = [c.id for c in api.clusters.list()]
api.clusters.delete(created.id)
api.close()
describe("cockroach-cloud", cockroach_cloud_client, created.id, got.id, listed)

import coreweave_cks_client

api = coreweave_cks_client.CoreweaveCks(base_url=urls["coreweave-cks"], token=token)
created = api.clusters.create(
    name="prod-01",
    zone="US-EAST-04A",
    vpc_id="vpc-1",
    version="v1.32",
    network={"podCidrName": "p", "serviceCidrName": "s", "internalLbCidrNames": ["l"]},
    oidc=coreweave_cks_client.models.Oidc(issuer_url="https://issuer.example.test", client_id="k"),
).cluster
got = api.clusters.get(created.id).cluster
listed = [c.id for c in api.clusters.list()]
api.clusters.delete(created.id)
api.close()
describe("coreweave-cks", coreweave_cks_client, created.id, got.id, listed)

print(json.dumps(report))
"""


def _environ() -> dict[str, str]:
    """This process's environment without its venv or the checkout on any path."""
    environ = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    environ["PATH"] = os.pathsep.join(
        p for p in environ.get("PATH", "").split(os.pathsep) if not p.startswith(str(ROOT))
    )
    return environ


def test_the_wheels_install_in_one_fresh_venv_and_drive_their_servers(
    built: Built, tmp_path: Path
) -> None:
    venv.create(tmp_path / "env", with_pip=True)
    python = tmp_path / "env" / "bin" / "python"
    wheels = sorted(str(p) for p in built.dist.glob("*.whl"))
    assert len(wheels) == len(APIS)
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            str(ROOT / "requirements.lock"),
            *wheels,
        ],
        check=True,
        timeout=900,
        cwd=tmp_path,
        env=_environ(),
    )
    servers = {
        api: ChildServer(ROOT / "specs" / f"{api}.yaml", ["--db", ":memory:", "--token", TOKEN])
        for api in APIS
    }
    try:
        urls = {api: server.start().url for api, server in servers.items()}
        drive = subprocess.run(
            [str(python), "-c", DRIVE, json.dumps(urls), TOKEN],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            cwd=tmp_path,
            env=_environ(),
        )
    finally:
        codes = [server.stop() for server in servers.values() if server.process is not None]
    assert drive.returncode == 0, drive.stderr
    assert codes == [0] * len(APIS)
    report = json.loads(drive.stdout)
    for api in APIS:
        spec = ROOT / "specs" / f"{api}.yaml"
        assert report[api] == {
            "installed": "0.1.0",
            "version": "0.1.0",
            "doc_version": report[api]["doc_version"],
            "doc_hash": hashlib.sha256(spec.read_bytes()).hexdigest(),
            "typed": True,
            "requires": report[api]["requires"],
            "same": True,
            "listed": True,
        }, api
        assert all("<" in requirement for requirement in report[api]["requires"])
    assert report["coreweave-cks"]["doc_version"] == "v1beta1-r2"
