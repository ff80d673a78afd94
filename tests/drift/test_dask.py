"""Drift on Dask: ``hirehooks.drift.profile_bag`` and ``hirehooks drift --dask`` on a real cluster.

One ``dask.distributed.LocalCluster`` (two worker processes, one thread each) serves the whole module.
The corpus is the planted-drift one spread over files in ``tmp_path``, with the lines a reader gets
wrong: not JSON, not UTF-8, a byte order mark, CRLF ends, a carriage return inside a body (JSON
whitespace, not a line end), blank lines, a last line without its end, an empty file. Whatever way the
lines travel, the cluster's profile must be the one ``hirehooks.drift.profile`` takes in this process.

Reaches ``hirehooks._drift_dask`` for ``BLOCK_BYTES`` and ``CONNECT_SECONDS`` (made small here so that a
file is cut into several blocks and an absent scheduler is given up on quickly), and
``hirehooks._cli.main`` to run the command in this process.
"""

# mypy: disable-error-code="no-untyped-call"
# (dask's and distributed's constructors and readers are not annotated)

from __future__ import annotations

import gzip
import itertools
import json
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask.bag
import pytest
from distributed import Client, LocalCluster

from hirehooks import _drift_dask
from hirehooks._cli import main
from hirehooks.drift import Profile, profile, profile_bag, report
from tests.drift.corpus import APPLIED, planted

ODD_LINES = [
    b"",
    b"{not json",
    b'{"kind": "caf\xe9"}',  # Latin-1, not UTF-8
    b'\xef\xbb\xbf{"kind": "bom"}',
    b"   ",
    b'{"kind":\r"carriage", "payload": {}}',
    b"[1, 2]",
]


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def lines() -> list[bytes]:
    """The planted corpus with the odd lines mixed in, CRLF ends on every fourth line."""
    mixed = [*planted()]
    for index, odd in enumerate(ODD_LINES):
        mixed.insert(index * 9, odd)
    return [line + b"\r" if index % 4 == 3 else line for index, line in enumerate(mixed)]


def write_corpus(folder: Path, *, compressed: bool = False) -> list[Path]:
    """The lines over 4 files of uneven length (the last one without its final line end), an empty file,
    and, if ``compressed``, a gzip file too; the files' names in sort order."""
    every = lines()
    cuts = [0, 5, 30, 31, len(every)]
    paths = []
    for index, (start, end) in enumerate(itertools.pairwise(cuts)):
        path = folder / f"part-{index}.jsonl"
        text = b"\n".join(every[start:end])
        path.write_bytes(text if index == len(cuts) - 2 else text + b"\n")
        paths.append(path)
    (folder / "part-5.jsonl").write_bytes(b"")
    paths.append(folder / "part-5.jsonl")
    if compressed:
        zipped = folder / "part-6.jsonl.gz"
        zipped.write_bytes(gzip.compress(b"\n".join(every[:20]) + b"\n"))
        paths.append(zipped)
    return paths


def read_locally(paths: list[Path]) -> list[bytes]:
    """Every line of the files as the single-process reader splits them (at ``\\n`` only)."""
    found = []
    for path in paths:
        raw = path.read_bytes()
        found += (gzip.decompress(raw) if path.suffix == ".gz" else raw).split(b"\n")
    return found


def executed(client: Client) -> int:
    ran: dict[str, int] = client.run(lambda dask_worker: dask_worker.state.executed_count)
    return sum(ran.values())


