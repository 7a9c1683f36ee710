"""In-process mode: httpx transports that hand requests straight to a `ReferenceApp`, with no
socket in between (what moto's decorators are to its server mode). Give one to a generated
client with `client.set_httpx_client(httpx.Client(transport=InProcessTransport(app), ...))`."""

from __future__ import annotations

import httpx

from generator.serve.app import ReferenceApp


def _call(app: ReferenceApp, request: httpx.Request, body: bytes) -> httpx.Response:
    headers = [(k.decode("latin-1").lower(), v.decode("latin-1")) for k, v in request.headers.raw]
    scope = {"query_string": request.url.query}
    too_large = len(body) > app.config.max_body
    status, out, payload = app.respond(
        request.method, request.url.raw_path, scope, headers, None if too_large else body
    )
    return httpx.Response(status, headers=out, content=payload, request=request)


class InProcessTransport(httpx.BaseTransport):
    def __init__(self, app: ReferenceApp) -> None:
        self.app = app

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return _call(self.app, request, request.read())


class AsyncInProcessTransport(httpx.AsyncBaseTransport):
    def __init__(self, app: ReferenceApp) -> None:
        self.app = app

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return _call(self.app, request, await request.aread())
