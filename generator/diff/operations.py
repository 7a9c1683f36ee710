"""The wire-level comparison: paths and operations, their parameters, bodies, responses and
security, and the servers."""

from __future__ import annotations

import re
from typing import Any

from generator.apimodel import Api, MediaType, Operation, Parameter, Response
from generator.apimodel.operations import is_success
from generator.diff.context import Changes, Loc
from generator.diff.schemas import Direction, SchemaDiff, read_node
from generator.spec import pointer as jp

_TEMPLATE = re.compile(r"\{[^}/]*\}")


def normalized(path: str) -> str:
    """A path with its parameters unnamed: renaming `{id}` to `{clusterId}` is no change."""
    return _TEMPLATE.sub("{}", path)


def by_route(api: Api) -> dict[tuple[str, str], Operation]:
    return {(normalized(op.path), op.method): op for op in api.operations.values()}


def compare_operations(changes: Changes, old: Api, new: Api) -> None:
    before, after = by_route(old), by_route(new)
    new_paths = {route for route, _ in after}
    for route in sorted(before.keys() - after.keys()):
        op = before[route]
        deprecated = bool(_raw(old, op).get("deprecated"))
        if route[0] in new_paths:
            rule = (
                "api-removed-with-deprecation" if deprecated else "api-removed-without-deprecation"
            )
        else:
            rule = (
                "api-path-removed-with-deprecation"
                if deprecated
                else "api-path-removed-without-deprecation"
            )
        changes.emit(
            rule,
            f"{title(op)} was removed",
            operation=title(op),
            old=changes.root("old", op.pointer),
        )
    for route in sorted(after.keys() - before.keys()):
        op = after[route]
        changes.emit(
            "endpoint-added",
            f"{title(op)} was added",
            operation=title(op),
            new=changes.root("new", op.pointer),
        )
    for route in sorted(before.keys() & after.keys()):
        _operation(changes, old, new, before[route], after[route])


def title(op: Operation) -> str:
    return f"{op.method.upper()} {op.path}"


def _raw(api: Api, op: Operation) -> dict[str, Any]:
    node = api.spec.at(op.pointer)
    return node if isinstance(node, dict) else {}


def _operation(
    changes: Changes, old_api: Api, new_api: Api, old: Operation, new: Operation
) -> None:
    name = title(new)
    spot = {"old": changes.root("old", old.pointer), "new": changes.root("new", new.pointer)}
    if not _raw(old_api, old).get("deprecated") and _raw(new_api, new).get("deprecated"):
        changes.emit("endpoint-deprecated", f"{name} was deprecated", operation=name, **spot)
    if old.operation_id and old.operation_id != new.operation_id:
        message = f"operationId {old.operation_id!r} became {new.operation_id!r}"
        changes.emit("api-operation-id-removed", message, operation=name, **spot)
    _parameters(changes, old, new, name)
    _request_body(changes, old, new, name)
    _responses(changes, old, new, name)
    _security(changes, old_api, new_api, old, new, name)


# -- parameters -------------------------------------------------------------------------------
def _parameter_key(old_or_new: Operation, parameter: Parameter) -> tuple[str, str]:
    """Headers by their case-insensitive name, path parameters by position (they may be
    renamed), the others by name."""
    if parameter.location == "header":
        return ("header", parameter.name.lower())
    if parameter.location == "path":
        names = _TEMPLATE.findall(old_or_new.path)
        token = "{" + parameter.name + "}"
        return ("path", str(names.index(token)) if token in names else parameter.name)
    return (parameter.location, parameter.name)


def _parameter_loc(changes: Changes, side: str, op: Operation, parameter: Parameter) -> Loc:
    ref = parameter.schema_ref
    if ref is None:
        return changes.root(side, jp.join(op.pointer, "parameters"))
    return Loc(ref.path, ref.pointer.rpartition("/")[0])


def _describe(parameter: Parameter) -> str:
    kind = "header" if parameter.location == "header" else f"{parameter.location} parameter"
    return f"{kind} `{parameter.name}`"


