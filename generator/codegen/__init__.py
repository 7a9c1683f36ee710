"""`generate`: one installable, typed client package per spec, built atomically."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from generator.codegen.naming import Names, names_for
from generator.codegen.package import banner, write_package_files
from generator.codegen.tree import differences, inputs_hash, is_current, swap_in, write_stamp
from generator.errors import GeneratorError
from generator.spec import load_spec
from generator.spec.catalog import SPECS

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"
# The generator's code a package depends on: this package, and the spec reader it walks the
# spec with (operation order, $refs).
CODE = (Path(__file__).resolve().parent, ROOT / "generator" / "spec")


@dataclass(frozen=True)
class Outcome:
    api: str
    state: str  # generated, up to date, stale, current
    seconds: float
    stale_files: tuple[str, ...] = ()


class GenerationFailed(GeneratorError):
    """Generation of one API failed; the previous tree is untouched."""


def _inputs(spec_path: Path) -> str:
    spec = load_spec(spec_path)
    return inputs_hash(spec.documents.keys(), TEMPLATES, *CODE)


def build_tree(spec_path: Path, names: Names, into: Path) -> None:
    """Write the whole package for one spec into the empty folder `into`."""
    from generator.codegen.client import render_client
    from generator.codegen.models import render_models

    spec = load_spec(spec_path)
    package_dir = into / names.package
    render_client(spec, names, TEMPLATES, package_dir)
    (package_dir / "schemas.py").write_text(render_models(spec), encoding="utf-8")
    write_package_files(into, names, spec.document)
    line = f"# {banner(names)}\n"
    for path in sorted(into.rglob("*.py")):
        path.write_text(line + path.read_text(encoding="utf-8"), encoding="utf-8")
    _ruff(into)
    write_stamp(into, banner(names), inputs_hash(spec.documents.keys(), TEMPLATES, *CODE))


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


def generate_one(
    spec_path: Path, output: Path, *, check: bool = False, force: bool = False
) -> Outcome:
    started = time.perf_counter()
    names = names_for(spec_path, ROOT)
    target = output / names.api
    if not force and is_current(target, _inputs(spec_path)):
        return Outcome(
            names.api, "current" if check else "up to date", time.perf_counter() - started
        )
    output.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".staging-{names.api}-", dir=output))
    try:
        build_tree(spec_path, names, staging)
        if check:
            stale = differences(staging, target)
            state = "stale" if stale else "current"
            return Outcome(names.api, state, time.perf_counter() - started, tuple(stale))
        swap_in(staging, target)
        return Outcome(names.api, "generated", time.perf_counter() - started)
    except GeneratorError:
        raise
    except Exception as exc:
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
    progress: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Generate (or check) every spec. APIs that need work are built in parallel, one process
    per core: each imports the heavy generators once and builds its share."""
    outcomes: dict[Path, Outcome] = {}
    pending = []
    for spec_path in specs:
        names = names_for(spec_path, ROOT)
        if not force and is_current(output / names.api, _inputs(spec_path)):
            outcomes[spec_path] = Outcome(names.api, "current" if check else "up to date", 0.0)
            if progress is not None:
                progress(outcomes[spec_path])
        else:
            pending.append(spec_path)
    workers = min(len(pending), os.cpu_count() or 1, 4)
    if workers <= 1:
        for spec_path in pending:
            outcomes[spec_path] = generate_one(spec_path, output, check=check, force=True)
            if progress is not None:
                progress(outcomes[spec_path])
    else:
        # Imported here: the no-op path must stay light.
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor, as_completed

        context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            futures = {
                pool.submit(generate_one, spec_path, output, check=check, force=True): spec_path
                for spec_path in pending
            }
            for future in as_completed(futures):
                outcomes[futures[future]] = future.result()
                if progress is not None:
                    progress(outcomes[futures[future]])
    return [outcomes[spec_path] for spec_path in specs]


def default_specs() -> list[Path]:
    return sorted(SPECS.glob("*.yaml"))


__all__ = ["GenerationFailed", "Outcome", "default_specs", "generate", "generate_one"]
