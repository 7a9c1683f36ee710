"""`serve`: requests per second and p50/p99 latency of the Kupe reference server (GET one
cluster, POST create) against Prism's mock server on the same spec, in the same run, both driven
by one Python load generator over keep-alive connections on loopback."""

from __future__ import annotations

import asyncio
import http.client
import json
import multiprocessing
import os
import selectors
import socket
import sqlite3
import subprocess
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

from generator.serve.server import ChildServer
from generator.serve.store import Record, Store

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "specs" / "kupe.yaml"
PRISM = ROOT / "node_modules" / ".bin" / "prism"
CLUSTERS = "/api/v1/tenants/acme/clusters"
ONE = "bench-get"  # the cluster every GET reads, created before the runs

# Two client processes (the machine has two cores) of four keep-alive connections each.
PROCESSES = 2
CONNECTIONS = 4
WARMUP = 1.0
DURATION = 3.0
# Ours and Prism take turns, case by case, and each keeps its best round: load from elsewhere
# on a shared machine only ever slows a round down, and Prism's JIT needs a few seconds.
ROUNDS = 3


@dataclass(frozen=True)
class Case:
    """What the workers send: a GET of one path, or a POST of a new cluster per request
    (its name made unique across the whole run by `prefix`)."""

    name: str
    method: str
    path: str
    expected: int
    prefix: str = ""


GET = Case("GET one cluster", "GET", f"{CLUSTERS}/{ONE}", 200)


def post(prefix: str) -> Case:
    return Case("POST create", "POST", CLUSTERS, 201, prefix)


@dataclass
class Tally:
    """One worker's outcome. Only answers completed inside the measured window count for the
    rate and latencies; `ok` counts every expected answer, warm-up and drain included."""

    latencies: list[float] = field(default_factory=list)
    errors: int = 0
    unexpected: dict[int, int] = field(default_factory=dict)
    ok: int = 0
    cpu: float = 0.0
    answers: int = 0


@dataclass(frozen=True)
class Load:
    rps: float
    p50: float  # milliseconds
    p99: float
    errors: int
    unexpected: dict[int, int]
    ok: int
    cpu_per_request: float  # seconds of client CPU


# --- the load generator -------------------------------------------------------------------


