"""`mypy --strict` accepts natural use of the generated clients: the code a user writes from the
README type-checks without casts or ignores, and a wrong use is still caught."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

USER_CODE = """
from kupe_client import AsyncKupe, Kupe, errors
from kupe_client.models import Cluster, ClusterType, ResourceLimits
from coreweave_cks_client import CoreweaveCks
from cockroach_cloud_client import CockroachCloud


def kupe_journey() -> list[str]:
    with Kupe(token="t", base_url="http://127.0.0.1:1/api") as kupe:
        made: Cluster = kupe.clusters.create(
            "acme",
            name="prod",
            display_name="Production",
            type_="shared",
            resources=ResourceLimits(cpu="4"),
        )
        if made.type_ == ClusterType.SHARED or made.status.phase == "Upgrading":
            print("shared, or upgrading")
        version: str | None = made.version
        ready = kupe.clusters.wait_until_ready("acme", made.name, timeout=60)
        kupe.clusters.update("acme", ready.name, version="1.32", alerts={"cpu": 90})
        etag: str | None = kupe.clusters.last_etag("acme", "prod")
        kupe.clusters.update("acme", "prod", if_match=etag, version=version)
        raw = kupe.clusters.with_raw_response.get("acme", "prod", extra_headers={"X": "1"})
        print(raw.status_code, raw.headers.get("etag"), raw.parse().name)
        try:
            kupe.clusters.delete("acme", "prod", timeout=5.0)
        except errors.NotFoundError as exc:
            print(exc.status_code, exc.body)
        return [c.name for c in kupe.clusters.list("acme")]


async def async_journey() -> None:
    async with AsyncKupe(token="t") as kupe:
        async for cluster in kupe.clusters.list("acme"):
            print(cluster.display_name)
        got = await kupe.clusters.get("acme", "prod")
        print(got.created_at.year)


def others() -> None:
    cks = CoreweaveCks(token="t")
    envelope = cks.clusters.update("c-1", public=True)
    if envelope.cluster is not None:
        print(envelope.cluster.status)
    crdb = CockroachCloud(token="t")
    for node in crdb.list_cluster_nodes("c-1", pagination_limit=10):
        print(node.region_name)
"""

WRONG = """
from kupe_client import Kupe

with Kupe(token="t") as kupe:
    cluster = kupe.clusters.get("acme", "prod")
    count: int = cluster.name
    kupe.clusters.create("acme", name="x")
"""


def _mypy(tmp_path: Path, source: str) -> subprocess.CompletedProcess[str]:
    sample = tmp_path / "user_code.py"
    sample.write_text(source, encoding="utf-8")
    paths = [str(ROOT / "generated" / api) for api in ("kupe", "coreweave-cks", "cockroach-cloud")]
    env = {**os.environ, "MYPYPATH": os.pathsep.join(paths)}
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(sample)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_natural_use_type_checks_under_strict_mypy(tmp_path: Path) -> None:
    result = _mypy(tmp_path, USER_CODE)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_wrong_use_is_caught(tmp_path: Path) -> None:
    result = _mypy(tmp_path, WRONG)
    assert result.returncode == 1
    assert 'Incompatible types in assignment (expression has type "str"' in result.stdout
    assert 'Missing named argument "display_name"' in result.stdout
