"""Validate a request or a response against an operation and report every violation."""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import orjson

from generator.apimodel import Api, MediaType, Operation, Parameter, build_api
from generator.errors import UsageError
from generator.spec import load_spec
from generator.spec import pointer as jp
from generator.validate.coerce import Coercer, coercer
from generator.validate.compiler import Engine, SchemaCompiler, jsonschema_rs_engine

Pairs = Mapping[str, str | list[str]] | Iterable[tuple[str, str]]
_ORDER = {
    "operation": 0,
    "status": 1,
    "path": 2,
    "query": 3,
    "header": 4,
    "content-type": 5,
    "body": 6,
}


class Violation(NamedTuple):
    """One broken rule: where (body, header, query, path, status or content-type), the JSON
    pointer into that part, the failing keyword and a plain message. (A named tuple: an
    invalid request makes several, and a frozen dataclass costs more to build.)"""

    location: str
    pointer: str
    keyword: str
    message: str

    def render(self) -> str:
        return f"{self.location} {self.pointer or '/'}: {self.message} [{self.keyword}]"

    def to_json(self) -> dict[str, str]:
        return {
            "location": self.location,
            "pointer": self.pointer,
            "keyword": self.keyword,
            "message": self.message,
        }


class ValidationResult(NamedTuple):
    """What one validation found. (A named tuple, like Violation: built on every call, and
    a frozen dataclass costs a microsecond more to build.)"""

    operation: str
    violations: tuple[Violation, ...]
    # The JSON body as parsed for validation (None without one), and the parameters as typed
    # for it (location -> name -> value, for those present), so that a caller such as a server
    # does not parse or coerce them a second time.
    body: Any = None
    parameters: Mapping[str, Mapping[str, Any]] = MappingProxyType({})

    @property
    def valid(self) -> bool:
        return not self.violations


class UnknownOperation(UsageError):
    """The operation named is not in the spec."""


def _multi(pairs: Pairs | None, *, fold: bool) -> dict[str, list[str]]:
    """Name -> every value, from a mapping or a list of pairs; header names fold case."""
    result: dict[str, list[str]] = {}
    if not pairs:
        return result
    if isinstance(pairs, dict) and all(type(v) is str for v in pairs.values()):
        # The common case, a plain dict of strings, in one pass.
        result = {(k.lower() if fold else k): [v] for k, v in pairs.items()}
        if len(result) == len(pairs):
            return result
        result = {}
    items = pairs.items() if isinstance(pairs, Mapping) else pairs
    for name, value in items:
        key = name.lower() if fold else name
        if isinstance(value, list):
            result.setdefault(key, []).extend(str(v) for v in value)
        elif key in result:
            result[key].append(str(value))
        else:
            result[key] = [value if isinstance(value, str) else str(value)]
    return result


