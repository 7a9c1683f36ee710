"""The command line as a user meets it: help, exit codes, output formats."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.lint.base import base_spec, write_spec

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        check=False,
    )


def test_help_lists_every_command() -> None:
    result = run("--help")
    assert result.returncode == 0
    for command in ("lint", "validate", "generate", "serve", "fuzz", "diff", "build"):
        assert f"    {command} " in result.stdout


@pytest.mark.parametrize("command", ["fuzz", "diff", "build"])
def test_planned_commands_say_so(command: str) -> None:
    result = run(command)
    assert result.returncode == 2
    assert "not implemented yet" in result.stderr


def test_lint_defaults_to_every_spec_and_they_are_clean() -> None:
    result = run("lint")
    assert result.returncode == 0, result.stdout
    assert result.stdout == ""
    assert result.stderr.startswith("5 spec(s), 0 error(s)")


def test_lint_json_output(tmp_path: Path) -> None:
    spec = base_spec()
    del spec["paths"]["/widgets/{id}"]["get"]["summary"]
    result = run("lint", "--format", "json", str(write_spec(tmp_path, spec)))
    assert result.returncode == 1
    [finding] = json.loads(result.stdout)
    assert finding["rule"] == "operation-summary"
    assert finding["severity"] == "warning"
    assert finding["pointer"] == "/paths/~1widgets~1{id}/get"
    assert isinstance(finding["line"], int)
    assert finding["file"].endswith("spec.yaml")


def test_fail_on_error_ignores_warnings(tmp_path: Path) -> None:
    spec = base_spec()
    del spec["paths"]["/widgets/{id}"]["get"]["summary"]
    path = write_spec(tmp_path, spec)
    assert run("lint", "--fail-on", "error", str(path)).returncode == 0
    assert run("lint", str(path)).returncode == 1


def test_lint_text_line_format(tmp_path: Path) -> None:
    spec = base_spec()
    spec["paths"]["/widgets/{id}"]["get"]["operationId"] = "createWidget"
    result = run("lint", str(write_spec(tmp_path, spec)))
    assert result.returncode == 1
    [line] = [x for x in result.stdout.splitlines() if "operationId-unique" in x]
    assert line.startswith(f"{tmp_path / 'spec.yaml'}:")
    assert ": error operation-operationId-unique /paths/~1widgets~1{id}/get/operationId: " in line


def test_folder_argument_lints_every_yaml_in_it(tmp_path: Path) -> None:
    write_spec(tmp_path, base_spec(), "a.yaml")
    write_spec(tmp_path, base_spec(), "b.yaml")
    result = run("lint", str(tmp_path))
    assert result.returncode == 0
    assert result.stderr.startswith("2 spec(s)")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("lint", "no/such/spec.yaml"), "no such spec"),
        (("lint", "--format", "xml"), "invalid choice"),
    ],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_binary_file_is_a_finding(tmp_path: Path) -> None:
    binary = tmp_path / "binary.yaml"
    binary.write_bytes(b"\xff\xfe\x00")
    result = run("lint", str(binary))
    assert result.returncode == 1
    assert ":1: error yaml-syntax /: not UTF-8 text" in result.stdout


def test_unreadable_spec_is_reported_not_raised(tmp_path: Path) -> None:
    # As root every file is readable, so use a directory where a file is expected.
    from generator.lint import lint_spec

    [finding] = lint_spec(tmp_path)
    assert finding.rule == "file-unreadable"
    assert finding.file.endswith(tmp_path.name)
