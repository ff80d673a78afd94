"""Real parts for the delivery-log tests: processes racing on one SQLite file, a receiver served by
uvicorn in its own process, a second process holding the write lock, and an HTTP client.

Everything here runs in real processes (``multiprocessing`` spawn, ``subprocess``) so that the
tests see what two workers sharing one file see, not what two threads of one process see.
"""

from __future__ import annotations

import http.client
import multiprocessing
import os
import re
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from flask import Flask
from werkzeug.serving import make_server

from hirehooks import Hooks, auth
from hirehooks.flask import view
from hirehooks.store import Record, SQLiteStore, StoreError

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 30.0  # a generous bound on a server's start; it is never what a test measures

SERVER_APP = """
import os
from fastapi import FastAPI
from hirehooks import Hooks, auth
from hirehooks.fastapi import endpoint
from hirehooks.store import SQLiteStore

store = SQLiteStore(os.environ["HH_STORE"], busy_timeout=0.2)
hooks = Hooks(vendor="heymilo", auth=auth.Unauthenticated(), store=store)
app = FastAPI()
app.add_api_route("/hooks", endpoint(hooks), methods=["POST"])
"""
"""The receiver the fault tests serve: the real FastAPI adapter over the real SQLiteStore."""


class _Waits(Protocol):
    def wait(self, timeout: float | None = None) -> object: ...


class _Puts(Protocol):
    def put(self, item: object) -> None: ...


def race(path: str, ids: Sequence[str], start: _Waits, results: _Puts) -> None:
    """One process's share of a race: wait for every racer, then add an accepted record of each id."""
    store = SQLiteStore(path, busy_timeout=30.0)
    start.wait(60)
    verdicts = []
    for identity in ids:
        record = Record(
            vendor="heymilo", delivery_id=identity, verdict="accepted", received_at=datetime.now(UTC)
        )
        verdicts.append((identity, store.add(record).verdict))
    store.close()
    results.put(verdicts)


