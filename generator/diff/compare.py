"""Load two specs and run every comparison over them, wire level and semantics."""

from __future__ import annotations

from pathlib import Path

from generator.apimodel import build_api
from generator.diff.context import Changes
from generator.diff.model import Report
from generator.diff.operations import compare_operations, compare_security_schemes, compare_servers
from generator.diff.semantics import compare_semantics
from generator.errors import SpecError
from generator.spec import Spec, load_spec


def _load(path: str | Path) -> Spec:
    spec = load_spec(path)
    version = spec.document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        found = "a Swagger 2.0 document" if "swagger" in spec.document else "no `openapi: 3.x`"
        raise SpecError(
            [spec.finding("oas3-schema", "", f"diff compares OpenAPI 3.x documents; found {found}")]
        )
    return spec


def _fingerprint(spec: Spec) -> bytes:
    return b"\0".join(p.read_bytes() for p in sorted(spec.documents))


def diff_specs(old: str | Path, new: str | Path) -> Report:
    """Every change from the spec at `old` to the one at `new`. Raises SpecError (with file,
    line and pointer) when either cannot be read."""
    old_spec, new_spec = _load(old), _load(new)
    # The x- vocabulary is read for what it says; a malformed piece of it is lint's to report,
    # and simply takes no part in the comparison.
    old_api, new_api = build_api(old_spec), build_api(new_spec)
    changes = Changes(old_spec, new_spec)
    compare_servers(changes, old_api, new_api)
    compare_security_schemes(changes, old_api, new_api)
    compare_operations(changes, old_api, new_api)
    compare_semantics(changes, old_api, new_api)
    ordered = sorted(
        dict.fromkeys(changes.found),  # one component reached twice from one place: once
        key=lambda c: (-c.level.rank, c.operation or "", c.rule, c.new or c.old, c.message),
    )
    return Report(
        old=old_spec.display(),
        new=new_spec.display(),
        changes=tuple(ordered),
        edited=_fingerprint(old_spec) != _fingerprint(new_spec),
    )
