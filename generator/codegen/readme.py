"""The package README: written from the spec and the facade's context, with a real call per
operation built from the spec's own examples, so that a user can drive the API's whole
lifecycle from the README alone."""

from __future__ import annotations

import textwrap
from typing import Any

from generator.apimodel import Api, Operation
from generator.apimodel.samples import NoSample, media_example, parameter_text
from generator.codegen.facade import Facade, Method, ResourceContext
from generator.codegen.naming import Names, method_name

WIDTH = 100


def _value(api: Api, operation: Operation, wire: str, location: str) -> Any:
    """The spec's example of a parameter; else, for a string, a placeholder naming it (a sample
    such as "x" would read as a real value)."""
    parameter = operation.parameter(wire, location)
    if parameter is None:
        return "..."
    if parameter.example is None and parameter.schema.get("type", "string") == "string":
        return f"<{wire}>"
    try:
        text = parameter_text(parameter)
    except NoSample:
        return "..."
    if location == "query" and text.isdigit():
        return int(text)
    return text


def _body_example(api: Api, operation: Operation) -> dict[str, Any]:
    body = operation.request_body
    if body is None or not body.content:
        return {}
    media = body.content.get("application/json") or next(iter(body.content.values()))
    try:
        example = media_example(api, media)
    except NoSample:
        return {}
    return example if isinstance(example, dict) else {}


def call(api: Api, method: Method, target: str, known: dict[str, str] | None = None) -> str:
    """`target.method(arguments)` with the spec's example values: path parameters in order,
    the required query and header parameters, and the body's fields from its example.
    `known` gives Python expressions for some path parameters (`cluster.id` after a create)."""
    operation = api.operations[method.operation]
    known = known or {}
    args = [
        known.get(p.wire) or repr(_value(api, operation, p.wire, "path"))
        for p in method.path_params
    ]
    for param in method.query + method.headers:
        if param.required:
            location = "query" if param in method.query else "header"
            args.append(f"{param.python_name}={_value(api, operation, param.wire, location)!r}")
    example = _body_example(api, operation)
    skip = {method.mask.field} if method.mask else set()
    for f in method.body_fields:
        if f.name in example and f.name not in skip:
            args.append(f"{f.python_name}={example[f.name]!r}")
        elif f.required:
            args.append(f"{f.python_name}=...")
    if method.body is not None and method.body.required:
        args.append("body=...")
    one_line = f"{target}.{method.name}({', '.join(args)})"
    if len(one_line) <= WIDTH - 10:
        return one_line
    inner = ",\n".join("    " + a for a in args)
    return f"{target}.{method.name}(\n{inner},\n)"


def _returns(method: Method) -> str:
    if method.pages:
        return f"a pager of `{method.item}` (iterate it; every page is fetched as needed)"
    if method.returns == "Any":
        return "the JSON the server sent, decoded (None for an empty body)"
    return f"`{method.returns}`"


def signature(method: Method) -> str:
    """The method's parameters as a user reads them: positional path parameters, then the
    keyword ones, required before optional (types are in the package, checked by mypy)."""
    parts = [p.python_name for p in method.path_params]
    keywords = method.query + method.headers
    required = [p.python_name for p in keywords if p.required]
    required += [f.python_name for f in method.body_fields if f.required]
    optional = [f"{p.python_name}=None" for p in keywords if not p.required]
    optional += [f"{f.python_name}=None" for f in method.body_fields if not f.required]
    if method.body is not None:
        (required if method.body.required else optional).append(
            "body" if method.body.required else "body=None"
        )
    if required or optional:
        parts.append("*")
    return f"{method.name}({', '.join(parts + required + optional)})"


def _method_section(api: Api, method: Method, target: str, resource: ResourceContext | None) -> str:
    example = call(api, method, target)
    name = resource.name if resource else "result"
    if method.pages:
        item = (method.item or "item").split(" | ")[0].lower()
        code = f"for {item} in {example}:\n    ..."
    elif method.name == "delete" or method.returns == "Any":
        code = example
    else:
        code = f"{name} = {example}"
    path = api.operations[method.operation].path
    return (
        f"#### `{target}.{method.name}` ({method.http_method} `{path}`)\n\n"
        f"`{signature(method)}`\n\n"
        f"{method.summary} Returns {_returns(method)}.\n\n```python\n{code}\n```\n"
    )


def _fill(text: str) -> str:
    return textwrap.fill(text, width=WIDTH, break_long_words=False, break_on_hyphens=False)


