"""`one-spec build`: an sdist and a wheel per package, checked, with the metadata codegen
wrote; byte-identical when built again; refused (exit 2, one `error:` line) for a stale or
missing package."""

from __future__ import annotations

import hashlib
import re
import shutil
import tarfile
import zipfile
from email.parser import HeaderParser
from pathlib import Path

from generator.build.checks import metadata_problems, same_wheels, wheel_problems
from generator.codegen import describe
from tests.build.conftest import APIS, ROOT, Built, one_spec


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_package_is_built_and_checked_and_summarised(built: Built) -> None:
    names = sorted(p.name for p in built.dist.iterdir())
    assert names == sorted(
        f"{api.replace('-', '_')}_client-0.1.0{suffix}"
        for api in APIS
        for suffix in (".tar.gz", "-py3-none-any.whl")
    )
    lines = built.stdout.splitlines()
    for path in built.dist.iterdir():
        (line,) = [line for line in lines if line.strip().startswith(str(path))]
        assert f"{path.stat().st_size:,} bytes" in line
        assert line.endswith(f"sha256 {_sha256(path)}")
    assert [line for line in lines if not line.startswith(" ")] == [
        *(f"{api}-client 0.1.0: checked" for api in APIS),
        f"4 of 4 package(s) built and checked into {built.dist}/ "
        "(SOURCE_DATE_EPOCH=1580601600, the default)",
    ]


def test_the_wheel_carries_what_the_spec_and_packages_toml_say(built: Built) -> None:
    wheel = built.artefact("cockroach-cloud", "wheel")
    spec = ROOT / "specs" / "cockroach-cloud.yaml"
    with zipfile.ZipFile(wheel) as archive:
        metadata = HeaderParser().parsestr(
            archive.read("cockroach_cloud_client-0.1.0.dist-info/METADATA").decode()
        )
        version = archive.read("cockroach_cloud_client/_version.py").decode()
        assert "cockroach_cloud_client/py.typed" in archive.namelist()
    assert metadata["Name"] == "cockroach-cloud-client"
    assert metadata["Metadata-Version"] == "2.4"
    assert metadata["License-Expression"] == "Apache-2.0"
    assert metadata["Requires-Python"] == ">=3.11"
    assert metadata["Description-Content-Type"] == "text/markdown"
    assert "Typing :: Typed" in metadata.get_all("Classifier")
    assert "Programming Language :: Python :: 3.11" in metadata.get_all("Classifier")
    assert metadata.get_all("Project-URL") == [
        "Documentation, https://www.cockroachlabs.com/docs/cockroachcloud/",
        "API reference, https://www.cockroachlabs.com/docs/api/cloud/v1.html",
    ]
    requires = metadata.get_all("Requires-Dist")
    assert {r.split("<")[0].split(">")[0] for r in requires} == {
        "httpx",
        "attrs",
        "python-dateutil",
        "pydantic",
    }
    assert all("<" in r for r in requires), requires
    assert metadata.get_payload().strip() == (
        (ROOT / "generated" / "cockroach-cloud" / "README.md").read_text().strip()
    )
    assert f'__openapi_doc_hash__ = "{_sha256(spec)}"' in version  # as sha256sum says
    assert '__openapi_doc_version__ = "v1"' in version
    assert '__version__ = "0.1.0"' in version


