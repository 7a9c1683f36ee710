"""`one-spec diff` as CI meets it: exit codes by --fail-on, the four formats, and one clear
error line for a spec that cannot be read."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from tests.diff.specs import pair, schema
from tests.test_cli import run

OLD = "specs/history/coreweave-cks-v1beta1-r1.yaml"
NEW = "specs/coreweave-cks.yaml"


def test_breaking_changes_fail_by_default() -> None:
    result = run("diff", OLD, NEW)
    assert result.returncode == 1, result.stderr
    assert (
        "breaking response-property-type-changed  GET /v1beta1/cks/clusters/{id}" in result.stdout
    )
    assert "  old: specs/history/coreweave-cks-v1beta1-r1.yaml:477 " in result.stdout
    assert result.stdout.rstrip().endswith("11 breaking, 8 warning, 75 info")
    assert run("diff", OLD, NEW, "--fail-on", "never").returncode == 0


def test_bundled_names_work_as_specs() -> None:
    result = run("diff", "history/coreweave-cks-v1beta1-r1", "coreweave-cks", "--format", "json")
    assert result.returncode == 1
    assert json.loads(result.stdout)["summary"] == {"breaking": 11, "warning": 8, "info": 75}


def test_fail_on_picks_the_level(tmp_path: Path) -> None:
    def optional_property_removed(d: dict[str, Any]) -> None:  # a warning
        schema(d, "Widget")["properties"].pop("note")

    old, new = pair(tmp_path, optional_property_removed)
    assert run("diff", str(old), str(new)).returncode == 0
    assert run("diff", str(old), str(new), "--fail-on", "warning").returncode == 1
    assert run("diff", str(old), str(new), "--fail-on", "info").returncode == 1
    same = run("diff", str(old), str(old), "--fail-on", "info")
    assert same.returncode == 0
    assert "no changes" in same.stdout


def test_json_report() -> None:
    result = run("diff", OLD, NEW, "--format", "json")
    document = json.loads(result.stdout)
    assert document["bump"] == "major"
    assert document["fail_on"] == "breaking"
    first = document["changes"][0]
    assert set(first) == {"id", "level", "operation", "message", "old", "new"}
    assert first["level"] == "breaking"
    assert set(first["new"]) == {"file", "line", "pointer"}


def test_junit_report_written_to_a_file(tmp_path: Path) -> None:
    report = tmp_path / "diff.xml"
    result = run("diff", OLD, NEW, "--format", "junit", "--output", str(report))
    assert result.returncode == 1
    assert result.stdout == ""
    assert "11 breaking" in result.stderr
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "94"
    assert suite.get("failures") == "11"
    failures = suite.findall("testcase/failure")
    assert len(failures) == 11
    assert {f.get("type") for f in failures} == {"breaking"}
    assert all("new: specs/coreweave-cks.yaml:" in (f.text or "") for f in failures)


def test_junit_without_changes_still_has_a_passing_case(tmp_path: Path) -> None:
    old, _ = pair(tmp_path, lambda d: None)
    result = run("diff", str(old), str(old), "--format", "junit")
    suite = ET.fromstring(result.stdout).find("testsuite")
    assert suite is not None
    assert suite.get("tests") == "1"
    assert suite.get("failures") == "0"


def test_markdown_report() -> None:
    result = run("diff", OLD, NEW, "--format", "markdown")
    assert "### Breaking (11)" in result.stdout
    assert "| Rule | Operation | Change | Old | New |" in result.stdout
    assert (
        "| `response-property-type-changed` | `GET /v1beta1/cks/clusters/{id}` |" in result.stdout
    )


def test_unreadable_specs_give_one_error_line(tmp_path: Path) -> None:
    missing = run("diff", "no-such.yaml", NEW)
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == ["error: no-such.yaml:1 /: No such file or directory"]
    broken = tmp_path / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo:\n  title: [unclosed\n")
    result = run("diff", str(broken), NEW)
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"error: {broken}:")
    assert "Traceback" not in result.stderr
    assert run("diff", NEW).returncode == 2


def test_list_rules() -> None:
    result = run("diff", "--list-rules")
    assert result.returncode == 0
    assert "request-property-became-required" in result.stdout
    assert "lifecycle-state-removed" in result.stdout
