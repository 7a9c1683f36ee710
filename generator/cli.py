"""Command line: parse arguments, call the library, map results to exit codes. No logic here."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from generator import __version__
from generator.errors import GeneratorError, Severity, SpecError, UsageError

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3

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

    validate = commands.add_parser(
        "validate",
        help="validate a request or response against an operation, or a whole HAR recording",
        description="Validate a request (headers, query, path, body) or a response (status, "
        "headers, body) against one operation of a spec, or every exchange of a HAR file.",
    )
    validate.add_argument("spec", metavar="SPEC")
    validate.add_argument(
        "--operation",
        metavar="OP",
        help="operationId, 'METHOD /path/template', or 'METHOD /concrete/path'",
    )
    validate.add_argument("--har", metavar="FILE", help="validate every entry of a HAR file")
    validate.add_argument("--header", action="append", default=[], metavar="NAME:VALUE")
    validate.add_argument("--query", action="append", default=[], metavar="NAME=VALUE")
    validate.add_argument(
        "--request-body", metavar="FILE", help="request body file, or - for stdin"
    )
    validate.add_argument("--status", metavar="CODE", help="validate a response with this status")
    validate.add_argument("--response-header", action="append", default=[], metavar="NAME:VALUE")
    validate.add_argument("--response-body", metavar="FILE", help="response body file, or -")
    validate.add_argument("--content-type", metavar="TYPE")
    validate.add_argument("--format", choices=("text", "json"), default="text")

    generate = commands.add_parser(
        "generate",
        help="write a typed client package per API into generated/",
        description="Generate one installable client package per spec (default: every spec "
        "file directly in ./specs) into --output. SPEC is a file or a bundled API name. "
        "Unchanged inputs are skipped by content hash.",
    )
    generate.add_argument("specs", nargs="*", metavar="SPEC")
    generate.add_argument("--output", default="generated", metavar="DIR")
    generate.add_argument(
        "--name",
        metavar="API",
        help="the API name of the package (kupe gives kupe-client, kupe_client, Kupe); "
        "default: derived from the file name, or from the title for openapi.yaml and the like",
    )
    generate.add_argument(
        "--check",
        action="store_true",
        help="write nothing; exit 1 and name the stale files when DIR differs from the specs",
    )
    generate.add_argument("--force", action="store_true", help="regenerate even if up to date")

    serve = commands.add_parser(
        "serve",
        help="run a stateful reference implementation of an API",
        description="Serve one API's reference implementation over HTTP until SIGINT or "
        "SIGTERM, at the path of the spec's server URL. SPEC is a file or an API name "
        "(kupe, akua, cockroach-cloud, coreweave-cks).",
    )
    serve.add_argument("spec", metavar="SPEC")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    serve.add_argument(
        "--db",
        metavar="PATH",
        help="SQLite file of the server's state (default .one-spec/<api>.sqlite3); :memory: "
        "keeps nothing",
    )
    serve.add_argument(
        "--token",
        action="append",
        default=[],
        metavar="TOKEN[=ROLE,...]",
        help="accept this bearer token (with only these roles); default: any token",
    )
    serve.add_argument(
        "--lifecycle",
        default="immediate",
        metavar="MODE",
        help="immediate (default), time:SECONDS (one state per interval) or manual "
        "(POST /_reference/advance)",
    )
    serve.add_argument(
        "--max-body", type=int, default=1024 * 1024, metavar="BYTES", help="413 above this"
    )
    serve.add_argument(
        "--check-responses",
        action="store_true",
        help="validate every answer against the spec too and report any that is off-spec",
    )

    fuzz = commands.add_parser(
        "fuzz",
        help="contract-test an implementation against its spec (Schemathesis + semantic checks)",
        description="Send Schemathesis-generated requests (examples, coverage, fuzzing and "
        "stateful phases) to the implementation at --base-url, or to the spec's own reference "
        "server (--reference), and check every answer against the spec and the behaviour its "
        "x- vocabulary declares. Exit 0: nothing failed; 1: a check failed; 2: usage error or "
        "unreachable target.",
    )
    fuzz.add_argument("spec", metavar="SPEC")
    target = fuzz.add_mutually_exclusive_group(required=True)
    target.add_argument("--base-url", metavar="URL", help="where the spec's paths are served")
    target.add_argument(
        "--reference",
        action="store_true",
        help="start the spec's reference server on loopback, fuzz it, stop it",
    )
    fuzz.add_argument("--token", metavar="TOKEN", help="credential, sent as the spec says")
    fuzz.add_argument("--header", action="append", default=[], metavar="NAME:VALUE")
    fuzz.add_argument(
        "--role-token",
        action="append",
        default=[],
        metavar="TOKEN=ROLE[,ROLE...]",
        help="a further token and the roles it holds, to check x-permissions with",
    )
    fuzz.add_argument("--max-examples", type=int, default=20, metavar="N")
    fuzz.add_argument("--seed", type=int, metavar="S", help="default: a fresh one, printed")
    fuzz.add_argument(
        "--phases",
        default="examples,coverage,fuzzing,stateful",
        metavar="P,...",
    )
    fuzz.add_argument(
        "--checks", default="all", metavar="all|NAME,...", help="Schemathesis' checks and ours"
    )
    fuzz.add_argument("--workers", type=int, default=1, metavar="N")
    fuzz.add_argument(
        "--report",
        action="append",
        default=[],
        metavar="junit:FILE|json:FILE",
        help="also write a JUnit XML or JSON report",
    )
    fuzz.add_argument("--lifecycle-budget", type=float, default=30.0, metavar="SECONDS")
    fuzz.add_argument("--request-timeout", type=float, default=10.0, metavar="SECONDS")

    _add_diff_parser(commands)
    _add_build_parser(commands)
    return parser


def _add_diff_parser(commands: Any) -> None:
    diff = commands.add_parser(
        "diff",
        help="report breaking changes between two versions of a spec",
        description="Compare two versions of an OpenAPI 3.x spec ($refs resolved) and classify "
        "every change as breaking, warning or info, with a stable rule id and its place in both "
        "files. Exit 0: nothing at or above --fail-on; 1: such changes; 2: usage error or an "
        "unreadable spec.",
    )
    diff.add_argument("old", nargs="?", metavar="OLD", help="the earlier spec (file or API name)")
    diff.add_argument("new", nargs="?", metavar="NEW", help="the later spec (file or API name)")
    diff.add_argument(
        "--fail-on",
        choices=("breaking", "warning", "info", "never"),
        default="breaking",
        help="lowest level that makes the exit code 1 (default: breaking)",
    )
    diff.add_argument("--format", choices=("text", "json", "markdown", "junit"), default="text")
    diff.add_argument("--output", metavar="FILE", help="write the report here, not to stdout")
    diff.add_argument("--list-rules", action="store_true", help="list the rules and exit")


def _add_build_parser(commands: Any) -> None:
    build = commands.add_parser(
        "build",
        help="build and check sdists and wheels of the generated packages",
        description="Build an sdist and a wheel of each generated package (default: every "
        "one) into --dist, reproducibly (SOURCE_DATE_EPOCH, default 1580601600), and check "
        "them (twine check --strict, metadata, py.typed, the wheel built from the sdist). "
        "Versions come from packages.toml beside the specs; --bump-from proposes the next "
        "ones from `diff`, --apply writes them, regenerates and builds. Exit 0: built and "
        "checked; 1: a check failed; 2: usage, or a package missing or stale.",
    )
    build.add_argument("apis", nargs="*", metavar="API", help="API names (folders of --generated)")
    build.add_argument("--specs", default="specs", metavar="DIR", help="default: specs")
    build.add_argument("--generated", default="generated", metavar="DIR")
    build.add_argument("--dist", default="dist", metavar="DIR")
    build.add_argument(
        "--bump-from",
        metavar="OLD",
        help="propose each package's next version from the changes since OLD, an old spec "
        "file (one API) or a folder of old specs under the same names; builds nothing "
        "without --apply",
    )
    build.add_argument(
        "--apply",
        action="store_true",
        help="write the proposed versions into packages.toml, regenerate, then build",
    )


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


def _split(values: list[str], separator: str, flag: str) -> list[tuple[str, str]]:
    pairs = []
    for value in values:
        name, found, rest = value.partition(separator)
        if not found or not name.strip():
            raise UsageError(f"{flag} takes NAME{separator}VALUE, not {value!r}")
        pairs.append((name.strip(), rest.strip() if separator == ":" else rest))
    return pairs


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {name}: {exc.strerror or exc}") from None


def _validate(args: argparse.Namespace) -> int:
    from generator.spec.catalog import spec_path
    from generator.validate import Validator
    from generator.validate.core import default_content_type
    from generator.validate.har import read_har, validate_har

    validator = Validator.from_path(spec_path(args.spec))
    if args.har:
        if args.operation or args.request_body or args.status:
            raise UsageError("--har validates a whole recording; it takes no other payload option")
        text = _read(args.har).decode("utf-8", errors="replace")
        results = validate_har(validator, read_har(text))
        if args.format == "json":
            print(json.dumps([r.to_json() for r in results], indent=2))
        else:
            for r in results:
                label = r.operation or "no matching operation"
                state = "valid" if r.valid else f"{len(r.violations)} violation(s)"
                print(f"entry {r.index}: {r.method} {r.url} ({label}): {state}")
                for part, violation in r.violations:
                    print(f"  {part} {violation.render()}")
        return EXIT_OK if all(r.valid for r in results) else EXIT_FINDINGS
    if not args.operation:
        raise UsageError("validate needs --operation OP (or --har FILE)")
    if args.request_body is not None and args.status is not None:
        raise UsageError("give --request-body or --status (a response), not both")
    if args.status is None and (args.response_header or args.response_body is not None):
        raise UsageError("--response-header and --response-body need --status")
    operation, path_params = validator.operation(args.operation)
    if args.status is not None:
        if not args.status.isdigit():
            raise UsageError(f"--status takes an HTTP status code, not {args.status!r}")
        response = operation.response(int(args.status))
        headers = _split(args.response_header, ":", "--response-header")
        body = _read(args.response_body) if args.response_body is not None else None
        content = response.content if response is not None and body else {}
        result = validator.validate_response(
            operation,
            status=int(args.status),
            headers=headers,
            body=body,
            content_type=default_content_type(content, headers, args.content_type),
        )
    else:
        headers = _split(args.header, ":", "--header")
        body = _read(args.request_body) if args.request_body is not None else None
        request = operation.request_body
        content = request.content if request is not None and body else {}
        result = validator.validate_request(
            operation,
            path_params=path_params,
            query=_split(args.query, "=", "--query"),
            headers=headers,
            body=body,
            content_type=default_content_type(content, headers, args.content_type),
        )
    if args.format == "json":
        print(json.dumps([v.to_json() for v in result.violations], indent=2))
    else:
        for violation in result.violations:
            print(violation.render())
        summary = "valid" if result.valid else f"{len(result.violations)} violation(s)"
        print(f"{result.operation}: {summary}", file=sys.stderr)
    return EXIT_OK if result.valid else EXIT_FINDINGS


def _generate(args: argparse.Namespace) -> int:
    from generator.codegen import Outcome, default_specs, generate
    from generator.spec.catalog import spec_path

    specs = [spec_path(s) for s in args.specs] or default_specs()
    if not specs:
        raise UsageError("no spec given, and no spec files in ./specs")
    for spec in specs:
        if not spec.is_file():
            raise UsageError(f"no such spec: {spec}")
    chatty = sys.stderr.isatty()

    def progress(outcome: Outcome) -> None:
        if chatty or outcome.state == "stale":
            print(f"{outcome.api}: {outcome.state} ({outcome.seconds:.1f} s)", file=sys.stderr)
        for name in outcome.stale_files:
            print(f"  {args.output}/{outcome.api}/{name}", file=sys.stderr)

    outcomes = generate(
        specs,
        Path(args.output),
        check=args.check,
        force=args.force,
        name=args.name,
        progress=progress,
    )
    if args.check and any(o.state == "stale" for o in outcomes):
        print("generated code is stale: run `make generate` and commit the result", file=sys.stderr)
        return EXIT_FINDINGS
    return EXIT_OK


def _serve(args: argparse.Namespace) -> int:
    from generator.serve.config import ServeConfig, default_db, parse_tokens
    from generator.serve.lifecycle import Mode
    from generator.serve.server import serve
    from generator.spec.catalog import spec_path

    spec = spec_path(args.spec)
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port {args.port}: expected 0 to 65535")
    if args.max_body < 0:
        raise UsageError("--max-body must not be negative")
    config = ServeConfig(
        spec=spec,
        db=args.db or default_db(spec),
        tokens=parse_tokens(args.token),
        lifecycle=Mode.parse(args.lifecycle),
        max_body=args.max_body,
        check_responses=args.check_responses,
    )
    serve(config, args.host, args.port, announce=lambda line: print(line, flush=True))
    return EXIT_OK


def _fuzz(args: argparse.Namespace) -> int:
    from contextlib import ExitStack

    from generator.fuzz import FuzzOptions, Target, fuzz, reachable
    from generator.spec.catalog import spec_path

    spec = spec_path(args.spec)
    reports = [_report_target(value) for value in args.report]
    if args.max_examples < 1 or args.workers < 1:
        raise UsageError("--max-examples and --workers must be at least 1")
    options = FuzzOptions(
        token=args.token,
        headers=dict(_split(args.header, ":", "--header")),
        role_tokens={
            t: tuple(r.split(",")) for t, r in _split(args.role_token, "=", "--role-token")
        },
        max_examples=args.max_examples,
        seed=args.seed,
        phases=[p.strip() for p in args.phases.split(",") if p.strip()],
        checks=[c.strip() for c in args.checks.split(",") if c.strip()],
        workers=args.workers,
        lifecycle_budget=args.lifecycle_budget,
        request_timeout=args.request_timeout,
    )
    with ExitStack() as stack:
        if args.reference:
            base_url, options = stack.enter_context(_reference(spec, options))
        else:
            base_url = args.base_url
            reachable(base_url)
        progress = sys.stderr.isatty()
        report = fuzz(
            spec,
            Target(base_url=base_url),
            options,
            on_phase=(lambda p, s: print(f"{p}: {s}", file=sys.stderr)) if progress else None,
        )
    for kind, path in reports:
        if kind == "json":
            report.write_json(path)
        else:
            report.write_junit(path, spec.stem)
    print(report.render())
    return EXIT_OK if report.ok else EXIT_FINDINGS


def _report_target(value: str) -> tuple[str, str]:
    kind, sep, path = value.partition(":")
    if not sep or kind not in ("junit", "json") or not path:
        raise UsageError(f"--report {value!r}: expected junit:FILE or json:FILE")
    return kind, path


@contextlib.contextmanager
def _reference(spec: Path, options: Any) -> Iterator[tuple[str, Any]]:
    """The spec's reference server in a child process on loopback, with a fresh database, an
    admin token and one token per role the spec names (for the permissions check)."""
    import dataclasses
    import tempfile

    from generator.apimodel import build_api
    from generator.fuzz import role_tokens as fuzz_role_tokens
    from generator.serve import ChildServer
    from generator.spec import load_spec

    role_tokens = fuzz_role_tokens(build_api(load_spec(spec)).require_clean())
    with tempfile.TemporaryDirectory(prefix="one-spec-fuzz-") as folder:
        arguments = ["--db", str(Path(folder) / "state.sqlite3"), "--token", "fuzz-admin"]
        arguments += [f"--token={t}={r[0]}" for t, r in role_tokens.items()]
        server = ChildServer(spec.resolve(), arguments).start()
        try:
            yield (
                server.url,
                dataclasses.replace(
                    options,
                    token=options.token or "fuzz-admin",
                    role_tokens={**role_tokens, **options.role_tokens},
                ),
            )
        finally:
            server.stop()


def _diff(args: argparse.Namespace) -> int:
    from generator.diff import Level, diff_specs
    from generator.diff.render import render, summary
    from generator.diff.rules import RULES
    from generator.spec.catalog import spec_path

    if args.list_rules:
        for item in sorted(RULES.values(), key=lambda r: r.id):
            print(f"{item.id:50} {item.level.value:8} {item.summary}")
        return EXIT_OK
    if not args.old or not args.new:
        raise UsageError("diff needs two specs: OLD NEW")
    try:
        report = diff_specs(spec_path(args.old), spec_path(args.new))
    except SpecError as exc:
        first = exc.findings[0]
        more = f" (and {len(exc.findings) - 1} more)" if len(exc.findings) > 1 else ""
        raise UsageError(
            f"{first.file}:{first.line} {first.pointer or '/'}: {first.message}{more}"
        ) from None
    fail_on = None if args.fail_on == "never" else Level(args.fail_on)
    text = render(report, args.format, fail_on)
    if args.output:
        try:
            Path(args.output).write_text(text, encoding="utf-8")
        except OSError as exc:
            raise UsageError(f"cannot write {args.output}: {exc.strerror or exc}") from None
        print(summary(report), file=sys.stderr)
    else:
        sys.stdout.write(text)
    return EXIT_FINDINGS if fail_on and report.at_least(fail_on) else EXIT_OK


def _build(args: argparse.Namespace) -> int:
    from generator.build import BuildOptions, build

    options = BuildOptions(
        apis=tuple(args.apis),
        specs=Path(args.specs),
        generated=Path(args.generated),
        dist=Path(args.dist),
        bump_from=Path(args.bump_from) if args.bump_from else None,
        apply=args.apply,
    )
    chatty = sys.stderr.isatty()
    outcome = build(
        options, progress=(lambda line: print(line, file=sys.stderr)) if chatty else None
    )
    for line in outcome.render():
        print(line)
    return EXIT_OK if outcome.ok else EXIT_FINDINGS


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "lint":
            return _lint(args)
        if args.command == "validate":
            return _validate(args)
        if args.command == "generate":
            return _generate(args)
        if args.command == "serve":
            return _serve(args)
        if args.command == "fuzz":
            return _fuzz(args)
        if args.command == "diff":
            return _diff(args)
        if args.command == "build":
            return _build(args)
    except SpecError as exc:
        for finding in exc.findings:
            print(finding.render(), file=sys.stderr)
        return EXIT_USAGE
    except GeneratorError as exc:  # UsageError among them
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:  # a bug of ours: one line, not a traceback, and say so
        print(
            f"error: internal error in one-spec {args.command} ({type(exc).__name__}: {exc}); "
            "please report it with the spec and command that caused it",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
    raise AssertionError(f"no handler for {args.command!r}")  # argparse knows only the above
