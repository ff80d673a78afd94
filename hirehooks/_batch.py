"""Validate many bodies: stream a file, check its bodies on several processes, keep their order.

A ``.jsonl`` file is read line by line and handed out in chunks of ``CHUNK`` lines, so memory stays
the same however long the file; a progress line is drawn only when stderr is a terminal.
"""

from __future__ import annotations

import itertools
import multiprocessing
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from hirehooks._body import decode
from hirehooks._detection import detect
from hirehooks._errors import PayloadError, Problem
from hirehooks._validation import schema_problems

CHUNK = 512
Job = tuple[int, bytes, str | None, bool, int]  # line, body, event, strict, max_bytes


def bodies(name: str) -> Iterator[tuple[int, bytes]]:
    """``(line, body)``: one per non-blank line of a ``.jsonl`` file, else the whole file (``-``: stdin)."""
    if name == "-" or not name.endswith(".jsonl"):
        yield 1, sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        return
    with open(name, "rb") as lines:
        for number, line in enumerate(lines, start=1):
            if line.strip():
                yield number, line


def check(job: Job) -> tuple[int, list[Problem]]:
    """The problems of one body; its event detected when not given."""
    line, body, event, strict, max_bytes = job
    try:
        data = decode(body, max_bytes=max_bytes)
    except PayloadError as error:
        return line, error.problems
    event = event or detect(data)
    if event is None:
        return line, [Problem("", "no known event has this shape; name it with --event")]
    return line, schema_problems(event, data, strict=strict)


def checked(jobs: Iterable[Job], workers: int) -> Iterator[tuple[int, list[Problem]]]:
    """``check`` of every job, in order, on ``workers`` processes (in this one when ``workers`` is 1)."""
    if workers <= 1:
        yield from map(check, jobs)
        return
    with multiprocessing.get_context("fork").Pool(workers) as pool:
        while chunk := list(itertools.islice(jobs, CHUNK * workers)):
            yield from pool.map(check, chunk, chunksize=CHUNK)


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
