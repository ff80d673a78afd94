"""A receiver over real HTTP (uvicorn in its own process, the FastAPI adapter, the SQLite log; Flask on
Werkzeug's server for the lock) when the log's file is locked, read-only or on a full disk, and when the
worker is killed mid-delivery.

Each fault must be answered 503 with ``Retry-After`` (problem+json), never 2xx, and once the fault is
gone the vendor's retry of the same delivery is accepted, so no delivery is lost. The faults are real:
another process holds the write lock; ``chattr +i`` makes the file immutable (we run as root, and root
ignores file modes); a small tmpfs really fills up (ENOSPC, SQLite's ``SQLITE_FULL``); SIGKILL.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import hirehooks
from tests.receivers._faults import (
    Server,
    filled,
    flask_serving,
    immutable,
    rows,
    serving,
    store_errors,
    tmpfs,
    write_locked,
)


def report(mark: str) -> bytes:
    """HeyMilo's documented report, made a delivery of its own by ``mark`` (its id: the body's sha256)."""
    body = hirehooks.examples("heymilo.report_available")["report_available.json"]
    body["interview_id"] = mark
    return json.dumps(body).encode()


def identity(body: bytes) -> str:
    return "sha256:" + hashlib.sha256(body).hexdigest()


def assert_unavailable(answer: tuple[int, dict[str, str], bytes]) -> None:
    """The answer a vendor retries: 503, ``Retry-After``, an RFC 9457 problem with nothing else in it."""
    status, headers, body = answer
    assert status == 503
    assert headers["retry-after"] == "5"
    assert headers["content-type"] == "application/problem+json"
    assert json.loads(body) == {"type": "about:blank", "title": "Service Unavailable", "status": 503}


def assert_accepted(answer: tuple[int, dict[str, str], bytes], body: bytes) -> None:
    status, _, content = answer
    assert (status, json.loads(content)) == (200, {"status": "accepted", "id": identity(body)})


def concurrently(
    post: Callable[[bytes], tuple[int, dict[str, str], bytes]], bodies: list[bytes]
) -> list[tuple[int, dict[str, str], bytes]]:
    """Post every body at once, so that the server's thread pool opens new threads (new connections)."""
    with ThreadPoolExecutor(len(bodies)) as pool:
        return list(pool.map(post, bodies))


def test_a_write_lock_held_past_the_busy_timeout_is_503_and_the_retry_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    bodies = [report(f"LOCKED{index}") for index in range(4)]
    with serving(path, tmp_path) as server:
        with write_locked(path):
            for answer in concurrently(server.post, bodies):
                assert_unavailable(answer)
        for body in bodies:
            assert_accepted(server.post(body), body)
    assert rows(path) == [(identity(body), "accepted") for body in bodies]
    assert store_errors(server.log) == {"SQLITE_BUSY": 4}


def test_flask_answers_a_locked_log_503_too_and_accepts_the_retry(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    body = report("FLASK")
    with flask_serving(path) as endpoint:
        with write_locked(path):
            assert_unavailable(endpoint.post(body))
        assert_accepted(endpoint.post(body), body)
    assert rows(path) == [(identity(body), "accepted")]


def test_a_read_only_file_is_503_and_the_retry_is_accepted_once_it_is_writable(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    before, during = report("BEFORE"), [report(f"READONLY{index}") for index in range(6)]
    with serving(path, tmp_path) as server:
        assert_accepted(server.post(before), before)  # one pool thread holds a connection opened before
        # the -shm stays writable: it is memory-mapped, and a write to an immutable mapping is SIGBUS
        with immutable(path, path.with_name("log.db-wal")):
            for answer in concurrently(server.post, during):
                assert_unavailable(answer)
        for answer, body in zip(concurrently(server.post, during), during, strict=True):
            assert_accepted(answer, body)  # also on the threads whose connection opened read-only
    assert sorted(rows(path)) == sorted([(identity(body), "accepted") for body in [before, *during]])
    # a connection opened during the fault is read-only; a write through one opened before, an I/O error
    reasons = store_errors(server.log)
    assert sum(reasons.values()) == 6 and set(reasons) <= {"SQLITE_READONLY", "SQLITE_IOERR_WRITE"}


def test_a_full_disk_is_503_and_the_retry_is_accepted_once_there_is_room(tmp_path: Path) -> None:
    with tmpfs(tmp_path / "disk", "4m") as disk:
        path = disk / "log.db"
        first, later = report("FIRST"), report("DISKFULL")
        with serving(path, tmp_path) as server:
            assert_accepted(server.post(first), first)
            with filled(disk):
                assert_unavailable(server.post(later))
                assert_unavailable(server.post(later))  # the vendor's first retry, still no room
            assert_accepted(server.post(later), later)
        assert rows(path) == [(identity(first), "accepted"), (identity(later), "accepted")]
        assert store_errors(server.log) == {"SQLITE_FULL": 2}


def test_a_worker_killed_mid_delivery_loses_no_answered_delivery(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    bodies = [report(f"KILL{index:04d}") for index in range(400)]
    answered: dict[bytes, int] = {}
    lock, enough = threading.Lock(), threading.Event()
    server = Server(path, tmp_path)

    def deliver(body: bytes) -> None:
        if enough.is_set() and server.process.poll() is not None:
            return  # the worker is gone: this delivery is left for the vendor's retry
        try:
            status, _, _ = server.post(body)
        except (OSError, http.client.HTTPException):  # the connection died with the worker
            return
        with lock:
            answered[body] = status
            if len(answered) == 60:
                enough.set()

    try:
        with ThreadPoolExecutor(16) as pool:
            futures = [pool.submit(deliver, body) for body in bodies]
            assert enough.wait(timeout=60)
            server.kill()  # while 16 clients have deliveries in flight
            for future in futures:
                future.result()
    finally:
        server.stop()
    # 503 is the answer to a write that waited past the busy timeout behind 15 others: retried, as below
    assert set(answered.values()) <= {200, 503}
    ok = [body for body, status in answered.items() if status == 200]
    assert ok and len(answered) < len(bodies)  # the kill did cut deliveries off
    connection = sqlite3.connect(path)
    assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    connection.close()
    stored = dict(rows(path))
    assert all(stored.get(identity(body)) == "accepted" for body in ok)  # every 2xx is a committed row
    # the vendor retries what got no 2xx: each is accepted now, or is a duplicate of a row committed
    # before the kill; either way every delivery ends with exactly one accepted row
    unanswered = [body for body in bodies if answered.get(body) != 200]
    with serving(path, tmp_path) as restarted:
        statuses = [restarted.post(body)[0] for body in unanswered]
    assert set(statuses) == {200}
    final = rows(path)
    assert sorted(i for i, verdict in final if verdict == "accepted") == sorted(map(identity, bodies))
