"""The reference servers' storage, as the issue asks for it: SQLite through the standard
library, a file by default (`--db`), `:memory:` for tests, WAL mode, one transaction per write;
data survives a restart, a `kill -9` during writes loses no acknowledged write, and of N
concurrent updates with the same `If-Match` exactly one succeeds, within a process and across
processes sharing one file. Everything runs for real: servers on 127.0.0.1, HTTP, SQLite files
in tmp_path, child processes ended by real signals."""

from __future__ import annotations

import contextlib
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from generator.errors import UsageError
from generator.serve import ChildServer, ThreadedServer
from generator.serve.store import Record, Replay, Store
from generator.spec.catalog import spec_path
from tests.serve.conftest import AUTH

KUPE = "/api/v1/tenants/{tenant}/clusters"
REPO = Path(__file__).resolve().parents[2]


def client(url: str) -> httpx.Client:
    return httpx.Client(base_url=url, headers=AUTH, timeout=10)


def pragma(db: Path, name: str) -> Any:
    """A PRAGMA's value, read by a connection of our own."""
    with contextlib.closing(sqlite3.connect(db)) as connection:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]


def new_kupe(name: str, **fields: Any) -> dict[str, Any]:
    return {"name": name, "displayName": name.title(), "type": "shared", **fields}


class Children:
    """Child servers (`python -m generator serve --check-responses`) started by one test. What
    each answered off-spec is collected before it ends, and fails the test at teardown."""

    def __init__(self) -> None:
        self.running: list[ChildServer] = []
        self.off_spec: list[Any] = []

    def start(self, api: str, *arguments: str) -> ChildServer:
        child = ChildServer(spec_path(api), ["--check-responses", *arguments]).start()
        self.running.append(child)
        return child

    def stop(self, child: ChildServer) -> int:
        """SIGTERM; the exit code."""
        self.collect(child)
        self.running.remove(child)
        return child.stop()

    def kill(self, child: ChildServer) -> None:
        """SIGKILL, without warning."""
        self.collect(child)
        self.running.remove(child)
        child.kill()

    def collect(self, child: ChildServer) -> None:
        answer = httpx.get(f"{child.root}/_reference/violations", timeout=10)
        self.off_spec += answer.json()["violations"]


@pytest.fixture
def children() -> Iterator[Children]:
    started = Children()
    yield started
    for child in started.running:
        with contextlib.suppress(httpx.HTTPError):  # a server that cannot answer has failed
            started.collect(child)
        child.kill()
    assert started.off_spec == [], started.off_spec


def snapshot(url: str, tenants: list[str]) -> dict[str, Any]:
    """Every cluster of these tenants as the server shows it: each list in order, and each
    cluster's body and ETag."""
    seen: dict[str, Any] = {}
    with client(url) as http:
        for tenant in tenants:
            listed = http.get(KUPE.format(tenant=tenant))
            assert listed.status_code == 200
            seen[tenant] = listed.json()["items"]
            for item in seen[tenant]:
                one = http.get(f"{KUPE.format(tenant=tenant)}/{item['name']}")
                assert one.status_code == 200
                seen[f"{tenant}/{item['name']}"] = (one.json(), one.headers["ETag"])
    return seen


# --- restarts ---------------------------------------------------------------------------------


def test_a_restart_on_the_same_file_keeps_every_cluster_version_and_etag(
    tmp_path: Path, children: Children
) -> None:
    """Clusters of two tenants, some updated, read back identically (bodies, ETags, list order)
    from a new process on the same file after SIGTERM; the version counter carries on, so an
    ETag read before the restart still guards an update after it. The file is in WAL mode."""
    db = tmp_path / "kupe.sqlite3"
    first = children.start("kupe", "--db", str(db))
    with client(first.url) as http:
        for tenant, names in {"acme": ["prod", "staging", "dev"], "globex": ["edge"]}.items():
            for name in names:
                created = http.post(KUPE.format(tenant=tenant), json=new_kupe(name))
                assert created.status_code == 201, created.text
        staging = f"{KUPE.format(tenant='acme')}/staging"
        for version in ("1.31", "1.32"):
            etag = http.get(staging).headers["ETag"]
            changed = http.patch(staging, json={"version": version}, headers={"If-Match": etag})
            assert changed.status_code == 200, changed.text
    before = snapshot(first.url, ["acme", "globex"])
    # Versions count writes across the database: four creates, then two updates of staging.
    assert before["acme/staging"][0]["resourceVersion"] == "6"
    children.stop(first)

    assert pragma(db, "journal_mode") == "wal"
    second = children.start("kupe", "--db", str(db))
    assert snapshot(second.url, ["acme", "globex"]) == before
    with client(second.url) as http:
        stale = http.patch(staging, json={"version": "1.0"}, headers={"If-Match": '"2"'})
        assert stale.status_code == 412
        fresh = http.patch(
            staging, json={"version": "1.33"}, headers={"If-Match": before["acme/staging"][1]}
        )
        assert fresh.status_code == 200, fresh.text
        assert fresh.json()["resourceVersion"] == "7"  # the counter carried on


