"""Broken and hostile specs: each yields its expected finding at its expected place, through
the library and through the CLI, and never a traceback."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.lint import lint_spec

CORPUS = Path(__file__).parent / "corpus"
CASES = sorted(CORPUS.glob("*.yaml"))
_EXPECT = re.compile(r"^# expect: (\S+)(?: file=(\S+))? line=(\d+) pointer=(\S*)$")


def _expectation(path: Path) -> tuple[str, Path, int, str]:
    match = _EXPECT.match(path.read_text(encoding="utf-8").splitlines()[0])
    assert match, f"{path.name} must start with '# expect: RULE [file=F] line=N pointer=P'"
    rule, file, line, pointer = match.groups()
    return rule, (CORPUS / file if file else path), int(line), pointer


def test_corpus_is_complete() -> None:
    names = {p.stem for p in CASES}
    assert {
        "bad-yaml",
        "dangling-ref",
        "ref-cycle",
        "remote-ref",
        "example-invalid",
        "duplicate-operation-id",
        "undeclared-path-parameter",
        "malformed-extension",
        "billion-laughs",
    } <= names


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_expected_finding(path: Path) -> None:
    rule, file, line, pointer = _expectation(path)
    findings = lint_spec(path)
    located = {(f.rule, Path(f.file).resolve(), f.line, f.pointer) for f in findings}
    assert (rule, file.resolve(), line, pointer) in located, [f.render() for f in findings]


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_cli_reports_without_traceback(path: Path) -> None:
    rule, _, line, _ = _expectation(path)
    result = subprocess.run(
        [sys.executable, "-m", "generator", "lint", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert f":{line}: error {rule} " in result.stdout


def test_billion_laughs_is_stopped_quickly() -> None:
    # The expansion would be 10^9 values; the node budget stops it long before memory runs out.
    findings = lint_spec(CORPUS / "billion-laughs.yaml")
    assert [f.rule for f in findings] == ["yaml-limit"]
    assert "expands to 1,111,111 values" in findings[0].message
