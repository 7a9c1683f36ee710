"""Each generated package builds into a wheel that installs in a fresh venv and imports."""

from __future__ import annotations

import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
APIS = ["akua", "cockroach-cloud", "coreweave-cks", "kupe"]


def test_wheels_install_and_import(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    for api in APIS:
        source = tmp_path / "src" / api  # setuptools builds inside the source: use a copy
        shutil.copytree(ROOT / "generated" / api, source)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "wheel",
                "--quiet",
                "--no-deps",
                "-w",
                str(dist),
                str(source),
            ],
            check=True,
            timeout=600,
        )
    wheels = sorted(p.name for p in dist.glob("*.whl"))
    assert [w.split("-0.1.0")[0] for w in wheels] == [
        "akua_client",
        "cockroach_cloud_client",
        "coreweave_cks_client",
        "kupe_client",
    ]
    venv.create(tmp_path / "env", with_pip=True)
    python = tmp_path / "env" / "bin" / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", *map(str, dist.glob("*.whl"))],
        check=True,
        timeout=900,
    )
    probe = "; ".join(
        f"import {m}, {m}.schemas, {m}.client; assert {m}.client.DEFAULT_BASE_URL"
        for m in (a.replace("-", "_") + "_client" for a in APIS)
    )
    subprocess.run(
        [str(python), "-c", probe + "; print('ok')"], check=True, timeout=120, cwd=tmp_path
    )
    typed = subprocess.run(
        [
            str(python),
            "-c",
            "import importlib.resources as r;"
            "print(r.files('kupe_client').joinpath('py.typed').is_file())",
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    assert typed.stdout.strip() == "True"
