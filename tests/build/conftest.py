"""The artefacts of every committed package, built once for the session by `one-spec build`
as a user runs it (from the project root, SOURCE_DATE_EPOCH unset)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APIS = ["akua", "cockroach-cloud", "coreweave-cks", "kupe"]


def one_spec(
    *args: str, cwd: Path = ROOT, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` of this checkout (whatever `cwd`), SOURCE_DATE_EPOCH unset
    unless `env` sets it."""
    environ = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    environ["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        env={**environ, **(env or {})},
    )


@dataclass(frozen=True)
class Built:
    dist: Path
    stdout: str

    def artefact(self, api: str, kind: str) -> Path:
        package = api.replace("-", "_") + "_client"
        pattern = f"{package}-*.tar.gz" if kind == "sdist" else f"{package}-*-py3-none-any.whl"
        (found,) = self.dist.glob(pattern)
        return found


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    dist = tmp_path_factory.mktemp("dist")
    result = one_spec("build", "--dist", str(dist))
    assert result.returncode == 0, result.stdout + result.stderr
    return Built(dist, result.stdout)
