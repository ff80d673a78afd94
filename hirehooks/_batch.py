"""Validate many bodies: stream a file, check its bodies on several processes, keep their order.

A ``.jsonl`` file is read line by line and handed out in chunks of ``CHUNK`` lines, so memory stays
the same however long the file; no body or line is read past ``max_bytes + 1`` bytes into memory (the
rest of an oversized line is skipped in small pieces). A progress line is drawn only when stderr is a
terminal.
"""

from __future__ import annotations

import itertools
import multiprocessing
import multiprocessing.pool
import signal
import sys
import time
from collections.abc import Iterable, Iterator
from typing import BinaryIO

from hirehooks._body import decode
from hirehooks._detection import detect
from hirehooks._errors import PayloadError, Problem
from hirehooks._validation import schema_problems

CHUNK = 512
CHUNK_BYTES = 64 * 1024 * 1024
"""At most this many bytes of bodies (plus the one that crosses it) are held for the workers at once,
so ``--jobs`` with large bodies stays within memory however many lines a chunk could have."""
SKIP_PIECE = 1 << 16
"""How much of an oversized JSONL line is read at a time while skipping to its end."""

Job = tuple[int, bytes | Problem, str | None, bool, int]
"""line, body (or the problem already found reading it), event, strict, max_bytes"""


class CannotRead(Exception):
    """An input file cannot be opened or read (told apart from a failure to write the output)."""

    def __init__(self, name: str, error: OSError) -> None:
        self.name = name
        super().__init__(error.strerror or str(error))


def too_large(max_bytes: int) -> Problem:
    return Problem("", f"body is over the limit of {max_bytes} bytes (--max-bytes); the rest was not read")


def _whole(stream: BinaryIO, max_bytes: int) -> bytes | Problem:
    body = stream.read(max_bytes + 1)
    return too_large(max_bytes) if len(body) > max_bytes else body


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | Problem]]:
    """Each non-blank line without its line end, or ``too_large`` for one longer than ``max_bytes``."""
    for number in itertools.count(1):
        line = stream.readline(max_bytes + 3)  # the body, a "\r\n", and one byte to tell it is too long
        if not line:
            return
        ended = line.endswith(b"\n")
        body = line.rstrip(b"\r\n")
        if len(body) > max_bytes:
            while not ended and (piece := stream.readline(SKIP_PIECE)):
                ended = piece.endswith(b"\n")
            yield number, too_large(max_bytes)
        elif body.strip():
            yield number, body


def bodies(name: str, max_bytes: int) -> Iterator[tuple[int, bytes | Problem]]:
    """``(line, body)``: one per non-blank line of a ``.jsonl`` file, else the whole file (``-``: stdin).

    A body over ``max_bytes`` comes as the ``too_large`` problem instead; ``CannotRead`` when the file
    cannot be read.
    """
    try:
        if name == "-":
            if sys.stdin is None:
                raise OSError("no standard input")
            yield 1, _whole(sys.stdin.buffer, max_bytes)
            return
        with open(name, "rb") as stream:
            if name.endswith(".jsonl"):
                yield from _lines(stream, max_bytes)
            else:
                yield 1, _whole(stream, max_bytes)
    except OSError as error:
        raise CannotRead(name, error) from None


def check(job: Job) -> tuple[int, list[Problem]]:
    """The problems of one body; its event detected when not given (every event is a JSON object)."""
    line, body, event, strict, max_bytes = job
    if isinstance(body, Problem):
        return line, [body]
    try:
        data = decode(body, max_bytes=max_bytes)
    except PayloadError as error:
        return line, error.problems
    if event is None:
        if not isinstance(data, dict):
            return line, [Problem("", "not a JSON object, so no known event; name it with --event")]
        event = detect(data)
        if event is None:
            return line, [Problem("", "no known event has this shape; name it with --event")]
    return line, schema_problems(event, data, strict=strict)


START_METHOD = "spawn"
"""How workers start: a fresh interpreter that imports hirehooks, the one method that works alike on
Linux, macOS and Windows. Never ``fork``, which copies whatever the parent holds, threads and locks
mid-load included; measured no slower here than fork server (decision D36)."""


def _pool(workers: int) -> multiprocessing.pool.Pool:
    """Workers that leave Ctrl-C to this process, which stops them and exits 130: they are started while
    SIGINT is ignored, a disposition a new interpreter keeps from its first instant (no traceback from a
    worker still starting up)."""
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        return multiprocessing.get_context(START_METHOD).Pool(workers)
    finally:
        signal.signal(signal.SIGINT, previous)


def chunks(jobs: Iterable[Job], count: int) -> Iterator[list[Job]]:
    """The jobs in order, in lists of at most ``count`` jobs and about ``CHUNK_BYTES`` of bodies."""
    chunk: list[Job] = []
    held = 0
    for job in jobs:
        chunk.append(job)
        held += len(job[1]) if isinstance(job[1], bytes) else 0
        if len(chunk) >= count or held >= CHUNK_BYTES:
            yield chunk
            chunk, held = [], 0
    if chunk:
        yield chunk


def checked(jobs: Iterable[Job], workers: int) -> Iterator[tuple[int, list[Problem]]]:
    """``check`` of every job, in order, on ``workers`` processes (in this one when ``workers`` is 1)."""
    if workers <= 1:
        yield from map(check, jobs)
        return
    with _pool(workers) as pool:
        for chunk in chunks(jobs, CHUNK * workers):
            yield from pool.map(check, chunk, chunksize=-(-len(chunk) // workers))


class Progress:
    """``N bodies checked, M invalid, R/s`` redrawn on a terminal at most five times a second."""

    def __init__(self) -> None:
        self.shown = sys.stderr.isatty()
        self.started = self.drawn = time.monotonic()

    def update(self, total: int, invalid: int, *, last: bool = False) -> None:
        now = time.monotonic()
        if self.shown and (last or now - self.drawn >= 0.2):
            rate = total / max(now - self.started, 1e-9)
            print(
                f"\r{total} checked, {invalid} invalid, {rate:.0f}/s",
                end="\n" if last else "",
                file=sys.stderr,
            )
            self.drawn = now
