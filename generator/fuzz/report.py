"""What a fuzz run found: each distinct failure once, with a curl that reproduces it; cases per
phase; runs per check; the seed. Rendered as text for people, JSON and JUnit XML for CI."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Failure:
    check: str  # the check that failed (Schemathesis' or ours)
    code: str  # Schemathesis' failure code (ST108...; ST901 for a custom check)
    title: str
    operation: str  # METHOD /path/template
    message: str  # what was expected and what was seen
    reproduce: tuple[str, ...]  # curl commands, oldest first

    @property
    def key(self) -> tuple[str, str, str, str]:
        """Failures with one key are one failure: the same check, operation and complaint."""
        return (self.check, self.operation, self.title, self.message.split("\n", 1)[0])

    def render(self) -> str:
        lines = [f"{self.check} {self.operation}: {self.title}"]
        lines += [f"    {line}" for line in self.message.strip().splitlines()]
        if self.reproduce:
            lines.append("  reproduce with:")
            lines += [f"    {curl}" for curl in self.reproduce]
        return "\n".join(lines)


@dataclass
class Report:
    seed: int | None
    phases: dict[str, str] = field(default_factory=dict)  # phase -> success, failure, skip...
    cases: dict[str, int] = field(default_factory=dict)  # phase -> test cases
    checks: Counter[tuple[str, str]] = field(default_factory=Counter)  # (check, status) -> n
    failures: dict[tuple[str, str, str, str], Failure] = field(default_factory=dict)
    # check -> how often one of ours had something to check (a probe sent, a state compared)
    exercised: Counter[str] = field(default_factory=Counter)
    # check -> why one of ours had nothing to check in this spec
    idle: dict[str, str] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # the engine's own errors (unreachable...)
    # why -> how often a generic check's complaint was documented behaviour (see fuzz.expect)
    documented: Counter[str] = field(default_factory=Counter)
    tested: set[str] = field(default_factory=set)  # operations with at least one case
    elapsed: float = 0.0

    def count(self, check: str, status: str) -> None:
        self.checks[(check, status)] += 1

    def add_failure(self, failure: Failure) -> None:
        self.failures.setdefault(failure.key, failure)

    @property
    def ok(self) -> bool:
        return not self.failures and not self.errors

    @property
    def total_cases(self) -> int:
        return sum(self.cases.values())

    def failed_checks(self) -> set[str]:
        return {f.check for f in self.failures.values()}

    def summary(self) -> str:
        phases = ", ".join(f"{name} {n}" for name, n in sorted(self.cases.items()))
        lines = [
            f"{self.total_cases} cases ({phases}) in {self.elapsed:.1f} s; "
            f"{len(self.failures)} failure(s); seed {self.seed}"
        ]
        if self.exercised:
            ran = ", ".join(f"{name} {n}" for name, n in sorted(self.exercised.items()))
            lines.append(f"semantic checks exercised: {ran}")
        for why, n in sorted(self.documented.items()):
            lines.append(f"documented, not a failure ({n}x): {why}")
        for name, why in sorted(self.idle.items()):
            lines.append(f"semantic check {name} had nothing to check: {why}")
        return "\n".join(lines)

    def render(self) -> str:
        parts = [f.render() for f in self.failures.values()]
        parts += [f"error: {e}" for e in self.errors]
        parts.append(self.summary())
        return "\n\n".join(parts)

    def to_json(self) -> dict[str, Any]:
        by_check: dict[str, dict[str, int]] = {}
        for (check, status), n in sorted(self.checks.items()):
            by_check.setdefault(check, {})[status] = n
        return {
            "seed": self.seed,
            "ok": self.ok,
            "elapsed_seconds": round(self.elapsed, 3),
            "phases": dict(sorted(self.phases.items())),
            "cases": dict(sorted(self.cases.items())),
            "checks": by_check,
            "semantic": {
                "exercised": dict(sorted(self.exercised.items())),
                "idle": dict(sorted(self.idle.items())),
            },
            "documented": dict(sorted(self.documented.items())),
            "failures": [
                {
                    "check": f.check,
                    "code": f.code,
                    "title": f.title,
                    "operation": f.operation,
                    "message": f.message,
                    "reproduce": list(f.reproduce),
                }
                for f in self.failures.values()
            ],
            "errors": self.errors,
        }

    def write_json(self, path: str) -> None:
        with open(path, "w", encoding="utf-8") as out:
            json.dump(self.to_json(), out, indent=2)
            out.write("\n")

    def write_junit(self, path: str, name: str) -> None:
        """One testcase per operation that was tested or failed, a failure element per
        distinct failure; the seed as a property, so a CI page shows how to replay."""
        operations = sorted({f.operation for f in self.failures.values()} | self.tested)
        suite = ET.Element(
            "testsuite",
            name=name,
            tests=str(len(operations)),
            failures=str(len({f.operation for f in self.failures.values()})),
            errors=str(len(self.errors)),
            time=f"{self.elapsed:.3f}",
        )
        properties = ET.SubElement(suite, "properties")
        ET.SubElement(properties, "property", name="seed", value=str(self.seed))
        for operation in operations:
            case = ET.SubElement(suite, "testcase", classname=name, name=operation or "(run)")
            for failure in self.failures.values():
                if failure.operation == operation:
                    element = ET.SubElement(
                        case, "failure", type=failure.check, message=failure.title
                    )
                    element.text = failure.render()
        for error in self.errors:
            case = ET.SubElement(suite, "testcase", classname=name, name="(engine)")
            ET.SubElement(case, "error", message=error)
        ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
