"""Package versions: the next one a spec change calls for (from `diff`), and rewriting the
version line of packages.toml."""

from __future__ import annotations

import os
import re
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

from generator.codegen.package import VERSION, PackageMetadata, recorded_version
from generator.diff import Bump, Level, Report
from generator.errors import UsageError


def parse_version(version: str) -> tuple[int, int, int]:
    found = VERSION.fullmatch(version)
    if found is None:
        raise UsageError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def next_version(version: str, bump: Bump | None) -> str:
    """The version after `version` for a change of kind `bump` (None: no change, the same
    version). Semver, with Cargo's rule below 1.0: a 0.x version moves its minor part for a
    breaking change and its patch part for anything else."""
    major, minor, patch = parse_version(version)
    if bump is None:
        return version
    if major == 0:
        return f"0.{minor + 1}.0" if bump == "major" else f"0.{minor}.{patch + 1}"
    if bump == "major":
        return f"{major + 1}.0.0"
    if bump == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def why(report: Report) -> str:
    """What in a diff report calls for its bump: "major: 3 breaking changes"."""
    bump = report.bump
    if bump is None:
        return "unchanged: no change in the spec"
    if bump == "major":
        return f"major: {_plural(len(report.at_least(Level.BREAKING)), 'breaking change')}"
    if bump == "minor":
        warnings = sum(c.level is Level.WARNING for c in report.changes)
        additions = sum(c.addition and c.level is not Level.WARNING for c in report.changes)
        parts = [_plural(n, w) for n, w in ((additions, "addition"), (warnings, "warning")) if n]
        return f"minor: {', '.join(parts)}"
    if report.changes:
        return f"patch: {_plural(len(report.changes), 'compatible change')}"
    return "patch: the spec's text changed, no rule fired"


@dataclass(frozen=True)
class Proposal:
    """The next version of one package."""

    api: str
    distribution: str
    current: str  # in packages.toml now
    proposed: str
    reason: str
    bump: Bump | None = None
    new: bool = False  # no old spec to compare with

    @property
    def changes(self) -> bool:
        return self.proposed != self.current

    def render(self) -> str:
        if self.changes:
            return f"{self.distribution} {self.current} -> {self.proposed} ({self.reason})"
        return f"{self.distribution} {self.current} ({self.reason})"


def propose(meta: PackageMetadata, old_spec: Path | None, report: Report | None) -> Proposal:
    """The proposal for a package generated from a spec, given the old spec (None: the API
    is new) and the diff from it. The base is the version the old spec's packages.toml
    records (the released one) when it has one, else the current version, so that proposing
    again after `--apply` proposes the same version."""
    names = meta.names
    if old_spec is None or report is None:
        return Proposal(
            names.api, names.distribution, meta.version, meta.version, "new: no old spec", new=True
        )
    base = recorded_version(old_spec, names.api) or meta.version
    proposed = next_version(base, report.bump)
    reason = why(report)
    if parse_version(proposed) <= parse_version(meta.version):
        if base != meta.version:  # released as `base`, moved since (by an earlier --apply)
            reason += f"; {base} was released, {meta.version} already covers it"
        proposed = meta.version
    return Proposal(names.api, names.distribution, meta.version, proposed, reason, report.bump)


_HEADER = re.compile(r"^\s*\[\s*(?P<name>[^\]\s]+)\s*\]\s*(#.*)?$")
_VERSION_LINE = re.compile(r'^(?P<lead>\s*version\s*=\s*)"[^"]*"(?P<rest>.*)$')


def _table_name(line: str) -> str | None:
    found = _HEADER.match(line)
    return found.group("name").strip('"') if found else None


def write_versions(file: Path, versions: dict[str, str]) -> None:
    """Set each API's version in packages.toml, rewriting only its `version` line (comments
    and everything else kept); a missing line or table is added. The result is read back
    before it replaces the file: a layout this cannot edit (an inline table) is refused."""
    lines = file.read_text(encoding="utf-8").splitlines(keepends=True) if file.exists() else []
    for api, version in versions.items():
        parse_version(version)
        start = next((i for i, line in enumerate(lines) if _table_name(line) == api), None)
        if start is None:
            if lines and not lines[-1].endswith("\n"):
                lines[-1] += "\n"
            lines += [*(["\n"] if lines else []), f"[{api}]\n", f'version = "{version}"\n']
            continue
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")),
            len(lines),
        )
        for i in range(start + 1, end):
            found = _VERSION_LINE.match(lines[i].rstrip("\n"))
            if found:
                newline = "\n" if lines[i].endswith("\n") else ""
                lines[i] = f'{found.group("lead")}"{version}"{found.group("rest")}{newline}'
                break
        else:
            lines.insert(start + 1, f'version = "{version}"\n')
    text = "".join(lines)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise UsageError(f"{file}: cannot set the versions ({exc}); edit it by hand") from None
    wrong = [
        api
        for api, version in versions.items()
        if not isinstance(data.get(api), dict) or data[api].get("version") != version
    ]
    if wrong:
        raise UsageError(
            f"{file}: cannot set the version of {', '.join(wrong)} in its layout; "
            'use a [API] table with a version = "X.Y.Z" line'
        )
    handle, temporary = tempfile.mkstemp(prefix=f".{file.name}-", dir=file.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.replace(temporary, file)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
