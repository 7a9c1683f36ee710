"""A minimal spec-driven HTTP server for testing generated clients: it routes with the spec,
validates every request with our validator, and answers the operation's documented success
example. It can also be told to fail the next requests, which the retry tests need and the
reference servers of `serve` do not do."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from generator.apimodel.samples import media_example, parameter_text
from generator.validate import Validator, Violation


@dataclass
class Seen:
    method: str
    path: str
    query: str
    operation: str | None
    headers: dict[str, str]
    body: bytes
    violations: list[Violation]


@dataclass
class Stub:
    validator: Validator
    seen: list[Seen] = field(default_factory=list)
    # (status, headers) answers to give before the normal one, consumed in order
    failures: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    # per operation: (status, headers, JSON body or raw bytes) answers, consumed in order
    # before the example
    answers: dict[str, list[tuple[int, dict[str, str], Any]]] = field(default_factory=dict)
    base_url: str = ""


def _handler(stub: Stub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            routed = stub.validator.api.match(self.command, parts.path)
            headers = dict(self.headers.items())
            if routed is None:
                stub.seen.append(
                    Seen(self.command, parts.path, parts.query, None, headers, body, [])
                )
                self._send(404, {}, b"")
                return
            operation, path_params = routed
            result = stub.validator.validate_request(
                operation,
                path_params=path_params,
                query=parse_qsl(parts.query),
                headers=list(self.headers.items()),
                body=body,
            )
            stub.seen.append(
                Seen(
                    self.command,
                    parts.path,
                    parts.query,
                    operation.key,
                    headers,
                    body,
                    list(result.violations),
                )
            )
            if stub.failures:
                status, extra = stub.failures.pop(0)
                self._send(status, extra, b"")
                return
            queued = stub.answers.get(operation.key)
            if queued:
                status, extra, document = queued.pop(0)
                # bytes go out as they are (a body that is not JSON); anything else as JSON
                if isinstance(document, bytes):
                    payload = document
                else:
                    payload = b"" if document is None else json.dumps(document).encode()
                content = {"Content-Type": "application/json"} if payload else {}
                self._send(status, {**content, **extra}, payload)
                return
            response = operation.success  # the model's one success rule, as serve's
            assert response is not None, f"{operation.key} documents no success"
            status = operation.success_status
            out_headers = {h.name: parameter_text(h) for h in response.headers}
            payload = b""
            if response.content:
                media = next(iter(response.content.values()))
                payload = json.dumps(media_example(stub.validator.api, media)).encode()
                out_headers["Content-Type"] = media.name
            self._send(int(status), out_headers, payload)

        def _send(self, status: int, headers: dict[str, str], payload: bytes) -> None:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        def log_message(self, *args: Any) -> None:
            pass

    return Handler


@contextmanager
def serve(validator: Validator) -> Iterator[Stub]:
    stub = Stub(validator)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(stub))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    stub.base_url = f"http://127.0.0.1:{httpd.server_port}{validator.api.base_path}"
    try:
        yield stub
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()
