"""The tool as users get it: its wheel, installed into a fresh venv, run in a folder outside the
checkout on a copied spec with an awkward file name. Every command works; nothing is looked
up in the checkout (templates, the vocabulary's schema and the bundled specs are package
data)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import venv
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
AWKWARD = "My Kupe (copy).yaml"  # spaces, capitals, parentheses: no API name as it stands


@dataclass(frozen=True)
class Installed:
    bin: Path  # the venv's bin/
    work: Path  # a folder outside the checkout holding the copied spec

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [str(self.bin / "one-spec"), *args],
            cwd=self.work,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
            env=_clean_env(),
        )
        if check:
            assert result.returncode == 0, (args, result.stdout, result.stderr)
        return result


def _clean_env() -> dict[str, str]:
    """The environment without this checkout's venv or source on any path."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(str(ROOT))
    )
    return env


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    base = tmp_path_factory.mktemp("installed")
    source = base / "one-spec"  # a copy: setuptools builds inside the source folder
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "specs", source / "specs")
    shutil.copytree(
        ROOT / "generator",
        source / "generator",
        symlinks=True,  # generator/bundled links to ../specs, as in the checkout
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    dist = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(dist), str(source)],
        check=True,
        timeout=600,
    )
    (wheel,) = dist.glob("one_spec_generator-*.whl")
    venv.create(base / "env", with_pip=True)
    bin = base / "env" / "bin"
    subprocess.run(
        [
            str(bin / "python"),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            str(ROOT / "requirements.lock"),
            str(wheel),
        ],
        check=True,
        timeout=900,
    )
    work = base / "elsewhere"
    work.mkdir()
    shutil.copy(ROOT / "specs" / "kupe.yaml", work / AWKWARD)
    return Installed(bin, work)


def test_the_installed_package_is_not_the_checkout(installed: Installed) -> None:
    found = subprocess.run(
        [str(installed.bin / "python"), "-c", "import generator; print(generator.__file__)"],
        cwd=installed.work,
        capture_output=True,
        text=True,
        check=True,
        env=_clean_env(),
    )
    assert "site-packages" in found.stdout
    assert not found.stdout.strip().startswith(str(ROOT / "generator"))


def test_lint(installed: Installed) -> None:
    result = installed.run("lint", AWKWARD)
    assert "1 spec(s), 0 error(s), 0 other finding(s)" in result.stderr


def test_generate_then_import_and_type_check(installed: Installed) -> None:
    result = installed.run("generate", "--output", "out", AWKWARD)
    tree = installed.work / "out" / "my-kupe-copy"
    package = tree / "my_kupe_copy_client"
    assert (package / "facade.py").is_file(), result.stderr
    assert (package / "_runtime.py").is_file()  # a template, found as package data
    banner = (package / "client.py").read_text(encoding="utf-8").splitlines()[0]
    assert banner == f"# generated from {AWKWARD} - do not edit"
    probe = (
        "import my_kupe_copy_client as m, my_kupe_copy_client.schemas;"
        "print(m.MyKupeCopy.__name__, m.client.DEFAULT_BASE_URL)"
    )
    imported = subprocess.run(
        [str(installed.bin / "python"), "-c", probe],
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
        env=_clean_env(),
    )
    assert imported.stdout.split() == ["MyKupeCopy", "https://api.kupe.cloud"]
    again = installed.run("generate", "--output", "out", "--check", AWKWARD)
    assert again.returncode == 0
    named = installed.run("generate", "--output", "out", "--name", "tenant-clusters", AWKWARD)
    assert named.returncode == 0
    assert (installed.work / "out" / "tenant-clusters" / "tenant_clusters_client").is_dir()


def test_a_bundled_spec_by_name(installed: Installed) -> None:
    installed.run("generate", "--output", "bundled", "akua")
    assert (installed.work / "bundled" / "akua" / "akua_client" / "facade.py").is_file()


def test_validate_takes_the_only_media_type(installed: Installed) -> None:
    body = installed.work / "create.json"
    body.write_text(json.dumps({"name": "prod", "displayName": "Prod", "type": "shared"}))
    ok = installed.run(
        "validate", AWKWARD, "--operation", "createCluster", "--request-body", str(body)
    )
    assert "createCluster: valid" in ok.stderr
    body.write_text(json.dumps({"name": "", "displayName": "Prod"}))
    bad = installed.run(
        "validate",
        AWKWARD,
        "--operation",
        "createCluster",
        "--request-body",
        str(body),
        check=False,
    )
    assert bad.returncode == 1
    assert "/name" in bad.stdout
    assert '"type" is a required property' in bad.stdout


def test_serve_answers_the_generated_client(installed: Installed) -> None:
    installed.run("generate", "--output", "out", AWKWARD)
    server = subprocess.Popen(
        [str(installed.bin / "one-spec"), "serve", AWKWARD, "--port", "0", "--db", "state.db"],
        cwd=installed.work,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_clean_env(),
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        url = line.split(" at ", 1)[1].split(" ", 1)[0]
        script = (
            "from my_kupe_copy_client import MyKupeCopy;"
            f"api = MyKupeCopy(base_url={url!r}, token='t');"
            "made = api.clusters.create('acme', name='prod', display_name='Prod', type_='shared');"
            "print(made.name, api.clusters.get('acme', 'prod').status.phase)"
        )
        client = subprocess.run(
            [str(installed.bin / "python"), "-c", script],
            cwd=installed.work / "out" / "my-kupe-copy",
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=_clean_env(),
        )
        assert client.returncode == 0, client.stderr
        assert client.stdout.split() == ["prod", "Running"]  # immediate lifecycle: born ready
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
    assert (installed.work / "state.db").is_file()


def test_fuzz_the_reference_server_of_a_copied_spec(installed: Installed) -> None:
    result = installed.run(
        "fuzz",
        AWKWARD,
        "--reference",
        "--seed",
        "3",
        "--max-examples",
        "5",
        "--report",
        "json:fuzz.json",
    )
    assert "0 failure(s); seed 3" in result.stdout
    report = json.loads((installed.work / "fuzz.json").read_text())
    assert report["ok"] is True
    assert report["semantic"]["exercised"]["concurrency"] > 0


def test_build_with_the_backend_and_checks_installed_beside_the_tool(installed: Installed) -> None:
    """`build` needs hatchling, the `build` library and twine in the tool's own environment:
    they are its dependencies. A project of its own: a version and license in packages.toml."""
    specs = installed.work / "release" / "specs"
    specs.mkdir(parents=True)
    shutil.copy(installed.work / AWKWARD, specs / "tenant.yaml")
    (specs / "packages.toml").write_text('license = "MIT"\n\n[tenant]\nversion = "1.2.3"\n')
    installed.run("generate", "--output", "release/generated", "release/specs/tenant.yaml")
    result = installed.run(
        "build",
        "--specs",
        "release/specs",
        "--generated",
        "release/generated",
        "--dist",
        "release/dist",
    )
    assert "tenant-client 1.2.3: checked" in result.stdout
    assert sorted(p.name for p in (installed.work / "release" / "dist").iterdir()) == [
        "tenant_client-1.2.3-py3-none-any.whl",
        "tenant_client-1.2.3.tar.gz",
    ]
