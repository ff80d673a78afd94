"""`hirehooks validate --jobs N`: same answers in the same order, streaming, no fork, progress only on a
terminal. Reaches ``hirehooks._batch`` (check, checked) to test the job stream below the command line."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import pty
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from hirehooks._batch import CHUNK_BYTES, check, checked, chunks
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


def test_workers_are_spawned_not_forked_and_answer_as_one_process_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """D36: never ``fork`` (it copies a parent mid-load); ``spawn``, as macOS and Windows run it."""
    path, _ = _jsonl(tmp_path, 1100)
    assert main(["validate", str(path)]) == 1
    alone = capsys.readouterr()
    used: list[str | None] = []
    real = multiprocessing.get_context

    def recording(method: str | None = None) -> Any:
        used.append(method)
        return real(method)

    monkeypatch.setattr(multiprocessing, "get_context", recording)
    assert main(["validate", "--jobs", "2", str(path)]) == 1
    assert used == ["spawn"]
    assert capsys.readouterr() == alone


def test_a_list_of_jobs_is_taken_once() -> None:
    jobs = [(n, json.dumps(STARTED).encode(), "heymilo.interview_started", False, 1 << 20) for n in range(3)]
    assert list(checked(jobs, 2)) == [(n, []) for n in range(3)]


def test_jobs_are_taken_a_chunk_at_a_time() -> None:
    endless = (
        (n, json.dumps(STARTED).encode(), "heymilo.interview_started", False, 1 << 20)
        for n in itertools.count()
    )
    first = list(itertools.islice(checked(endless, 2), 5))  # would never return if it read everything first
    assert first == [(n, []) for n in range(5)]


def test_a_chunk_holds_about_chunk_bytes_of_bodies_however_many_lines_it_may_have() -> None:
    big = b"x" * -(-CHUNK_BYTES // 3)  # three of them reach CHUNK_BYTES
    jobs = [(n, big, None, False, len(big)) for n in range(7)]
    sizes = [len(chunk) for chunk in chunks(jobs, 512)]
    assert sizes == [3, 3, 1]
    assert [job for chunk in chunks(jobs, 2) for job in chunk] == jobs
    assert [len(chunk) for chunk in chunks(jobs, 2)] == [2, 2, 2, 1]


def test_check_detects_the_event_when_none_is_given() -> None:
    assert check((1, json.dumps(STARTED).encode(), None, False, 1 << 20)) == (1, [])
    line, problems = check((2, b'{"hello": 1}', None, False, 1 << 20))
    assert (line, [str(problem) for problem in problems]) == (
        2,
        ["(body): no known event has this shape; name it with --event"],
    )
    line, problems = check((3, b"[1]", None, False, 1 << 20))
    assert (line, [str(problem) for problem in problems]) == (
        3,
        ["(body): not a JSON object, so no known event; name it with --event"],
    )


def test_a_problem_found_while_reading_is_the_bodys_only_problem() -> None:
    too_large = hirehooks.Problem(
        "", "body is over the limit of 10 bytes (--max-bytes); the rest was not read"
    )
    assert check((4, too_large, "heymilo.interview_started", False, 10)) == (4, [too_large])


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