def race_processes(path: Path, orders: Sequence[Sequence[str]]) -> list[list[tuple[str, str]]]:
    """Run ``race`` in one spawned process per order of ids, released together by a barrier."""
    context = multiprocessing.get_context("spawn")
    SQLiteStore(path).close()  # the schema exists before the race, so only the inserts compete
    with context.Manager() as manager:
        start, results = manager.Barrier(len(orders)), manager.Queue()
        racers = [
            context.Process(target=race, args=(str(path), list(order), start, results)) for order in orders
        ]
        for racer in racers:
            racer.start()
        try:
            return [results.get(timeout=120) for _ in racers]
        finally:
            for racer in racers:
                racer.join(timeout=30)
                assert racer.exitcode == 0, racer.exitcode


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Endpoint:
    """A receiver listening on a loopback port."""

    port: int

    def post(self, body: bytes, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        """POST a delivery; the status, the headers (lower-cased names) and the body of the answer."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.connect()
            assert connection.sock is not None  # Nagle off: the body is not held for a delayed ACK
            connection.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            sent = {"Content-Type": "application/json", **(headers or {})}
            connection.request("POST", "/hooks", body=body, headers=sent)
            response = connection.getresponse()
            answer = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, answer
        finally:
            connection.close()


class Server(Endpoint):
    """A receiver served by uvicorn in a child process (killable, like a real worker)."""

    def __init__(self, store: Path, workdir: Path) -> None:
        (workdir / "fault_app.py").write_text(SERVER_APP)
        self.port = free_port()
        self.log = workdir / "server.log"
        env = {**os.environ, "HH_STORE": str(store), "PYTHONPATH": f"{workdir}{os.pathsep}{ROOT}"}
        command = [sys.executable, "-m", "uvicorn", "fault_app:app", "--port", str(self.port)]
        command += ["--host", "127.0.0.1", "--log-level", "warning", "--no-access-log"]
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(command, cwd=workdir, env=env, stdout=log, stderr=log)
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"the receiver did not start:\n{self.log.read_text()}") from None
                time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, no rollback, like a worker the OOM killer takes."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.kill()


class FlaskEndpoint(Endpoint):
    """The same receiver in Flask, served by Werkzeug's threaded server in this process."""

    def __init__(self, store: Path) -> None:
        hooks = Hooks(
            vendor="heymilo", auth=auth.Unauthenticated(), store=SQLiteStore(store, busy_timeout=0.2)
        )
        app = Flask("faults")
        app.add_url_rule("/hooks", view_func=view(hooks), methods=["POST"])
        self.server = make_server("127.0.0.1", 0, app, threaded=True)
        self.port = self.server.server_port
        self.thread = threading.Thread(target=self.server.serve_forever)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.thread.join()


@contextmanager
def flask_serving(store: Path) -> Iterator[FlaskEndpoint]:
    endpoint = FlaskEndpoint(store)
    try:
        yield endpoint
    finally:
        endpoint.stop()


@contextmanager
def serving(store: Path, workdir: Path) -> Iterator[Server]:
    server = Server(store, workdir)
    try:
        yield server
    finally:
        server.stop()


LOCK_HOLDER = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN EXCLUSIVE")  # in WAL mode: the write lock, held until stdin closes
print("locked", flush=True)
sys.stdin.read()
connection.execute("ROLLBACK")
"""


@contextmanager
def write_locked(path: Path) -> Iterator[None]:
    """Another process holds ``BEGIN EXCLUSIVE`` on ``path`` for as long as the block runs."""
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == b"locked\n"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)


def privileged(command: list[str], needs: str) -> None:
    """Run a command that sets a fault up; say plainly what it needs when it is refused."""
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode:
        raise RuntimeError(f"{command[0]} (needs {needs}) failed: {done.stderr.strip()}")


@contextmanager
def immutable(*paths: Path) -> Iterator[None]:
    """``chattr +i`` (root ignores file modes, not this): writes through open descriptors fail
    (``SQLITE_IOERR_WRITE``), a connection opened meanwhile is read-only (``SQLITE_READONLY``)."""
    privileged(["chattr", "+i", *map(str, paths)], "root with CAP_LINUX_IMMUTABLE, on ext4/xfs/btrfs/tmpfs")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", *map(str, paths)], check=True)


@contextmanager
def tmpfs(mountpoint: Path, size: str) -> Iterator[Path]:
    """A small tmpfs at ``mountpoint``, unmounted afterwards: a disk that really fills up."""
    mountpoint.mkdir()
    privileged(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mountpoint)], "CAP_SYS_ADMIN")
    try:
        yield mountpoint
    finally:
        subprocess.run(["umount", "--lazy", str(mountpoint)], check=True)


@contextmanager
def filled(directory: Path) -> Iterator[None]:
    """Fill the filesystem of ``directory`` to the last byte (ENOSPC), and free it afterwards."""
    filler = directory / "filler"
    with filler.open("wb", buffering=0) as out:
        chunk = b"\0" * 65536
        while chunk:
            try:
                out.write(chunk)
            except OSError:
                chunk = chunk[: len(chunk) // 2]  # top up in smaller pieces, to the last block
    try:
        yield
    finally:
        filler.unlink()


def store_errors(log: Path) -> Counter[str]:
    """How often the receiver logged each ``StoreError`` reason (it logs one per 503)."""
    return Counter(re.findall(r"^hirehooks\._errors\.StoreError: (\w+):", log.read_text(), re.MULTILINE))


def rows(path: Path) -> list[tuple[str, str]]:
    """(delivery id, verdict) of every row, read by a connection of this process."""
    connection = sqlite3.connect(path)
    try:
        return connection.execute("SELECT delivery_id, verdict FROM deliveries ORDER BY seq").fetchall()
    finally:
        connection.close()


def open_fresh(path: str, start: Any, results: Any) -> None:
    """Open a log no process has made yet, at the moment every other racer does; report how it went."""
    start.wait()
    try:
        SQLiteStore(path).close()
        results.put("ok")
    except StoreError as error:
        results.put(f"StoreError: {error.reason}")


def open_fresh_together(paths: Sequence[Path], processes: int) -> list[str]:
    """``processes`` spawned processes, released together, each opening every one of ``paths``."""
    context = multiprocessing.get_context("spawn")
    outcomes: list[str] = []
    with context.Manager() as manager:
        for path in paths:
            start, results = manager.Barrier(processes), manager.Queue()
            racers = [
                context.Process(target=open_fresh, args=(str(path), start, results)) for _ in range(processes)
            ]
            for racer in racers:
                racer.start()
            outcomes += [results.get(timeout=60) for _ in racers]
            for racer in racers:
                racer.join(timeout=30)
    return outcomes
