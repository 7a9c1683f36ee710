"""`build`: an sdist and a wheel of each generated package, checked and reproducible, and the
next version of each from `diff`.

`build(options)` selects the packages (refusing a missing or stale one), optionally proposes
and applies their next versions (`versions`), builds each with its own backend
(`artefacts`), checks every artefact (`checks`, and `twine check --strict`), and moves those
that passed into the dist folder. The metadata every check compares with is codegen's
(`generator.codegen.describe`), never a re-parse of the spec."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from generator.build.artefacts import (
    DEFAULT_EPOCH,
    Artefact,
    BuildFailed,
    build_one,
    copy_tree,
    source_date_epoch,
    twine_check,
    wheel_from_sdist,
)
from generator.build.checks import same_wheels, sdist_problems, wheel_problems
from generator.build.versions import Proposal, next_version, propose, write_versions
from generator.codegen import PackageMetadata, default_specs, describe, generate
from generator.errors import UsageError


@dataclass(frozen=True)
class Package:
    """A generated package and the spec it comes from."""

    spec: Path
    folder: Path
    meta: PackageMetadata

    @property
    def api(self) -> str:
        return self.meta.names.api


@dataclass(frozen=True)
class BuildOptions:
    apis: tuple[str, ...] = ()  # default: every package
    specs: Path = Path("specs")
    generated: Path = Path("generated")
    dist: Path = Path("dist")
    bump_from: Path | None = None  # an old spec file, or a folder of old specs
    apply: bool = False  # write the proposed versions, regenerate, then build


@dataclass
class Built:
    """One package's artefacts (in the dist folder once checked) and what failed."""

    package: Package
    artefacts: list[Artefact] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass
class Outcome:
    dist: Path
    proposals: list[Proposal] = field(default_factory=list)
    built: list[Built] = field(default_factory=list)
    epoch: int = DEFAULT_EPOCH
    epoch_from_environment: bool = False

    @property
    def ok(self) -> bool:
        return all(b.ok for b in self.built)

    def render(self) -> list[str]:
        """The proposals, then per package its artefacts (file, size, sha256) or what
        failed, then one line for the whole build."""
        lines = [p.render() for p in self.proposals]
        for built in self.built:
            names = built.package.meta.names
            state = "checked" if built.ok else "FAILED"
            lines.append(f"{names.distribution} {built.package.meta.version}: {state}")
            if built.ok:
                width = max(len(str(a.path)) for a in built.artefacts)
                lines += [
                    f"  {a.path!s:{width}}  {a.size:>9,} bytes  sha256 {a.sha256}"
                    for a in built.artefacts
                ]
            lines += [f"  problem: {p}" for p in built.problems]
        if self.built:
            good = sum(b.ok for b in self.built)
            source = "from the environment" if self.epoch_from_environment else "the default"
            lines.append(
                f"{good} of {len(self.built)} package(s) built and checked into {self.dist}/ "
                f"(SOURCE_DATE_EPOCH={self.epoch}, {source})"
            )
        return lines


def select(apis: tuple[str, ...] | list[str], specs: Path, generated: Path) -> list[Package]:
    """The packages to build (default: every spec's and every folder's under `generated`),
    each with its spec; refused (UsageError) when one has no spec, has not been generated,
    or is stale against its spec."""
    packages = find(apis, specs, generated)
    refuse_stale(packages, generated)
    return packages


def find(apis: tuple[str, ...] | list[str], specs: Path, generated: Path) -> list[Package]:
    """`select` without the staleness check (which may regenerate to compare)."""
    found: dict[str, tuple[Path, PackageMetadata]] = {}
    for spec in default_specs(specs):
        meta = describe(spec)
        found.setdefault(meta.names.api, (spec, meta))
    folders = (
        {p.name for p in generated.iterdir() if p.is_dir() and not p.name.startswith(".")}
        if generated.is_dir()
        else set()
    )
    wanted = list(dict.fromkeys(apis)) or sorted(found.keys() | folders)
    if not wanted:
        raise UsageError(f"no specs in {specs}/ and no packages in {generated}/: nothing to build")
    packages = []
    for api in wanted:
        if api not in found:
            raise UsageError(f"no spec in {specs}/ generates the package {api!r}")
        spec, meta = found[api]
        if not (generated / api).is_dir():
            raise UsageError(
                f"{generated / api} does not exist: run `make generate` to generate it from {spec}"
            )
        packages.append(Package(spec, generated / api, meta))
    return packages


def refuse_stale(packages: list[Package], generated: Path) -> None:
    """Codegen's own check (`generate --check`): a package that is not what its spec, its
    packages.toml entry and the generator derive is refused."""
    stale = [
        outcome.api
        for outcome in generate([p.spec for p in packages], generated, check=True)
        if outcome.state == "stale"
    ]
    if stale:
        raise UsageError(
            f"{', '.join(str(generated / api) for api in stale)} "
            f"{'is' if len(stale) == 1 else 'are'} stale against the spec: run `make generate` "
            "(and commit the result) before building"
        )


