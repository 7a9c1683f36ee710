"""Command line: parse arguments, call the library, map results to exit codes. No logic here."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from generator import __version__
from generator.errors import Severity

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

_PLANNED = {
    "validate": "validate a request or response payload against an operation",
    "generate": "generate typed models and a client package per API into generated/",
    "serve": "run a stateful reference server for an API, backed by SQLite",
    "fuzz": "contract-test an implementation against its spec (Schemathesis + semantic checks)",
    "diff": "report breaking changes between two versions of a spec",
    "build": "build and check sdists and wheels of the generated packages",
}
_SEVERITY_ORDER = {Severity.INFO: 0, Severity.WARNING: 1, Severity.ERROR: 2}


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="One spec, everything derived: lint, validate, generate, serve, fuzz, "
        "diff and build from OpenAPI specs.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    lint = commands.add_parser("lint", help="lint specs (default: every spec under specs/)")
    lint.add_argument("specs", nargs="*", metavar="SPEC", help="spec files or folders")
    lint.add_argument("--format", choices=("text", "json"), default="text")
    lint.add_argument(
        "--fail-on",
        choices=("error", "warning"),
        default="warning",
        help="lowest severity that makes the exit code 1 (default: warning)",
    )
    lint.add_argument("--list-rules", action="store_true", help="list the rules and exit")

    for name, summary in _PLANNED.items():
        planned = commands.add_parser(name, help=f"{summary} (not implemented yet)")
        planned.add_argument("args", nargs=argparse.REMAINDER)
    return parser


def _spec_files(arguments: Sequence[str]) -> list[Path]:
    targets = [Path(a) for a in arguments] or [Path("specs")]
    files: list[Path] = []
    for target in targets:
        if target.is_dir():
            files += sorted(p for p in target.rglob("*") if p.suffix in (".yaml", ".yml", ".json"))
        elif target.exists():
            files.append(target)
        else:
            raise FileNotFoundError(str(target))
    return files


def _lint(args: argparse.Namespace) -> int:
    from generator.lint import RULES, lint_spec

    if args.list_rules:
        for item in sorted(RULES.values(), key=lambda r: r.id):
            print(f"{item.id:34} {item.severity.value:8} {item.summary}")
        return EXIT_OK
    try:
        files = _spec_files(args.specs)
    except FileNotFoundError as exc:
        print(f"error: no such spec: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not files:
        print("error: no spec files found", file=sys.stderr)
        return EXIT_USAGE
    findings = [f for path in files for f in lint_spec(path)]
    if args.format == "json":
        print(json.dumps([f.to_json() for f in findings], indent=2))
    else:
        for finding in findings:
            print(finding.render())
        errors = sum(f.severity is Severity.ERROR for f in findings)
        print(
            f"{len(files)} spec(s), {errors} error(s), {len(findings) - errors} other finding(s)",
            file=sys.stderr,
        )
    if any(f.rule == "file-unreadable" for f in findings):
        return EXIT_USAGE
    threshold = _SEVERITY_ORDER[Severity(args.fail_on)]
    failing = any(_SEVERITY_ORDER[f.severity] >= threshold for f in findings)
    return EXIT_FINDINGS if failing else EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "lint":
        return _lint(args)
    print(f"error: '{args.command}' is not implemented yet", file=sys.stderr)
    return EXIT_USAGE
