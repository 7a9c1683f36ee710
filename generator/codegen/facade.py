"""What the templates render: typed contexts built from the API model (`generator.apimodel`) and
openapi-python-client's parsed endpoints. The templates only format these; every semantic
setting (idempotency headers, ETag places, lifecycle states, masks, pages) comes from the
spec through the model, never from a default of ours."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from generator.apimodel import Api, Operation
from generator.codegen.naming import Names, method_name
from generator.errors import GeneratorError

# The waiter's defaults: Kupe's documented polling loop (15 minutes, every 10 s).
WAIT_TIMEOUT = 900.0
WAIT_INTERVAL = 10.0


class FacadeError(GeneratorError):
    """The spec asks for something the generated facade cannot express; names the element."""


@dataclass(frozen=True)
class PackageContext:
    """The settings every template of a package sees (as `one_spec`)."""

    title: str
    base_url: str
    token_env: str
    base_url_env: str
    facade: str
    async_facade: str
    # The request headers that carry an idempotency key in this API (lower case): a POST or
    # PATCH that carries one may be retried.
    idempotency_headers: tuple[str, ...]


@dataclass(frozen=True)
class Mask:
    parameter: str  # the body attribute's Python name
    field: str  # the mask field as the spec names it
    exclude: tuple[str, ...]  # top-level body fields that are not changes


@dataclass(frozen=True)
class Pages:
    items: str  # JSON pointer of a page's items
    next: str  # JSON pointer of the next page's number
    parameter: str  # Python name of the page query parameter


@dataclass(frozen=True)
class FacadeOperation:
    endpoint: Any  # openapi-python-client's Endpoint
    tag: str
    method: str  # the Python name, as openapi-python-client names its module
    summary: str
    successes: tuple[Any, ...]  # openapi-python-client's Responses of the documented 2xx
    idempotency: str | None  # Python name of the idempotency header parameter
    precondition: str | None  # Python name of an optional precondition header to fill in
    identifier: str | None  # Python name of the resource's identifier path parameter
    # Where the identifier of a version to remember comes from: the path (get, update), the
    # answer's body (create), or nowhere (the version is not remembered).
    remember: Literal["path", "body"] | None
    mask: Mask | None
    pages: Pages | None


@dataclass(frozen=True)
class Waiter:
    resource: str  # Python name
    endpoint: Any  # the get operation's Endpoint
    get_method: str
    successes: tuple[Any, ...]
    pointer: str  # JSON pointer of the state in the get answer
    ready: tuple[str, ...]
    failed: tuple[str, ...]
    timeout: float = WAIT_TIMEOUT
    interval: float = WAIT_INTERVAL


@dataclass(frozen=True)
class Versions:
    """Where the facade finds a resource's version and its identifier (one resource per
    facade declares concurrency)."""

    resource: str
    token_header: str  # "" when versions are not sent as a header
    token_pointer: str  # in a one-resource answer; "" when not in the body
    identifier_pointer: str  # in a one-resource answer
    error_token_pointer: str  # where a mismatch error carries the current version; ""


@dataclass(frozen=True)
class Facade:
    name: str
    async_name: str
    title: str
    operations: tuple[FacadeOperation, ...]
    waiters: tuple[Waiter, ...]
    versions: Versions | None


def package_context(api: Api, names: Names) -> PackageContext:
    headers = sorted(
        {op.idempotency.header.lower() for op in api.operations.values() if op.idempotency}
    )
    return PackageContext(
        title=api.title,
        base_url=api.base_url,
        token_env=names.token_env,
        base_url_env=names.base_url_env,
        facade=names.facade,
        async_facade=names.async_facade,
        idempotency_headers=tuple(headers),
    )


def _raw(value: Any) -> str:
    """A name as the spec wrote it (openapi-python-client wraps them as untrusted strings)."""
    getter = getattr(value, "get_untrusted_value", None)
    return str(getter() if callable(getter) else value)


def _parameter(endpoint: Any, group: str, name: str) -> str | None:
    """The Python name openapi-python-client gave a parameter (header names fold case)."""
    for parameter in getattr(endpoint, f"{group}_parameters"):
        raw = _raw(parameter.name)
        if raw == name or (group == "header" and raw.lower() == name.lower()):
            return str(parameter.python_name)
    return None


def _successes(endpoint: Any, operation: Operation) -> tuple[Any, ...]:
    statuses = {r.status.upper() for r in operation.successes}
    return tuple(
        r for r in endpoint.responses.patterns if str(r.status_code.pattern).upper() in statuses
    )


def _versions(api: Api) -> Versions | None:
    declaring = [r for r in api.resources.values() if r.concurrency is not None]
    if len(declaring) > 1:
        # The facade keeps one record of versions, with one token setting.
        first, second = declaring[0], declaring[1]
        where = f"{second.pointer}/concurrency"
        raise FacadeError(
            f"{api.spec.display()}:{api.spec.line(where)}: {where}: resources {first.name!r} "
            f"and {second.name!r} both declare concurrency; the generated facade supports one"
        )
    if not declaring:
        return None
    resource = declaring[0]
    concurrency = resource.concurrency
    assert concurrency is not None
    envelope = resource.envelope.item
    token = concurrency.token
    return Versions(
        resource=resource.name,
        token_header=token.header or "",
        token_pointer=envelope + token.property if token.property else "",
        identifier_pointer=envelope + resource.identifier.property,
        error_token_pointer=concurrency.mismatch.current_token or "",
    )


def facade_context(api: Api, endpoints: list[tuple[str, Any]], names: Names) -> Facade:
    """The facade of every endpoint openapi-python-client made (with its tag), joined to the
    model's operations by method and path."""
    by_route = {(op.method, op.path): op for op in api.operations.values()}
    versions = _versions(api)
    operations: list[FacadeOperation] = []
    by_key: dict[str, FacadeOperation] = {}
    for tag, endpoint in endpoints:
        operation = by_route.get((str(endpoint.method).lower(), _raw(endpoint.path)))
        if operation is None:
            raise FacadeError(
                f"openapi-python-client made an endpoint {endpoint.method.upper()} "
                f"{_raw(endpoint.path)} that the spec's model does not have"
            )
        entry = _operation(api, operation, tag, endpoint, versions)
        operations.append(entry)
        by_key[operation.key] = entry
    waiters = []
    for resource in api.resources.values():
        get = by_key.get(resource.operation("get") or "")
        if resource.lifecycle is None or get is None:
            continue
        waiters.append(
            Waiter(
                resource=method_name(resource.name),
                endpoint=get.endpoint,
                get_method=get.method,
                successes=get.successes,
                pointer=resource.envelope.item + resource.lifecycle.field,
                ready=tuple(sorted(resource.lifecycle.ready)),
                failed=tuple(sorted(resource.lifecycle.failed)),
            )
        )
    return Facade(
        name=names.facade,
        async_name=names.async_facade,
        title=api.title,
        operations=tuple(operations),
        waiters=tuple(waiters),
        versions=versions,
    )


