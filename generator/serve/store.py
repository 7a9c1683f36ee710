"""The reference servers' state: SQLite through the standard library.

One table of resources (each a JSON document plus a version and the time it entered its
lifecycle state) and one of idempotency records. WAL mode, one transaction per request that
writes: a write is committed (and so in the WAL file) before its answer is sent, which is why
a `kill -9` loses no acknowledged write. Conditional updates compare the version inside the
same transaction, in SQL, so that they hold even with several processes on one file.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.errors import UsageError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS resources (
    kind TEXT NOT NULL,
    scope TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    state_since REAL NOT NULL,
    doc TEXT NOT NULL,
    private TEXT NOT NULL,
    PRIMARY KEY (kind, scope, id)
);
CREATE INDEX IF NOT EXISTS resources_name ON resources (kind, scope, json_extract(doc, '$.name'));
CREATE TABLE IF NOT EXISTS idempotency (
    scope TEXT NOT NULL,
    operation TEXT NOT NULL,
    key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    status INTEGER NOT NULL,
    headers TEXT NOT NULL,
    body BLOB,
    PRIMARY KEY (scope, operation, key)
);
"""


@dataclass
class Record:
    """One stored resource: its public document, server-only data (`private`), a version that
    every write bumps, and when it entered its current lifecycle state."""

    kind: str
    scope: str
    id: str
    doc: dict[str, Any]
    version: int = 1
    state_since: float = 0.0
    private: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Replay:
    """A stored answer to an idempotent request."""

    fingerprint: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes | None