def readme(names: Names, api: Api, facade: Facade) -> str:
    var = names.api.replace("-", "_")
    sections = []
    for resource in facade.resources:
        target = f"{var}.{resource.attribute}"
        body = "\n".join(_method_section(api, m, target, resource) for m in resource.methods)
        helpers = []
        if resource.waiter is not None:
            w = resource.waiter
            failed = ", ".join(f"`{s}`" for s in w.failed) or "a failure state"
            helpers.append(
                f"`{target}.wait_until_ready(...)` takes `get`'s arguments and polls until "
                f"`{w.pointer}` is {' or '.join(f'`{s}`' for s in w.ready)}; it raises "
                f"`errors.ResourceFailedError` on {failed} "
                f"and `errors.WaitTimeoutError` after `timeout` seconds (default {w.timeout:g}, "
                f"polling every {w.interval:g} s, growing); any other state, even one the spec "
                "does not list, means keep waiting."
            )
        if resource.key is not None:
            helpers.append(
                f"`{target}.last_etag(...)` is the version this client last saw of one "
                f"{resource.name} (per scope and identifier); `update` sends it as its "
                "precondition when you pass none."
            )
        sections.append(
            f"### `{target}`\n\n{_fill(resource.description)}\n\n{body}\n"
            + "\n\n".join(_fill(h) for h in helpers)
            + ("\n" if helpers else "")
        )
    if facade.methods:
        body = "\n".join(_method_section(api, m, var, None) for m in facade.methods)
        sections.append(f"### Other operations\n\n{body}")
    quick = _quick_start(api, facade, var, names)
    return f"""<!-- generated from {names.spec_label} - do not edit -->
# {names.distribution}

A typed Python client for the {api.title} (API version `{api.version}`), generated by
one-spec from `{names.spec_label}`. Sync and asyncio, retries, typed errors, and the helpers the
spec's semantics allow: waiting for a resource to be ready, conditional updates with the last
version seen, field masks, idempotency keys, every page of a list.

```sh
pip install {names.distribution}      # or: pip install generated/{names.api}
```

## Quick start

{quick}
## The client

{_fill(_settings(names, api, facade))}

```python
import httpx
from {names.package} import {facade.name}, RetryPolicy

{var} = {facade.name}(
    token="...",                       # else ${names.token_env}
    base_url="{api.base_url}",  # else ${names.base_url_env}
    timeout=10.0,                      # seconds, or an httpx.Timeout
    retry=RetryPolicy(max_retries=5),  # RetryPolicy(max_retries=0): none
    http_client=httpx.Client(),        # yours: auth, base URL and retries still apply
)
```

`Async{facade.name}` takes the same arguments (an `httpx.AsyncClient`) and has the same methods,
awaited; its lists are iterated with `async for`.

## Resources and operations

Every method takes, besides its own arguments, `extra_headers`, `extra_query`, `extra_body`
(merged into the JSON body) and `timeout`. Arguments accept plain values, dicts and the models
of `{names.package}.models` alike; an enum argument takes a member or the plain string.

{chr(10).join(sections)}
## Raw responses

Every method has a twin under `with_raw_response` that returns the answer as it came:

```python
raw = {_raw_example(api, facade, var)}
print(raw.status_code, raw.headers, raw.content)
value = raw.parse()  # what the plain method returns
```

## Errors

Nothing but these leaves a method (`{names.package}.errors`):

{_errors_table(names, facade)}

```python
from {names.package} import errors

try:
    ...
except errors.PreconditionFailedError as exc:
    print("changed meanwhile; current version", exc.current_etag)
except errors.APIStatusError as exc:
    print(exc.status_code, exc.body)
```

## What a newer API cannot break

The client is lenient where the API may move ahead of its spec: an enum value the spec does not
list arrives as the plain string (a known one is the enum member, which equals its string); a
field it does not list is kept in the model's `additional_properties` and sent back by
`to_dict()`, at every level; an optional field that is absent reads as `None`; a success without
a documented body returns whatever JSON the server sent. The strict side is `one-spec validate`.

## Testing against the reference server

`one-spec` runs a stateful fake of this API, derived from the same spec:

```sh
one-spec serve {names.spec_label} --port 8080 --token test
```

```python
{var} = {facade.name}(base_url="http://127.0.0.1:8080{api.base_path}", token="test")
```

## Two kinds of model

- `{names.package}.models`: what the client sends and returns (lenient attrs classes).
- `{names.package}.schemas`: pydantic v2 models of the same schemas with every constraint
  (patterns, lengths, enums), to validate payloads in your own code.

`AuthenticatedClient` with the modules in `api/` is openapi-python-client's lower level beneath
the facade.

## Operations

| operation | request | method |
|---|---|---|
{_table(api, facade, var)}
"""