def _operation(
    api: Api, operation: Operation, tag: str, endpoint: Any, versions: Versions | None
) -> FacadeOperation:
    summary = (operation.summary or "").strip().rstrip(".")
    method = method_name(str(endpoint.name))
    idempotency = None
    if operation.idempotency is not None:
        idempotency = _parameter(endpoint, "header", operation.idempotency.header)
    mask = None
    role = api.role(operation)
    if operation.field_mask is not None:
        exclude = [operation.field_mask.field]
        if role is not None:
            exclude.append(role[0].identifier.property.lstrip("/"))
        mask = Mask(
            parameter=method_name(operation.field_mask.field),
            field=operation.field_mask.field,
            exclude=tuple(exclude),
        )
    pages = None
    if operation.pagination is not None:
        parameter = _parameter(endpoint, "query", operation.pagination.page_parameter)
        if parameter is not None:
            pages = Pages(
                items=operation.pagination.items,
                next=operation.pagination.next_pointer,
                parameter=parameter,
            )
    identifier: str | None = None
    precondition: str | None = None
    remember: Literal["path", "body"] | None = None
    if role is not None and versions is not None and role[0].name == versions.resource:
        resource, verb = role
        concurrency = resource.concurrency
        assert concurrency is not None
        identifier = _parameter(endpoint, "path", resource.identifier.parameter)
        if verb in ("get", "update") and identifier is not None:
            remember = "path"
        elif verb == "create":
            remember = "body"
        if verb == "update" and not concurrency.precondition.required and identifier is not None:
            precondition = _parameter(endpoint, "header", concurrency.precondition.header)
    return FacadeOperation(
        endpoint=endpoint,
        tag=tag,
        method=method,
        summary=f"{summary or method}.",
        successes=_successes(endpoint, operation),
        idempotency=idempotency,
        precondition=precondition,
        identifier=identifier,
        remember=remember,
        mask=mask,
        pages=pages,
    )
