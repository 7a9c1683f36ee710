"""`generate`: one installable, typed client package per spec, built atomically."""

from __future__ import annotations

import contextlib
import importlib.resources
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.apimodel import Api, build_api
from generator.codegen.naming import Names, names_for
from generator.codegen.package import (
    PackageMetadata,
    banner,
    package_metadata,
    write_package_files,
)
from generator.codegen.tree import (
    differences,
    inputs_hash,
    is_current,
    module_files,
    swap_in,
    write_stamp,
)
from generator.errors import GeneratorError, SpecError, UsageError
from generator.spec import load_spec

# The generator's code a package depends on: codegen and every module of ours it imports,
# found by reading the imports (the spec reader, the API model...), so a change in any of them
# makes packages stale and nothing else does.
CODE_ROOT = "generator.codegen"


def templates() -> contextlib.AbstractContextManager[Path]:
    """The templates folder (package data), as a real folder for openapi-python-client."""
    return importlib.resources.as_file(importlib.resources.files("generator.codegen") / "templates")


@dataclass(frozen=True)
class Outcome:
    api: str
    state: str  # generated, up to date, stale, current
    seconds: float
    stale_files: tuple[str, ...] = ()


class GenerationFailed(GeneratorError):
    """Generation of one API failed; the previous tree is untouched."""


def _model(spec_path: Path, name: str | None) -> tuple[Api, Names]:
    """The spec's model, refused with its findings when its x- vocabulary is broken, and the
    names of its package."""
    api = build_api(load_spec(spec_path)).require_clean()
    return api, names_for(spec_path, api.title, name)


def _inputs(api: Api, folder: Path, meta: PackageMetadata) -> str:
    return inputs_hash(
        api.spec.documents.keys(), folder, module_files(CODE_ROOT), meta.fingerprint()
    )


def describe(spec_path: Path, name: str | None = None) -> PackageMetadata:
    """The metadata of the package generated from a spec (names, version from packages.toml,
    dependencies, the spec's version and hash), as `generate` writes it."""
    api, names = _model(spec_path, name)
    return package_metadata(api, names)


def build_tree(api: Api, names: Names, into: Path) -> None:
    """Write the whole package for one spec into the empty folder `into`."""
    from generator.codegen.client import render_client
    from generator.codegen.models import render_models
    from generator.codegen.readme import readme

    package_dir = into / names.package
    meta = package_metadata(api, names)
    with templates() as folder:
        facade = render_client(api, names, folder, package_dir)
        (package_dir / "schemas.py").write_text(render_models(api.spec), encoding="utf-8")
        write_package_files(into, meta)
        (into / "README.md").write_text(readme(names, api, facade), encoding="utf-8")
        line = f"# {banner(names)}\n"
        for path in sorted(into.rglob("*.py")):
            path.write_text(line + path.read_text(encoding="utf-8"), encoding="utf-8")
        _ruff(into)
        write_stamp(into, banner(names), _inputs(api, folder, meta))


def _ruff(root: Path) -> None:
    """Format and tidy the tree with the package's own ruff settings, so that output is the
    same on every machine (ruff is pinned)."""
    for args in (
        ["check", "--fix-only", "--quiet", "--no-cache", "."],
        ["format", "--quiet", "--no-cache", "."],
    ):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *args],
            cwd=root,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise GenerationFailed(f"ruff {args[0]} failed: {result.stderr or result.stdout}")


def _is_current(api: Api, names: Names, target: Path) -> bool:
    with templates() as folder:
        return is_current(target, _inputs(api, folder, package_metadata(api, names)))


def generate_one(
    spec_path: Path,
    output: Path,
    *,
    check: bool = False,
    force: bool = False,
    name: str | None = None,
) -> Outcome:
    """Generate (or, with `check`, compare) the package of one spec into `output/<api>`;
    `name` chooses the API name instead of the one derived from the file or title."""
    started = time.perf_counter()
    api, names = _model(spec_path, name)
    target = output / names.api
    if not force and _is_current(api, names, target):
        return Outcome(
            names.api, "current" if check else "up to date", time.perf_counter() - started
        )
    output.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".staging-{names.api}-", dir=output))
    try:
        build_tree(api, names, staging)
        if check:
            stale = differences(staging, target)
            state = "stale" if stale else "current"
            return Outcome(names.api, state, time.perf_counter() - started, tuple(stale))
        swap_in(staging, target)
        return Outcome(names.api, "generated", time.perf_counter() - started)
    except (GenerationFailed, SpecError, UsageError):
        raise
    except GeneratorError as exc:  # the spec asks for what a generator cannot do: it says where
        raise GenerationFailed(str(exc)) from exc
    except Exception as exc:  # a generator's own failure: name the spec, keep the old tree
        raise GenerationFailed(f"{names.spec_label}: {type(exc).__name__}: {exc}") from exc
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def generate(
    specs: list[Path],
    output: Path,
    *,
    check: bool = False,
    force: bool = False,
    name: str | None = None,
    progress: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Generate (or check) every spec. APIs that need work are built in parallel, one process
    per core: each imports the heavy generators once and builds its share. `name` chooses the
    API name of a single spec."""
    if name is not None and len(specs) != 1:
        raise GeneratorError("a package name (--name) is for one spec at a time")
    outcomes: dict[Path, Outcome] = {}
    pending = []
    folders: dict[str, Path] = {}
    for spec_path in specs:
        api, names = _model(spec_path, name)
        if names.api in folders:
            raise GeneratorError(
                f"{folders[names.api]} and {spec_path} would both be generated into "
                f"{output / names.api}; rename one, or generate it on its own with --name"
            )
        folders[names.api] = spec_path
        if not force and _is_current(api, names, output / names.api):
            outcomes[spec_path] = Outcome(names.api, "current" if check else "up to date", 0.0)
            if progress is not None:
                progress(outcomes[spec_path])
        else:
            pending.append(spec_path)
    workers = min(len(pending), os.cpu_count() or 1, 4)
    if workers <= 1:
        for spec_path in pending:
            outcomes[spec_path] = generate_one(
                spec_path, output, check=check, force=True, name=name
            )
            if progress is not None:
                progress(outcomes[spec_path])
    else:
        # Imported here: the no-op path must stay light.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = {
                pool.submit(
                    generate_one, spec_path, output, check=check, force=True, name=name
                ): spec_path
                for spec_path in pending
            }
            for future in as_completed(futures):
                outcomes[futures[future]] = future.result()
                if progress is not None:
                    progress(outcomes[futures[future]])
    return [outcomes[spec_path] for spec_path in specs]


def default_specs(folder: Path = Path("specs")) -> list[Path]:
    """What `generate` covers when it is given no spec: every spec file directly in `specs/`
    of the working directory (not its subfolders, such as specs/history/)."""
    return sorted(p for p in folder.glob("*") if p.suffix in (".yaml", ".yml", ".json"))


__all__ = [
    "GenerationFailed",
    "Outcome",
    "PackageMetadata",
    "default_specs",
    "describe",
    "generate",
    "generate_one",
]
