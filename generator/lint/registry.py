"""Lint rules are plain functions registered under a stable id, as Schemathesis does checks."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from referencing import Registry
from referencing.jsonschema import DRAFT202012

from generator.apimodel import Api, build_api
from generator.errors import Finding, Severity, SpecError
from generator.spec import Spec


@dataclass(frozen=True)
class Problem:
    """What a rule yields: where (a pointer in the root document, or another file) and what."""

    pointer: str
    message: str
    path: Path | None = None


RuleFunc = Callable[["Context"], Iterable[Problem]]


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    summary: str
    check: RuleFunc


RULES: dict[str, Rule] = {}


def rule(rule_id: str, severity: Severity, summary: str) -> Callable[[RuleFunc], RuleFunc]:
    def register(func: RuleFunc) -> RuleFunc:
        if rule_id in RULES:
            raise ValueError(f"lint rule {rule_id} registered twice")
        RULES[rule_id] = Rule(rule_id, severity, summary, func)
        return func

    return register


class Context:
    """What every rule sees: the loaded spec, its model, and a few things computed once for all
    rules."""

    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.document: Any = spec.document

    @cached_property
    def api(self) -> Api:
        """The spec's model (`generator.apimodel`), the only reader of the x- vocabulary: its
        typed semantics, and in `findings` whatever in the vocabulary is malformed, misplaced
        or names nothing. Not `require_clean()`: lint reports those findings, it does not
        refuse the spec. A spec whose operations cannot be read raises SpecError here; `run`
        reports its findings once, for every rule it stops."""
        return build_api(self.spec)

    @cached_property
    def registry(self) -> Registry[Any]:
        """Every file of the spec as a JSON Schema resource, so schemas resolve their $refs."""
        resources = [
            (path.as_uri(), DRAFT202012.create_resource(doc.data))
            for path, doc in self.spec.documents.items()
        ]
        registry: Registry[Any] = Registry().with_resources(resources)
        return registry

    def schema_uri(self, pointer: str, path: Path | None = None) -> str:
        return f"{(path or self.spec.path).as_uri()}#{pointer}"


def run(spec: Spec, rules: Iterable[Rule] | None = None) -> Iterator[Finding]:
    context = Context(spec)
    told: set[Finding] = set()  # a SpecError's findings, said once for all the rules it stops
    for item in rules if rules is not None else RULES.values():
        try:
            problems = list(item.check(context))
        except (SpecError, KeyError, TypeError, AttributeError, ValueError) as exc:
            # A rule that trips over a malformed spec must not hide the other findings. When
            # $refs are broken, those findings already say why. A SpecError (an operation the
            # model cannot read, which stops every rule that reads `context.api`) says where
            # and why itself; otherwise say what happened.
            if spec.ref_findings:
                continue
            if isinstance(exc, SpecError) and exc.findings:
                yield from (f for f in exc.findings if f not in told)
                told.update(exc.findings)
                continue
            yield spec.finding(item.id, "", f"could not check this rule: {exc!r}")
            continue
        for problem in problems:
            yield spec.finding(
                item.id, problem.pointer, problem.message, item.severity, problem.path
            )
