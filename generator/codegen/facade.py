"""What the facade template renders: typed contexts built from the API model (`generator.apimodel`)
and openapi-python-client's parsed endpoints. The templates only format these; every semantic
setting (idempotency headers, ETag places, lifecycle states, masks, pages) comes from the
spec through the model, never from a default of ours.

The facade is resource-oriented: each `x-resources` entry becomes an attribute
(`client.clusters`) with `create`, `get`, `list`, `update`, `delete` and `wait_until_ready`;
operations outside every resource stay methods of the client under their operation names.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any

from generator.apimodel import Api, Operation, Resource
from generator.codegen.lenient import Field, class_names, field, shape
from generator.codegen.lenient import raw as _raw
from generator.codegen.naming import Names, method_name
from generator.errors import GeneratorError

# The waiter's defaults: Kupe's documented polling loop (15 minutes, every 10 s).
WAIT_TIMEOUT = 900.0
WAIT_INTERVAL = 10.0
VERBS = ("create", "get", "list", "update", "delete")
# What the generated clients' base class (templates/_base_client.py) already names: a resource
# or operation of the same name gets a trailing underscore instead of shadowing it.
RESERVED = frozenset(
    {
        "base_url",
        "build",
        "close",
        "error",
        "forget",
        "headers",
        "http",
        "may_retry",
        "remember",
        "request",
        "retry",
        "send",
        "settings",
        "sleep",
        "timeout",
        "token",
        "versions",
        "with_raw_response",
    }
)


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
class Param:
    python_name: str
    wire: str  # the name on the wire
    required: bool
    accepts: str  # the argument's type


@dataclass(frozen=True)
class Mask:
    field: str  # the body property that holds the mask
    python_name: str  # its argument
    array: bool  # the mask is a list of paths, not one comma-separated string
    exclude: tuple[str, ...]  # body fields that are never changes (the mask, the identifier)
    always: tuple[str, ...]  # body fields every update repeats (filled from the last answer)


@dataclass(frozen=True)
class Key:
    """Where the facade files the version an answer carries: resource, scope, identifier."""

    resource: str
    scope: tuple[str, ...]  # Python expressions (path or header arguments)
    identifier: str | None  # the identifier argument; None: read from the answer's body
    resource_pointer: str  # the resource in a one-resource answer (its envelope)
    identifier_pointer: str  # in the answer
    token_pointer: str  # in the answer; "" when versions travel only as a header


@dataclass(frozen=True)
class Case:
    status: str  # "200", "2XX" or "default"
    parse: str  # expression over `data`


@dataclass(frozen=True)
class Method:
    name: str
    operation: str
    summary: str
    http_method: str
    path: str  # a Python expression building the path from the arguments
    path_params: tuple[Param, ...]
    query: tuple[Param, ...]
    headers: tuple[Param, ...]
    body_fields: tuple[Field, ...]  # a JSON object body, one keyword argument per field
    body: Param | None  # any other body: one `body` argument
    fill: tuple[tuple[str, str], ...]  # (body field, argument): the identifier from the path
    returns: str
    cases: tuple[Case, ...]
    idempotency: str | None  # the argument of the idempotency header, filled when not given
    precondition: str | None  # the argument of the precondition header, filled from memory
    bound: Key | None  # the key of the one resource the path names
    remember: Key | None
    forget: Key | None  # a delete forgets the version
    mask: Mask | None
    pages: tuple[str, str, str] | None  # (items pointer, next pointer, page argument)
    item: str | None  # a list's item type
    item_parse: str  # expression over `item`

    @property
    def parser(self) -> str:
        return f"_parse_{method_name(self.operation)}"

    @property
    def all_params(self) -> tuple[Param, ...]:
        return self.path_params + self.query + self.headers


@dataclass(frozen=True)
class Waiter:
    pointer: str  # JSON pointer of the state in the get answer
    ready: tuple[str, ...]
    failed: tuple[str, ...]
    get: Method
    timeout: float = WAIT_TIMEOUT
    interval: float = WAIT_INTERVAL


@dataclass(frozen=True)
class ResourceContext:
    attribute: str  # clusters
    class_name: str  # Clusters
    name: str  # the x-resources key
    description: str
    methods: tuple[Method, ...]
    waiter: Waiter | None
    item_params: tuple[Param, ...]  # what names one resource (last_etag's arguments)
    key: Key | None  # how versions of this resource are filed; None: it declares none


@dataclass(frozen=True)
class Facade:
    name: str
    async_name: str
    title: str
    resources: tuple[ResourceContext, ...]
    methods: tuple[Method, ...]  # operations outside every resource
    token_header: str
    error_token_pointer: str
    needs_token: bool
    imports: tuple[str, ...]  # model and enum classes the facade names

    @property
    def all_methods(self) -> tuple[Method, ...]:
        return tuple(m for r in self.resources for m in r.methods) + self.methods


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


def _nullable(accepts: str) -> str:
    """An argument's type once None (not given) is allowed."""
    return accepts if "| None" in accepts else f"{accepts} | None"


