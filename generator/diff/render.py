"""A diff report as text, JSON, Markdown (for a pull request comment) or JUnit XML (for a CI
system's test report)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter

from generator.diff.model import Change, Level, Report

FORMATS = ("text", "json", "markdown", "junit")


def summary(report: Report) -> str:
    counts = Counter(c.level for c in report.changes)
    if not report.changes:
        return "no changes" + (" (only descriptions or examples differ)" if report.edited else "")
    parts = [f"{counts[level]} {level.value}" for level in Level if counts[level]]
    return f"{len(report.changes)} change(s): {', '.join(parts)}"


def render(report: Report, fmt: str, fail_on: Level | None) -> str:
    if fmt == "json":
        return _json(report, fail_on)
    if fmt == "markdown":
        return _markdown(report)
    if fmt == "junit":
        return _junit(report, fail_on)
    return _text(report)


def _text(report: Report) -> str:
    lines = []
    for change in report.changes:
        where = f"  {change.operation}" if change.operation else ""
        lines.append(f"{change.level.value:8} {change.rule}{where}")
        lines.append(f"  {change.message}")
        if change.old:
            lines.append(f"  old: {change.old.render()}")
        if change.new:
            lines.append(f"  new: {change.new.render()}")
    lines.append(f"{report.old} -> {report.new}: {summary(report)}")
    return "\n".join(lines) + "\n"


def _json(report: Report, fail_on: Level | None) -> str:
    counts = Counter(c.level.value for c in report.changes)
    document = {
        "old": report.old,
        "new": report.new,
        "summary": {level.value: counts.get(level.value, 0) for level in Level},
        "bump": report.bump,
        "fail_on": fail_on.value if fail_on else "never",
        "changes": [c.to_json() for c in report.changes],
    }
    return json.dumps(document, indent=2) + "\n"


def _cell(text: str) -> str:
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


def _place(change: Change, side: str) -> str:
    place = change.old if side == "old" else change.new
    return "" if place is None else f"`{_cell(place.file)}:{place.line}`"


def _markdown(report: Report) -> str:
    lines = [f"## API changes: `{_cell(report.old)}` → `{_cell(report.new)}`", ""]
    lines += [summary(report).capitalize() + ".", ""]
    for level in Level:
        changes = [c for c in report.changes if c.level is level]
        if not changes:
            continue
        lines += [f"### {level.value.capitalize()} ({len(changes)})", ""]
        lines += ["| Rule | Operation | Change | Old | New |", "|---|---|---|---|---|"]
        for c in changes:
            operation = f"`{_cell(c.operation)}`" if c.operation else ""
            lines.append(
                f"| `{c.rule}` | {operation} | {_cell(c.message)} | {_place(c, 'old')} "
                f"| {_place(c, 'new')} |"
            )
        lines.append("")
    return "\n".join(lines)


def _junit(report: Report, fail_on: Level | None) -> str:
    """One test case per change; those at or above `fail_on` fail. A report without changes
    still has one passing case, so that CI systems show the check ran."""
    failing = set(report.at_least(fail_on)) if fail_on else set()
    suites = ET.Element("testsuites", name="one-spec diff")
    suite = ET.SubElement(
        suites,
        "testsuite",
        name=f"{report.old} -> {report.new}",
        tests=str(max(1, len(report.changes))),
        failures=str(len(failing)),
        errors="0",
        skipped="0",
    )
    if not report.changes:
        ET.SubElement(suite, "testcase", classname="api", name=summary(report))
    for change in report.changes:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=change.operation or "api",
            name=f"{change.rule}: {change.message}",
        )
        detail = "\n".join(
            f"{side}: {place.render()}"
            for side, place in (("old", change.old), ("new", change.new))
            if place is not None
        )
        if change in failing:
            failure = ET.SubElement(
                case, "failure", type=change.level.value, message=change.message
            )
            failure.text = detail
        else:
            ET.SubElement(case, "system-out").text = f"{change.level.value}\n{detail}"
    ET.indent(suites)
    return ET.tostring(suites, encoding="unicode", xml_declaration=True) + "\n"