def _media_type(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _pick(content: dict[str, MediaType], media: str) -> MediaType | None:
    """The documented media type that covers a content type: exact, then `type/*`, `*/*`."""
    if media in content:
        return content[media]
    lowered = {k.lower(): v for k, v in content.items()}
    major = media.split("/", 1)[0]
    for key in (media, f"{major}/*", "*/*"):
        if key in lowered:
            return lowered[key]
    return None


@dataclass(frozen=True)
class _Field:
    """A parameter or header, prepared once: where to find it, and how to type it."""

    parameter: Parameter
    group: str  # path, query or header
    key: str  # the lookup key: header names are folded to lower case
    coerce: Coercer


@dataclass(frozen=True)
class _Plan:
    """Everything an operation (or one response) needs per call, computed once: its fields,
    and one compiled schema per body media type that covers the fields and the body at once,
    so that a whole request is a single call into the validation engine."""

    fields: tuple[_Field, ...]
    validators: dict[str | None, Any]


class Validator:
    """Validators of one spec, compiled once; safe to share across threads and requests."""

    def __init__(self, api: Api, engine: Engine = jsonschema_rs_engine) -> None:
        self.api = api
        self.compiler = SchemaCompiler(api.spec, engine)
        self._plans: dict[tuple[str, str], _Plan] = {}

    @classmethod
    def from_path(cls, path: str | Path, engine: Engine = jsonschema_rs_engine) -> Validator:
        return cls(build_api(load_spec(path)), engine)

    def operation(self, reference: str) -> tuple[Operation, dict[str, str] | None]:
        """An operation by operationId, by `METHOD /path/template`, or by `METHOD /concrete/path`
        (then with the path parameters a router would extract)."""
        found = self.api.find(reference)
        if found is not None:
            return found, None
        method, _, path = reference.strip().partition(" ")
        routed = self.api.match(method, path.strip()) if path else None
        if routed is None:
            raise UnknownOperation(f"no operation matches {reference!r}")
        return routed

    def _plan(
        self, key: tuple[str, str], parameters: Iterable[Parameter], content: dict[str, MediaType]
    ) -> _Plan:
        plan = self._plans.get(key)
        if plan is not None:
            return plan
        fields = tuple(
            _Field(
                p,
                p.location,
                p.name.lower() if p.location == "header" else p.name,
                coercer(p.schema, p.style, p.explode),
            )
            for p in parameters
            if p.location in ("path", "query", "header") and p.name.lower() != "content-type"
        )
        groups: dict[str, dict[str, Any]] = {}
        for f in fields:
            if f.parameter.schema_ref is not None:
                groups.setdefault(f.group, {})[f.parameter.name] = f.parameter.schema_ref
        bodies: dict[str | None, Any] = {None: None}
        bodies.update({name: m.schema_ref for name, m in content.items() if m.schema_ref})
        validators = {media: self.compiler.combined(groups, ref) for media, ref in bodies.items()}
        plan = _Plan(fields, validators)
        self._plans[key] = plan
        return plan

    # --- requests ---------------------------------------------------------------------------

    def validate_request(
        self,
        operation: Operation | str,
        *,
        path_params: Mapping[str, str] | None = None,
        query: Pairs | None = None,
        headers: Pairs | None = None,
        body: bytes | str | None = None,
        content_type: str | None = None,
    ) -> ValidationResult:
        """Every violation of a request. Path parameters are checked when given (a concrete
        path names them; an operationId does not)."""
        if isinstance(operation, str):
            operation, routed = self.operation(operation)
            path_params = routed if path_params is None and routed is not None else path_params
        spec_body = operation.request_body
        plan = self._plan(
            ("request", operation.key), operation.parameters, spec_body.content if spec_body else {}
        )
        header_values = _multi(headers, fold=True)
        sources = {
            "path": None if path_params is None else {k: [v] for k, v in path_params.items()},
            "query": _multi(query, fold=False),
            "header": header_values,
        }
        violations, instance = _fields(plan, sources)
        empty = body is None or len(body) == 0
        media_key: str | None = None
        if spec_body is None:
            if not empty:
                violations.append(
                    Violation("body", "", "requestBody", f"{operation.key} takes no request body")
                )
        elif empty:
            if spec_body.required:
                violations.append(Violation("body", "", "required", "the request body is required"))
        else:
            media_key = self._body(
                spec_body.content, header_values, body, content_type, instance, violations
            )
        violations += self._run(plan, media_key, instance)
        body_value = instance.pop("body", None)
        return _result(operation, violations, body_value, instance)

    def _body(
        self,
        content: dict[str, MediaType],
        headers: dict[str, list[str]],
        body: bytes | str | None,
        content_type: str | None,
        instance: dict[str, Any],
        violations: list[Violation],
    ) -> str | None:
        """Check the content type and parse a JSON body into `instance`; the documented media
        type whose schema applies, or None."""
        declared = content_type or (headers.get("content-type") or [""])[-1]
        media = _media_type(declared)
        if not media:
            violations.append(
                Violation(
                    "content-type",
                    "",
                    "required",
                    "the body has no Content-Type; expected one of " + ", ".join(content),
                )
            )
            return None
        chosen = _pick(content, media)
        if chosen is None:
            violations.append(
                Violation(
                    "content-type",
                    "",
                    "content",
                    f"{media!r} is not accepted; expected one of " + ", ".join(content),
                )
            )
            return None
        if chosen.schema_ref is None or not _is_json(media):
            return None
        try:
            instance["body"] = parse_json(body or b"")
        except (ValueError, UnicodeDecodeError) as exc:
            violations.append(Violation("body", "", "json", f"the body is not valid JSON: {exc}"))
            return None
        except RecursionError:
            violations.append(Violation("body", "", "json", "the body nests too deeply to parse"))
            return None
        return chosen.name

    # --- responses --------------------------------------------------------------------------

    def validate_response(
        self,
        operation: Operation | str,
        *,
        status: int | str,
        headers: Pairs | None = None,
        body: bytes | str | None = None,
        content_type: str | None = None,
    ) -> ValidationResult:
        if isinstance(operation, str):
            operation, _ = self.operation(operation)
        response = operation.response(status)
        if response is None:
            documented = ", ".join(operation.responses)
            return _result(
                operation,
                [
                    Violation(
                        "status",
                        "",
                        "responses",
                        f"status {status} is not documented ({documented})",
                    )
                ],
            )
        plan = self._plan(
            (f"response {response.status}", operation.key), response.headers, response.content
        )
        header_values = _multi(headers, fold=True)
        violations, instance = _fields(plan, {"header": header_values})
        empty = body is None or len(body) == 0
        media_key: str | None = None
        if not response.content:
            if not empty:
                violations.append(
                    Violation("body", "", "content", f"status {status} documents no response body")
                )
        elif empty:
            violations.append(
                Violation(
                    "body",
                    "",
                    "content",
                    f"status {status} documents a body "
                    f"({', '.join(response.content)}) but the response has none",
                )
            )
        else:
            media_key = self._body(
                response.content, header_values, body, content_type, instance, violations
            )
        violations += self._run(plan, media_key, instance)
        body_value = instance.pop("body", None)
        return _result(operation, violations, body_value, instance)

    @staticmethod
    def _run(plan: _Plan, media_key: str | None, instance: dict[str, Any]) -> list[Violation]:
        validator = plan.validators.get(media_key) or plan.validators[None]
        try:
            if validator is None or validator.is_valid(instance):
                return []
            # (part, pointer, keyword, message): the part is the location; a violation of the
            # wrapper itself ("" part) cannot happen, since it only names the parts.
            return [_new(Violation, found) for found in validator.errors(instance) if found[0]]
        except UnicodeError:
            # jsonschema-rs works on UTF-8; Python's json lets "\ud800" through.
            message = SURROGATE
        except (ValueError, RecursionError) as exc:
            message = f"the message nests too deeply to validate ({exc})"
        return [Violation("body", "", "json", message)]


# A named tuple's own constructor is a Python function; an invalid message makes several.
_new = tuple.__new__


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    number = float(text)
    if math.isinf(number):
        raise ValueError(f"{text} is too large for a double")
    return number


SURROGATE = "a string holds a lone UTF-16 surrogate, which is not Unicode text"

# Built once: json.loads with hooks would build a decoder on every call.
_STRICT = json.JSONDecoder(parse_constant=_refuse_constant, parse_float=_finite)


# 19 digits in a row may be an integer beyond 64 bits, which orjson turns into a float. Found
# by mapping every digit to "0" and every other byte to "."; a regex is ten times slower.
_DIGITS_ONLY = bytes(48 if 48 <= b <= 57 else 46 for b in range(256))
_LONG_RUN = b"0" * 19


def parse_json(data: bytes | str) -> Any:
    """Strict JSON (RFC 8259): Python's extensions NaN and Infinity, and numbers that overflow
    to infinity, are refused as invalid.

    orjson parses three times faster than json and is as strict, so it parses whatever it can
    parse exactly. Text it refuses, or that may hold an integer it would round, goes to the
    json module, whose errors are the ones reported and which keeps big integers exact.

    A string holding a lone UTF-16 surrogate (`"\\ud800"`, which orjson refuses and json lets
    through) is refused too: it is not Unicode text, and no schema keyword needs to look at
    the string for that to be found."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if _LONG_RUN not in raw.translate(_DIGITS_ONLY):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    value = _STRICT.decode(text)
    if isinstance(data, str) or "\\u" in text:
        try:
            json.dumps(value, ensure_ascii=False).encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(SURROGATE) from None
    return value


def _fields(
    plan: _Plan, sources: dict[str, dict[str, list[str]] | None]
) -> tuple[list[Violation], dict[str, Any]]:
    """Typed values of the plan's fields, grouped as the combined schema expects, and a
    violation for each required one that is missing."""
    violations: list[Violation] = []
    instance: dict[str, Any] = {}
    for f in plan.fields:
        source = sources.get(f.group)
        if source is None:
            continue  # the path, when no path parameters were given
        values = source.get(f.key)
        if not values:
            if f.parameter.required:
                violations.append(
                    Violation(
                        f.group,
                        "/" + jp.escape(f.parameter.name),
                        "required",
                        f"required {f.group} {f.parameter.name!r} is missing",
                    )
                )
            continue
        instance.setdefault(f.group, {})[f.parameter.name] = f.coerce(values)
    return violations, instance


def _result(
    operation: Operation,
    violations: list[Violation],
    body: Any = None,
    parameters: Mapping[str, Mapping[str, Any]] = MappingProxyType({}),
) -> ValidationResult:
    if len(violations) > 1:
        # Tuples sort in C; the parts of the message then take their order, stably, with a key
        # function only when there is more than one part.
        violations.sort()
        first = violations[0][0]
        if any(v[0] != first for v in violations):
            violations.sort(key=lambda v: _ORDER.get(v[0], 9))
    return _new(ValidationResult, (operation.key, tuple(violations), body, parameters))


def default_content_type(
    content: Mapping[str, MediaType], headers: Pairs | None, given: str | None
) -> str | None:
    """The content type to read a body file as, for the command line: `given`, else the
    message's Content-Type header, else the operation's one documented media type. A message
    that documents several and names none is a usage error that lists them; one that documents
    none gets None (the validator then reports the body)."""
    if given:
        return given
    if (_multi(headers, fold=True).get("content-type") or [""])[-1]:
        return None
    if len(content) == 1:
        return next(iter(content))
    if content:
        raise UsageError(
            "the body could be " + ", ".join(content) + "; name its media type with --content-type"
        )
    return None