def _request(case: Case, host: str, port: int, worker: int, n: int) -> bytes:
    head = (
        f"{case.method} {case.path} HTTP/1.1\r\nHost: {host}:{port}\r\nAuthorization: Bearer t\r\n"
    )
    if case.method == "GET":
        return (head + "\r\n").encode()
    body = json.dumps(
        {
            "name": f"{case.prefix}-{worker}-{n}",
            "displayName": "C",
            "type": "shared",
            "version": "1.31",
        }
    ).encode()
    return (
        head + f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body


def _answer(buffer: bytes) -> tuple[int, int] | None:
    """(status, length of the whole answer) once `buffer` holds a complete answer."""
    end = buffer.find(b"\r\n\r\n")
    if end < 0:
        return None
    head = buffer[:end].lower()
    at = head.find(b"\r\ncontent-length:")
    if at < 0:  # both servers send Content-Length; anything else would be misread
        raise RuntimeError(f"answer without Content-Length: {buffer[:end]!r}")
    stop = head.find(b"\r\n", at + 2)
    length = int(head[at + 17 : stop if stop >= 0 else len(head)])
    total = end + 4 + length
    return (int(buffer[9:12]), total) if len(buffer) >= total else None


class _Connection:
    def __init__(self, host: str, port: int) -> None:
        self.sock = socket.create_connection((host, port))
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.buffer = b""
        self.sent = 0.0
        self.busy = False


def _drive(case: Case, host: str, port: int, worker: int, start: float) -> Tally:
    """A closed loop on CONNECTIONS keep-alive sockets: the next request goes out as soon as
    the previous answer on its connection is in. Warm up, measure, then stop sending and drain
    what is in flight, so that every request sent is accounted for."""
    measure_from, measure_to = start + WARMUP, start + WARMUP + DURATION
    tally, n = Tally(), 0
    selector = selectors.DefaultSelector()
    connections = [_Connection(host, port) for _ in range(CONNECTIONS)]
    for connection in connections:
        selector.register(connection.sock, selectors.EVENT_READ, connection)
    time.sleep(max(0.0, start - time.monotonic()))
    cpu = time.process_time()

    def send(connection: _Connection) -> None:
        nonlocal n
        n += 1
        connection.sent = time.monotonic()
        connection.busy = True
        connection.sock.sendall(_request(case, host, port, worker, n))

    for connection in connections:
        send(connection)
    while any(c.busy for c in connections):
        ready = selector.select(timeout=10)
        if not ready:  # a stuck server would otherwise hang the whole run
            raise RuntimeError(f"{host}:{port} answered nothing for 10 s")
        for key, _ in ready:
            connection = key.data
            chunk = connection.sock.recv(65536)
            if not chunk:
                raise RuntimeError(f"{host}:{port} closed a keep-alive connection")
            connection.buffer += chunk
            while (found := _answer(connection.buffer)) is not None:
                status, size = found
                connection.buffer = connection.buffer[size:]
                done = time.monotonic()
                connection.busy = False
                tally.answers += 1
                if status == case.expected:
                    tally.ok += 1
                    if measure_from <= done < measure_to:
                        tally.latencies.append(done - connection.sent)
                else:
                    tally.errors += 1
                    tally.unexpected[status] = tally.unexpected.get(status, 0) + 1
                if done < measure_to:
                    send(connection)
    tally.cpu = time.process_time() - cpu
    for connection in connections:
        connection.sock.close()
    return tally


def load(case: Case, root: str) -> Load:
    url = urlsplit(root)
    host, port = url.hostname or "127.0.0.1", url.port or 80
    # Start every worker at one instant (CLOCK_MONOTONIC is system-wide), after the forks.
    start = time.monotonic() + 0.3
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(PROCESSES, mp_context=context) as pool:
        futures = [pool.submit(_drive, case, host, port, w, start) for w in range(PROCESSES)]
        tallies = [f.result() for f in futures]
    latencies = sorted(x for t in tallies for x in t.latencies)
    unexpected: dict[int, int] = {}
    for t in tallies:
        for status, count in t.unexpected.items():
            unexpected[status] = unexpected.get(status, 0) + count
    if not latencies:  # nothing to measure: the setup is broken, not the server slow
        raise RuntimeError(f"{case.name} on {root}: no {case.expected} at all, only {unexpected}")
    return Load(
        rps=len(latencies) / DURATION,
        p50=1000 * latencies[len(latencies) // 2],
        p99=1000 * latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))],
        errors=sum(t.errors for t in tallies),
        unexpected=unexpected,
        ok=sum(t.ok for t in tallies),
        cpu_per_request=sum(t.cpu for t in tallies) / max(1, sum(t.answers for t in tallies)),
    )


# --- the servers ----------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _call(root: str, method: str, path: str, body: Any = None) -> tuple[int, Any]:
    """One request outside the measurement, to check what a server answers."""
    url = urlsplit(root)
    connection = http.client.HTTPConnection(url.hostname or "127.0.0.1", url.port, timeout=10)
    headers = {"Authorization": "Bearer t", "Content-Type": "application/json"}
    try:
        payload = None if body is None else json.dumps(body)
        connection.request(method, path, body=payload, headers=headers)
        answer = connection.getresponse()
        text = answer.read()
        return answer.status, json.loads(text) if text else None
    finally:
        connection.close()


def _prepare(root: str) -> None:
    """Create the cluster the GETs read, and check that both operations answer as expected."""
    body = {"name": ONE, "displayName": "Bench", "type": "shared", "version": "1.31"}
    created, _ = _call(root, "POST", CLUSTERS, body)
    read, doc = _call(root, "GET", GET.path)
    if (created, read) != (201, 200) or not isinstance(doc, dict) or "name" not in doc:
        raise RuntimeError(f"{root}: create answered {created}, get {read} with {doc!r}")


@contextmanager
def ours(db: Path) -> Iterator[str]:
    server = ChildServer(SPEC, ["--db", str(db)]).start()
    try:
        yield server.root
    finally:
        server.stop()


@contextmanager
def prism() -> Iterator[str]:
    if not PRISM.exists():
        raise RuntimeError(f"{PRISM} is missing: `make bench` installs it (npm ci)")
    port = _free_port()
    root = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [str(PRISM), "mock", str(SPEC), "-h", "127.0.0.1", "-p", str(port), "-v", "fatal"],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    _call(root, "GET", GET.path)
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        raise RuntimeError(
                            f"Prism did not start: {log.read().decode(errors='replace')}"
                        ) from None
                    time.sleep(0.2)
            yield root
        finally:
            process.terminate()
            process.wait(10)


_FIXED = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: application/json\r\n\r\n{}"


