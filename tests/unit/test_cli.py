"""The command line: output lines, exit status, JSONL, stdin, and both ways of starting it."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

import hirehooks
from hirehooks._cli import main
from tests.conftest import documented_example

STARTED = documented_example("heymilo.interview_started")
REPORT = documented_example("heymilo.report_available")


def _jsonl(tmp_path: Path) -> Path:
    started = json.loads(STARTED.read_bytes())
    lines = [json.dumps(started), "", json.dumps({**started, "timestamp": "soon"}), "{not json"]
    path = tmp_path / "bodies.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_valid_files_exit_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--event", "heymilo.report_available", str(REPORT)]) == 0
    assert main(["validate", str(STARTED), str(REPORT)]) == 0  # events detected per body
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.splitlines() == ["1 body checked, 0 invalid", "2 bodies checked, 0 invalid"]


def test_jsonl_reports_one_line_per_problem_with_file_line_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _jsonl(tmp_path)
    assert main(["validate", "--event", "heymilo.interview_started", str(path)]) == 1
    assert capsys.readouterr().out.splitlines() == [
        f"{path}:3: /timestamp: expected number, got string",
        f"{path}:4: (body): malformed JSON: Expecting property name enclosed in double quotes"
        " at line 1 column 2",
    ]


def test_strict_flag_rejects_unknown_fields(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "extra.json"
    path.write_text(json.dumps({**json.loads(STARTED.read_bytes()), "new_field": 1}))
    assert main(["validate", str(path)]) == 0
    assert main(["validate", "--strict", str(path)]) == 1
    assert capsys.readouterr().out == f"{path}:1: /new_field: unexpected property (strict mode)\n"


def test_undetectable_body_is_invalid(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "other.json"
    path.write_text('{"hello": "world"}')
    assert main(["validate", str(path)]) == 1
    assert "no known event has this shape; name it with --event" in capsys.readouterr().out


def test_stdin_is_read_for_a_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b'{"interview_id": 1}')))
    assert main(["validate", "--event", "heymilo.interview_started", "-"]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "-:1: /interview_id: expected string, got integer"


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", "--event", "heymilo.nope", str(STARTED)],
        ["validate", "does-not-exist.json"],
        ["schema", "heymilo.nope"],
        ["openapi", "nope"],
        ["validate"],
        ["validate", "--jobs", "0", str(STARTED)],
        ["validate", "--max-bytes", "-1", str(STARTED)],
        ["validate", "--evnt", "heymilo.interview_started", str(STARTED)],
        [],
    ],
    ids=[
        "unknown-event",
        "missing-file",
        "unknown-schema",
        "unknown-vendor",
        "no-files",
        "no-jobs",
        "negative-max-bytes",
        "misspelt-option",
        "no-command",
    ],
)
def test_usage_errors_exit_two(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    try:
        status = main(argv)
    except SystemExit as exit_:  # argparse exits by itself
        status = int(exit_.code or 0)
    assert status == 2
    assert capsys.readouterr().err


def test_listing_and_printing_commands(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["events"]) == 0
    assert capsys.readouterr().out.split() == hirehooks.events()
    assert main(["names"]) == 0
    assert capsys.readouterr().out.split() == hirehooks.names()
    assert main(["schema", "xobin.webhook_settings_response"]) == 0
    assert json.loads(capsys.readouterr().out) == hirehooks.schema("xobin.webhook_settings_response")
    assert main(["openapi", "heymilo"]) == 0
    assert json.loads(capsys.readouterr().out) == hirehooks.openapi("heymilo")


def test_api_bodies_are_validated_by_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "response.json"
    path.write_text('{"success": true, "data": {"id": "8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b", "events": []}}')
    assert main(["validate", "--event", "hirempire.create_webhook_response", str(path)]) == 1
    assert capsys.readouterr().out == f"{path}:1: /data/events: has 0 items: must have at least 1\n"


@pytest.mark.parametrize(
    "command", [[sys.executable, "-m", "hirehooks"], [str(Path(sys.executable).parent / "hirehooks")]]
)
def test_the_installed_command_and_python_m_run_the_same_cli(command: list[str], tmp_path: Path) -> None:
    path = _jsonl(tmp_path)
    result = subprocess.run([*command, "validate", str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0] == f"{path}:3: /timestamp: expected number, got string"
    assert result.stderr == "3 bodies checked, 2 invalid\n"


def test_a_closed_pipe_ends_the_output_quietly() -> None:
    command = f"{sys.executable} -m hirehooks openapi heymilo | head -c 10"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, check=False
    )
    assert result.stdout == '{\n  "opena'
    assert result.stderr == ""
    assert result.returncode == 1
