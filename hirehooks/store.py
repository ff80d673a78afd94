"""The delivery log: every delivery a receiver saw, kept in an SQLite file, with dedupe by delivery id.

``SQLiteStore`` uses only the standard library's ``sqlite3``: WAL journal (readers never block the
writer; a committed row survives a killed process), a busy timeout, and one writer at a time per process
(threads queue on a lock rather than on SQLite's busy polling) (decision D76). Dedupe is a
unique index on (vendor, delivery id) over accepted rows, so two threads or two processes sharing the file
cannot both accept one delivery (decision D73). Another database plugs in by implementing the ``Store``
protocol.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol, get_args

from hirehooks._errors import ConfigError, Problem, StoreError

__all__ = ["VERDICTS", "Record", "SQLiteStore", "Store", "StoreError", "Verdict"]

Verdict = Literal["accepted", "duplicate", "invalid", "unauthenticated", "handler_failed", "handshake"]
VERDICTS: tuple[Verdict, ...] = get_args(Verdict)


@dataclass(frozen=True, slots=True)
class Record:
    """One delivery as the log keeps it.

    ``body`` is the raw body with ``x-pii``/``x-secret`` values masked (the raw bytes with
    ``keep_raw=True``; ``None`` when the body was not JSON and so could not be masked); ``headers`` have
    their credentials masked. ``error`` names the exception a failed handler raised. ``seq`` is the
    store's row number, set once stored.
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


class Store(Protocol):
    """What a receiver needs of a delivery log. ``add`` must make "is this id already accepted?" and
    the insert one atomic step, across every process that shares the store."""

    keep_raw: bool
    """Whether bodies are kept as received rather than masked (the receiver masks before ``add``)."""

    def add(self, record: Record) -> Record:
        """Store ``record`` and return it with ``seq`` set; an ``accepted`` record whose (vendor,
        delivery id) is already accepted is stored and returned as ``duplicate``. Raises ``StoreError``
        when the record cannot be written."""
        ...

    def mark_failed(self, seq: int, error: str) -> None:
        """The handler of accepted row ``seq`` failed: it becomes ``handler_failed``, and its delivery
        id may be accepted again (the vendor's retry is handled). Raises ``StoreError``."""
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
    error TEXT
);
CREATE UNIQUE INDEX IF NOT EXISTS accepted_once ON deliveries (vendor, delivery_id)
    WHERE verdict = 'accepted';
CREATE INDEX IF NOT EXISTS by_time ON deliveries (received_at);
"""
_COLUMNS = "seq, received_at, vendor, name, delivery_id, verdict, problems, body, headers, error"


def _row(row: tuple[object, ...]) -> Record:
    seq, received_at, vendor, name, delivery_id, verdict, problems, body, headers, error = row
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
    ) -> None:
        if synchronous not in ("NORMAL", "FULL"):
            raise ConfigError(f"synchronous is 'NORMAL' or 'FULL', not {synchronous!r}")
        self.path = Path(path)
        self.keep_raw = keep_raw
        self.busy_timeout = busy_timeout
        self.synchronous = synchronous
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
            if self._create:  # an existing log is WAL already (the mode persists): opening it writes nothing
                connection.execute("PRAGMA journal_mode=WAL")
                connection.executescript(_SCHEMA)
        except sqlite3.Error as error:
            raise _store_error(error) from None
        self._local.connection, self._local.pid = connection, os.getpid()
        return connection

    def _insert(self, record: Record) -> int:
        cursor = self._connection().execute(
            f"INSERT INTO deliveries ({_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            ),
        )
        assert cursor.lastrowid is not None  # an INSERT into a rowid table always sets it
        return cursor.lastrowid

    def _writing(self) -> threading.Lock:
        """This process's writer lock (a lock held at a fork would stay held in the child: make anew)."""
        if self._writer_pid != os.getpid():
            self._writer, self._writer_pid = threading.Lock(), os.getpid()
        return self._writer

    def add(self, record: Record) -> Record:
        if record.verdict not in VERDICTS:
            raise ConfigError(f"a record's verdict is one of {', '.join(VERDICTS)}, not {record.verdict!r}")
        try:
            with self._writing():
                try:
                    return replace(record, seq=self._insert(record))
                except sqlite3.IntegrityError:
                    if record.verdict != "accepted":
                        raise
                    duplicate = replace(record, verdict="duplicate")  # accepted_once: accepted already
                    return replace(duplicate, seq=self._insert(duplicate))
        except sqlite3.Error as error:
            self.close()  # a connection opened while the file was read-only stays so: reopen next time
            raise _store_error(error) from None

    def mark_failed(self, seq: int, error: str) -> None:
        try:
            with self._writing():
                self._connection().execute(
                    "UPDATE deliveries SET verdict = 'handler_failed', error = ? WHERE seq = ?", (error, seq)
                )
        except sqlite3.Error as failure:
            self.close()
            raise _store_error(failure) from None

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