def test_sigterm_exits_cleanly_and_closes_the_store(tmp_path: Path, children: Children) -> None:
    """`serve` stops on SIGTERM with exit code 0 after closing its store: the last connection's
    close checkpoints the WAL into the database file and removes it."""
    db = tmp_path / "kupe.sqlite3"
    child = children.start("kupe", "--db", str(db))
    with client(child.url) as http:
        assert http.post(KUPE.format(tenant="acme"), json=new_kupe("prod")).status_code == 201
    assert Path(f"{db}-wal").exists()
    code = children.stop(child)
    assert code == 0, f"SIGTERM ended the server with {code}, not a clean exit"
    assert not Path(f"{db}-wal").exists(), "the store was not closed: its WAL is still there"


def test_memory_keeps_nothing_across_a_restart(children: Children) -> None:
    """With `--db :memory:` a new process starts empty, and no file of that name is made."""
    first = children.start("kupe", "--db", ":memory:")
    with client(first.url) as http:
        assert http.post(KUPE.format(tenant="acme"), json=new_kupe("prod")).status_code == 201
        assert len(http.get(KUPE.format(tenant="acme")).json()["items"]) == 1
    children.stop(first)
    second = children.start("kupe", "--db", ":memory:")
    with client(second.url) as http:
        assert http.get(KUPE.format(tenant="acme")).json() == {"items": []}
        assert http.get(f"{KUPE.format(tenant='acme')}/prod").status_code == 404
    assert not (REPO / ":memory:").exists()


def test_without_db_the_state_is_a_file_in_the_working_directory(
    tmp_path: Path, children: Children
) -> None:
    """`serve` without `--db` keeps its state in `.one-spec/<api>.sqlite3` of the working
    directory, from which a later server (given that file) reads it back."""
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "kupe", "--port", "0"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"at (http://\S+)", line)
        assert found is not None, line
        with client(found.group(1)) as http:
            created = http.post(KUPE.format(tenant="acme"), json=new_kupe("prod"))
            assert created.status_code == 201, created.text
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()
    db = tmp_path / ".one-spec" / "kupe.sqlite3"
    assert f"db {db}," in line
    later = children.start("kupe", "--db", str(db))
    with client(later.url) as http:
        again = http.get(f"{KUPE.format(tenant='acme')}/prod")
        assert again.status_code == 200
        assert again.json() == created.json()


# --- durability -------------------------------------------------------------------------------


def test_every_acknowledged_write_is_already_committed(
    tmp_path: Path, serve: Callable[..., ThreadedServer]
) -> None:
    """One transaction per write, committed before the answer: as soon as a create or update
    is answered, another connection to the file sees it."""
    db = tmp_path / "kupe.sqlite3"
    server = serve("kupe", db=str(db))
    other = Store(db, "kupe")
    try:
        with client(server.url) as http:
            for i in range(5):
                name = f"c{i}"
                assert http.post(KUPE.format(tenant="acme"), json=new_kupe(name)).status_code == 201
                seen = other.get("cluster", "acme", name)
                assert seen is not None
                created = seen.version
                item = f"{KUPE.format(tenant='acme')}/{name}"
                assert http.patch(item, json={"version": "1.32"}).status_code == 200
                seen = other.get("cluster", "acme", name)
                assert seen is not None
                assert seen.version > created
                assert seen.doc["version"] == "1.32"
    finally:
        other.close()


