"""Load a spec: read its files safely, check and follow its $refs, and remember every line."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.errors import Finding, Severity, SpecError
from generator.spec import pointer as jp
from generator.spec.yamlsafe import Limits, YamlProblem, parse

# Keys whose values are data, not OpenAPI: a "$ref" inside them is a literal value.
_DATA_KEYS = frozenset({"example", "default", "const", "enum"})


@dataclass
class Document:
    """One file of a spec, as plain JSON values, with a line for every pointer."""

    path: Path
    data: Any
    lines: dict[str, int]

    def line(self, pointer: str) -> int:
        """The line of `pointer`, or of its nearest ancestor that has one."""
        while pointer:
            if pointer in self.lines:
                return self.lines[pointer]
            pointer = pointer.rsplit("/", 1)[0]
        return self.lines.get("", 1)


@dataclass(frozen=True)
class Location:
    path: Path
    pointer: str


@dataclass
class Spec:
    """A loaded spec: the root document, every file it refers to, and any $ref problems."""

    path: Path
    root_dir: Path
    documents: dict[Path, Document]
    ref_findings: list[Finding] = field(default_factory=list)
    limits: Limits = field(default_factory=Limits)

    @property
    def document(self) -> Any:
        return self.documents[self.path].data

    def display(self, path: Path | None = None) -> str:
        """A path as findings show it: relative to the working directory when possible."""
        path = path or self.path
        try:
            return str(path.relative_to(Path.cwd()))
        except ValueError:
            return str(path)

    def line(self, pointer: str, path: Path | None = None) -> int:
        return self.documents[path or self.path].line(pointer)

    def finding(
        self,
        rule: str,
        pointer: str,
        message: str,
        severity: Severity = Severity.ERROR,
        path: Path | None = None,
    ) -> Finding:
        return Finding(
            self.display(path), self.line(pointer, path), pointer, severity, rule, message
        )

    def at(self, pointer: str, path: Path | None = None) -> Any:
        path = path or self.path
        if path not in self.documents:
            self.documents[path] = _read(self, path)
        return jp.resolve(self.documents[path].data, pointer)

    def target(self, ref: str, base: Path | None = None) -> Location:
        """Where a $ref points, without reading it. Raises SpecError for refs we refuse."""
        problem = _classify(ref, base or self.path, self.root_dir)
        if problem is not None:
            rule, message = problem
            raise SpecError([Finding(self.display(base), 1, "", Severity.ERROR, rule, message)])
        file_part, _, fragment = ref.partition("#")
        path = (base or self.path) if not file_part else _join(base or self.path, file_part)
        return Location(path, unquote(fragment))

    def resolve(self, value: Any, base: Path | None = None) -> tuple[Any, Location]:
        """Follow a chain of $refs to the value it ends at, and where that value is."""
        location = Location(base or self.path, "")
        seen: set[Location] = set()
        while isinstance(value, dict) and isinstance(value.get("$ref"), str):
            location = self.target(value["$ref"], location.path)
            if location in seen:
                raise SpecError([self.finding("ref-cycle", location.pointer, "$ref cycle")])
            seen.add(location)
            value = self.at(location.pointer, location.path)
        return value, location

    def deref(self, value: Any = None, *, pointer: str | None = None) -> Any:
        """A deep copy of `value` (or of the value at `pointer`) with every $ref replaced by
        its target; a $ref back into a schema being expanded (recursion) is kept as a $ref."""
        if pointer is None:
            return self._deref(value, self.path, ())
        return self._deref(self.at(pointer), self.path, (Location(self.path, pointer),))

    def _deref(self, value: Any, base: Path, stack: tuple[Location, ...]) -> Any:
        if isinstance(value, list):
            return [self._deref(v, base, stack) for v in value]
        if not isinstance(value, dict):
            return value
        ref = value.get("$ref")
        if isinstance(ref, str):
            location = self.target(ref, base)
            if location in stack:
                return copy.deepcopy(value)
            target = self._deref(
                self.at(location.pointer, location.path), location.path, (*stack, location)
            )
            siblings = {k: self._deref(v, base, stack) for k, v in value.items() if k != "$ref"}
            return {**target, **siblings} if isinstance(target, dict) else target
        return {
            k: (copy.deepcopy(v) if k in _DATA_KEYS else self._deref(v, base, stack))
            for k, v in value.items()
        }

    def require_clean(self) -> Spec:
        """Raise if any $ref is broken; consumers other than lint start with this."""
        errors = [f for f in self.ref_findings if f.severity is Severity.ERROR]
        if errors:
            raise SpecError(errors)
        return self


def load_spec(
    path: str | Path,
    *,
    root_dir: str | Path | None = None,
    limits: Limits | None = None,
    strict: bool = True,
) -> Spec:
    """Load a spec and every file its $refs reach.

    Refs may only point into the spec itself or into files under `root_dir` (by default the
    spec's own folder); remote refs are refused. With `strict`, a broken $ref raises
    SpecError; otherwise it is kept in `ref_findings` for `lint` to report.
    """
    spec_path = Path(path).resolve()
    root = Path(root_dir).resolve() if root_dir else spec_path.parent
    spec = Spec(spec_path, root, {}, limits=limits or Limits())
    spec.documents[spec_path] = _read(spec, spec_path)
    if not isinstance(spec.document, dict):
        raise SpecError([spec.finding("oas3-schema", "", "a spec must be a mapping")])
    _check_refs(spec)
    return spec.require_clean() if strict else spec


def _read(spec: Spec, path: Path) -> Document:
    display = spec.display(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(
            [Finding(display, 1, "", Severity.ERROR, "file-unreadable", exc.strerror or str(exc))]
        ) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError(
            [Finding(display, 1, "", Severity.ERROR, "yaml-syntax", f"not UTF-8 text: {exc}")]
        ) from None
    try:
        parsed = parse(text, spec.limits)
    except YamlProblem as exc:
        raise SpecError(
            [Finding(display, exc.line, exc.pointer, Severity.ERROR, exc.rule, exc.message)]
        ) from None
    return Document(path, parsed.data, parsed.lines)


def _join(base: Path, file_part: str) -> Path:
    return (base.parent / unquote(file_part)).resolve()


def _classify(ref: str, base: Path, root: Path) -> tuple[str, str] | None:
    """Why a $ref is refused, or None when it is one we follow."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc:
        return "ref-remote", f"remote $ref {ref!r} is refused: only local refs are followed"
    if ref.count("#") > 1:
        return "ref-unresolved", f"$ref {ref!r} has more than one '#'"
    file_part, _, fragment = ref.partition("#")
    if fragment and not fragment.startswith("/"):
        return "ref-unresolved", f"$ref {ref!r}: only JSON-pointer fragments are supported"
    if file_part and not _join(base, file_part).is_relative_to(root):
        return "ref-escape", f"$ref {ref!r} leaves the spec's folder {root}"
    return None


def _walk_refs(value: Any, pointer: str, in_examples: bool = False) -> list[tuple[str, str]]:
    """Every (pointer, $ref) in a document, skipping data values and extensions."""
    found: list[tuple[str, str]] = []
    if isinstance(value, dict):
        ref = value.get("$ref")
        if isinstance(ref, str):
            found.append((jp.join(pointer, "$ref"), ref))
        for key, child in value.items():
            if key in _DATA_KEYS or key.startswith("x-") or (in_examples and key == "value"):
                continue
            child_pointer = jp.join(pointer, key)
            if key == "examples" and isinstance(child, dict):
                for name, example in child.items():
                    found += _walk_refs(example, jp.join(child_pointer, name), True)
                continue
            found += _walk_refs(child, child_pointer)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _walk_refs(child, jp.join(pointer, index))
    return found


def _check_refs(spec: Spec) -> None:
    """Check every $ref in every reachable file; load referenced files on the way."""
    pending = [spec.path]
    checked: set[Path] = set()
    while pending:
        path = pending.pop()
        if path in checked:
            continue
        checked.add(path)
        document = spec.documents[path]
        for at, ref in _walk_refs(document.data, ""):
            finding = _check_ref(spec, path, at, ref, pending)
            if finding is not None:
                spec.ref_findings.append(finding)


def _check_ref(spec: Spec, path: Path, at: str, ref: str, pending: list[Path]) -> Finding | None:
    problem = _classify(ref, path, spec.root_dir)
    if problem is not None:
        return spec.finding(problem[0], at, problem[1], path=path)
    try:
        spec.resolve({"$ref": ref}, path)
    except KeyError:
        return spec.finding("ref-unresolved", at, f"$ref {ref!r} points to nothing", path=path)
    except SpecError as exc:
        reason = exc.findings[0]
        # A problem inside another file is reported here, at the $ref, naming that file's line.
        rule = reason.rule if reason.rule.startswith("ref-") else "ref-unresolved"
        where = "" if rule == "ref-cycle" else f"{reason.file}:{reason.line}: "
        return spec.finding(rule, at, f"$ref {ref!r}: {where}{reason.message}", path=path)
    file_part = ref.partition("#")[0]
    if file_part:
        pending.append(_join(path, file_part))
    return None