def test_the_cluster_profile_of_files_is_the_single_process_one(
    scheduler: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_corpus(tmp_path, compressed=True)
    monkeypatch.setattr(_drift_dask, "BLOCK_BYTES", 4096)  # several blocks a file, cut at line ends
    expected = profile(read_locally(paths))
    assert expected.unreadable and expected.not_object and expected.unknown  # the odd lines are there
    with Client(scheduler) as client:
        before = executed(client)
        found = _drift_dask.profile_on_cluster(scheduler, str(tmp_path / "part-*"))
        ran = executed(client) - before
    blocks = dask.bag.read_text(str(tmp_path / "*.jsonl"), blocksize=4096).npartitions
    assert ran > blocks > len(paths)  # the workers read and profiled every block
    assert found == expected
    assert report(found) == report(expected)


@pytest.mark.parametrize("options", [{}, {"event": APPLIED, "strict": True}, {"vendor": "hirempire"}])
def test_profile_bag_of_raw_lines_is_the_single_process_profile(scheduler: str, options: Any) -> None:
    every = lines()
    expected = profile(every, **options)
    with Client(scheduler) as client:
        before = executed(client)
        found = profile_bag(dask.bag.from_sequence(every, npartitions=7), **options)
        ran = executed(client) - before
    assert ran >= 7
    assert found == expected
    assert isinstance(found, Profile) and found.bodies == len([line for line in every if line.strip()])


def test_profile_bag_of_text_lines_keeps_bytes_that_are_not_utf8(scheduler: str, tmp_path: Path) -> None:
    paths = write_corpus(tmp_path)
    bag = dask.bag.read_text(
        str(tmp_path / "*.jsonl"), encoding="utf-8", errors="surrogateescape", linedelimiter="\n"
    )
    with Client(scheduler):
        found = profile_bag(bag)
    assert found == profile(read_locally(paths))


def test_profile_bag_refuses_an_unknown_event_before_any_task() -> None:
    from hirehooks import UnknownNameError

    with pytest.raises(UnknownNameError):
        profile_bag(dask.bag.from_sequence([b"{}"]), event="heymilo.no_such_event")


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    status = main(argv)
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_drift_dask_prints_the_report_of_the_local_run(
    scheduler: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_corpus(tmp_path)
    pattern = str(tmp_path / "*.jsonl")
    status, printed, _ = run(["drift", "--dask", scheduler, "--format", "json", pattern], capsys)
    local_status, local, _ = run(["drift", "--format", "json", *map(str, paths)], capsys)
    on_cluster, here = json.loads(printed), json.loads(local)
    assert (on_cluster.pop("sources"), here.pop("sources")) == ([pattern], [str(path) for path in paths])
    assert on_cluster == here
    assert status == local_status == 1


def test_drift_dask_without_dask_says_how_to_install_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in ("dask", "dask.bag", "distributed"):
        monkeypatch.setitem(sys.modules, module, None)  # what an import finds when Dask is not installed
    status, printed, error = run(
        ["drift", "--dask", "tcp://127.0.0.1:8786", str(tmp_path / "*.jsonl")], capsys
    )
    assert (status, printed) == (2, "")
    assert error == 'hirehooks: Dask is not installed: pip install "hirehooks[dask]"\n'


def closed_port() -> int:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        port: int = listener.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("address", "message"),
    [
        ("scheduler.example", "a Dask scheduler address looks like tcp://host:8786"),
        ("bogus://scheduler.example:8786", "a Dask scheduler address looks like tcp://host:8786"),
        (None, "cannot reach the Dask scheduler (waited 1 s)"),
    ],
)
def test_drift_dask_with_no_scheduler_there_is_a_usage_error(
    address: str | None,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    write_corpus(tmp_path)
    monkeypatch.setattr(_drift_dask, "CONNECT_SECONDS", 1)
    address = address or f"tcp://127.0.0.1:{closed_port()}"
    status, printed, error = run(["drift", "--dask", address, str(tmp_path / "*.jsonl")], capsys)
    assert (status, printed, error) == (2, "", f"hirehooks: {message}\n")


@pytest.mark.parametrize(
    ("matched", "message"),
    [
        ("s3cr3t-token/*.jsonl", "no file matches the pattern given for Dask"),
        ("s3cr3t-token*", "Dask reads .jsonl files (compressed or not); 2 of the files matched are not"),
    ],
)
def test_drift_dask_reads_only_jsonl_files_and_never_repeats_the_pattern(
    matched: str, message: str, scheduler: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("s3cr3t-token.jsonl", "s3cr3t-token.json", "s3cr3t-token.sqlite3"):
        (tmp_path / name).write_bytes(b"{}\n")
    status, printed, error = run(["drift", "--dask", scheduler, str(tmp_path / matched)], capsys)
    assert (status, printed, error) == (2, "", f"hirehooks: {message}\n")