def _params(endpoint: Any, group: str) -> tuple[Param, ...]:
    out = []
    for parameter in getattr(endpoint, f"{group}_parameters"):
        accepts = shape(parameter).accepts
        required = bool(parameter.required)
        out.append(
            Param(
                python_name=str(parameter.python_name),
                wire=_raw(parameter.name),
                required=required,
                accepts=accepts if required else _nullable(accepts),
            )
        )
    return tuple(out)


def _find(params: tuple[Param, ...], wire: str, header: bool = False) -> Param | None:
    for param in params:
        if param.wire == wire or (header and param.wire.lower() == wire.lower()):
            return param
    return None


def _path_expression(path: str, params: tuple[Param, ...]) -> str:
    """The path as a Python expression: literal parts as string literals, each parameter
    quoted into its segment by the runtime's `quote_path`."""
    parts: list[str] = []
    rest = path
    while "{" in rest:
        before, _, after = rest.partition("{")
        name, _, rest = after.partition("}")
        if before:
            parts.append(json.dumps(before))
        param = _find(params, name)
        if param is None:
            raise FacadeError(f"path {path!r} names {{{name}}}, which no parameter declares")
        parts.append(f"quote_path({param.python_name})")
    if rest:
        parts.append(json.dumps(rest))
    return " + ".join(parts) or '""'


def _successes(endpoint: Any, operation: Operation) -> list[tuple[str, Any]]:
    """openapi-python-client's responses of the documented successes, with their statuses."""
    statuses = {r.status.upper() for r in operation.successes}
    found = [(str(r.status_code.pattern).upper(), r) for r in endpoint.responses.patterns]
    return [(status, r) for status, r in found if status in statuses]


def _cases(endpoint: Any, operation: Operation) -> tuple[tuple[Case, ...], str]:
    cases = []
    types = []
    for status, response in _successes(endpoint, operation):
        s = shape(response.prop)
        if type(response.prop).__name__ in ("NoneProperty", "AnyProperty"):
            # No schema: whatever JSON the server sent (a body where none is documented too).
            cases.append(Case(status, "data"))
            types.append("Any")
        else:
            cases.append(Case(status, s.parse("data")))
            types.append(s.annotation)
    if not cases:
        return (), "Any"
    if "Any" in types:
        return tuple(cases), "Any"
    unique = list(dict.fromkeys(types))
    return tuple(cases), " | ".join(unique)


def _walk(prop: Any, pointer: str) -> Any:
    """The property at a JSON pointer of an answer's model, or None."""
    for token in [t for t in pointer.split("/") if t]:
        if type(prop).__name__ != "ModelProperty":
            return None
        found = None
        for candidate in list(prop.required_properties or []) + list(
            prop.optional_properties or []
        ):
            if _raw(candidate.name) == token:
                found = candidate
        if found is None:
            return None
        prop = found
    return prop


def _items(endpoint: Any, operation: Operation, pointer: str) -> tuple[str | None, str]:
    """A list answer's item type and how to read one item, from the success model."""
    for _status, response in _successes(endpoint, operation):
        found = _walk(response.prop, pointer)
        if found is not None and type(found).__name__ == "UnionProperty":
            inner = [p for p in found.inner_properties if type(p).__name__ == "ListProperty"]
            found = inner[0] if inner else None
        if found is not None and type(found).__name__ == "ListProperty":
            s = shape(found.inner_property)
            return s.annotation, s.parse("item")
    return None, "item"


def _body(endpoint: Any) -> tuple[tuple[Field, ...], Param | None]:
    bodies = [b for b in endpoint.bodies if str(b.body_type) == "json"]
    if not bodies:
        return (), None
    prop = bodies[0].prop
    if type(prop).__name__ == "ModelProperty":
        props = list(prop.required_properties or []) + list(prop.optional_properties or [])
        fields = [field(p) for p in props]
        return tuple(f for f in fields if f.required) + tuple(
            f for f in fields if not f.required
        ), None
    s = shape(prop)
    return (), Param("body", "body", bool(prop.required), s.accepts)