def _errors_table(names: Names, facade: Facade) -> str:
    token = f"the client was made without a token and `${names.token_env}` is empty"
    if not facade.needs_token:
        token += " (not raised: this API declares no security)"
    statuses = (
        "an error status: `BadRequestError` 400, `AuthenticationError` 401, "
        "`PermissionDeniedError` 403, `NotFoundError` 404, `ConflictError` 409, "
        "`PreconditionFailedError` 412, `UnprocessableEntityError` 422, `RateLimitError` 429, "
        "`ServerError` 5xx; each carries `status_code`, `headers`, `content`, `body` (the "
        "decoded JSON) and `current_etag` (the resource's current version, when the answer "
        "gives it)"
    )
    rows = [
        ("`MissingTokenError`", token),
        ("`APIConnectionError`, `APITimeoutError`", "no answer came (after the retries)"),
        ("`APIStatusError` and its subclasses", statuses),
        (
            "`ResponseParseError`",
            "a success answer that cannot be read (not JSON, or a required field missing); "
            "carries `status_code`, `headers`, `content` and `reason`",
        ),
        (
            "`ResourceFailedError`, `WaitTimeoutError`",
            "`wait_until_ready` saw a failure state, or ran out of time",
        ),
    ]
    return "| error | when |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows)


def _settings(names: Names, api: Api, facade: Facade) -> str:
    headers = sorted({op.idempotency.header for op in api.operations.values() if op.idempotency})
    posts = (
        "never a POST or PATCH, since this API declares no idempotency key"
        if not headers
        else "a POST or PATCH only with an idempotency key ("
        + " or ".join(f"`{h}`" for h in headers)
        + "), which the client generates for every call that takes one"
    )
    token = (
        f"Construction fails at once, naming `${names.token_env}`, when there is no token."
        if facade.needs_token
        else ""
    )
    return (
        f"The client talks to `{api.base_url}` by default (`${names.base_url_env}` overrides "
        f"it) and sends the bearer token from `${names.token_env}` unless you pass `token=`. "
        f"{token} Requests time out after 30 s; connection errors and 408, 429, 500, 502, 503 "
        f"and 504 answers are retried with exponential backoff that honours `Retry-After`, but "
        f"{posts}."
    )


def _quick_start(api: Api, facade: Facade, var: str, names: Names) -> str:
    lines = [
        f"from {names.package} import {facade.name}",
        "",
        f"{var} = {facade.name}()  # token from ${names.token_env}",
    ]
    for resource in facade.resources[:1]:
        target = f"{var}.{resource.attribute}"
        verbs = {m.name: m for m in resource.methods}
        known: dict[str, str] = {}
        if "create" in verbs:
            lines.append(f"{resource.name} = {call(api, verbs['create'], target)}")
            known = _identifier(api, resource)
        if resource.waiter is not None and "get" in verbs:
            wait = call(api, resource.waiter.get, target, known)
            wait = wait.replace(".get(", ".wait_until_ready(", 1)
            lines.append(f"{resource.name} = {wait}")
        if "list" in verbs:
            lines.append(f"for item in {call(api, verbs['list'], target, known)}:\n    print(item)")
        if "update" in verbs:
            lines.append(call(api, verbs["update"], target, known))
        if "delete" in verbs:
            lines.append(call(api, verbs["delete"], target, known))
    return "```python\n" + "\n".join(lines) + "\n```\n"


def _identifier(api: Api, resource: ResourceContext) -> dict[str, str]:
    """The identifier path parameter as an attribute of what `create` returned
    (`cluster.id`, `cluster.cluster.id` through an envelope)."""
    declared = api.resources[resource.name]
    pointer = declared.envelope.item + declared.identifier.property
    attributes = [method_name(token) for token in pointer.split("/") if token]
    return {declared.identifier.parameter: ".".join([resource.name, *attributes])}


def _raw_example(api: Api, facade: Facade, var: str) -> str:
    for resource in facade.resources:
        for method in resource.methods:
            if method.name == "get":
                return call(api, method, f"{var}.{resource.attribute}.with_raw_response")
    if facade.methods:
        return call(api, facade.methods[0], f"{var}.with_raw_response")
    return "..."


def _table(api: Api, facade: Facade, var: str) -> str:
    rows = []
    for resource in facade.resources:
        for method in resource.methods:
            op = api.operations[method.operation]
            rows.append(
                (
                    method.operation,
                    f"{op.method.upper()} {op.path}",
                    f"{var}.{resource.attribute}.{method.name}",
                )
            )
    for method in facade.methods:
        op = api.operations[method.operation]
        rows.append((method.operation, f"{op.method.upper()} {op.path}", f"{var}.{method.name}"))
    return "\n".join(f"| `{a}` | `{b}` | `{c}` |" for a, b, c in rows)
