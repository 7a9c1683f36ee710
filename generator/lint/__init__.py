"""`lint`: structure, references, examples, extensions and the checks good linters apply."""

from __future__ import annotations

from pathlib import Path

from generator.errors import Finding, SpecError
from generator.lint import rules as _rules  # noqa: F401  (importing registers the rules)
from generator.lint.registry import RULES, Rule, rule, run
from generator.spec import load_spec


def lint_spec(path: str | Path, *, root_dir: str | Path | None = None) -> list[Finding]:
    """Every finding for one spec, sorted by line. A spec that cannot be read gives the reason."""
    try:
        spec = load_spec(path, root_dir=root_dir, strict=False)
    except SpecError as exc:
        return exc.findings
    findings = {*spec.ref_findings, *run(spec)}
    return sorted(findings, key=lambda f: (f.file, f.line, f.rule, f.pointer, f.message))


__all__ = ["RULES", "Rule", "lint_spec", "rule"]