def _scope(api: Api, resource: Resource, endpoints: dict[str, Any]) -> tuple[str, ...]:
    """The arguments that scope a resource's identity: its collection path's parameters and
    the headers every one of its operations takes (a workspace header such as akua-context)."""
    scope = [method_name(name) for name in resource.scopes]
    header_sets = []
    for verb in VERBS:
        key = resource.operation(verb)
        if key and key in endpoints:
            header_sets.append(
                {_raw(p.name).lower(): str(p.python_name) for p in endpoints[key].header_parameters}
            )
    if header_sets:
        common = set.intersection(*(set(h) for h in header_sets))
        scope += sorted(header_sets[0][name] for name in common)
    return tuple(scope)


def _method(
    api: Api,
    operation: Operation,
    endpoint: Any,
    name: str,
    role: tuple[Resource, str] | None,
    keys: dict[str, Key],
) -> Method:
    path_params = _params(endpoint, "path")
    query = _params(endpoint, "query")
    headers = _params(endpoint, "header")
    body_fields, body = _body(endpoint)
    cases, returns = _cases(endpoint, operation)
    summary = (operation.summary or "").strip().rstrip(".") or name
    idempotency = None
    if operation.idempotency is not None:
        found = _find(headers, operation.idempotency.header, header=True)
        idempotency = found.python_name if found else None
    precondition = remember = forget = bound = None
    fill: list[tuple[str, str]] = []
    mask = None
    resource = verb = None
    if role is not None:
        resource, verb = role
        identifier = _find(path_params, resource.identifier.parameter)
        id_field = resource.identifier.property.lstrip("/")
        if identifier is not None and any(f.name == id_field for f in body_fields):
            fill.append((id_field, identifier.python_name))
        key = keys.get(resource.name)
        if key is not None and identifier is not None:
            bound = dataclasses.replace(key, identifier=identifier.python_name)
        if verb == "create" and key is not None:
            remember = key
        elif verb in ("get", "update"):
            remember = bound
        elif verb == "delete":
            forget = bound
        concurrency = resource.concurrency
        honours = concurrency is not None and (
            operation.key in concurrency.precondition.operations or verb == "update"
        )
        if bound is not None and concurrency is not None and honours:
            found = _find(headers, concurrency.precondition.header, header=True)
            precondition = found.python_name if found else None
    if operation.field_mask is not None:
        mask_field = operation.field_mask.field
        exclude = [mask_field, *[f for f, _ in fill]]
        always = tuple(a for a in operation.field_mask.always_required if a not in exclude)
        python = next(
            (f.python_name for f in body_fields if f.name == mask_field), method_name(mask_field)
        )
        mask = Mask(
            field=mask_field,
            python_name=python,
            array=operation.field_mask.encoding == "array",
            exclude=tuple(exclude),
            always=always,
        )
    filled = {f for f, _ in fill}
    if mask is not None:
        # Every field of a masked update is optional: the mask names what changes, and the
        # fields every update repeats come from the last answer seen.
        body_fields = tuple(_optional(f) for f in body_fields)
    body_fields = tuple(f for f in body_fields if f.name not in filled)
    if precondition is not None or idempotency is not None:
        headers = tuple(
            Param(p.python_name, p.wire, False, _nullable(p.accepts))
            if p.python_name in (precondition, idempotency)
            else p
            for p in headers
        )
    pages = None
    item, item_parse = None, "item"
    if verb == "list" or operation.pagination is not None:
        pointer = resource.envelope.list if resource is not None and verb == "list" else ""
        next_pointer, page_param = "", ""
        if operation.pagination is not None:
            pointer = operation.pagination.items
            found = _find(query, operation.pagination.page_parameter)
            if found is not None:
                next_pointer, page_param = operation.pagination.next_pointer, found.python_name
        item, item_parse = _items(endpoint, operation, pointer)
        if item is not None:
            pages = (pointer, next_pointer, page_param)
    return Method(
        name=name,
        operation=operation.key,
        summary=f"{summary}.",
        http_method=operation.method.upper(),
        path=_path_expression(_raw(endpoint.path), path_params),
        path_params=path_params,
        query=query,
        headers=headers,
        body_fields=body_fields,
        body=body,
        fill=tuple(fill),
        returns=returns,
        cases=cases,
        idempotency=idempotency,
        precondition=precondition,
        bound=bound,
        remember=remember,
        forget=forget,
        mask=mask,
        pages=pages,
        item=item,
        item_parse=item_parse,
    )


