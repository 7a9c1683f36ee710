"""Where generated trees go: content hashes, staging and the atomic swap, and drift checks."""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterable
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

STAMP = "GENERATED"
TOOLS = ("openapi-python-client", "datamodel-code-generator", "ruff", "one-spec-generator")


def _tool_versions() -> str:
    found = []
    for tool in TOOLS:
        try:
            found.append(f"{tool}=={version(tool)}")
        except PackageNotFoundError:
            found.append(f"{tool}==?")
    return ";".join(found)


def inputs_hash(spec_files: Iterable[Path], templates: Path, *code: Path) -> str:
    """Everything a package is derived from: the spec's files, the templates, the generator's
    code it runs (folders), and the versions of the tools. Cheap: no generator is imported."""
    digest = hashlib.sha256(_tool_versions().encode())
    for group in (sorted(spec_files), _files(templates), *(_files(c) for c in code)):
        for path in group:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


# By-products of tools run inside a package (type checkers, builds); never generated, and
# ignored by git, so they do not make a tree stale.
_BYPRODUCTS = frozenset(
    {"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build", "dist"}
)


def _files(root: Path) -> list[Path]:
    return sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and not _BYPRODUCTS.intersection(p.relative_to(root).parts)
        and not any(part.endswith(".egg-info") for part in p.relative_to(root).parts)
    )


def tree_hash(root: Path) -> str:
    """The content of a generated tree, the stamp excluded."""
    digest = hashlib.sha256()
    for path in _files(root):
        relative = path.relative_to(root).as_posix()
        if relative != STAMP:
            digest.update(relative.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def read_stamp(root: Path) -> dict[str, str]:
    try:
        lines = (root / STAMP).read_text(encoding="utf-8").splitlines()
    except OSError:
        return {}
    return dict(line.split(": ", 1) for line in lines if ": " in line and not line.startswith("#"))


def write_stamp(root: Path, banner: str, inputs: str) -> None:
    text = f"# {banner}\ninputs-sha256: {inputs}\ntree-sha256: {tree_hash(root)}\n"
    (root / STAMP).write_text(text, encoding="utf-8")


def is_current(root: Path, inputs: str) -> bool:
    """The tree was generated from these inputs and nobody has edited it since."""
    stamp = read_stamp(root)
    return stamp.get("inputs-sha256") == inputs and stamp.get("tree-sha256") == tree_hash(root)


def swap_in(staging: Path, target: Path) -> None:
    """Replace `target` by `staging` with renames, so a reader never sees half a tree; the
    old tree is removed only once the new one is in place."""
    old = target.with_name(f".old-{target.name}-{os.getpid()}")
    if target.exists():
        target.rename(old)
    try:
        staging.rename(target)
    except BaseException:
        if old.exists():
            old.rename(target)
        raise
    shutil.rmtree(old, ignore_errors=True)


def differences(expected: Path, actual: Path) -> list[str]:
    """Files that differ between two trees, as paths relative to them."""
    want = {p.relative_to(expected).as_posix(): p for p in _files(expected)}
    have = {p.relative_to(actual).as_posix(): p for p in _files(actual)} if actual.exists() else {}
    stale = [f"{name} (missing)" for name in sorted(want.keys() - have.keys())]
    stale += [f"{name} (not generated)" for name in sorted(have.keys() - want.keys())]
    stale += [
        name
        for name in sorted(want.keys() & have.keys())
        if want[name].read_bytes() != have[name].read_bytes()
    ]
    return stale
