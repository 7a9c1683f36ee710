"""Running a reference server: on uvicorn in the foreground (the `serve` command), in a
background thread of the caller's process, or as a child process; the last two for tests."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import uvicorn

from generator.errors import ServerStartError, UsageError
from generator.serve.app import ReferenceApp
from generator.serve.config import MEMORY, ServeConfig
from generator.serve.lifecycle import Mode
from generator.spec.catalog import spec_path

_URL = re.compile(r"at (http://\S+)")


class _Server(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        """uvicorn's, except that a SIGINT or SIGTERM that asked for the graceful stop is not
        raised again afterwards: the stop is clean, so the command exits 0."""
        with super().capture_signals():
            yield
            self._captured_signals.clear()


def _uvicorn(app: ReferenceApp) -> uvicorn.Server:
    return _Server(
        uvicorn.Config(
            app,
            loop="uvloop" if sys.platform != "win32" else "asyncio",
            http="httptools",
            lifespan="off",
            access_log=False,
            log_level="warning",
            # Let a client's keep-alive connections idle as long as a test run may take.
            timeout_keep_alive=30,
        )
    )


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        raise UsageError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def base_url(sock: socket.socket, app: ReferenceApp) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}{app.base_path}"


def serve(
    config: ServeConfig, host: str, port: int, announce: Callable[[str], None] = print
) -> None:
    """Serve until SIGINT or SIGTERM (uvicorn's own handlers: finish in-flight requests, then
    close the store)."""
    sock = bind(host, port)  # first: a port in use then leaves no store open behind it
    try:
        app = ReferenceApp(config)
    except BaseException:
        sock.close()
        raise
    server = _uvicorn(app)
    announce(
        f"serving {app.api.title} at {base_url(sock, app)} "
        f"(db {config.db}, lifecycle {config.lifecycle}; admin under /_reference)"
    )
    try:
        server.run(sockets=[sock])
    finally:
        app.close()
        sock.close()


class ThreadedServer:
    """A reference server on a free port, in a daemon thread of this process."""

    def __init__(
        self,
        config: ServeConfig,
        host: str = "127.0.0.1",
        wrap: Callable[[Any], Any] | None = None,
    ) -> None:
        """`wrap` puts ASGI middleware around the app (tests use it to inject faults)."""
        self.app = ReferenceApp(config)
        self._sock = bind(host, 0)
        self.url = base_url(self._sock, self.app)
        self.root = self.url[: len(self.url) - len(self.app.base_path)]
        self._server = _uvicorn(wrap(self.app) if wrap is not None else self.app)
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]}, daemon=True
        )

    def start(self) -> ThreadedServer:
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise ServerStartError("the reference server did not start")
            time.sleep(0.005)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        self._thread.join(10)
        self._sock.close()
        self.app.close()


class ChildServer:
    """A reference server as a separate `python -m generator serve` process, as a user runs
    it; `kill()` ends it without warning (SIGKILL), `stop()` asks it to (SIGTERM)."""

    def __init__(self, spec: Path, arguments: Sequence[str] = ()) -> None:
        self.command = [
            sys.executable,
            "-m",
            "generator",
            "serve",
            str(spec),
            "--port",
            "0",
            *arguments,
        ]
        self.process: subprocess.Popen[str] | None = None
        self.url = ""

    def start(self) -> ChildServer:
        self.process = subprocess.Popen(
            self.command,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        found = _URL.search(line)
        if found is None:
            self.process.kill()
            _, error = self.process.communicate(timeout=10)
            raise ServerStartError(f"the reference server did not start: {line}{error}")
        self.url = found.group(1)
        return self

    @property
    def root(self) -> str:
        match = re.match(r"http://[^/]+", self.url)
        return match.group(0) if match else self.url

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(10)
        self._drain()

    def stop(self) -> int:
        assert self.process is not None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(10)
        self._drain()
        return code

    def _drain(self) -> None:
        if self.process is not None:
            for stream in (self.process.stdout, self.process.stderr):
                if stream is not None:
                    stream.close()


@contextlib.contextmanager
def reference_server(
    api: str | Path,
    *,
    db: str = MEMORY,
    tokens: dict[str, frozenset[str] | None] | None = None,
    lifecycle: str = "immediate",
    check_responses: bool = True,
) -> Iterator[str]:
    """A running reference server of one API (a name such as "kupe", or a spec path) for the
    length of the block; yields the base URL a client is given (the spec's server path
    included). Responses are checked against the spec, and the block fails on any that is
    not allowed."""
    config = ServeConfig(
        spec=spec_path(api),
        db=db,
        tokens=dict(tokens or {}),
        lifecycle=Mode.parse(lifecycle),
        check_responses=check_responses,
    )
    server = ThreadedServer(config).start()
    try:
        yield server.url
    finally:
        violations = list(server.app.response_violations)
        server.stop()
    if violations:
        raise AssertionError(f"the reference server answered off-spec: {violations}")