def check_bump_source(packages: list[Package], old: Path) -> None:
    """`--bump-from OLD` exists, and is a folder unless one package is built."""
    if not old.exists():
        raise UsageError(f"--bump-from {old}: no such file or folder")
    if old.is_file() and len(packages) != 1:
        raise UsageError(
            f"--bump-from {old} is one spec: name the package it is an old version of "
            "(one-spec build API --bump-from FILE), or give a folder of old specs"
        )


def propose_versions(packages: list[Package], old: Path) -> list[Proposal]:
    """The next version of each package from `diff` between the old spec and its current one.
    `old` is a spec file (for one package) or a folder of old specs under the same file
    names (an extracted release); a package whose spec is not there is new."""
    from generator.diff import diff_specs

    check_bump_source(packages, old)
    proposals = []
    for package in packages:
        previous = old if old.is_file() else old / package.spec.name
        if not previous.is_file():
            proposals.append(propose(package.meta, None, None))
            continue
        proposals.append(propose(package.meta, previous, diff_specs(previous, package.spec)))
    return proposals


def apply_versions(
    packages: list[Package], proposals: list[Proposal], generated: Path
) -> list[Package]:
    """Write the proposed versions into each spec's packages.toml, regenerate the packages
    whose version moved, and give the packages with their new metadata."""
    moving = {p.api: p for p in proposals if p.changes}
    by_file: dict[Path, dict[str, str]] = {}
    for package in packages:
        if package.api in moving:
            file = package.meta.settings_file
            by_file.setdefault(file, {})[package.api] = moving[package.api].proposed
    for file, versions in by_file.items():
        write_versions(file, versions)
    affected = [p for p in packages if p.api in moving]
    if affected:
        generate([p.spec for p in affected], generated)
    return [Package(p.spec, p.folder, describe(p.spec)) for p in packages]


def build_packages(
    packages: list[Package],
    dist: Path,
    epoch: int,
    progress: Callable[[str], None] | None = None,
) -> list[Built]:
    """Build, check and (when every check passed) move into `dist` the sdist and wheel of
    each package. The wheel is built from the sdist, and compared with one built from the
    tree; all artefacts go through `twine check --strict` at once."""
    results = []
    with tempfile.TemporaryDirectory(prefix="one-spec-build-") as scratch:
        for package in packages:
            if progress is not None:
                progress(f"building {package.meta.names.distribution} {package.meta.version}")
            staging = Path(scratch) / package.api
            built = Built(package)
            results.append(built)
            readme = (package.folder / "README.md").read_text(encoding="utf-8")
            # Built from a copy of the tree as codegen checked it: nothing around it (a
            # repository's .gitignore, which hatchling puts into sdists, or caches) gets in.
            source = copy_tree(package.folder, staging / "source")
            try:
                sdist = build_one(source, "sdist", staging / "out", epoch)
                wheel = wheel_from_sdist(sdist, staging / "out", epoch)
                tree_wheel = build_one(source, "wheel", staging / "tree", epoch)
            except BuildFailed as exc:
                built.problems.append(str(exc))
                continue
            built.artefacts = [Artefact.of(sdist), Artefact.of(wheel)]
            meta = package.meta
            built.problems += [f"{sdist.name}: {p}" for p in sdist_problems(sdist, meta, readme)]
            built.problems += [f"{wheel.name}: {p}" for p in wheel_problems(wheel, meta, readme)]
            built.problems += [f"{wheel.name}: {p}" for p in same_wheels(wheel, tree_wheel)]
        if progress is not None:
            progress("twine check --strict")
        paths = [a.path for b in results for a in b.artefacts]
        for path, problems in twine_check(paths).items():
            owner = next(b for b in results if any(a.path == path for a in b.artefacts))
            owner.problems += [f"{path.name}: {p}" for p in problems]
        dist.mkdir(parents=True, exist_ok=True)
        for built in results:
            if built.ok:
                moved = []
                for artefact in built.artefacts:
                    target = dist / artefact.path.name
                    shutil.move(artefact.path, target)
                    moved.append(Artefact(target, artefact.size, artefact.sha256))
                built.artefacts = moved
    return results


def build(options: BuildOptions, progress: Callable[[str], None] | None = None) -> Outcome:
    """The whole command: select (refusing stale packages), propose versions when asked
    (and stop there unless `apply`), write them and regenerate, build and check."""
    if options.apply and options.bump_from is None:
        raise UsageError("--apply writes the versions --bump-from proposes: give --bump-from OLD")
    outcome = Outcome(options.dist)
    outcome.epoch, outcome.epoch_from_environment = source_date_epoch()
    packages = find(options.apis, options.specs, options.generated)
    if options.bump_from is not None:
        check_bump_source(packages, options.bump_from)
    refuse_stale(packages, options.generated)
    if options.bump_from is not None:
        outcome.proposals = propose_versions(packages, options.bump_from)
        if not options.apply:
            return outcome
        packages = apply_versions(packages, outcome.proposals, options.generated)
    outcome.built = build_packages(packages, options.dist, outcome.epoch, progress)
    return outcome


__all__ = [
    "Artefact",
    "BuildFailed",
    "BuildOptions",
    "Built",
    "Outcome",
    "Package",
    "Proposal",
    "apply_versions",
    "build",
    "build_packages",
    "find",
    "next_version",
    "propose_versions",
    "refuse_stale",
    "select",
]
