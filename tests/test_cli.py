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


def test_a_broken_vocabulary_is_refused_by_name_and_place(tmp_path: Path) -> None:
    """generate and serve act on the semantics: a resource without its identifier is refused
    with the finding (file, line, pointer), not defaulted; validate, which does not use the
    semantics, still works on the spec."""
    spec = base_spec()
    del spec["x-resources"]["widget"]["identifier"]
    path = write_spec(tmp_path, spec)
    line = next(
        n
        for n, text in enumerate(path.read_text().splitlines(), 1)
        if text.strip() == "widget:"
    )
    expected = (
        f"{path}:{line}: error extension-schema /x-resources/widget: "
        "'identifier' is a required property"
    )
    for args in (
        ("generate", "--output", str(tmp_path / "out"), str(path)),
        ("serve", str(path), "--port", "0", "--db", ":memory:"),
    ):
        result = run(*args, cwd=tmp_path)
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip().splitlines() == [expected.replace(f"{tmp_path}/", "")]
    assert not (tmp_path / "out" / "spec").exists()
    valid = run("validate", str(path), "--operation", "GET /widgets/w1", cwd=tmp_path)
    assert valid.returncode == 0, valid.stderr


def test_an_internal_error_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    """A bug of ours (here: a spec path that is a folder named like a spec) ends in one
    `error:` line and exit 3, never a traceback."""
    folder = tmp_path / "looks-like.yaml"
    folder.mkdir()
    result = run("validate", str(folder), "--operation", "x")
    assert result.returncode in (2, 3), result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_validate_reads_a_body_file_as_the_only_documented_media_type(tmp_path: Path) -> None:
    """No --content-type and no Content-Type header: the operation's one media type is used;
    with several, the command asks for one by name."""
    spec = base_spec()
    body = tmp_path / "body.json"
    body.write_text(json.dumps({"name": "w1"}))
    path = write_spec(tmp_path, spec)
    one = run("validate", str(path), "--operation", "createWidget", "--request-body", str(body))
    assert one.returncode == 0, one.stdout + one.stderr
    content = spec["paths"]["/widgets"]["post"]["requestBody"]["content"]
    content["application/merge-patch+json"] = content["application/json"]
    path = write_spec(tmp_path, spec)
    two = run("validate", str(path), "--operation", "createWidget", "--request-body", str(body))
    assert two.returncode == 2
    assert two.stderr.strip() == (
        "error: the body could be application/json, application/merge-patch+json; "
        "name its media type with --content-type"
    )
    named = run(
        "validate",
        str(path),
        "--operation",
        "createWidget",
        "--request-body",
        str(body),
        "--content-type",
        "application/merge-patch+json",
    )
    assert named.returncode == 0, named.stdout + named.stderr
    header = run(
        "validate",
        str(path),
        "--operation",
        "createWidget",
        "--request-body",
        str(body),
        "--header",
        "Content-Type: application/json",
    )
    assert header.returncode == 0, header.stdout + header.stderr
