"""`build --bump-from OLD`: the next version of each package from `diff`, on the real CKS
history; `--apply` on a copy of the project writes it, regenerates and builds."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from generator.codegen.tree import differences
from tests.build.conftest import ROOT, one_spec

HISTORY = ROOT / "specs" / "history" / "coreweave-cks-v1beta1-r1.yaml"
PROPOSAL = re.compile(
    r"coreweave-cks-client 0\.1\.0 -> 0\.2\.0 \(major: [1-9][0-9]* breaking changes?\)"
)


def test_the_cks_history_calls_for_a_major_bump(tmp_path: Path) -> None:
    """v1beta1-r1 -> r2 breaks clients (status became a string): below 1.0 that is the
    minor part, 0.1.0 -> 0.2.0. Without --apply nothing is written or built."""
    before = (ROOT / "specs" / "packages.toml").read_text()
    result = one_spec(
        "build", "coreweave-cks", "--bump-from", str(HISTORY), "--dist", str(tmp_path / "d")
    )
    assert result.returncode == 0, result.stderr
    assert PROPOSAL.fullmatch(result.stdout.strip()), result.stdout
    assert not (tmp_path / "d").exists()
    assert (ROOT / "specs" / "packages.toml").read_text() == before


def test_a_folder_of_old_specs(tmp_path: Path) -> None:
    """Old specs under the same file names (an extracted release): an API missing there is
    new, an identical spec keeps its version."""
    old = tmp_path / "old"
    old.mkdir()
    shutil.copy(HISTORY, old / "coreweave-cks.yaml")
    shutil.copy(ROOT / "specs" / "kupe.yaml", old / "kupe.yaml")
    result = one_spec("build", "--bump-from", str(old))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "akua-client 0.1.0 (new: no old spec)"
    assert lines[1] == "cockroach-cloud-client 0.1.0 (new: no old spec)"
    assert PROPOSAL.fullmatch(lines[2]), lines
    assert lines[3] == "kupe-client 0.1.0 (unchanged: no change in the spec)"
    assert len(lines) == 4


def test_apply_on_a_copy_writes_regenerates_and_builds(tmp_path: Path) -> None:
    project = tmp_path / "project"
    (project / "specs").mkdir(parents=True)
    shutil.copy(ROOT / "specs" / "coreweave-cks.yaml", project / "specs")
    shutil.copy(ROOT / "specs" / "packages.toml", project / "specs")
    shutil.copytree(ROOT / "generated" / "coreweave-cks", project / "generated" / "coreweave-cks")
    result = one_spec("build", "--bump-from", str(HISTORY), "--apply", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert PROPOSAL.fullmatch(lines[0]), lines
    assert "coreweave-cks-client 0.2.0: checked" in lines
    packages = (project / "specs" / "packages.toml").read_text()
    assert packages == (ROOT / "specs" / "packages.toml").read_text().replace(
        '[coreweave-cks]\nversion = "0.1.0"', '[coreweave-cks]\nversion = "0.2.0"'
    )
    assert differences(
        ROOT / "generated" / "coreweave-cks", project / "generated" / "coreweave-cks"
    ) == ["GENERATED", "coreweave_cks_client/_version.py", "pyproject.toml"]
    assert sorted(p.name for p in (project / "dist").iterdir()) == [
        "coreweave_cks_client-0.2.0-py3-none-any.whl",
        "coreweave_cks_client-0.2.0.tar.gz",
    ]
    # An old release's folder records the version it released (its packages.toml): proposing
    # again from it moves nothing. (A lone old spec file cannot say; it bumps from the
    # current version.)
    release = tmp_path / "release"
    release.mkdir()
    shutil.copy(HISTORY, release / "coreweave-cks.yaml")
    shutil.copy(ROOT / "specs" / "packages.toml", release)
    again = one_spec("build", "--bump-from", str(release), "--apply", cwd=project)
    assert again.returncode == 0, again.stderr
    assert re.fullmatch(
        r"coreweave-cks-client 0\.2\.0 \(major: \d+ breaking changes; 0\.1\.0 was released, "
        r"0\.2\.0 already covers it\)",
        again.stdout.splitlines()[0],
    ), again.stdout
    assert (project / "specs" / "packages.toml").read_text() == packages