def test_the_sdist_holds_the_package_readme_and_pyproject_only(built: Built) -> None:
    with tarfile.open(built.artefact("kupe", "sdist")) as archive:
        names = {m.name for m in archive.getmembers() if m.isfile()}
    package = {
        "kupe_client-0.1.0/" + p.relative_to(ROOT / "generated" / "kupe").as_posix()
        for p in (ROOT / "generated" / "kupe" / "kupe_client").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    assert names == package | {
        f"kupe_client-0.1.0/{n}" for n in ("PKG-INFO", "README.md", "pyproject.toml")
    }


def test_building_twice_gives_the_same_bytes(built: Built, tmp_path: Path) -> None:
    again = one_spec("build", "--dist", str(tmp_path))
    assert again.returncode == 0, again.stdout + again.stderr
    first = {p.name: _sha256(p) for p in built.dist.iterdir()}
    second = {p.name: _sha256(p) for p in tmp_path.iterdir()}
    assert len(first) == 8
    assert first == second


def test_source_date_epoch_comes_from_the_environment(built: Built, tmp_path: Path) -> None:
    result = one_spec(
        "build", "kupe", "--dist", str(tmp_path), env={"SOURCE_DATE_EPOCH": "1700000000"}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "(SOURCE_DATE_EPOCH=1700000000, from the environment)" in result.stdout
    wheel = next(tmp_path.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2023, 11, 14, 22, 13, 20)}
    with tarfile.open(next(tmp_path.glob("*.tar.gz"))) as archive:
        assert {m.mtime for m in archive.getmembers()} == {1700000000}
    assert _sha256(wheel) != _sha256(built.artefact("kupe", "wheel"))


def _refused(result: object, *expected: str) -> None:
    assert getattr(result, "returncode", None) == 2
    stderr = getattr(result, "stderr", "")
    assert stderr.startswith("error: "), stderr
    assert len(stderr.splitlines()) == 1, stderr
    for text in expected:
        assert text in stderr, stderr


def test_a_stale_package_is_refused(tmp_path: Path) -> None:
    generated = tmp_path / "generated"
    shutil.copytree(ROOT / "generated" / "kupe", generated / "kupe")
    client = generated / "kupe" / "kupe_client" / "client.py"
    client.write_text(client.read_text() + "# a hand edit\n")
    result = one_spec(
        "build", "kupe", "--generated", str(generated), "--dist", str(tmp_path / "dist")
    )
    _refused(result, f"{generated}/kupe is stale", "run `make generate`")
    assert not (tmp_path / "dist").exists()


def test_a_missing_package_or_spec_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "generated"
    empty.mkdir()
    missing = one_spec("build", "kupe", "--generated", str(empty))
    _refused(missing, f"{empty}/kupe does not exist", "make generate")
    unknown = one_spec("build", "petstore")
    _refused(unknown, "no spec in specs/ generates the package 'petstore'")


def test_usage_errors() -> None:
    _refused(one_spec("build", "--apply"), "--apply writes the versions --bump-from proposes")
    _refused(
        one_spec("build", "--bump-from", "specs/history/coreweave-cks-v1beta1-r1.yaml"),
        "is one spec: name the package",
    )
    _refused(one_spec("build", "kupe", "--bump-from", "no/such/place"), "no such file")
    _refused(one_spec("build", "kupe", env={"SOURCE_DATE_EPOCH": "yesterday"}), "SOURCE_DATE_EPOCH")


# --- the checks themselves find what is wrong -----------------------------------------------


def _doctored(wheel: Path, into: Path, edit: dict[str, bytes | None]) -> Path:
    """A copy of a wheel with some entries replaced (None: removed) or added."""
    target = into / wheel.name
    with zipfile.ZipFile(wheel) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            if info.filename not in edit:
                out.writestr(info, source.read(info))
        for name, data in edit.items():
            if data is not None:
                out.writestr(name, data)
    return target


def test_the_wheel_checks_find_what_is_wrong(built: Built, tmp_path: Path) -> None:
    wheel = built.artefact("kupe", "wheel")
    meta = describe(ROOT / "specs" / "kupe.yaml")
    readme = (ROOT / "generated" / "kupe" / "README.md").read_text()
    assert wheel_problems(wheel, meta, readme) == []
    info = "kupe_client-0.1.0.dist-info/METADATA"
    with zipfile.ZipFile(wheel) as archive:
        metadata = archive.read(info).decode()
    loose = metadata.replace("Requires-Dist: httpx<1,>=0.27", "Requires-Dist: httpx>=0.27")
    loose = loose.replace("Classifier: Typing :: Typed\n", "")
    bad = _doctored(
        wheel,
        tmp_path,
        {
            "kupe_client/py.typed": None,
            info: loose.encode(),
            "kupe_client/__pycache__/client.cpython-311.pyc": b"",
            "kupe_client/_version.py": b'__version__ = "9.9.9"\n',
        },
    )
    problems = wheel_problems(bad, meta, readme)
    assert "kupe_client/py.typed is missing" in problems
    assert "Requires-Dist httpx>=0.27 has no upper bound" in problems
    assert "classifier 'Typing :: Typed' is missing" in problems
    assert (
        "kupe_client/__pycache__/client.cpython-311.pyc is a by-product, not part of the package"
        in problems
    )
    assert "_version.py: __version__ is '9.9.9', expected '0.1.0'" in problems
    assert any(p.startswith("_version.py: __openapi_doc_hash__ is None") for p in problems)
    assert metadata_problems(metadata, meta, "another README") == [
        "the long description is not README.md"
    ]
    assert re.fullmatch(
        r"the wheel built from the sdist differs from the one built from the tree: .*py\.typed.*",
        " ".join(same_wheels(wheel, bad)),
    )
    assert same_wheels(wheel, wheel) == []


def test_twine_check_failures_are_reported(tmp_path: Path) -> None:
    from generator.build.artefacts import twine_check

    junk = tmp_path / "junk-0.1.0-py3-none-any.whl"
    junk.write_text("not a zip\n")
    assert twine_check([junk]) == {
        junk: ["twine check --strict: zipfile.BadZipFile: File is not a zip file"]
    }