def _parameters(changes: Changes, old: Operation, new: Operation, name: str) -> None:
    before = {_parameter_key(old, p): p for p in old.parameters}
    after = {_parameter_key(new, p): p for p in new.parameters}
    for key in sorted(before.keys() - after.keys()):
        parameter = before[key]
        changes.emit(
            "request-parameter-removed",
            f"{_describe(parameter)} was removed",
            operation=name,
            old=_parameter_loc(changes, "old", old, parameter),
        )
    for key in sorted(after.keys() - before.keys()):
        parameter = after[key]
        required = parameter.required
        changes.emit(
            "new-required-request-parameter" if required else "new-optional-request-parameter",
            f"{'required' if required else 'optional'} {_describe(parameter)} was added",
            operation=name,
            new=_parameter_loc(changes, "new", new, parameter),
        )
    for key in sorted(before.keys() & after.keys()):
        was, now = before[key], after[key]
        old_loc = _parameter_loc(changes, "old", old, was)
        new_loc = _parameter_loc(changes, "new", new, now)
        if was.required != now.required:
            state = "required" if now.required else "optional"
            changes.emit(
                f"request-parameter-became-{state}",
                f"{_describe(now)} became {state}",
                operation=name,
                old=old_loc,
                new=new_loc,
            )
        if was.schema_ref is not None and now.schema_ref is not None:
            _schemas(
                changes,
                name,
                "request",
                "request-parameter",
                _describe(now),
                Loc(was.schema_ref.path, was.schema_ref.pointer),
                Loc(now.schema_ref.path, now.schema_ref.pointer),
            )


def _schemas(
    changes: Changes,
    operation: str,
    direction: Direction,
    subject: str,
    label: str,
    old: Loc,
    new: Loc,
) -> None:
    diff = SchemaDiff(changes, operation, direction, subject, label)
    diff.compare(
        read_node(changes.old, changes.old.at(old.pointer, old.path), old),
        read_node(changes.new, changes.new.at(new.pointer, new.path), new),
    )


# -- bodies -----------------------------------------------------------------------------------
def _media_loc(media: MediaType, fallback: Loc) -> Loc:
    ref = media.schema_ref
    return fallback if ref is None else Loc(ref.path, ref.pointer.rpartition("/")[0])


def _content(
    changes: Changes,
    name: str,
    direction: Direction,
    before: dict[str, MediaType],
    after: dict[str, MediaType],
    old_at: Loc,
    new_at: Loc,
    label: str,
) -> None:
    removed, added = (
        ("request-body-media-type-removed", "request-body-media-type-added")
        if direction == "request"
        else ("response-media-type-removed", "response-media-type-added")
    )
    for media in sorted(before.keys() - after.keys()):
        message = f"{label}: media type {media} was removed"
        changes.emit(removed, message, operation=name, old=_media_loc(before[media], old_at))
    for media in sorted(after.keys() - before.keys()):
        message = f"{label}: media type {media} was added"
        changes.emit(added, message, operation=name, new=_media_loc(after[media], new_at))
    for media in sorted(before.keys() & after.keys()):
        was, now = before[media].schema_ref, after[media].schema_ref
        if was is None or now is None:
            continue
        subject = "request-body" if direction == "request" else "response-body"
        _schemas(
            changes,
            name,
            direction,
            subject,
            label,
            Loc(was.path, was.pointer),
            Loc(now.path, now.pointer),
        )


def _request_body(changes: Changes, old: Operation, new: Operation, name: str) -> None:
    was, now = old.request_body, new.request_body
    old_at = changes.root("old", jp.join(old.pointer, "requestBody"))
    new_at = changes.root("new", jp.join(new.pointer, "requestBody"))
    if was is None and now is None:
        return
    if was is None and now is not None:
        rule = "request-body-added-required" if now.required else "request-body-added-optional"
        changes.emit(rule, "a request body was added", operation=name, new=new_at)
        return
    if now is None and was is not None:
        changes.emit(
            "request-body-removed", "the request body was removed", operation=name, old=old_at
        )
        return
    assert was is not None
    assert now is not None
    if was.required != now.required:
        state = "required" if now.required else "optional"
        message = f"the request body became {state}"
        changes.emit(
            f"request-body-became-{state}", message, operation=name, old=old_at, new=new_at
        )
    _content(changes, name, "request", was.content, now.content, old_at, new_at, "the request body")


