"""The next version a spec change calls for, and rewriting packages.toml: pure functions, on
reports and files made here."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from generator.build.versions import Proposal, next_version, propose, why, write_versions
from generator.codegen import describe
from generator.diff import Bump, Change, Level, Report
from generator.errors import UsageError

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("version", "bump", "expected"),
    [
        ("1.4.2", "major", "2.0.0"),
        ("1.4.2", "minor", "1.5.0"),
        ("1.4.2", "patch", "1.4.3"),
        ("1.4.2", None, "1.4.2"),
        # below 1.0, Cargo's rule: breaking moves the minor part, anything else the patch
        ("0.1.0", "major", "0.2.0"),
        ("0.3.7", "major", "0.4.0"),
        ("0.3.7", "minor", "0.3.8"),
        ("0.3.7", "patch", "0.3.8"),
        ("0.3.7", None, "0.3.7"),
        ("0.0.1", "major", "0.1.0"),
        ("9.99.99", "minor", "9.100.0"),
    ],
)
def test_next_version(version: str, bump: Bump | None, expected: str) -> None:
    assert next_version(version, bump) == expected


@pytest.mark.parametrize("bad", ["1.0", "v1.0.0", "1.0.0rc1", "01.0.0", "1.0.0.0", ""])
def test_a_version_that_is_not_semver_is_refused(bad: str) -> None:
    with pytest.raises(UsageError, match=r"MAJOR\.MINOR\.PATCH"):
        next_version(bad, "patch")


def _change(level: Level, addition: bool = False) -> Change:
    return Change("some-rule", level, "a change", "GET /x", None, None, addition)


INFO, ADDITION = _change(Level.INFO), _change(Level.INFO, addition=True)
WARNING, BREAKING = _change(Level.WARNING), _change(Level.BREAKING)


@pytest.mark.parametrize(
    ("changes", "edited", "reason"),
    [
        ((), False, "unchanged: no change in the spec"),
        ((), True, "patch: the spec's text changed, no rule fired"),
        ((INFO,), False, "patch: 1 compatible change"),
        ((INFO, ADDITION, ADDITION), False, "minor: 2 additions"),
        ((WARNING, ADDITION), False, "minor: 1 addition, 1 warning"),
        ((BREAKING, BREAKING, WARNING), False, "major: 2 breaking changes"),
    ],
)
def test_why_a_bump(changes: tuple[Change, ...], edited: bool, reason: str) -> None:
    assert why(Report("old.yaml", "new.yaml", changes, edited)) == reason


def _report(*levels: Level) -> Report:
    return Report("old.yaml", "new.yaml", tuple(_change(level) for level in levels))


def test_a_proposal_starts_from_the_released_version(tmp_path: Path) -> None:
    """The base is the version the old spec's packages.toml records (the release), so that
    proposing again after --apply proposes the same version, not one more."""
    meta = describe(ROOT / "specs" / "kupe.yaml")
    assert meta.version == "0.1.0"
    old = tmp_path / "kupe.yaml"
    old.write_text("not read: the report is given\n")
    first = propose(meta, old, _report(Level.BREAKING))
    assert first == Proposal(
        "kupe", "kupe-client", "0.1.0", "0.2.0", "major: 1 breaking change", "major"
    )
    assert first.render() == "kupe-client 0.1.0 -> 0.2.0 (major: 1 breaking change)"
    # the old release's folder says it was 0.1.0; packages.toml now says 0.2.0 (applied)
    (tmp_path / "packages.toml").write_text('[kupe]\nversion = "0.1.0"\n')
    applied = propose(dataclasses.replace(meta, version="0.2.0"), old, _report(Level.BREAKING))
    assert not applied.changes
    assert applied.render() == (
        "kupe-client 0.2.0 (major: 1 breaking change; 0.1.0 was released, 0.2.0 already covers it)"
    )


def test_an_unchanged_or_new_package_keeps_its_version() -> None:
    meta = describe(ROOT / "specs" / "kupe.yaml")
    same = propose(meta, ROOT / "specs" / "kupe.yaml", _report())
    assert same.render() == "kupe-client 0.1.0 (unchanged: no change in the spec)"
    new = propose(meta, None, None)
    assert new.new
    assert new.render() == "kupe-client 0.1.0 (new: no old spec)"


PACKAGES = """\
# versions of the generated packages
license = "Apache-2.0"

[kupe]
version = "0.1.0"   # the first release

[akua]
# no version yet
license = "MIT"
"""


def test_write_versions_rewrites_only_the_version_line(tmp_path: Path) -> None:
    file = tmp_path / "packages.toml"
    file.write_text(PACKAGES)
    write_versions(file, {"kupe": "0.2.0", "akua": "1.0.0", "coreweave-cks": "0.1.1"})
    assert file.read_text() == PACKAGES.replace(
        'version = "0.1.0"   # the first', 'version = "0.2.0"   # the first'
    ).replace("[akua]\n", '[akua]\nversion = "1.0.0"\n') + (
        '\n[coreweave-cks]\nversion = "0.1.1"\n'
    )
    data = tomllib.loads(file.read_text())
    assert data["akua"] == {"version": "1.0.0", "license": "MIT"}


def test_write_versions_creates_the_file(tmp_path: Path) -> None:
    file = tmp_path / "packages.toml"
    write_versions(file, {"kupe": "0.2.0"})
    assert file.read_text() == '[kupe]\nversion = "0.2.0"\n'


def test_a_layout_it_cannot_edit_is_refused_untouched(tmp_path: Path) -> None:
    file = tmp_path / "packages.toml"
    file.write_text('kupe = { version = "0.1.0" }\n')
    with pytest.raises(UsageError, match="cannot set the version"):
        write_versions(file, {"kupe": "0.2.0"})
    assert file.read_text() == 'kupe = { version = "0.1.0" }\n'
    assert [p.name for p in tmp_path.iterdir()] == ["packages.toml"]  # no temporary left
