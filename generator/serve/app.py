"""The HTTP layer of a reference server, as a plain ASGI application.

Thin on purpose: route by the spec, refuse what is too big, authenticate, check permissions,
validate with the shared validator, replay idempotent requests, then hand a `Call` to the
API's behaviour inside one store transaction, and render what comes back in the provider's
shape. Status codes are kept to the ones the operation documents.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sys
import time
import traceback
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl

from generator.apimodel import Api, Conflict, Idempotency, Operation, build_api
from generator.serve.apis import behaviour_for
from generator.serve.behaviour import Behaviour
from generator.serve.calls import ApiError, Call, Principal, Reply
from generator.serve.config import ServeConfig
from generator.serve.document import put
from generator.serve.store import Replay, Store
from generator.spec import load_spec
from generator.validate import Validator

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

ADMIN = "/_reference"
log = logging.getLogger("generator.serve")

# The answer to an idempotency key reused with a different request, when the spec's idempotency
# gives no `conflict` (the documents say nothing of it). The reference server's own choice: 422
# FAILED_PRECONDITION, a refusal of this request as it stands that cannot be mistaken for a
# documented concurrency answer (409 ABORTED, 412) or a malformed request (400).
UNDOCUMENTED_CONFLICT = Conflict(status=422, code="FAILED_PRECONDITION")

# When an operation does not document the status a failure calls for, the nearest one it does.
_FALLBACKS = {
    400: (422, 404),
    422: (400,),
    409: (412, 400),
    412: (409, 400),
    403: (401,),
}


class TooLarge(Exception):
    pass


@dataclass(frozen=True)
class ResponseViolation:
    """An answer of ours that the spec does not allow (kept when `check_responses` is on)."""

    operation: str
    status: int
    violations: tuple[str, ...]


class ReferenceApp:
    """One API's reference server. Every request runs on the event loop's thread, so that
    store transactions never interleave within a process."""

    def __init__(self, config: ServeConfig) -> None:
        self.config = config
        # The semantics drive everything here: a broken vocabulary is refused (SpecError).
        self.api: Api = build_api(load_spec(config.spec)).require_clean()
        self.validator = Validator(self.api)
        self.store = Store(config.db, config.spec.stem)
        self.behaviour: Behaviour = behaviour_for(self.api)(self.api, self.store, config.lifecycle)
        self.base_path = self.api.base_path
        self.response_violations: list[ResponseViolation] = []

    def close(self) -> None:
        self.store.close()

    # --- ASGI -------------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        headers = [(k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in scope["headers"]]
        try:
            body = await _read(receive, headers, self.config.max_body)
        except TooLarge:
            body = None
        status, out_headers, payload = self.respond(
            scope["method"], scope.get("raw_path") or scope["path"].encode(), scope, headers, body
        )
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [(k.encode("latin-1"), v.encode("latin-1")) for k, v in out_headers],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    # --- one request ------------------------------------------------------------------------

    def respond(
        self,
        method: str,
        raw_path: bytes,
        scope: Scope,
        headers: list[tuple[str, str]],
        body: bytes | None,
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        # Still percent-encoded: the router decodes each parameter once, after matching, so
        # that an encoded "/" or "?" stays inside its segment.
        path = raw_path.decode("latin-1").split("?", 1)[0]
        query_string = scope.get("query_string", b"").decode("latin-1")
        if path == ADMIN or path.startswith(ADMIN + "/"):
            return self.admin(method, path[len(ADMIN) :], body)
        operation = None
        try:
            if body is None:
                # Refused before routing, as a transport limit: no spec documents a 413.
                raise ApiError(
                    413,
                    "RESOURCE_EXHAUSTED",
                    f"the request body is larger than {self.config.max_body} bytes",
                )
            routed = self.api.match(method, path)
            if routed is None:
                raise self.unrouted(method, path)
            operation, path_params = routed
            reply = self.handle(operation, path_params, query_string, headers, body)
        except ApiError as error:
            reply = self.error_reply(operation, error)
        except Exception:  # a bug of ours: say so, in the provider's shape, and log it
            log.error("internal error on %s %s\n%s", method, path, traceback.format_exc())
            reply = self.error_reply(
                operation, ApiError(500, "INTERNAL", "internal error in the reference server")
            )
        return self.render(operation, reply)

    def unrouted(self, method: str, path: str) -> ApiError:
        allowed = self.api.methods_for(path)
        if allowed:
            return ApiError(
                405,
                "UNIMPLEMENTED",
                f"{method} is not allowed on {path}; allowed: {', '.join(allowed)}",
                headers=[("Allow", ", ".join(allowed))],
            )
        return ApiError(404, "NOT_FOUND", f"no operation at {path}")

    def handle(
        self,
        operation: Operation,
        path_params: dict[str, str],
        query_string: str,
        headers: list[tuple[str, str]],
        body: bytes,
    ) -> Reply:
        principal = self.authenticate(operation, headers)
        permissions = operation.permissions  # None: anyone authenticated may call it
        if permissions is not None and not principal.may(permissions.any_of):
            raise ApiError(
                403,
                "PERMISSION_DENIED",
                f"{operation.key} needs one of the roles {', '.join(permissions.any_of)}",
            )
        query = parse_qsl(query_string, keep_blank_values=True)
        result = self.validator.validate_request(
            operation, path_params=path_params, query=query, headers=headers, body=body
        )
        if not result.valid:
            raise ApiError(
                400,
                "INVALID_ARGUMENT",
                "the request is invalid: " + "; ".join(v.render() for v in result.violations),
                fields=tuple(
                    (f"{v.location}{v.pointer or '/'}", v.message) for v in result.violations
                ),
            )
        last = dict(headers)
        parsed = result.body  # as the validator parsed it; None for a body that is not JSON
        if nesting(parsed) > self.config.max_depth:
            raise ApiError(
                400,
                "INVALID_ARGUMENT",
                f"the request body nests deeper than {self.config.max_depth} levels",
            )
        call = Call(
            operation=operation,
            path=path_params,
            headers=last,
            body=parsed,
            principal=principal,
            now=time.time(),
            typed=result.parameters,
        )
        with self.store.transaction(write=self.behaviour.writes(operation)):
            idempotency = operation.idempotency
            key = last.get(idempotency.header.lower()) if idempotency is not None else None
            if idempotency is not None and key:
                return self.idempotent(idempotency, key, call)
            return self.behaviour.handle(call)

    def authenticate(self, operation: Operation, headers: list[tuple[str, str]]) -> Principal:
        if not operation.security or {} in operation.security:
            return Principal("")  # no requirement, or an empty one: anonymous is allowed
        value = next((v for k, v in headers if k == "authorization"), "")
        scheme, _, token = value.strip().partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            raise ApiError(401, "UNAUTHENTICATED", "a bearer token is required")
        tokens = self.config.tokens
        if tokens and token not in tokens:
            raise ApiError(401, "UNAUTHENTICATED", "the bearer token is not valid")
        return Principal(token, tokens.get(token) if tokens else None)

    def idempotent(self, rule: Idempotency, key: str, call: Call) -> Reply:
        """Same key and same request: nothing done twice, and the answer the spec's `replay`
        names: the first answer again (`original-response`), or the resource that answer
        named as it is now (`existing-resource`; the first answer again if it is gone). Same
        key, another request: the documented conflict, else UNDOCUMENTED_CONFLICT."""
        scope = self.behaviour.scope(call)
        fingerprint = hashlib.sha256(
            json.dumps([call.operation.key, call.path, call.body], sort_keys=True).encode()
        ).hexdigest()
        stored = self.store.replay(scope, call.operation.key, key)
        if stored is not None:
            if stored.fingerprint != fingerprint:
                conflict = rule.conflict or UNDOCUMENTED_CONFLICT
                raise ApiError(
                    conflict.status,
                    conflict.code or "FAILED_PRECONDITION",  # a documented status, no code
                    f"the idempotency key {key!r} was used with a different request",
                )
            first = Reply(
                stored.status, json.loads(stored.body) if stored.body else None, stored.headers
            )
            current = self.behaviour.replayed(call, first) if rule.answers_current else None
            answer = current or first
            return Reply(
                answer.status, answer.body, [*answer.headers, ("Idempotent-Replayed", "true")]
            )
        reply = self.behaviour.handle(call)
        if 200 <= reply.status < 300:
            payload = None if reply.body is None else json.dumps(reply.body).encode()
            self.store.remember(
                scope,
                call.operation.key,
                key,
                Replay(fingerprint, reply.status, reply.headers, payload),
            )
        return reply

    # --- answers ----------------------------------------------------------------------------

    def error_reply(self, operation: Operation | None, error: ApiError) -> Reply:
        status = error.status if operation is None else documented(operation, error.status)
        body = self.behaviour.error_body(error)
        for pointer, value in error.place.items():
            put(body, pointer, value)
        return Reply(status, body, list(error.headers))

    def render(
        self, operation: Operation | None, reply: Reply
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        headers = list(reply.headers)
        payload = b""
        if reply.body is not None:
            payload = json.dumps(reply.body, separators=(",", ":")).encode()
            headers.append(("Content-Type", "application/json"))
        if self.config.check_responses and operation is not None:
            self.check(operation, reply.status, headers, payload)
        headers.append(("Content-Length", str(len(payload))))
        return reply.status, headers, payload

    def check(
        self, operation: Operation, status: int, headers: list[tuple[str, str]], payload: bytes
    ) -> None:
        result = self.validator.validate_response(
            operation, status=status, headers=headers, body=payload
        )
        if not result.valid:
            found = ResponseViolation(
                operation.key, status, tuple(v.render() for v in result.violations)
            )
            self.response_violations.append(found)
            print(f"reference server answered off-spec: {found}", file=sys.stderr)

    # --- admin ------------------------------------------------------------------------------

    def admin(
        self, method: str, path: str, body: bytes | None
    ) -> tuple[int, list[tuple[str, str]], bytes]:
        """`POST /_reference/reset` forgets everything; `POST /_reference/advance` moves
        lifecycles on ({"resource", "scope", "id", "to"}, all optional); `GET
        /_reference/violations` lists off-spec answers; `GET /_reference` describes the
        server."""
        try:
            if method == "POST" and path == "/reset":
                self.store.reset()
                self.response_violations.clear()
                return _json(200, {"reset": True})
            if method == "POST" and path == "/advance":
                try:
                    request = json.loads(body or b"{}")
                except ValueError:
                    request = None
                fields = ("resource", "scope", "id", "to")
                if not isinstance(request, dict) or not all(
                    isinstance(request.get(k), str | None) for k in fields
                ):
                    return _json(
                        400,
                        {
                            "error": "expected an object of optional strings: "
                            "resource, scope, id, to"
                        },
                    )
                with self.store.transaction():
                    moved = self.behaviour.advance(
                        request.get("resource"),
                        request.get("scope"),
                        request.get("id"),
                        request.get("to"),
                        time.time(),
                    )
                return _json(200, {"moved": moved})
            if method == "GET" and path == "/violations":
                return _json(200, {"violations": [v.__dict__ for v in self.response_violations]})
            if method == "GET" and path in ("", "/"):
                return _json(
                    200,
                    {
                        "api": self.api.title,
                        "spec": self.config.spec.name,
                        "basePath": self.base_path,
                        "lifecycle": str(self.config.lifecycle),
                        "db": self.config.db,
                    },
                )
        except ApiError as error:
            return _json(error.status, {"error": error.message})
        return _json(404, {"error": f"no admin endpoint {method} {ADMIN}{path}"})


def nesting(value: Any) -> int:
    """How deep arrays and objects nest in a parsed JSON value (without recursion)."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, dict):
            children: Any = node.values()
        elif isinstance(node, list):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in children)
    return deepest


def documented(operation: Operation, status: int) -> int:
    """`status` if the operation documents it (exactly or by range), else the nearest
    documented failure, else `status` under a `default` response."""
    response = operation.response(status)
    if response is not None and response.status != "default":
        return status
    for other in _FALLBACKS.get(status, ()):
        if str(other) in operation.responses:
            return other
    return status


def _json(status: int, body: Any) -> tuple[int, list[tuple[str, str]], bytes]:
    payload = json.dumps(body).encode()
    return (
        status,
        [("Content-Type", "application/json"), ("Content-Length", str(len(payload)))],
        payload,
    )


async def _read(receive: Receive, headers: list[tuple[str, str]], limit: int) -> bytes:
    """The whole body, refusing (TooLarge) past `limit` bytes, declared or streamed."""
    declared = next((v for k, v in headers if k == "content-length"), None)
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise TooLarge
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise TooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _lifespan(receive: Receive, send: Send) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return