# -- responses --------------------------------------------------------------------------------
def _responses(changes: Changes, old: Operation, new: Operation, name: str) -> None:
    before, after = old.responses, new.responses
    for status in sorted(before.keys() - after.keys()):
        success = is_success(status)
        rule = (
            "response-success-status-removed" if success else "response-non-success-status-removed"
        )
        changes.emit(
            rule,
            f"status {status} was removed",
            operation=name,
            old=changes.root("old", jp.join(old.pointer, "responses", status)),
        )
    for status in sorted(after.keys() - before.keys()):
        success = is_success(status)
        rule = "response-success-status-added" if success else "response-non-success-status-added"
        changes.emit(
            rule,
            f"status {status} was added",
            operation=name,
            new=changes.root("new", jp.join(new.pointer, "responses", status)),
        )
    for status in sorted(before.keys() & after.keys()):
        old_at = changes.root("old", jp.join(old.pointer, "responses", status))
        new_at = changes.root("new", jp.join(new.pointer, "responses", status))
        was, now = before[status], after[status]
        label = f"the {status} response"
        _headers(changes, name, was, now, old_at, new_at, label)
        _content(changes, name, "response", was.content, now.content, old_at, new_at, label)


def _headers(
    changes: Changes,
    name: str,
    was: Response,
    now: Response,
    old_at: Loc,
    new_at: Loc,
    label: str,
) -> None:
    before = {h.name.lower(): h for h in was.headers}
    after = {h.name.lower(): h for h in now.headers}

    def loc(header: Parameter, fallback: Loc) -> Loc:
        ref = header.schema_ref
        return fallback if ref is None else Loc(ref.path, ref.pointer.rpartition("/")[0])

    for key in sorted(before.keys() - after.keys()):
        header = before[key]
        rule = (
            "required-response-header-removed"
            if header.required
            else "optional-response-header-removed"
        )
        message = f"{label}: header `{header.name}` was removed"
        changes.emit(rule, message, operation=name, old=loc(header, old_at))
    for key in sorted(after.keys() - before.keys()):
        header = after[key]
        message = f"{label}: header `{header.name}` was added"
        changes.emit("response-header-added", message, operation=name, new=loc(header, new_at))
    for key in sorted(before.keys() & after.keys()):
        old_header, new_header = before[key], after[key]
        if old_header.required and not new_header.required:
            changes.emit(
                "response-header-became-optional",
                f"{label}: header `{new_header.name}` became optional",
                operation=name,
                old=loc(old_header, old_at),
                new=loc(new_header, new_at),
            )
        if old_header.schema_ref is not None and new_header.schema_ref is not None:
            _schemas(
                changes,
                name,
                "response",
                "response-header",
                f"{label}: header `{new_header.name}`",
                Loc(old_header.schema_ref.path, old_header.schema_ref.pointer),
                Loc(new_header.schema_ref.path, new_header.schema_ref.pointer),
            )


# -- security and servers ---------------------------------------------------------------------
Alternative = dict[str, frozenset[str]]  # scheme -> scopes


def _alternatives(op: Operation) -> list[Alternative]:
    found = []
    for requirement in op.security:
        if isinstance(requirement, dict):
            found.append(
                {
                    str(k): frozenset(map(str, v if isinstance(v, list) else ()))
                    for k, v in requirement.items()
                }
            )
    return found