def test_kill_9_during_writes_loses_no_acknowledged_write(
    tmp_path: Path, children: Children
) -> None:
    """Eight clients create and update clusters as fast as they can; the server is SIGKILLed
    mid-stream. On the same file a new server has every create and update that was answered,
    nothing that was never asked for, and every cluster reads back valid (checked against the
    spec by the new server) from a database whose integrity check passes."""
    db = tmp_path / "kupe.sqlite3"
    server = children.start("kupe", "--db", str(db))
    lock = threading.Lock()
    asked: set[str] = set()
    created: set[str] = set()
    updated: dict[str, str] = {}
    refused: list[str] = []
    enough = threading.Event()

    def write(worker: int) -> None:
        with client(server.url) as http:
            for i in range(10_000):
                name = f"w{worker}-{i}"
                with lock:
                    asked.add(name)
                try:
                    answer = http.post(KUPE.format(tenant="acme"), json=new_kupe(name))
                    if answer.status_code != 201:
                        refused.append(f"create {name}: {answer.status_code} {answer.text}")
                        return
                    with lock:
                        created.add(name)
                    version = f"1.{i}"
                    answer = http.patch(
                        f"{KUPE.format(tenant='acme')}/{name}",
                        json={"version": version},
                        headers={"If-Match": answer.headers["ETag"]},
                    )
                    if answer.status_code != 200:
                        refused.append(f"update {name}: {answer.status_code} {answer.text}")
                        return
                    with lock:
                        updated[name] = version
                        if len(created) >= 120:
                            enough.set()
                except httpx.TransportError:
                    return  # the server is gone

    with ThreadPoolExecutor(8) as pool:
        workers = [pool.submit(write, n) for n in range(8)]
        assert enough.wait(60), "the writers never got far enough"
        children.kill(server)
        for worker in workers:
            worker.result()
    assert refused == []

    restarted = children.start("kupe", "--db", str(db))
    stored = snapshot(restarted.url, ["acme"])
    names = {item["name"] for item in stored["acme"]}
    assert created <= names, f"acknowledged creates lost: {sorted(created - names)}"
    assert names <= asked
    for name, version in updated.items():
        body, etag = stored[f"acme/{name}"]
        assert body["version"] == version
        assert etag == f'"{body["resourceVersion"]}"'
    children.stop(restarted)
    assert pragma(db, "integrity_check") == "ok"


# --- concurrent conditional updates ------------------------------------------------------------


@dataclass(frozen=True)
class Flavour:
    """How one API creates a cluster, carries its version and refuses a stale precondition."""

    api: str
    collection: str
    new: dict[str, Any]
    id_field: str
    precondition: str
    refusal: int
    token: Callable[[httpx.Response], str]  # the version token an answer carries
    # the current token a refusal reports, where the spec says it does
    reported: Callable[[httpx.Response], str] | None
    change: Callable[[int], dict[str, Any]]

    def item(self, created: httpx.Response) -> str:
        return f"{self.collection}/{created.json()[self.id_field]}"


def _aborted(answer: httpx.Response) -> str:
    body = answer.json()
    assert body["code"] == "ABORTED"
    return str(body["metadata"]["etag"])


FLAVOURS = [
    Flavour(
        "kupe",
        KUPE.format(tenant="acme"),
        new_kupe("race"),
        "name",
        "If-Match",
        412,
        token=lambda answer: answer.headers["ETag"],
        reported=None,
        change=lambda n: {"version": f"1.{n}"},
    ),
    Flavour(
        "akua",
        "/clusters",
        {"name": "race", "region_id": "us-east-1", "provider": "managed_kaas"},
        "id",
        "if-match",
        409,
        token=lambda answer: str(answer.json()["etag"]),
        reported=_aborted,
        change=lambda n: {"name": f"race-{n}"},
    ),
]
RACERS = 16


@contextlib.contextmanager
def racers(urls: list[str]) -> Iterator[list[httpx.Client]]:
    """RACERS clients, spread over the servers at `urls`."""
    clients = [client(urls[n % len(urls)]) for n in range(RACERS)]
    try:
        yield clients
    finally:
        for http in clients:
            http.close()


def race(flavour: Flavour, clients: list[httpx.Client], item: str, token: str) -> str:
    """The clients send the same conditional update at once: exactly one wins, every other is
    refused (naming the winner's version where the API says so), and the version went up by
    exactly one, to the winner's change, as every server sees it. Returns the new token."""
    for http in clients:  # connected first, so that the updates leave together
        assert http.get(item).status_code == 200
    start = threading.Barrier(len(clients))

    def update(n: int) -> httpx.Response:
        start.wait()
        return clients[n].patch(item, json=flavour.change(n), headers={flavour.precondition: token})

    with ThreadPoolExecutor(len(clients)) as pool:
        answers = list(pool.map(update, range(len(clients))))
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200] + [flavour.refusal] * (len(clients) - 1), statuses
    winner = next(n for n, a in enumerate(answers) if a.status_code == 200)
    current = flavour.token(answers[winner])
    assert int(current.strip('"')) == int(token.strip('"')) + 1
    if flavour.reported is not None:
        assert {flavour.reported(a) for a in answers if a.status_code != 200} == {current}
    for http in {str(c.base_url): c for c in clients}.values():
        final = http.get(item)
        assert flavour.token(final) == current
        assert flavour.change(winner).items() <= final.json().items()
    return current