class Store:
    """A connection to one database; used from one thread at a time (the server's event loop),
    and safe to share a file with other processes."""

    def __init__(self, path: str | Path, api: str) -> None:
        self.path = str(path)
        try:
            self._db = sqlite3.connect(
                self.path, isolation_level=None, check_same_thread=False, timeout=10.0
            )
        except sqlite3.Error as exc:
            raise UsageError(f"{self.path}: cannot open ({exc})") from exc
        try:
            self._db.execute("PRAGMA journal_mode=WAL")
            # NORMAL: a commit is written to the WAL before it returns, so a killed process
            # loses nothing acknowledged; only an OS crash could drop the newest commits.
            self._db.execute("PRAGMA synchronous=NORMAL")
            # Checkpoints (which fsync) run on a thread of their own, not under a request.
            self._db.execute("PRAGMA wal_autocheckpoint=0")
            self._db.executescript(_SCHEMA)
            self._claim(api)
        except (sqlite3.DatabaseError, UsageError) as exc:
            self._db.close()
            if isinstance(exc, UsageError):
                raise
            raise UsageError(f"{self.path}: not a usable SQLite database ({exc})") from exc
        self._lock = threading.RLock()
        self._depth = 0
        self._checkpoints = _Checkpointer(self.path) if self.path != ":memory:" else None

    def _claim(self, api: str) -> None:
        """A database holds one API's state; refuse a file that belongs to another. Claimed
        under the write lock, so that two new servers on one new file cannot both win."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('api', ?)", (api,))
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('version', '0')")
            owner = self._db.execute("SELECT value FROM meta WHERE key = 'api'").fetchone()[0]
        finally:
            self._db.execute("COMMIT")
        if owner != api:
            raise UsageError(f"{self.path} holds the state of {owner!r}, not {api!r}")

    def _next_version(self) -> int:
        """Versions count writes across the whole database, like etcd's revision behind a
        Kubernetes resourceVersion: a resource deleted and made again never reuses an ETag."""
        row = self._db.execute(
            "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version' "
            "RETURNING value"
        ).fetchone()
        return int(row[0])

    def close(self) -> None:
        if self._checkpoints is not None:
            self._checkpoints.stop()
        self._db.close()

    @contextmanager
    def transaction(self, write: bool = True) -> Iterator[Store]:
        """One transaction (nested calls join the outer one). A write transaction takes the
        write lock up front, so that two writers never both read the same version."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            self._db.execute("BEGIN IMMEDIATE" if write else "BEGIN")
            self._depth = 1
            try:
                yield self
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            else:
                self._db.execute("COMMIT")
            finally:
                self._depth = 0

    # --- resources ------------------------------------------------------------------------

    def get(self, kind: str, scope: str, id: str) -> Record | None:
        row = self._db.execute(
            "SELECT version, state_since, doc, private FROM resources "
            "WHERE kind = ? AND scope = ? AND id = ?",
            (kind, scope, id),
        ).fetchone()
        return None if row is None else _record(kind, scope, id, row)

    def list(self, kind: str, scope: str | None = None) -> list[Record]:
        """Records in creation order, of one scope or of all."""
        if scope is None:
            rows = self._db.execute(
                "SELECT scope, id, version, state_since, doc, private FROM resources "
                "WHERE kind = ? ORDER BY rowid",
                (kind,),
            ).fetchall()
        else:
            rows = self._db.execute(
                "SELECT ?, id, version, state_since, doc, private FROM resources "
                "WHERE kind = ? AND scope = ? ORDER BY rowid",
                (scope, kind, scope),
            ).fetchall()
        return [_record(kind, r[0], r[1], r[2:]) for r in rows]

    def named(self, kind: str, scope: str, name: str) -> Record | None:
        """The record whose top-level `name` is `name` (indexed: names are unique per scope in
        APIs that address by id but refuse duplicate names)."""
        row = self._db.execute(
            "SELECT id, version, state_since, doc, private FROM resources "
            "WHERE kind = ? AND scope = ? AND json_extract(doc, '$.name') = ?",
            (kind, scope, name),
        ).fetchone()
        return None if row is None else _record(kind, scope, row[0], row[1:])

    def insert(self, record: Record) -> bool:
        """Add a record; False when one with its id exists in its scope."""
        if self.get(record.kind, record.scope, record.id) is not None:
            return False
        record.version = self._next_version()
        try:
            self._db.execute(
                "INSERT INTO resources VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    record.kind,
                    record.scope,
                    record.id,
                    record.version,
                    record.state_since,
                    json.dumps(record.doc),
                    json.dumps(record.private),
                ),
            )
        except sqlite3.IntegrityError:
            return False
        return True

    def replace(self, record: Record, expected_version: int) -> bool:
        """Write a changed record if it is still at `expected_version`, giving it a new
        version; False (and nothing written) when another write got there first."""
        version = self._next_version()
        cursor = self._db.execute(
            "UPDATE resources SET version = ?, state_since = ?, doc = ?, private = ? "
            "WHERE kind = ? AND scope = ? AND id = ? AND version = ?",
            (
                version,
                record.state_since,
                json.dumps(record.doc),
                json.dumps(record.private),
                record.kind,
                record.scope,
                record.id,
                expected_version,
            ),
        )
        if cursor.rowcount != 1:
            return False
        record.version = version
        return True

    def keep_private(self, record: Record) -> None:
        """Store server-only data made after the fact (a certificate made on first use); not a
        change of the resource, so its version stays."""
        self._db.execute(
            "UPDATE resources SET private = ? WHERE kind = ? AND scope = ? AND id = ?",
            (json.dumps(record.private), record.kind, record.scope, record.id),
        )

    def delete(self, kind: str, scope: str, id: str) -> bool:
        cursor = self._db.execute(
            "DELETE FROM resources WHERE kind = ? AND scope = ? AND id = ?", (kind, scope, id)
        )
        return cursor.rowcount == 1

    # --- idempotency ------------------------------------------------------------------------

    def replay(self, scope: str, operation: str, key: str) -> Replay | None:
        row = self._db.execute(
            "SELECT fingerprint, status, headers, body FROM idempotency "
            "WHERE scope = ? AND operation = ? AND key = ?",
            (scope, operation, key),
        ).fetchone()
        if row is None:
            return None
        return Replay(row[0], int(row[1]), [tuple(h) for h in json.loads(row[2])], row[3])

    def remember(self, scope: str, operation: str, key: str, answer: Replay) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO idempotency VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                scope,
                operation,
                key,
                answer.fingerprint,
                answer.status,
                json.dumps(answer.headers),
                answer.body,
            ),
        )

    def reset(self) -> None:
        """Forget every resource and idempotency record (the reset endpoint, for test
        isolation); the version counter carries on, so no ETag from before is reused."""
        with self.transaction():
            self._db.execute("DELETE FROM resources")
            self._db.execute("DELETE FROM idempotency")


class _Checkpointer:
    """Moves the WAL into the database file every second, from its own connection, so that no
    request waits for the fsync a checkpoint makes (PASSIVE: it never blocks a writer)."""

    def __init__(self, path: str) -> None:
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(path,), daemon=True)
        self._thread.start()

    def _run(self, path: str) -> None:
        db = sqlite3.connect(path, isolation_level=None, timeout=10.0)
        try:
            while not self._stop.wait(1.0):
                db.execute("PRAGMA wal_checkpoint(PASSIVE)")
        except sqlite3.Error:
            pass  # the file went away; the serving connection reports its own errors
        finally:
            db.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)


def _record(kind: str, scope: str, id: str, row: Any) -> Record:
    version, since, doc, private = row
    return Record(kind, scope, id, json.loads(doc), int(version), float(since), json.loads(private))