class _Fixed(asyncio.Protocol):
    """Answers every (bodiless) request with the same bytes: the fastest server there is."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # uvloop's is not a subclass

    def data_received(self, data: bytes) -> None:
        self.transport.write(_FIXED * data.count(b"\r\n\r\n"))


def _fixed_server(sock: socket.socket) -> None:
    import uvloop

    async def run() -> None:
        server = await asyncio.get_running_loop().create_server(_Fixed, sock=sock)
        await server.serve_forever()

    uvloop.run(run())


async def _empty_app(scope: Any, receive: Any, send: Any) -> None:
    await send(
        {"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"2")]}
    )
    await send({"type": "http.response.body", "body": b"{}"})


def _bare_uvicorn(sock: socket.socket) -> None:
    """uvicorn as the reference server configures it, with an ASGI app that does nothing."""
    import uvicorn

    config = uvicorn.Config(
        _empty_app,
        loop="uvloop",
        http="httptools",
        lifespan="off",
        access_log=False,
        log_level="warning",
    )
    uvicorn.Server(config).run(sockets=[sock])


@contextmanager
def forked(target: Callable[[socket.socket], None]) -> Iterator[str]:
    """A helper server in a forked process, on a socket bound here (so it is ready at once)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(1024)
    process = multiprocessing.get_context("fork").Process(target=target, args=(sock,))
    process.start()
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        process.terminate()
        process.join(10)
        sock.close()


# --- the benchmark --------------------------------------------------------------------------