def race_on(flavour: Flavour, url: str) -> None:
    """Create a resource on one server, then race conditional updates of it there."""
    with client(url) as http:
        created = http.post(flavour.collection, json=flavour.new)
        assert created.status_code == 201, created.text
    with racers([url]) as clients:
        race(flavour, clients, flavour.item(created), flavour.token(created))


@pytest.mark.parametrize("flavour", FLAVOURS, ids=lambda f: f.api)
def test_one_of_concurrent_conditional_updates_wins_in_a_threaded_server(
    flavour: Flavour, serve: Callable[..., ThreadedServer]
) -> None:
    """Sixteen PATCHes with the same precondition, at once, to an in-process server."""
    race_on(flavour, serve(flavour.api).url)


@pytest.mark.parametrize("flavour", FLAVOURS, ids=lambda f: f.api)
def test_one_of_concurrent_conditional_updates_wins_in_a_server_process(
    flavour: Flavour, tmp_path: Path, children: Children
) -> None:
    """Sixteen PATCHes with the same precondition, at once, to `serve` on a file."""
    race_on(flavour, children.start(flavour.api, "--db", str(tmp_path / "state.sqlite3")).url)


@pytest.mark.parametrize("flavour", FLAVOURS, ids=lambda f: f.api)
def test_one_of_concurrent_conditional_updates_wins_across_processes_on_one_file(
    flavour: Flavour, tmp_path: Path, children: Children
) -> None:
    """Two server processes on ONE database file, each taking half of the racing PATCHes, for
    several rounds: still exactly one winner a round. No in-process lock spans two processes,
    so this is the database's compare-and-swap at work."""
    db = str(tmp_path / "state.sqlite3")
    servers = [children.start(flavour.api, "--db", db) for _ in range(2)]
    with client(servers[0].url) as http:
        created = http.post(flavour.collection, json=flavour.new)
        assert created.status_code == 201, created.text
    item, token = flavour.item(created), flavour.token(created)
    with racers([s.url for s in servers]) as clients:
        for _ in range(4):
            token = race(flavour, clients, item, token)


def test_unconditional_updates_across_processes_all_land(
    tmp_path: Path, children: Children
) -> None:
    """Sixteen PATCHes without If-Match, each adding its own alert key, at once through two
    processes on one file: every change is in the result and the version went up by sixteen
    (each update read the cluster inside its own write transaction)."""
    db = str(tmp_path / "kupe.sqlite3")
    servers = [children.start("kupe", "--db", db) for _ in range(2)]
    item = f"{KUPE.format(tenant='acme')}/prod"
    with client(servers[0].url) as http:
        assert http.post(KUPE.format(tenant="acme"), json=new_kupe("prod")).status_code == 201
    with racers([s.url for s in servers]) as clients:
        for http in clients:
            assert http.get(item).status_code == 200
        start = threading.Barrier(RACERS)

        def update(n: int) -> int:
            start.wait()
            return clients[n].patch(item, json={"alerts": {f"k{n}": n}}).status_code

        with ThreadPoolExecutor(RACERS) as pool:
            assert list(pool.map(update, range(RACERS))) == [200] * RACERS
        final = clients[1].get(item).json()
    assert final["alerts"] == {f"k{n}": n for n in range(RACERS)}
    assert final["resourceVersion"] == str(1 + RACERS)


