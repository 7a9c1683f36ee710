"""Sdists and wheels of one generated package, by its own build backend (hatchling) through
the `build` library, without isolation: nothing is downloaded at build time, the backend is
the one installed beside this tool. Reproducible: every timestamp is SOURCE_DATE_EPOCH."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import build
import pyproject_hooks

from generator.codegen.tree import tree_files
from generator.errors import GeneratorError

Distribution = Literal["sdist", "wheel"]
# hatchling's own default, used when the environment sets none: 2020-02-02T00:00:00Z.
DEFAULT_EPOCH = 1580601600


class BuildFailed(GeneratorError):
    """The backend could not build an artefact (or is not installed)."""


def source_date_epoch(environ: Mapping[str, str] | None = None) -> tuple[int, bool]:
    """The timestamp of every file in the artefacts: SOURCE_DATE_EPOCH from the environment,
    else DEFAULT_EPOCH; and whether it came from the environment."""
    value = (os.environ if environ is None else environ).get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return DEFAULT_EPOCH, False
    if not value.isdigit() or int(value) < 315532800:  # 1980-01-01, the first a zip can hold
        raise BuildFailed(f"SOURCE_DATE_EPOCH={value!r}: expected seconds since 1980 or later")
    return int(value), True


@dataclass(frozen=True)
class Artefact:
    path: Path
    size: int
    sha256: str

    @classmethod
    def of(cls, path: Path) -> Artefact:
        data = path.read_bytes()
        return cls(path, len(data), hashlib.sha256(data).hexdigest())


def _builder(source: Path, epoch: int) -> build.ProjectBuilder:
    def runner(
        cmd: Sequence[str], cwd: str | None = None, extra_environ: Mapping[str, str] | None = None
    ) -> None:
        environ = {**(extra_environ or {}), "SOURCE_DATE_EPOCH": str(epoch)}
        pyproject_hooks.quiet_subprocess_runner(cmd, cwd, environ)

    try:
        builder = build.ProjectBuilder(source, python_executable=sys.executable, runner=runner)
    except build.BuildException as exc:
        raise BuildFailed(f"{source}: {exc}") from None
    missing = [
        requirement
        for requirement in builder.build_system_requires
        if any(True for _ in build.check_dependency(requirement))
    ]
    if missing:
        raise BuildFailed(
            f"{source}: its build backend ({', '.join(sorted(missing))}) is not installed beside "
            "one-spec; reinstall one-spec-generator, which depends on it"
        )
    return builder


def build_one(source: Path, distribution: Distribution, into: Path, epoch: int) -> Path:
    """Build the `distribution` ("sdist" or "wheel") of the project in `source` into `into`."""
    builder = _builder(source, epoch)
    into.mkdir(parents=True, exist_ok=True)
    try:
        return Path(builder.build(distribution, into))
    except build.BuildBackendException as exc:
        output = getattr(exc.exception, "output", None) or b""
        text = output.decode("utf-8", "replace") if isinstance(output, bytes) else str(output)
        tail = " | ".join(text.strip().splitlines()[-5:])
        raise BuildFailed(f"{source}: building the {distribution} failed: {tail or exc}") from None
    except build.BuildException as exc:
        raise BuildFailed(f"{source}: {exc}") from None


def copy_tree(folder: Path, into: Path) -> Path:
    """A copy of a generated tree, its files only (no tool by-products), to build from."""
    for path in tree_files(folder):
        target = into / path.relative_to(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
    return into


def wheel_from_sdist(sdist: Path, into: Path, epoch: int) -> Path:
    """The wheel built from the unpacked sdist, as `python -m build` does by default: proof
    that the sdist holds everything the wheel needs."""
    with tempfile.TemporaryDirectory(prefix="one-spec-sdist-") as folder:
        with tarfile.open(sdist) as archive:
            archive.extractall(folder, filter="data")
        (root,) = Path(folder).iterdir()
        return build_one(root, "wheel", into, epoch)


_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _twine_one(path: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "twine", "check", "--strict", str(path)],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "TERM": "dumb", "COLUMNS": "10000"},
        check=False,
    )
    if result.returncode == 0:
        return []
    lines = [_ANSI.sub("", line).strip() for line in (result.stdout + result.stderr).splitlines()]
    said = [line.removeprefix(f"Checking {path}: ") for line in lines if line]
    if any("Traceback (most recent call last)" in line for line in said):
        said = said[-1:]  # twine could not read the file: the exception says why
    return [f"twine check --strict: {line}" for line in said] or ["twine check failed"]


def twine_check(paths: Sequence[Path]) -> dict[Path, list[str]]:
    """`twine check --strict` on each artefact (one run per file, so that a file twine
    cannot read spoils no other): what it said of those that failed."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=4) as pool:
        said = dict(zip(paths, pool.map(_twine_one, paths), strict=True))
    return {path: problems for path, problems in said.items() if problems}
