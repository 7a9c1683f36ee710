"""A Schemathesis case as the keyword arguments of `Validator.validate_request`: so that the
requests Schemathesis generates can be held to our validator, in tests and in `fuzz`.

Duck-typed: it reads a case's `method`, `path`, `path_parameters`, `query`, `headers`, `body`
and `media_type` (`CaseLike`) and does not import Schemathesis. Schemathesis marks "no body"
with its `NotSet` (None is a JSON null body); that is recognised by its class name.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Protocol, TypedDict
from urllib.parse import unquote

from generator.validate import ValidationResult, Validator


class CaseLike(Protocol):
    """What the adapter reads of a case; `schemathesis.Case` has it all."""

    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...  # the path template, as the spec writes it
    @property
    def path_parameters(self) -> Mapping[str, Any] | None: ...
    @property
    def query(self) -> Mapping[str, Any] | None: ...
    @property
    def headers(self) -> Mapping[str, Any] | None: ...
    @property
    def body(self) -> object: ...  # a JSON value, bytes or text, or a NotSet
    @property
    def media_type(self) -> str | None: ...


class RequestArguments(TypedDict):
    """The keyword arguments of `Validator.validate_request` for one case."""

    path_params: dict[str, str]
    query: dict[str, str | list[str]]
    headers: dict[str, str]
    body: str | bytes | None
    content_type: str | None


def is_unset(body: object) -> bool:
    """Whether a case's body is Schemathesis' `NotSet` marker: the case sends no body."""
    return type(body).__name__ == "NotSet"


def operation_reference(case: CaseLike) -> str:
    """The case's operation as the validator names it: `METHOD /path/template`."""
    return f"{case.method.upper()} {case.path}"


def request_arguments(case: CaseLike) -> RequestArguments:
    """The case as `validate_request` takes it. Values become the strings a request carries:
    booleans `true`/`false`, everything else `str()`. Path parameters are URL-decoded
    (Schemathesis encodes them for the URL); a query parameter's list stays a list (a repeated
    parameter), its items written as strings. A JSON body becomes JSON text; bytes and text
    are sent as they are; any other body, for a non-JSON media type whose content the
    validator does not check, becomes JSON text too. The content type is the case's media
    type, and None when there is no body."""
    body: str | bytes | None
    if is_unset(case.body):
        body = None
    elif isinstance(case.body, (bytes, str)) and not _is_json(case.media_type):
        body = case.body
    else:
        body = json.dumps(case.body)
    return {
        "path_params": {k: unquote(_text(v)) for k, v in (case.path_parameters or {}).items()},
        "query": {
            k: [_text(x) for x in v] if isinstance(v, list) else _text(v)
            for k, v in (case.query or {}).items()
        },
        "headers": {k: _text(v) for k, v in (case.headers or {}).items()},
        "body": body,
        "content_type": case.media_type if body is not None else None,
    }


def validate_case(validator: Validator, case: CaseLike) -> ValidationResult:
    """Validate the request a case describes against its operation (found by method and path
    template; UnknownOperation when the spec has none such)."""
    operation, _ = validator.operation(operation_reference(case))
    return validator.validate_request(operation, **request_arguments(case))


def _text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _is_json(media_type: str | None) -> bool:
    media = (media_type or "").split(";", 1)[0].strip().lower()
    return media == "application/json" or media.endswith("+json")