def test_one_idempotent_create_across_processes_on_one_file(
    tmp_path: Path, children: Children
) -> None:
    """Sixteen Akua creates with the same idempotency-key, at once through two processes on one
    file, make one cluster: the key's record and the cluster are written in one transaction,
    so every other request replays the first answer."""
    db = str(tmp_path / "akua.sqlite3")
    servers = [children.start("akua", "--db", db) for _ in range(2)]
    body = {"name": "prod", "region_id": "us-east-1", "provider": "managed_kaas"}
    with racers([s.url for s in servers]) as clients:
        for http in clients:
            assert http.get("/clusters").status_code == 200
        start = threading.Barrier(RACERS)

        def create(n: int) -> httpx.Response:
            start.wait()
            return clients[n].post("/clusters", json=body, headers={"idempotency-key": "once"})

        with ThreadPoolExecutor(RACERS) as pool:
            answers = list(pool.map(create, range(RACERS)))
        assert [a.status_code for a in answers] == [201] * RACERS
        assert len({a.json()["id"] for a in answers}) == 1
        assert sum("Idempotent-Replayed" not in a.headers for a in answers) == 1
        for server in servers:
            assert len(clients[0].get(f"{server.url}/clusters").json()["items"]) == 1


def test_reads_that_move_a_timed_lifecycle_on_never_fail_beside_another_writer(
    tmp_path: Path, children: Children
) -> None:
    """Under `time:N` a GET writes the states a cluster has gone through. Two processes on one
    file, each creating clusters and reading them straight back while the other writes: no
    answer is a 5xx (a read transaction that had to turn into a write once failed with
    "database is locked" here), and every read finds its cluster."""
    db = str(tmp_path / "kupe.sqlite3")
    servers = [children.start("kupe", "--db", db, "--lifecycle", "time:0.005") for _ in range(2)]
    collection = KUPE.format(tenant="acme")
    with racers([s.url for s in servers]) as clients:

        def churn(n: int) -> list[int]:
            http, statuses = clients[n], []
            for i in range(20):
                name = f"c{n}-{i}"
                statuses.append(http.post(collection, json=new_kupe(name)).status_code)
                statuses += [http.get(f"{collection}/{name}").status_code for _ in range(3)]
            return statuses

        with ThreadPoolExecutor(RACERS) as pool:
            statuses = [code for codes in pool.map(churn, range(RACERS)) for code in codes]
    assert statuses.count(201) == RACERS * 20
    assert statuses.count(200) == RACERS * 20 * 3


def test_an_etag_never_names_two_different_clusters(serve: Callable[..., ThreadedServer]) -> None:
    """A strong ETag changes whenever the representation does (RFC 9110, 8.8.1), across a
    delete and a re-create under the same name too: an update made conditional on the deleted
    cluster's ETag must not land on its successor."""
    server = serve("kupe")
    item = f"{KUPE.format(tenant='acme')}/prod"
    with client(server.url) as http:
        first = http.post(KUPE.format(tenant="acme"), json=new_kupe("prod", version="1.30"))
        assert first.status_code == 201
        assert http.delete(item).status_code == 204
        second = http.post(KUPE.format(tenant="acme"), json=new_kupe("prod", version="1.31"))
        assert second.status_code == 201
        assert second.headers["ETag"] != first.headers["ETag"]
        stale = http.patch(
            item, json={"version": "1.0"}, headers={"If-Match": first.headers["ETag"]}
        )
        assert stale.status_code == 412
        assert http.get(item).json()["version"] == "1.31"


# --- the store itself ---------------------------------------------------------------------------


def test_a_database_of_another_api_is_refused(tmp_path: Path) -> None:
    """A file holds one API's state: opening it for another API is a UsageError naming the file
    and both APIs, and leaves the file to its owner."""
    db = tmp_path / "state.sqlite3"
    owner = Store(db, "kupe")
    assert owner.insert(Record("cluster", "acme", "prod", {"name": "prod"}))
    owner.close()
    with pytest.raises(UsageError) as refused:
        Store(db, "akua")
    assert str(db) in str(refused.value)
    assert "'kupe'" in str(refused.value)
    assert "'akua'" in str(refused.value)
    again = Store(db, "kupe")
    assert again.get("cluster", "acme", "prod") is not None
    again.close()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    """Garbage where the database should be is a UsageError (not a traceback), and the file
    is left as it was."""
    garbage = b"this is not a database\n" * 200
    db = tmp_path / "notes.txt"
    db.write_bytes(garbage)
    with pytest.raises(UsageError, match="not a usable SQLite database"):
        Store(db, "kupe")
    assert db.read_bytes() == garbage


@pytest.mark.parametrize("case", ["garbage", "another-api", "missing-directory"])
def test_serve_refuses_an_unusable_db_with_exit_2_and_one_line(tmp_path: Path, case: str) -> None:
    """`serve kupe --db FILE` on a file it cannot use exits 2 before serving, saying why in
    one `error:` line on stderr."""
    db = tmp_path / "state.sqlite3"
    if case == "garbage":
        db.write_bytes(b"\x00\xffnot sqlite\n" * 500)
    elif case == "another-api":
        Store(db, "akua").close()
    else:
        db = tmp_path / "missing" / "state.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "generator", "serve", "kupe", "--port", "0", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=30,
        cwd=tmp_path,
    )
    assert done.returncode == 2, done
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("error: ")
    assert str(db) in lines[0]


