"""The delivery log: every delivery a receiver saw, kept in an SQLite file, with dedupe by delivery id.

``SQLiteStore`` uses only the standard library's ``sqlite3``: WAL journal (readers never block the
writer; a committed row survives a killed process), a busy timeout, and one writer at a time per process
(threads queue on a lock rather than on SQLite's busy polling) (decision D76). Dedupe is a
unique index on (vendor, delivery id) over accepted rows, so two threads or two processes sharing the file
cannot both accept one delivery (decision D73). Another database plugs in by implementing the ``Store``
protocol.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal, Protocol, get_args

from hirehooks._errors import ConfigError, Problem, StoreError

__all__ = ["VERDICTS", "Record", "SQLiteStore", "Store", "StoreError", "Verdict"]

Verdict = Literal[
    "accepted", "processing", "duplicate", "invalid", "unauthenticated", "handler_failed", "handshake"
]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)
CLAIMS: tuple[Verdict, ...] = ("accepted", "processing")
"""The verdicts that hold a delivery id: at most one row per (vendor, id) has one of them (D73)."""
LEASE_SECONDS = 60.0
"""How long a ``processing`` claim holds its id: a retry after that takes the delivery over (its worker
is taken to have died mid-handler), so a crash never loses a delivery."""


@dataclass(frozen=True, slots=True)
class Record:
    """One delivery as the log keeps it.

    ``body`` is the raw body with ``x-pii``/``x-secret`` values masked (the raw bytes with
    ``keep_raw=True``, then ``raw`` is true; ``None`` when the body was not JSON or not authentic);
    ``headers`` have their credentials masked. ``error`` names the exception a failed handler raised.
    ``seq`` is the store's row number, set once stored.
    """

    vendor: str
    delivery_id: str
    verdict: Verdict
    received_at: datetime
    name: str | None = None
    problems: tuple[Problem, ...] = ()
    body: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    error: str | None = None
    seq: int | None = None
    raw: bool = False


class Store(Protocol):
    """What a receiver needs of a delivery log. ``add`` must make "is this id already accepted?" and
    the insert one atomic step, across every process that shares the store."""

    keep_raw: bool
    """Whether bodies are kept as received rather than masked (the receiver masks before ``add``)."""

    def add(self, record: Record) -> Record:
        """Store ``record`` and return it with ``seq`` set. An ``accepted`` or ``processing`` record is a
        claim of its (vendor, delivery id): when that id is ``accepted`` already, the record is stored
        and returned as ``duplicate``; when it is ``processing`` within ``LEASE_SECONDS``,
        ``StoreError("in_progress")`` (answer 503: the vendor retries later); an older ``processing``
        claim is recorded ``handler_failed`` and this one takes its place. Raises ``StoreError`` when the
        record cannot be written."""
        ...

    def mark_done(self, seq: int) -> None:
        """The handler of ``processing`` row ``seq`` returned: it becomes ``accepted``."""
        ...

    def mark_failed(self, seq: int, error: str) -> None:
        """The handler of ``processing`` (or ``accepted``) row ``seq`` failed: it becomes
        ``handler_failed``, and its delivery id may be claimed again (the vendor's retry, or a replay, is
        handled). Raises ``StoreError``."""
        ...

    def records(
        self, *, since: datetime | None = None, verdict: str | None = None, name: str | None = None
    ) -> Iterator[Record]:
        """The stored records in the order received, optionally only those received at or after
        ``since``, with ``verdict``, or of ``name``."""
        ...

    def get(self, seq: int) -> Record:
        """Row ``seq``; ``LookupError`` when there is none."""
        ...


_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS deliveries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    received_at TEXT NOT NULL,
    vendor TEXT NOT NULL,
    name TEXT,
    delivery_id TEXT NOT NULL,
    verdict TEXT NOT NULL CHECK (verdict IN ({", ".join(repr(verdict) for verdict in VERDICTS)})),
    problems TEXT NOT NULL,
    body BLOB,
    headers TEXT NOT NULL,
    error TEXT,
    raw INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS claimed_once ON deliveries (vendor, delivery_id)
    WHERE verdict IN ('accepted', 'processing');
CREATE INDEX IF NOT EXISTS by_time ON deliveries (received_at);
"""
_COLUMNS = "seq, received_at, vendor, name, delivery_id, verdict, problems, body, headers, error, raw"


