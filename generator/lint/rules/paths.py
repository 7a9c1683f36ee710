"""Rules about the keys of `paths`."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

from generator.errors import Severity
from generator.lint.registry import Context, Problem, rule
from generator.spec import pointer as jp

_PARAM = re.compile(r"^\{[^{}]+\}$")


def _paths(ctx: Context) -> list[str]:
    paths = ctx.document.get("paths")
    return list(paths) if isinstance(paths, dict) else []


@rule("path-keys-no-trailing-slash", Severity.WARNING, "paths do not end with a slash")
def no_trailing_slash(ctx: Context) -> Iterator[Problem]:
    for path in _paths(ctx):
        if len(path) > 1 and path.endswith("/"):
            yield Problem(jp.join("", "paths", path), "path ends with a slash")


@rule("path-not-include-query", Severity.ERROR, "paths hold no query string")
def no_query(ctx: Context) -> Iterator[Problem]:
    for path in _paths(ctx):
        if "?" in path:
            yield Problem(
                jp.join("", "paths", path), "path holds a query string: use query parameters"
            )


@rule("path-declarations-must-exist", Severity.ERROR, "path templates name their parameter")
def declarations_exist(ctx: Context) -> Iterator[Problem]:
    for path in _paths(ctx):
        if "{}" in path:
            yield Problem(jp.join("", "paths", path), "path has an empty {} template")


def _segments(path: str) -> list[str | None]:
    """Path segments, with None for a templated one."""
    return [None if _PARAM.match(s) else s for s in path.strip("/").split("/")]


@rule("no-identical-paths", Severity.ERROR, "no two paths differ only in parameter names")
def identical_paths(ctx: Context) -> Iterator[Problem]:
    for a, b in combinations(_paths(ctx), 2):
        if _segments(a) == _segments(b):
            yield Problem(
                jp.join("", "paths", b), f"path is identical to {a} but for parameter names"
            )


@rule("no-ambiguous-paths", Severity.WARNING, "no URL matches two paths equally well")
def ambiguous_paths(ctx: Context) -> Iterator[Problem]:
    # A router prefers a literal segment to a template, left to right; two paths are ambiguous
    # when the first segment that tells them apart is a template in both (not possible) or
    # when neither wins: a literal in one where the other has a template, and vice versa later.
    for a, b in combinations(_paths(ctx), 2):
        sa, sb = _segments(a), _segments(b)
        if len(sa) != len(sb) or sa == sb:
            continue
        if any(x is not None and y is not None and x != y for x, y in zip(sa, sb, strict=True)):
            continue  # some literal differs: no URL matches both
        a_wins = [x is not None and y is None for x, y in zip(sa, sb, strict=True)]
        b_wins = [y is not None and x is None for x, y in zip(sa, sb, strict=True)]
        if any(a_wins) and any(b_wins):
            yield Problem(jp.join("", "paths", b), f"path is ambiguous with {a}")
