"""The package metadata codegen writes: the version from packages.toml beside the spec (an
input of generation, so a new version makes the package stale and changes only its version
files), the spec's version and hash in `_version.py`, re-exported by the package."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from generator.codegen import describe, generate_one
from generator.codegen.package import (
    PackageSettings,
    read_settings,
    recorded_version,
    spec_hash,
)
from generator.errors import UsageError
from tests.codegen.golden import EXPECTED, SPEC

ROOT = Path(__file__).resolve().parents[2]


def test_absent_file_or_entry_gives_the_defaults(tmp_path: Path) -> None:
    spec = tmp_path / "kupe.yaml"
    assert read_settings(spec, "kupe") == PackageSettings("0.1.0", None, ())
    assert recorded_version(spec, "kupe") is None
    (tmp_path / "packages.toml").write_text('license = "MIT"\n\n[akua]\nversion = "2.0.0"\n')
    assert read_settings(spec, "kupe") == PackageSettings("0.1.0", "MIT", ())
    assert recorded_version(spec, "kupe") is None
    assert recorded_version(spec, "akua") == "2.0.0"


def test_an_entry_sets_version_license_and_urls(tmp_path: Path) -> None:
    (tmp_path / "packages.toml").write_text(
        'license = "MIT"\n[kupe]\nversion = "1.2.3"\nlicense = "Apache-2.0"\n'
        'urls = { Source = "https://example.test/src" }\n'
    )
    settings = read_settings(tmp_path / "kupe.yaml", "kupe")
    assert settings == PackageSettings(
        "1.2.3", "Apache-2.0", (("Source", "https://example.test/src"),)
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[kupe]\nversion = "1.2"\n', "is not MAJOR.MINOR.PATCH"),
        ("[kupe]\nversion = 1\n", "is not MAJOR.MINOR.PATCH"),
        ('[kupe]\nversoin = "1.2.3"\n', "unknown keys: versoin"),
        ('kupe = "1.2.3"\n', "must be a table"),
        ("[kupe]\nurls = 3\n", "urls must be a table"),
        ("[kupe\n", "cannot read it"),
    ],
)
def test_a_bad_entry_is_refused_naming_the_file(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "packages.toml").write_text(text)
    with pytest.raises(UsageError, match=message) as caught:
        read_settings(tmp_path / "kupe.yaml", "kupe")
    assert str(caught.value).startswith(f"{tmp_path / 'packages.toml'}: ")


def test_the_spec_hash_is_what_sha256sum_prints() -> None:
    spec = ROOT / "specs" / "kupe.yaml"
    assert spec_hash([spec]) == hashlib.sha256(spec.read_bytes()).hexdigest()
    meta = describe(spec)
    assert (meta.version, meta.license, meta.openapi_version) == ("0.1.0", "Apache-2.0", "v1")
    assert meta.openapi_hash == spec_hash([spec])
    assert dict(meta.urls) == {"Documentation": "https://kupe-docs-public.pages.dev/api"}


def test_the_package_reexports_its_version() -> None:
    init = (EXPECTED / "widgets" / "widgets_client" / "__init__.py").read_text()
    assert "from ._version import __version__ as __version__" in init
    assert "from ._version import __openapi_doc_version__ as __openapi_doc_version__" in init


def test_a_new_version_makes_the_package_stale_and_changes_only_its_version_files(
    tmp_path: Path,
) -> None:
    spec = tmp_path / "specs" / SPEC.name
    spec.parent.mkdir()
    shutil.copy(SPEC, spec)
    out = tmp_path / "out"
    assert generate_one(spec, out).state == "generated"
    assert generate_one(spec, out).state == "up to date"  # nothing changed: nothing to do
    (spec.parent / "packages.toml").write_text('[widgets]\nversion = "1.0.0"\n')
    check = generate_one(spec, out, check=True)
    assert check.state == "stale"
    assert set(check.stale_files) == {"GENERATED", "pyproject.toml", "widgets_client/_version.py"}
    generate_one(spec, out)
    assert 'version = "1.0.0"' in (out / "widgets" / "pyproject.toml").read_text()
    version = (out / "widgets" / "widgets_client" / "_version.py").read_text()
    assert '__version__ = "1.0.0"' in version
    # another API's entry is not this package's input
    (spec.parent / "packages.toml").write_text(
        '[widgets]\nversion = "1.0.0"\n[kupe]\nversion = "3.0.0"\n'
    )
    assert generate_one(spec, out).state == "up to date"
