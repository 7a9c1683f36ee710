"""Faulty variants of the reference servers: ASGI middleware around a correct server that
breaks one promise of the spec, so that a test can show `fuzz` catches each kind of fault and
name the check that caught it.

Each fault sees a whole request (and may change it before the server does) and a whole answer
(and may change it before the client does)."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]


class _Headers:
    """ASGI headers (lower-case bytes pairs) that a fault removes or replaces by name."""

    headers: list[tuple[bytes, bytes]]

    def without(self, name: str) -> None:
        wanted = name.lower().encode()
        self.headers = [(k, v) for k, v in self.headers if k.lower() != wanted]

    def set(self, name: str, value: str) -> None:
        self.without(name)
        self.headers.append((name.lower().encode(), value.encode("latin-1")))


@dataclass
class Request(_Headers):
    method: str
    path: str
    headers: list[tuple[bytes, bytes]]
    body: bytes


@dataclass
class Answer(_Headers):
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def json(self) -> Any:
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def set_json(self, value: Any) -> None:
        self.body = json.dumps(value).encode()


@dataclass
class Fault:
    """A broken promise: what it breaks, which check is expected to notice, and how."""

    name: str
    api: str
    check: str  # the check that must report it
    request: Callable[[Request], None] | None = None
    answer: Callable[[Request, Answer], None] | None = None
    state: dict[str, Any] = field(default_factory=dict)

    def wrap(self, app: Any) -> Any:
        return _Middleware(app, self)


class _Middleware:
    def __init__(self, app: Any, fault: Fault) -> None:
        self.app, self.fault = app, fault

    async def __call__(
        self,
        scope: Scope,
        receive: Callable[[], Awaitable[Message]],
        send: Callable[[Message], Awaitable[None]],
    ) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        request = Request(scope["method"], scope["path"], list(scope["headers"]), body)
        if self.fault.request is not None:
            self.fault.request(request)
            request.headers = [
                (k, v) for k, v in request.headers if k.lower() != b"content-length"
            ] + [(b"content-length", str(len(request.body)).encode())]
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return {"type": "http.disconnect"}
            delivered = True
            return {"type": "http.request", "body": request.body, "more_body": False}

        answer = Answer(500, [], b"")

        async def capture(message: Message) -> None:
            if message["type"] == "http.response.start":
                answer.status = message["status"]
                answer.headers = list(message.get("headers", []))
            elif message["type"] == "http.response.body":
                answer.body += message.get("body", b"")

        await self.app({**scope, "headers": request.headers}, replay, capture)
        if self.fault.answer is not None:
            self.fault.answer(request, answer)
        headers = [(k, v) for k, v in answer.headers if k.lower() != b"content-length"]
        headers.append((b"content-length", str(len(answer.body)).encode()))
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": answer.body})


# --- the faults -------------------------------------------------------------------------------

KUPE_ITEM = "/clusters/"


def _kupe_item(request: Request, answer: Answer) -> dict[str, Any] | None:
    """A Kupe cluster answer (create, get or update), or None."""
    body = answer.json()
    if (
        200 <= answer.status < 300
        and isinstance(body, dict)
        and "status" in body
        and KUPE_ITEM in request.path
    ):
        return body
    return None


def _drop_required(request: Request, answer: Answer) -> None:
    body = _kupe_item(request, answer)
    if body is not None:
        body.pop("name", None)
        answer.set_json(body)


def _wrong_type(request: Request, answer: Answer) -> None:
    body = _kupe_item(request, answer)
    if body is not None:
        body["createdAt"] = 20260101
        answer.set_json(body)


def _undocumented_status(request: Request, answer: Answer) -> None:
    if answer.status == 404:
        answer.status = 410


def _server_error(request: Request, answer: Answer) -> None:
    # a crash on some input: any cluster name with a digit in it
    if request.method == "POST" and any(c.isdigit() for c in request.body.decode("latin-1")):
        answer.status, answer.body = 500, b'{"error": "boom"}'


def _accept_invalid(request: Request, answer: Answer) -> None:
    if answer.status == 400 and request.method == "POST":
        answer.status = 201
        answer.set_json(_KUPE_CLUSTER)


def _ignore_if_match(request: Request) -> None:
    request.without("If-Match")


def _duplicate_replays(request: Request) -> None:
    request.without("idempotency-key")


def _ignore_mask(request: Request) -> None:
    if request.method != "PATCH":
        return
    try:
        body = json.loads(request.body)
    except ValueError:
        return
    if isinstance(body, dict) and "updateMask" in body:
        del body["updateMask"]
        request.body = json.dumps(body).encode()


def _regress(fault: Fault) -> Callable[[Request, Answer], None]:
    def answer(request: Request, answer: Answer) -> None:
        body = _kupe_item(request, answer)
        if request.method != "GET" or body is None or body["status"].get("phase") != "Running":
            return
        fault.state["n"] = fault.state.get("n", 0) + 1
        if fault.state["n"] % 2 == 0:  # every other read: back to provisioning
            body["status"]["phase"] = "Provisioning"
            answer.set_json(body)

    return answer


def _stored_differently(request: Request, answer: Answer) -> None:
    """Reads show another display name than the one stored (and answered at the write)."""
    body = _kupe_item(request, answer)
    if request.method == "GET" and body is not None and isinstance(body.get("displayName"), str):
        body["displayName"] = body["displayName"][:-1] + "?"
        answer.set_json(body)


def _no_auth(request: Request) -> None:
    request.set("Authorization", "Bearer fuzz-admin")


def _wrong_content_type(request: Request, answer: Answer) -> None:
    if 200 <= answer.status < 300 and answer.body:
        answer.set("Content-Type", "text/plain")


def _no_etag(request: Request, answer: Answer) -> None:
    answer.without("ETag")


def _stale_replays(fault: Fault) -> Callable[[Request, Answer], None]:
    """Replays answer the first response kept as it was (`original-response`), where the
    spec says they answer the resource as it is now (Akua's `existing-resource`)."""

    def answer(request: Request, answer: Answer) -> None:
        key = next((v for k, v in request.headers if k.lower() == b"idempotency-key"), None)
        if key is None or not 200 <= answer.status < 300:
            return
        seen = fault.state.setdefault("first", {})
        first = seen.setdefault((request.method, request.path, key, request.body), answer.body)
        answer.body = first

    return answer


def stale_replays() -> Fault:
    """Outside `faults()`, whose list docs/benchmarks.md counts (make bench)."""
    fault = Fault("idempotent replay stale", "akua", "idempotency")
    fault.answer = _stale_replays(fault)
    return fault


_KUPE_CLUSTER = {
    "name": "accepted",
    "displayName": "Accepted",
    "type": "shared",
    "version": "1.31",
    "resources": {"cpu": "4", "memory": "4", "storage": "4"},
    "status": {"phase": "Pending"},
    "createdAt": "2026-01-01T00:00:00Z",
    "resourceVersion": "1",
}


def faults() -> list[Fault]:
    found = [
        Fault(
            "required response field dropped",
            "kupe",
            "response_schema_conformance",
            answer=_drop_required,
        ),
        Fault("wrong type", "kupe", "response_schema_conformance", answer=_wrong_type),
        Fault(
            "undocumented status", "kupe", "status_code_conformance", answer=_undocumented_status
        ),
        Fault("500 on some input", "kupe", "not_a_server_error", answer=_server_error),
        Fault("invalid input accepted", "kupe", "negative_data_rejection", answer=_accept_invalid),
        Fault("If-Match ignored", "kupe", "concurrency", request=_ignore_if_match),
        Fault("idempotent replay duplicating", "akua", "idempotency", request=_duplicate_replays),
        Fault("field mask ignored", "coreweave-cks", "field_mask", request=_ignore_mask),
        Fault("auth not checked", "kupe", "ignored_auth", request=_no_auth),
        Fault("read differs from write", "kupe", "read_back", answer=_stored_differently),
        Fault("wrong content type", "kupe", "content_type_conformance", answer=_wrong_content_type),
        # the spec declares ETag on Kupe's answers, so the built-in header check owns this one
        Fault("ETag missing", "kupe", "response_headers_conformance", answer=_no_etag),
    ]
    regress = Fault("lifecycle regressing", "kupe", "lifecycle")
    regress.answer = _regress(regress)
    return [*found, regress]