def _optional(f: Field) -> Field:
    return dataclasses.replace(f, required=False, accepts=_nullable(f.accepts))


def _plural(name: str) -> str:
    if name.endswith("y") and not name.endswith(("ay", "ey", "oy", "uy")):
        return name[:-1] + "ies"
    if name.endswith(("s", "x", "ch", "sh")):
        return name + "es"
    return name + "s"


def facade_context(api: Api, endpoints: list[tuple[str, Any]], names: Names) -> Facade:
    """The facade of every endpoint openapi-python-client made, joined to the model's
    operations by method and path, grouped by resource."""
    by_route = {(op.method, op.path): op for op in api.operations.values()}
    by_key: dict[str, Any] = {}
    for _tag, endpoint in endpoints:
        operation = by_route.get((str(endpoint.method).lower(), _raw(endpoint.path)))
        if operation is None:
            raise FacadeError(
                f"openapi-python-client made an endpoint {endpoint.method.upper()} "
                f"{_raw(endpoint.path)} that the spec's model does not have"
            )
        by_key[operation.key] = endpoint
    keys: dict[str, Key] = {}
    for resource in api.resources.values():
        if resource.concurrency is None and resource.lifecycle is None:
            continue
        token = resource.concurrency.token if resource.concurrency else None
        keys[resource.name] = Key(
            resource=resource.name,
            scope=_scope(api, resource, by_key),
            identifier=None,
            resource_pointer=resource.envelope.item,
            identifier_pointer=resource.envelope.item + resource.identifier.property,
            token_pointer=(resource.envelope.item + token.property)
            if token and token.property
            else "",
        )
    resources: list[ResourceContext] = []
    claimed: set[str] = set()
    for resource in api.resources.values():
        methods = []
        for verb in VERBS:
            key = resource.operation(verb)
            if key is None or key not in by_key or key in claimed:
                continue
            claimed.add(key)
            methods.append(
                _method(api, api.operations[key], by_key[key], verb, (resource, verb), keys)
            )
        if not methods:
            continue
        get = next((m for m in methods if m.name == "get"), None)
        waiter = None
        if resource.lifecycle is not None and get is not None:
            waiter = Waiter(
                pointer=resource.envelope.item + resource.lifecycle.field,
                ready=tuple(sorted(resource.lifecycle.ready)),
                failed=tuple(sorted(resource.lifecycle.failed)),
                get=get,
            )
        attribute = method_name(_plural(resource.name))
        while attribute in RESERVED:
            attribute += "_"
        item_params = get.path_params if get is not None else ()
        resources.append(
            ResourceContext(
                attribute=attribute,
                class_name="".join(p[:1].upper() + p[1:] for p in attribute.split("_")),
                name=resource.name,
                description=(resource.description or "").strip(),
                methods=tuple(methods),
                waiter=waiter,
                item_params=item_params,
                key=keys.get(resource.name) if resource.concurrency is not None else None,
            )
        )
    taken = {r.attribute for r in resources} | RESERVED
    root = []
    for key, endpoint in by_key.items():
        if key in claimed:
            continue
        name = method_name(key)
        while name in taken:  # an operation named `close` or `clusters` keeps both working
            name += "_"
        taken.add(name)
        root.append(_method(api, api.operations[key], endpoint, name, None, keys))
    concurrency = [r.concurrency for r in api.resources.values() if r.concurrency is not None]
    token_headers = {c.token.header for c in concurrency if c.token.header}
    if len(token_headers) > 1:
        raise FacadeError(
            f"{api.spec.display()}: resources carry versions in different headers "
            f"({', '.join(sorted(token_headers))}); the generated facade supports one"
        )
    pointers = {c.mismatch.current_token for c in concurrency if c.mismatch.current_token}
    imports: set[str] = set()
    for m in [m for r in resources for m in r.methods] + root:
        for text in [
            m.returns,
            m.item or "",
            *[f.accepts for f in m.body_fields],
            *[p.accepts for p in m.all_params],
            *(c.parse for c in m.cases),
            m.item_parse,
        ]:
            imports |= class_names(text)
    return Facade(
        name=names.facade,
        async_name=names.async_facade,
        title=api.title,
        resources=tuple(resources),
        methods=tuple(root),
        token_header=next(iter(token_headers), ""),
        error_token_pointer=next(iter(sorted(pointers)), ""),
        needs_token=any(
            op.security and all(requirement for requirement in op.security)
            for op in api.operations.values()
        ),
        imports=tuple(sorted(imports)),
    )