def _persisted(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        count: int = connection.execute(
            "SELECT count(*) FROM resources WHERE scope = 'acme'"
        ).fetchone()[0]
    return count


def _best(runs: list[Load]) -> Load:
    """The fastest round, with the errors and creates of all rounds."""
    best = max(runs, key=lambda r: r.rps)
    unexpected: dict[int, int] = {}
    for run in runs:
        for status, count in run.unexpected.items():
            unexpected[status] = unexpected.get(status, 0) + count
    return Load(
        best.rps,
        best.p50,
        best.p99,
        sum(r.errors for r in runs),
        unexpected,
        sum(r.ok for r in runs),
        best.cpu_per_request,
    )


def _version(command: list[str]) -> str:
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip()


def _apart(tmp: Path, commits: int = 3000) -> dict[str, Any]:
    """A create's insert and commit to a SQLite file through the server's store, timed on
    their own, each commit apart (a stall would show as a slow one)."""
    store = Store(tmp / "apart.sqlite3", "kupe")
    doc = {"displayName": "C", "type": "shared", "version": "1.31", "status": {"phase": "P"}}
    times = []
    try:
        for n in range(commits):
            record = Record("cluster", "acme", f"c-{n}", {**doc, "name": f"c-{n}"})
            start = time.perf_counter()
            with store.transaction():
                store.insert(record)
            times.append(time.perf_counter() - start)
    finally:
        store.close()
    slow = [t for t in times if t > 0.002]
    return {
        "commit_us": 1e6 * sum(times) / commits,
        "commits": commits,
        "slow": len(slow),
        "max_ms": 1000 * max(times),
        "slow_share": sum(slow) / sum(times),
    }


def measure() -> dict[str, Any]:
    runs: dict[str, list[Load]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "kupe.sqlite3"
        with ours(db) as mine, prism() as theirs:
            _prepare(mine)
            _prepare(theirs)
            for turn in range(ROUNDS):
                for verb in ("GET", "POST"):
                    for server, root in (("ours", mine), ("prism", theirs)):
                        case = GET if verb == "GET" else post(f"{server[0]}{turn}")
                        runs.setdefault(f"{server} {verb}", []).append(load(case, root))
        persisted = _persisted(db)  # after ours stopped, from the file alone
        apart = _apart(Path(tmp))
    with forked(_bare_uvicorn) as root:
        runs["uvicorn GET"] = [load(GET, root)]
    with forked(_fixed_server) as root:
        runs["fixed GET"] = [load(GET, root)]
    results: dict[str, Any] = {name: _best(loads) for name, loads in runs.items()}
    results["acknowledged"] = 1 + results["ours POST"].ok
    results["persisted"] = persisted
    results["apart"] = apart
    results["prism"] = _version([str(PRISM), "--version"])
    results["node"] = _version(["node", "--version"])
    return results


def _row(case: str, server: str, r: Load, peer: Load) -> str:
    errors = f"{r.errors}" + (f" {r.unexpected}" if r.unexpected else "")
    return (
        f"| {case} | {server} | {r.rps:,.0f} | {r.p50:.2f} | {r.p99:.2f} | {errors} "
        f"| {r.rps / peer.rps:.2f}x |"
    )


def _verdict(met: bool) -> str:
    return "met" if met else "NOT met"


def _wrap(text: str, indent: str = "") -> list[str]:
    """A paragraph or list item as lines of at most 92 characters (figures vary in width)."""
    return textwrap.wrap(text, 92, subsequent_indent=indent, break_on_hyphens=False)


def report(r: dict[str, Any]) -> str:
    get_ratio = r["ours GET"].rps / r["prism GET"].rps
    post_ratio = r["ours POST"].rps / r["prism POST"].rps
    measured = [r[k] for k in ("ours GET", "ours POST", "prism GET", "prism POST")]
    headroom = r["fixed GET"].rps / max(m.rps for m in measured)
    client_us = 1e6 * r["ours GET"].cpu_per_request
    apart = r["apart"]
    setup = (
        "Kupe's spec: GET of one cluster, and POST of a new cluster with a unique name per "
        "request. One Python load generator drives both servers on loopback: "
        f"{PROCESSES} processes of {CONNECTIONS} keep-alive connections, each sending its next "
        f"request as soon as its answer is in. A round is {WARMUP:.0f} s of warm-up and "
        f"{DURATION:.0f} s measured; ours and Prism take turns for {ROUNDS} rounds of each "
        "case, and each shows its best round (Prism's JIT warms up over the first rounds). "
        "Errors are answers other than 200 (GET) or 201 (POST), over all rounds, warm-up "
        "included; they are not counted as requests."
    )
    servers = [
        "- **ours** is `python -m generator serve specs/kupe.yaml --db FILE`: it authenticates, "
        "validates every request, and keeps state in a SQLite file, each create committed "
        "before its answer.",
        f"- **Prism** is `prism mock specs/kupe.yaml -v fatal` ({r['prism']} on Node "
        f"{r['node']}): it validates the request and answers the spec's example; it keeps no "
        "state.",
        "- **bare uvicorn** is uvicorn as ours runs it, with an ASGI app that only answers "
        "`{}`: the floor under ours, before any of our code runs.",
        "- **fixed answer** is a uvloop protocol that writes the same bytes for every request: "
        "the ceiling of this load generator on this machine.",
    ]
    checks = (
        f"Ours held {r['persisted']:,} clusters in its database file after it stopped, for "
        f"{r['acknowledged']:,} acknowledged creates (warm-up included). The load generator "
        f"spends about {client_us:.0f} us of CPU per request and drives a trivial server "
        f"{headroom:.1f}x faster than ours or Prism at their fastest, "
        + (
            f"so it is not what limits them; it does share the {os.cpu_count()} cores with "
            "the servers."
            if headroom >= 3
            else "so it may be part of what limits them: read the ratios, not the rates."
        )
    )
    costs = (
        "A create's insert and commit to a SQLite file, measured apart in this run, take "
        f"{apart['commit_us']:.0f} us on average. "
        + (
            f"{apart['slow']} of {apart['commits']:,} commits took over 2 ms (up to "
            f"{apart['max_ms']:.0f} ms), {apart['slow_share']:.0%} of all commit time."
            if apart["slow"]
            else f"No commit of {apart['commits']:,} took over 2 ms: the store checkpoints "
            "its WAL (the step that fsyncs) on a thread of its own, off the request path."
        )
    )
    lines = [
        "## Reference server (`serve`)",
        "",
        *_wrap(setup),
        "",
        *(line for item in servers for line in _wrap(item, "  ")),
        "",
        "| case | server | requests/s | p50 ms | p99 ms | errors | vs Prism |",
        "|---|---|---:|---:|---:|---:|---:|",
        _row("GET one cluster", "ours", r["ours GET"], r["prism GET"]),
        _row("GET one cluster", "Prism", r["prism GET"], r["prism GET"]),
        _row("POST create", "ours", r["ours POST"], r["prism POST"]),
        _row("POST create", "Prism", r["prism POST"], r["prism POST"]),
        _row("GET, empty app", "bare uvicorn", r["uvicorn GET"], r["prism GET"]),
        _row("GET, fixed answer", "load generator", r["fixed GET"], r["prism GET"]),
        "",
        *_wrap(checks),
        "",
        "Targets, as met in this run:",
        "",
        f"- GET one cluster >= 1x Prism: {get_ratio:.2f}x, {_verdict(get_ratio >= 1)}",
        f"- POST create >= 1x Prism: {post_ratio:.2f}x, {_verdict(post_ratio >= 1)}",
        f"- no errors: {_verdict(all(m.errors == 0 for m in measured))}",
        f"- every acknowledged create persisted: {_verdict(r['persisted'] == r['acknowledged'])}",
        "",
        *_wrap(costs),
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(report(measure()))
