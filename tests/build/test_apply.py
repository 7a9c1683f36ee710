"""Applying versions: packages.toml gets the new version lines, the packages whose version
moved are regenerated (only their version files change), and nothing else is touched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import Proposal, apply_versions, select
from generator.codegen import generate
from generator.codegen.tree import differences
from tests.codegen.golden import SPEC

PACKAGES = '# our versions\n\n[widgets]\nversion = "0.1.0"  # first release\n'


def test_apply_writes_the_version_and_regenerates_only_what_moved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)  # banners name specs/widgets.yaml, as in a project
    Path("specs").mkdir()
    shutil.copy(SPEC, "specs/widgets.yaml")
    shutil.copy(SPEC, "specs/gadgets.yaml")
    Path("specs/packages.toml").write_text(PACKAGES)
    generate([Path("specs/widgets.yaml"), Path("specs/gadgets.yaml")], Path("generated"))
    shutil.copytree("generated", "before")
    packages = select([], Path("specs"), Path("generated"))
    assert [p.api for p in packages] == ["gadgets", "widgets"]
    proposals = [
        Proposal("widgets", "widgets-client", "0.1.0", "1.0.0", "major: 1 breaking change"),
        Proposal("gadgets", "gadgets-client", "0.1.0", "0.1.0", "unchanged: no change"),
    ]
    applied = apply_versions(packages, proposals, Path("generated"))
    assert [(p.api, p.meta.version) for p in applied] == [
        ("gadgets", "0.1.0"),
        ("widgets", "1.0.0"),
    ]
    assert Path("specs/packages.toml").read_text() == PACKAGES.replace('"0.1.0"', '"1.0.0"')
    assert differences(Path("before/gadgets"), Path("generated/gadgets")) == []
    assert differences(Path("before/widgets"), Path("generated/widgets")) == [
        "GENERATED",
        "pyproject.toml",
        "widgets_client/_version.py",
    ]
    assert 'version = "1.0.0"' in Path("generated/widgets/pyproject.toml").read_text()
    # what is now generated is current: building is not refused
    assert [p.meta.version for p in select(["widgets"], Path("specs"), Path("generated"))] == [
        "1.0.0"
    ]
