"""``hirehooks drift``: the table and JSON outputs, sources (JSONL, JSON, folders, stdin, a delivery
log), ``--jobs``, ``--fail-on`` and the exit statuses, and no PII in any output."""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from hirehooks import drift
from hirehooks._cli import main
from hirehooks._receiving import kept_body
from hirehooks.store import Record, SQLiteStore
from tests.drift.corpus import APPLIED, DEEP, MARKER, NULLED, RANK, REPORT, check_report, planted, undamaged


def _jsonl(path: Path, bodies: list[bytes]) -> Path:
    path.write_bytes(b"".join(body + b"\n" for body in bodies))
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(["drift", *args])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def _json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    status, output, _ = _run(capsys, "--format", "json", *args)
    assert status in (0, 1)
    found: dict[str, Any] = json.loads(output)
    check_report(found)
    return found


def test_table_lists_each_deviation_by_impact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _jsonl(tmp_path / "planted.jsonl", planted())
    status, output, errors = _run(capsys, str(source))
    assert status == 1
    rows = [line.split()[:5] for line in output.splitlines() if not line.startswith(("candidate", "never"))]
    assert rows == [
        ["share", "bodies", "name", "kind", "path"],
        ["30.0%", "12/40", APPLIED, "undeclared", DEEP],
        ["25.0%", "5/20", REPORT, "type", RANK],
        ["5.0%", "2/40", APPLIED, "null", NULLED],
        ["4.8%", "3/63", "(no", "schema", "fits)"],
    ]
    assert "expected integer, seen string" in output and "keys: kind, payload" in output
    assert "candidate enum: hirempire.applicant_applied /applicant/ai_evaluation/skill_match: " in output
    # stderr is no terminal here: the summary only, no progress line
    assert errors.splitlines() == [
        "63 bodies profiled: 53 valid, 7 invalid, 3 of no known shape, 0 unreadable (2 names)"
    ]


def test_json_is_the_library_report_with_the_sources_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _jsonl(tmp_path / "planted.jsonl", planted())
    assert _json(capsys, str(source)) == drift.report(drift.profile(planted()), sources=[str(source)])


def test_two_jobs_give_the_report_of_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _jsonl(tmp_path / "many.jsonl", planted() * 20)  # 1,260 bodies: more than one chunk each
    one = _json(capsys, "--jobs", "1", str(source))
    assert one["bodies"] == 1260 and _json(capsys, "--jobs", "2", str(source)) == one


def test_a_folder_stdin_and_json_files_are_sources(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    bodies = planted()
    folder = tmp_path / "archive"
    folder.mkdir()
    _jsonl(folder / "b.jsonl", bodies[1:40])
    (folder / "a.json").write_bytes(bodies[0])
    (folder / "notes.txt").write_text("not a source")
    _jsonl(tmp_path / "rest.jsonl", bodies[41:])
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(bodies[40])))
    found = _json(capsys, str(folder), "-", str(tmp_path / "rest.jsonl"))
    expected = drift.report(drift.profile(bodies), sources=[str(folder), "-", str(tmp_path / "rest.jsonl")])
    assert found == expected


def _store(path: Path, bodies: list[bytes]) -> None:
    store = SQLiteStore(path)
    for number, raw in enumerate(bodies):
        body = json.loads(raw)
        name = hirehooks.detect(body)
        masked = kept_body(raw, name, keep_raw=False)  # as a receiver logs it
        vendor = name.split(".")[0] if name else "hirempire"
        store.add(Record(vendor, f"d{number}", "accepted", datetime.now(UTC), name=name, body=masked))
    store.add(Record("xobin", "not-json", "invalid", datetime.now(UTC), body=None))
    # Rows that are not profiled: a body counted already, and one that was not the vendor's.
    store.add(Record(vendor, f"d{number}", "accepted", datetime.now(UTC), name=name, body=masked))
    store.add(Record("xobin", "forged", "unauthenticated", datetime.now(UTC), body=None))


def test_a_delivery_log_is_a_source_its_masks_are_no_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _store(tmp_path / "deliveries.db", planted())
    found = _json(capsys, str(tmp_path / "deliveries.db"))
    from_files = drift.report(drift.profile(planted()))
    assert found["unreadable"] == 1 and found["bodies"] == 64
    assert found["unknown"] == from_files["unknown"]
    for logged, recorded in zip(found["names"], from_files["names"], strict=True):
        assert logged["deviations"] == recorded["deviations"]
        assert (logged["name"], logged["valid"], logged["invalid"]) == (
            recorded["name"],
            recorded["valid"],
            recorded["invalid"],
        )


@pytest.mark.parametrize(
    ("fail_on", "status"),
    [
        (None, 1),  # default: invalid bodies and bodies of no known shape
        ("type", 1),
        ("range,length", 0),
        ("undeclared", 1),
        ("0.3", 0),  # the largest share is 30 %: not more than 0.3
        ("0.29", 1),
        ("enum,0.3", 0),
    ],
)
def test_fail_on_kinds_or_a_share(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fail_on: str | None, status: int
) -> None:
    source = str(_jsonl(tmp_path / "planted.jsonl", planted()))
    assert _run(capsys, *(["--fail-on", fail_on] if fail_on else []), source)[0] == status