def _row(row: tuple[object, ...]) -> Record:
    seq, received_at, vendor, name, delivery_id, verdict, problems, body, headers, error, raw = row
    return Record(
        seq=int(str(seq)),
        received_at=datetime.fromisoformat(str(received_at)),
        vendor=str(vendor),
        name=None if name is None else str(name),
        delivery_id=str(delivery_id),
        verdict=str(verdict),  # type: ignore[arg-type]  # the CHECK constraint keeps it a Verdict
        problems=tuple(Problem(item["pointer"], item["detail"]) for item in json.loads(str(problems))),
        body=None if body is None else bytes(body),  # type: ignore[call-overload]
        headers=json.loads(str(headers)),
        error=None if error is None else str(error),
        raw=bool(raw),
    )


class SQLiteStore:
    """A ``Store`` in one SQLite file, shared safely by threads and processes.

    ``busy_timeout`` is how long a write waits for another writer before ``StoreError``; with
    ``create=False`` a missing file is a ``StoreError`` instead of a new, empty log. ``synchronous`` is
    SQLite's: ``"NORMAL"`` (the default) keeps every committed row through a killed process, ``"FULL"``
    through a power loss too, at an fsync per delivery.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        keep_raw: bool = False,
        busy_timeout: float = 5.0,
        create: bool = True,
        synchronous: Literal["NORMAL", "FULL"] = "NORMAL",
        lease: float = LEASE_SECONDS,
    ) -> None:
        if synchronous not in ("NORMAL", "FULL"):
            raise ConfigError(f"synchronous is 'NORMAL' or 'FULL', not {synchronous!r}")
        self.path = Path(path)
        self.keep_raw = keep_raw
        self.busy_timeout = busy_timeout
        self.synchronous = synchronous
        self.lease = lease
        self._writer = threading.Lock()
        self._writer_pid = os.getpid()
        if not create and not self.path.is_file():
            raise StoreError("missing", f"no delivery log at {self.path}")
        self._local = threading.local()
        self._create = create
        self._connection()  # fail now, not on the first delivery, if the file cannot be opened

    def _connection(self) -> sqlite3.Connection:
        """This thread's connection (a connection must not cross threads, nor a fork)."""
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is not None and self._local.pid == os.getpid():
            return connection
        try:
            connection = sqlite3.connect(self.path, timeout=self.busy_timeout, isolation_level=None)
            connection.execute(f"PRAGMA synchronous={self.synchronous}")
            if self._create:
                self._set_up(connection)
        except sqlite3.Error as error:
            raise _store_error(error) from None
        self._local.connection, self._local.pid = connection, os.getpid()
        return connection

    def _set_up(self, connection: sqlite3.Connection) -> None:
        """WAL and the table, once per file. Switching to WAL answers SQLITE_BUSY at once, without the
        busy timeout, when another process opens the new file at the same moment: try again until it."""
        deadline = time.monotonic() + self.busy_timeout
        while True:
            try:
                if connection.execute("PRAGMA journal_mode").fetchone() != ("wal",):
                    connection.execute("PRAGMA journal_mode=WAL")
                connection.executescript(_SCHEMA)
                return
            except sqlite3.OperationalError as error:
                if getattr(error, "sqlite_errorname", "") != "SQLITE_BUSY" or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def _insert(self, connection: sqlite3.Connection, record: Record) -> int:
        cursor = connection.execute(
            f"INSERT INTO deliveries ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                _utc_text(record.received_at),
                record.vendor,
                record.name,
                record.delivery_id,
                record.verdict,
                json.dumps([problem.to_dict() for problem in record.problems]),
                record.body,
                json.dumps(dict(record.headers)),
                record.error,
                record.raw,
            ),
        )
        assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
        return cursor.lastrowid

    @contextlib.contextmanager
    def _writing(self, transaction: bool = False) -> Iterator[sqlite3.Connection]:
        """This process's turn to write (threads queue here, not on SQLite's busy polling), given up
        after ``busy_timeout`` like SQLite's own wait; ``transaction`` makes the statements one
        ``BEGIN IMMEDIATE`` transaction, else each is its own. A lock held at a fork would stay held in
        the child, so a forked process makes its own."""
        if self._writer_pid != os.getpid():
            self._writer, self._writer_pid = threading.Lock(), os.getpid()
        if not self._writer.acquire(timeout=self.busy_timeout):
            raise StoreError(
                "SQLITE_BUSY", "another thread of this process held the log past the busy timeout"
            )
        try:
            connection = self._connection()
            try:
                if transaction:
                    connection.execute("BEGIN IMMEDIATE")
                yield connection
                if transaction:
                    connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
        except sqlite3.Error as error:
            if not isinstance(error, sqlite3.IntegrityError):  # the file's fault, not the row's:
                self.close()  # a connection opened while the file was read-only stays so: reopen next time
            raise _store_error(error) from None
        finally:
            self._writer.release()

    def add(self, record: Record) -> Record:
        if record.verdict not in VERDICTS:
            raise ConfigError(f"a record's verdict is one of {', '.join(VERDICTS)}, not {record.verdict!r}")
        try:
            with self._writing() as connection:  # one INSERT: the unique index makes the claim atomic
                return replace(record, seq=self._insert(connection, record))
        except StoreError as error:
            if error.reason != "SQLITE_CONSTRAINT_UNIQUE" or record.verdict not in CLAIMS:
                raise
        with self._writing(transaction=True) as connection:  # the id is claimed: by whom, and is it over?
            held = connection.execute(
                "SELECT seq, verdict, received_at FROM deliveries WHERE vendor = ? AND delivery_id = ?"
                " AND verdict IN ('accepted', 'processing')",
                (record.vendor, record.delivery_id),
            ).fetchone()
            if held is not None:
                seq, verdict, since = held
                if verdict == "accepted":
                    record = replace(record, verdict="duplicate")
                elif record.received_at - datetime.fromisoformat(since) < timedelta(seconds=self.lease):
                    raise StoreError("in_progress", "another worker is handling this delivery")
                else:  # its worker died mid-handler: the retry takes the delivery over
                    connection.execute(
                        "UPDATE deliveries SET verdict = 'handler_failed', error = ? WHERE seq = ?",
                        (f"abandoned: no answer within the {self.lease:g} s lease", seq),
                    )
            return replace(record, seq=self._insert(connection, record))  # held is None: released meanwhile

    def mark_done(self, seq: int) -> None:
        with self._writing() as connection:
            connection.execute(
                "UPDATE deliveries SET verdict = 'accepted' WHERE seq = ? AND verdict = 'processing'", (seq,)
            )

    def mark_failed(self, seq: int, error: str) -> None:
        with self._writing() as connection:
            connection.execute(
                "UPDATE deliveries SET verdict = 'handler_failed', error = ? WHERE seq = ?"
                " AND verdict IN ('accepted', 'processing')",
                (error, seq),
            )

    def records(
        self, *, since: datetime | None = None, verdict: str | None = None, name: str | None = None
    ) -> Iterator[Record]:
        conditions, values = [], []
        for column, value in (("received_at >=", since), ("verdict =", verdict), ("name =", name)):
            if value is not None:
                conditions.append(f"{column} ?")
                values.append(_utc_text(value) if isinstance(value, datetime) else value)
        where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
        try:
            cursor = self._connection().execute(
                f"SELECT {_COLUMNS} FROM deliveries{where} ORDER BY seq", values
            )
            for row in cursor:
                yield _row(row)
        except sqlite3.Error as error:
            raise _store_error(error) from None

    def get(self, seq: int) -> Record:
        try:
            row = (
                self._connection()
                .execute(f"SELECT {_COLUMNS} FROM deliveries WHERE seq = ?", (seq,))
                .fetchone()
            )
        except sqlite3.Error as error:
            raise _store_error(error) from None
        if row is None:
            raise LookupError(f"no delivery {seq} in {self.path}")
        return _row(row)

    def close(self) -> None:
        """Close this thread's connection (others close when their thread's store is collected)."""
        connection = getattr(self._local, "connection", None)
        if connection is not None:
            connection.close()
            del self._local.connection


def _utc_text(moment: datetime) -> str:
    """A time as text that sorts as the time does: UTC, to the microsecond (a naive time is taken as UTC)."""
    utc = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return utc.isoformat(timespec="microseconds")


def _store_error(error: sqlite3.Error) -> StoreError:
    """``StoreError`` with SQLite's reason: ``SQLITE_BUSY`` (locked), ``SQLITE_READONLY``, ``SQLITE_FULL``…"""
    return StoreError(getattr(error, "sqlite_errorname", type(error).__name__), str(error))
