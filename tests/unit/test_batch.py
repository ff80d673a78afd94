"""`hirehooks validate --jobs N`: same answers in the same order, streaming, progress only on a terminal."""

from __future__ import annotations

import itertools
import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

import hirehooks
from hirehooks._batch import check, checked
from hirehooks._cli import main

STARTED = hirehooks.examples("heymilo.interview_started")["interview_started.json"]


def _jsonl(tmp_path: Path, count: int) -> tuple[Path, int]:
    """A JSONL file of ``count`` bodies (and blank lines), with how many of them are invalid."""
    lines, invalid = [], 0
    for n in range(count):
        if n % 7 == 3:
            lines.append(json.dumps({**STARTED, "timestamp": f"late {n}"}))
        elif n % 50 == 10:
            lines.extend(["", "{not json"])
        else:
            lines.append(json.dumps({**STARTED, "interview_id": f"I{n}"}))
            continue
        invalid += 1
    path = tmp_path / "deliveries.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path, invalid


def test_two_processes_report_exactly_what_one_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, invalid = _jsonl(tmp_path, 1500)
    assert main(["validate", "--event", "heymilo.interview_started", str(path)]) == 1
    alone = capsys.readouterr()
    assert main(["validate", "--jobs", "2", "--event", "heymilo.interview_started", str(path)]) == 1
    shared = capsys.readouterr()
    assert shared.out == alone.out
    assert len(alone.out.splitlines()) == invalid  # one problem per invalid body here
    assert shared.err == alone.err == f"1500 bodies checked, {invalid} invalid\n"
    assert "\r" not in shared.err  # not a terminal: no progress line


def test_jobs_are_taken_a_chunk_at_a_time() -> None:
    endless = (
        (n, json.dumps(STARTED).encode(), "heymilo.interview_started", False, 1 << 20)
        for n in itertools.count()
    )
    first = list(itertools.islice(checked(endless, 2), 5))  # would never return if it read everything first
    assert first == [(n, []) for n in range(5)]


def test_check_detects_the_event_when_none_is_given() -> None:
    assert check((1, json.dumps(STARTED).encode(), None, False, 1 << 20)) == (1, [])
    line, problems = check((2, b'{"hello": 1}', None, False, 1 << 20))
    assert (line, [str(problem) for problem in problems]) == (
        2,
        ["(body): no known event has this shape; name it with --event"],
    )


def test_progress_is_drawn_on_a_terminal(tmp_path: Path) -> None:
    path, invalid = _jsonl(tmp_path, 300)
    controller, terminal = pty.openpty()
    command = [sys.executable, "-m", "hirehooks", "validate", "--jobs", "2", str(path)]
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=terminal, check=False)
    os.close(terminal)
    drawn = os.read(controller, 65536).decode()
    os.close(controller)
    assert result.returncode == 1
    assert f"\r300 checked, {invalid} invalid, " in drawn
    assert drawn.rstrip().endswith(f"300 bodies checked, {invalid} invalid")