def test_undamaged_bodies_exit_zero_unless_undeclared_fields_are_asked_for(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(_jsonl(tmp_path / "good.jsonl", undamaged()))
    status, output, _ = _run(capsys, source)
    assert status == 0 and output.splitlines()[0] == "no deviation from the schemas"
    assert _run(capsys, "--strict", "--fail-on", "undeclared", source)[0] == 0


@pytest.mark.parametrize("args", [["--event", "nobody.nothing"], ["--vendor", "nobody"]])
def test_an_unknown_event_or_vendor_exits_two(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    status, output, errors = _run(capsys, *args, str(_jsonl(tmp_path / "one.jsonl", planted()[:1])))
    assert (status, output) == (2, "") and "unknown" in errors.lower()


@pytest.mark.parametrize(
    "args",
    [
        ["--fail-on", "s3cr3t-value"],
        ["--fail-on", "0.1,0.2"],
        ["--fail-on", "1.5"],
        ["--jobs", "0"],
        ["--event", APPLIED, "--vendor", "hirempire"],
    ],
)
def test_a_bad_option_exits_two_and_never_echoes_its_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["drift", *args, str(_jsonl(tmp_path / "one.jsonl", planted()[:1]))])
    errors = capsys.readouterr().err
    assert stopped.value.code == 2 and "s3cr3t" not in errors and "drift" in errors


def test_unreadable_bodies_are_a_row_of_their_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _jsonl(tmp_path / "mixed.jsonl", [*undamaged()[:3], b"{not json"])
    status, output, _ = _run(capsys, str(source))
    assert status == 1
    cells = re.split(r"\s{2,}", output.splitlines()[1])
    assert cells == ["25.0%", "1/4", "(not read)", "unreadable", "(body)", "not JSON or too large"]


def test_an_unreadable_source_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, output, errors = _run(capsys, str(tmp_path / "missing.jsonl"))
    assert (status, output) == (2, "") and "cannot read" in errors


def test_no_pii_in_the_table_the_json_or_the_suggestions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = str(_jsonl(tmp_path / "planted.jsonl", planted()))
    suggestions = tmp_path / "suggested"
    _, table, table_errors = _run(capsys, "--suggest", str(suggestions), source)
    _, report, _ = _run(capsys, "--format", "json", source)
    written = "".join(path.read_text() for path in suggestions.rglob("*") if path.is_file())
    assert written and "culture_fit" in written
    for text in (table, table_errors, report, written):
        assert MARKER not in text and "Native" not in text


def test_progress_is_drawn_on_a_terminal_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    source = str(_jsonl(tmp_path / "planted.jsonl", planted()))
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    _, output, errors = _run(capsys, "--format", "json", source)
    assert "\r63 checked, 10 invalid" in errors  # 7 invalid bodies and 3 of no known shape
    assert "checked" not in output


def test_a_mask_at_a_pii_path_is_drift_unless_the_body_comes_from_a_delivery_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`0` where a PII string belongs is a type deviation in a file, as `validate` says; only the log's
    own masks are not drift (D82)."""
    body = json.loads(json.dumps(hirehooks.examples("hirempire.applicant_applied")["applicant_applied.json"]))
    body["applicant"]["phone"] = 0
    source = str(_jsonl(tmp_path / "zero.jsonl", [json.dumps(body).encode()]))
    status, output, _ = _run(capsys, source)
    assert status == 1 and "/applicant/phone" in output and "type" in output
    assert main(["validate", source]) == 1
    capsys.readouterr()


def test_a_fifo_source_is_read_whole(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A FIFO (a pipe, a process substitution) is read once: a peek for the log's header would lose
    what it holds."""
    import os
    import threading

    fifo = tmp_path / "stream.jsonl"
    os.mkfifo(fifo)
    lines = undamaged()[:12]

    def feed() -> None:
        with open(fifo, "wb") as stream:
            for line in lines:
                stream.write(line + b"\n")

    writer = threading.Thread(target=feed)
    writer.start()
    found = _json(capsys, str(fifo))
    writer.join()
    assert found["bodies"] == len(lines)


def test_a_report_cut_off_at_the_path_cap_is_never_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    applied = dict(hirehooks.examples("hirempire.applicant_applied")["applicant_applied.json"])
    bodies = [json.dumps({**applied, f"k{number:05}": 1}).encode() for number in range(2100)]
    source = str(_jsonl(tmp_path / "keys.jsonl", bodies))
    status, output, _ = _run(capsys, "--fail-on", "0.99", source)
    assert status == 1 and "cut off: hirempire.applicant_applied: past 2,000 paths a table" in output