def _security(
    changes: Changes, old_api: Api, new_api: Api, old: Operation, new: Operation, name: str
) -> None:
    before, after = _alternatives(old), _alternatives(new)
    spot = {"old": changes.root("old", old.pointer), "new": changes.root("new", new.pointer)}
    anonymous_before = not before or {} in before
    anonymous_after = not after or {} in after
    if anonymous_before and not anonymous_after:
        schemes = ", ".join(sorted({s for alt in after for s in alt}))
        changes.emit(
            "api-security-added",
            f"a credential is now required ({schemes})",
            operation=name,
            **spot,
        )
        return
    for alternative in before:
        if not alternative:
            continue
        # The alternatives of the new spec this caller's credential still satisfies, scopes
        # aside: the same schemes.
        same = [alt for alt in after if alt.keys() == alternative.keys()]
        if not same and not anonymous_after:
            schemes = " + ".join(sorted(alternative))
            changes.emit(
                "api-security-removed",
                f"authenticating with {schemes} is no longer accepted",
                operation=name,
                **spot,
            )
            continue
        for alt in same[:1]:
            for scheme in sorted(alternative):
                extra = alt[scheme] - alternative[scheme]
                fewer = alternative[scheme] - alt[scheme]
                if extra:
                    message = f"{scheme} now needs scopes {', '.join(sorted(extra))}"
                    changes.emit("api-security-scope-added", message, operation=name, **spot)
                if fewer:
                    message = f"{scheme} no longer needs scopes {', '.join(sorted(fewer))}"
                    changes.emit("api-security-scope-removed", message, operation=name, **spot)
    for alternative in after:
        if alternative and not any(alt.keys() == alternative.keys() for alt in before):
            schemes = " + ".join(sorted(alternative))
            changes.emit(
                "api-security-alternative-added",
                f"authenticating with {schemes} is now accepted",
                operation=name,
                **spot,
            )


def compare_security_schemes(changes: Changes, old: Api, new: Api) -> None:
    before = _schemes(old)
    after = _schemes(new)
    used = {scheme for op in new.operations.values() for alt in _alternatives(op) for scheme in alt}
    used |= {
        scheme for op in old.operations.values() for alt in _alternatives(op) for scheme in alt
    }
    for name in sorted(before.keys() - after.keys()):
        if name in used:
            changes.emit(
                "api-security-component-removed",
                f"security scheme `{name}` was removed",
                operation=None,
                old=changes.root("old", jp.join("/components/securitySchemes", name)),
            )
    for name in sorted(before.keys() & after.keys()):
        was, now = before[name], after[name]
        if any(str(was.get(k, "")).lower() != str(now.get(k, "")).lower() for k in _HOW):
            changes.emit(
                "api-security-component-type-changed",
                f"security scheme `{name}` changed from ({_show(was)}) to ({_show(now)})",
                operation=None,
                old=changes.root("old", jp.join("/components/securitySchemes", name)),
                new=changes.root("new", jp.join("/components/securitySchemes", name)),
            )


# What says how a credential travels; a description or a bearer format changes nothing.
_HOW = ("type", "scheme", "in", "name")


def _show(scheme: dict[str, Any]) -> str:
    return ", ".join(f"{key}={scheme[key]}" for key in _HOW if key in scheme)


def _schemes(api: Api) -> dict[str, dict[str, Any]]:
    components = api.spec.document.get("components")
    schemes = components.get("securitySchemes") if isinstance(components, dict) else None
    found = {}
    for name, raw in schemes.items() if isinstance(schemes, dict) else ():
        node, _ = api.spec.resolve(raw)
        if isinstance(node, dict):
            found[str(name)] = node
    return found


def compare_servers(changes: Changes, old: Api, new: Api) -> None:
    before = [s.rstrip("/") for s in old.servers]
    after = [s.rstrip("/") for s in new.servers]
    for index, url in enumerate(before):
        if url not in after:
            changes.emit(
                "api-server-removed",
                f"server {url} was removed" + (" (it was the default)" if index == 0 else ""),
                operation=None,
                old=changes.root("old", f"/servers/{index}"),
            )
    for index, url in enumerate(after):
        if url not in before:
            changes.emit(
                "api-server-added",
                f"server {url} was added" + (" (it is the default)" if index == 0 else ""),
                operation=None,
                new=changes.root("new", f"/servers/{index}"),
            )
