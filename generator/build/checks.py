"""Our own checks of an artefact, beside `twine check --strict`: each returns the problems it
found as plain sentences (none: the artefact is good). They compare the artefact with the
metadata codegen wrote, never with a re-parse of the spec."""

from __future__ import annotations

import ast
import tarfile
import zipfile
from pathlib import Path, PurePosixPath

from packaging.metadata import InvalidMetadata, Metadata
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from generator.codegen import PackageMetadata

# Files of the package itself that must be in every artefact.
REQUIRED = ("__init__.py", "py.typed", "_version.py")
_UPPER = ("<", "<=", "==", "===", "~=")


def metadata_problems(text: str, meta: PackageMetadata, readme: str) -> list[str]:
    """Core metadata (a wheel's METADATA, an sdist's PKG-INFO) against what codegen wrote."""
    try:
        found = Metadata.from_email(text, validate=True)
    except (InvalidMetadata, ExceptionGroup, ValueError) as exc:
        return [f"invalid core metadata: {exc}"]
    problems = []
    expected = {
        "Name": (canonicalize_name(found.name), canonicalize_name(meta.names.distribution)),
        "Version": (str(found.version), meta.version),
        "Summary": (found.summary, meta.description),
        "Requires-Python": (str(found.requires_python or ""), meta.requires_python),
        "License-Expression": (found.license_expression, meta.license),
        "Description-Content-Type": (found.description_content_type, "text/markdown"),
        "Project-URL": (found.project_urls or {}, dict(meta.urls)),
    }
    for field, (have, want) in expected.items():
        if have != want:
            problems.append(f"{field} is {have!r}, expected {want!r}")
    if (found.description or "").strip() != readme.strip():
        problems.append("the long description is not README.md")
    classifiers = found.classifiers or []
    for classifier in meta.classifiers:
        if classifier not in classifiers:
            problems.append(f"classifier {classifier!r} is missing")
    requirements = found.requires_dist or []
    if sorted(map(str, requirements)) != sorted(str(Requirement(d)) for d in meta.dependencies):
        problems.append(
            f"Requires-Dist is {sorted(map(str, requirements))}, expected "
            f"{sorted(meta.dependencies)}"
        )
    for requirement in requirements:
        if not any(spec.operator in _UPPER for spec in requirement.specifier):
            problems.append(f"Requires-Dist {requirement} has no upper bound")
    return problems


def _version_problems(source: str, meta: PackageMetadata) -> list[str]:
    """`_version.py` records the package's version and the spec's version and hash."""
    values: dict[str, object] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name) and isinstance(node.value, ast.Constant):
                values[target.id] = node.value.value
    expected = {
        "__version__": meta.version,
        "__openapi_doc_version__": meta.openapi_version,
        "__openapi_doc_hash__": meta.openapi_hash,
    }
    return [
        f"_version.py: {name} is {values.get(name)!r}, expected {want!r}"
        for name, want in expected.items()
        if values.get(name) != want
    ]


def _contents_problems(names: list[str], meta: PackageMetadata, extra: set[str]) -> list[str]:
    """The package's required files are there, and nothing but the package and `extra`."""
    package = meta.names.package
    problems = [
        f"{package}/{name} is missing" for name in REQUIRED if f"{package}/{name}" not in names
    ]
    for name in names:
        parts = PurePosixPath(name).parts
        if parts[0] != package and name not in extra:
            problems.append(f"{name} does not belong in the artefact")
        elif any(p.startswith(".") or p == "__pycache__" for p in parts) or name.endswith(".pyc"):
            problems.append(f"{name} is a by-product, not part of the package")
    return problems


def wheel_problems(path: Path, meta: PackageMetadata, readme: str) -> list[str]:
    """A wheel: pure Python, the package's files (py.typed and _version.py among them) and
    nothing else, core metadata as codegen wrote it."""
    dist_info = f"{meta.names.package}-{meta.version}.dist-info"
    with zipfile.ZipFile(path) as archive:
        names = [n for n in archive.namelist() if not n.endswith("/")]
        problems = _contents_problems(
            names, meta, {f"{dist_info}/{n}" for n in ("METADATA", "WHEEL", "RECORD")}
        )
        if f"{dist_info}/METADATA" not in names:
            return [*problems, f"{dist_info}/METADATA is missing"]
        problems += metadata_problems(
            archive.read(f"{dist_info}/METADATA").decode("utf-8"), meta, readme
        )
        wheel = archive.read(f"{dist_info}/WHEEL").decode("utf-8")
        if "Root-Is-Purelib: true" not in wheel or "Tag: py3-none-any" not in wheel:
            problems.append("the wheel is not pure Python (py3-none-any)")
        version = f"{meta.names.package}/_version.py"
        if version in names:
            problems += _version_problems(archive.read(version).decode("utf-8"), meta)
    return problems


def sdist_problems(path: Path, meta: PackageMetadata, readme: str) -> list[str]:
    """An sdist: the package, README.md, pyproject.toml and PKG-INFO, nothing else."""
    root = f"{meta.names.package}-{meta.version}"
    with tarfile.open(path) as archive:
        members = [m for m in archive.getmembers() if m.isfile()]
        outside = [m.name for m in members if not m.name.startswith(root + "/")]
        if outside:
            return [f"{name} is outside {root}/" for name in outside]
        names = [m.name.removeprefix(root + "/") for m in members]
        problems = _contents_problems(names, meta, {"PKG-INFO", "README.md", "pyproject.toml"})
        if "PKG-INFO" not in names:
            return [*problems, "PKG-INFO is missing"]

        def read(name: str) -> str:
            handle = archive.extractfile(f"{root}/{name}")
            assert handle is not None
            return handle.read().decode("utf-8")

        problems += metadata_problems(read("PKG-INFO"), meta, readme)
        version = f"{meta.names.package}/_version.py"
        if version in names:
            problems += _version_problems(read(version), meta)
    return problems


def same_wheels(from_sdist: Path, from_tree: Path) -> list[str]:
    """The wheel built from the sdist is the one built from the generated tree, byte for
    byte; else the entries that differ."""
    if from_sdist.read_bytes() == from_tree.read_bytes():
        return []
    with zipfile.ZipFile(from_sdist) as a, zipfile.ZipFile(from_tree) as b:
        left = {i.filename: a.read(i) for i in a.infolist()}
        right = {i.filename: b.read(i) for i in b.infolist()}
    differing = sorted(n for n in left.keys() | right.keys() if left.get(n) != right.get(n))
    return [
        "the wheel built from the sdist differs from the one built from the tree: "
        + (", ".join(differing) or "in timestamps or order")
    ]