def test_insert_and_replace_compare_and_swap() -> None:
    """insert refuses an id taken in its scope; replace writes only at the expected version,
    bumping it, and a stale replace returns False and changes nothing."""
    store = Store(":memory:", "kupe")
    assert store.insert(Record("cluster", "acme", "prod", {"name": "prod", "n": 0}))
    assert not store.insert(Record("cluster", "acme", "prod", {"name": "prod", "n": 9}))
    assert store.insert(Record("cluster", "globex", "prod", {"name": "prod", "n": 0}))

    fresh, stale = store.get("cluster", "acme", "prod"), store.get("cluster", "acme", "prod")
    assert fresh is not None
    assert stale is not None
    fresh.doc["n"] = 1
    assert store.replace(fresh, 1)
    assert fresh.version == 3  # versions count writes across the database
    stale.doc["n"] = 99
    assert not store.replace(stale, 1)
    assert stale.version == 1

    now = store.get("cluster", "acme", "prod")
    assert now is not None
    assert (now.version, now.doc) == (3, {"name": "prod", "n": 1})
    other = store.get("cluster", "globex", "prod")
    assert other is not None
    assert (other.version, other.doc) == (2, {"name": "prod", "n": 0})
    assert not store.replace(Record("cluster", "acme", "absent", {}), 1)
    assert store.get("cluster", "acme", "absent") is None
    store.close()


def test_a_write_transaction_is_all_or_nothing(tmp_path: Path) -> None:
    """Writes in one transaction (nested ones joining it) are invisible to another connection
    until the outermost commits, and all undone if it fails."""
    db = tmp_path / "state.sqlite3"
    store, reader = Store(db, "kupe"), Store(db, "kupe")
    try:
        with store.transaction():
            assert store.insert(Record("cluster", "acme", "a", {"name": "a"}))
            with store.transaction():
                assert store.insert(Record("cluster", "acme", "b", {"name": "b"}))
            assert reader.list("cluster") == []
        assert [r.id for r in reader.list("cluster")] == ["a", "b"]

        def fail_half_way() -> None:
            with store.transaction():
                assert store.delete("cluster", "acme", "a")
                assert store.insert(Record("cluster", "acme", "c", {"name": "c"}))
                raise RuntimeError("half-way")

        with pytest.raises(RuntimeError, match="half-way"):
            fail_half_way()
        assert [r.id for r in reader.list("cluster")] == ["a", "b"]
    finally:
        store.close()
        reader.close()


def test_reset_forgets_resources_and_idempotency_records() -> None:
    """Store.reset empties the resources and the remembered idempotent answers."""
    store = Store(":memory:", "akua")
    assert store.insert(Record("cluster", "ws", "cl_1", {"name": "a"}))
    store.remember("ws", "createCluster", "key", Replay("f", 201, [], b"{}"))
    store.reset()
    assert store.list("cluster") == []
    assert store.replay("ws", "createCluster", "key") is None
    store.close()


def test_the_reset_endpoint_empties_the_server(serve: Callable[..., ThreadedServer]) -> None:
    """`POST /_reference/reset` at the server's root forgets every cluster and every
    idempotency key: the same key then creates a new cluster instead of replaying."""
    server = serve("akua")
    body = {"name": "prod", "region_id": "us-east-1", "provider": "managed_kaas"}
    with client(server.url) as http:
        first = http.post("/clusters", json=body, headers={"idempotency-key": "k1"})
        assert first.status_code == 201
        replayed = http.post("/clusters", json=body, headers={"idempotency-key": "k1"})
        assert replayed.json()["id"] == first.json()["id"]

        reset = httpx.post(f"{server.root}/_reference/reset", timeout=10)
        assert (reset.status_code, reset.json()) == (200, {"reset": True})

        assert http.get("/clusters").json() == {"items": []}
        assert http.get(f"/clusters/{first.json()['id']}").status_code == 404
        after = http.post("/clusters", json=body, headers={"idempotency-key": "k1"})
        assert after.status_code == 201
        assert after.json()["id"] != first.json()["id"]
        assert "Idempotent-Replayed" not in after.headers
