"""The command line under bad input and a hostile environment: odd bodies, endless input, closed or full
output, Ctrl-C, secrets in arguments, file names that would forge lines. Real processes where it matters."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO

import pytest

from hirehooks._cli import main
from tests.conftest import documented_example

HIREHOOKS = [sys.executable, "-m", "hirehooks"]
STARTED = documented_example("heymilo.interview_started")
VALID = STARTED.read_bytes().replace(b"\n", b"")
WRONG = json.dumps({**json.loads(VALID), "timestamp": "soon"}).encode()


def run(*args: str, stdin: int | IO[bytes] = subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*HIREHOOKS, *args], stdin=stdin, capture_output=True, text=True, check=False)


# -- bodies that are JSON but not objects ----------------------------------------------------------

NOT_OBJECTS = [b"5", b"-1.5", b"true", b"false", b"null", b'"report"', b"[]", b"[1, 2]", b"1e400"]


@pytest.mark.parametrize("event", [None, "heymilo.interview_started"], ids=["detected", "named"])
def test_any_json_value_is_a_problem_and_the_rest_of_the_file_is_checked(
    event: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(b"\n".join([*NOT_OBJECTS, WRONG, VALID]) + b"\n")
    assert main(["validate", *(["--event", event] if event else []), str(path)]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert sorted({int(line.split(":")[1]) for line in lines}) == list(range(1, len(NOT_OBJECTS) + 2))
    assert any(line.startswith(f"{path}:{len(NOT_OBJECTS) + 1}: /timestamp: ") for line in lines)
    assert captured.err == f"{len(NOT_OBJECTS) + 2} bodies checked, {len(NOT_OBJECTS) + 1} invalid\n"


@pytest.mark.parametrize("body", NOT_OBJECTS[:5], ids=lambda body: body.decode())
def test_a_json_file_holding_a_scalar_is_one_problem(body: bytes, tmp_path: Path) -> None:
    path = tmp_path / "scalar.json"
    path.write_bytes(body)
    result = run("validate", str(path))
    assert result.returncode == 1
    assert result.stdout == f"{path}:1: (body): not a JSON object, so no known event; name it with --event\n"
    assert "Traceback" not in result.stderr


# -- --max-bytes bounds what is read -----------------------------------------------------------------

TOO_LARGE = "(body): body is over the limit of 1000 bytes (--max-bytes); the rest was not read"


def test_endless_stdin_and_dev_zero_are_read_only_to_the_limit() -> None:
    with open("/dev/zero", "rb") as zeros:
        from_stdin = run("validate", "--max-bytes", "1000", "-", stdin=zeros)
    assert (from_stdin.returncode, from_stdin.stdout) == (1, f"-:1: {TOO_LARGE}\n")
    from_file = run("validate", "--max-bytes", "1000", "/dev/zero")
    assert (from_file.returncode, from_file.stdout) == (1, f"/dev/zero:1: {TOO_LARGE}\n")


def test_a_long_jsonl_line_is_skipped_to_its_end_and_the_next_lines_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "deliveries.jsonl"
    path.write_bytes(b"x" * 1001 + b"\n" + VALID + b"\r\n" + b"[" * 5000 + b"\n" + WRONG)  # last: no line end
    result = run("validate", "--max-bytes", "1000", str(path))
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"{path}:1: {TOO_LARGE}",
        f"{path}:3: {TOO_LARGE}",
        f"{path}:4: /timestamp: expected number, got string",
    ]
    assert result.stderr == "4 bodies checked, 3 invalid\n"


def test_a_body_exactly_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "exact.jsonl"
    path.write_bytes(VALID + b"\r\n" + VALID + b" \n")
    at_limit = run("validate", "--max-bytes", str(len(VALID)), str(path))
    assert (at_limit.returncode, at_limit.stdout) == (
        1,
        f"{path}:2: {TOO_LARGE.replace('1000', str(len(VALID)))}\n",
    )


MEASURE = """
import re, sys
from hirehooks._cli import main
status = main(sys.argv[1:])
with open("/proc/self/status") as status_file:  # VmHWM: this program's peak; ru_maxrss would count
    print(re.search(r"VmHWM:\\s+(\\d+) kB", status_file.read())[1], file=sys.stderr)  # its forking parent
sys.exit(status)
"""


def test_a_newline_less_jsonl_of_256_mib_is_never_held_in_memory(tmp_path: Path) -> None:
    """A FIFO feeds 256 MiB without a line end, then a valid line: peak memory stays far below it."""
    fifo = tmp_path / "stream.jsonl"
    os.mkfifo(fifo)

    def feed() -> None:
        with open(fifo, "wb") as stream, contextlib.suppress(BrokenPipeError):  # the reader may fail early
            piece = b"a" * (1 << 20)
            for _ in range(256):
                stream.write(piece)
            stream.write(b"\n" + VALID + b"\n")

    writer = threading.Thread(target=feed)
    writer.start()
    command = [sys.executable, "-c", MEASURE, "validate", "--max-bytes", "1000", str(fifo)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    writer.join()
    *_, peak_kib = result.stderr.splitlines()
    assert int(peak_kib) < 200 * 1024, peak_kib  # KiB; the stream was 256 MiB
    assert result.returncode == 1
    assert result.stdout == f"{fifo}:1: {TOO_LARGE}\n"
    assert result.stderr.splitlines()[0] == "2 bodies checked, 1 invalid"


# -- closed or full output ----------------------------------------------------------------------------


def _many_problems(tmp_path: Path) -> Path:
    path = tmp_path / "wrong.jsonl"
    path.write_bytes((WRONG + b"\n") * 3000)
    return path


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_validate_into_a_closed_pipe_ends_quietly(jobs: str, tmp_path: Path) -> None:
    path = _many_problems(tmp_path)
    command = f"{sys.executable} -m hirehooks validate --jobs {jobs} {path} | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command], capture_output=True, text=True, check=False
    )
    assert result.stdout == f"{path}:1: /timestamp: expected number, got string\n"
    assert result.stderr == ""
    assert result.returncode == 1


def test_a_full_output_device_is_one_line_on_stderr_not_cannot_read(tmp_path: Path) -> None:
    """D35: output that cannot be written ends the run with exit 1; only a closed pipe goes unsaid."""
    path = _many_problems(tmp_path)
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [*HIREHOOKS, "validate", str(path)], stdout=full, stderr=subprocess.PIPE, text=True, check=False
        )
    assert result.returncode == 1
    assert result.stderr == "hirehooks: cannot write the output: No space left on device\n"
    with open("/dev/full", "w") as full:
        listing = subprocess.run([*HIREHOOKS, "events"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert (listing.returncode, listing.stderr) == (
        1,
        "hirehooks: cannot write the output: No space left on device\n",
    )


# -- Ctrl-C ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_interrupt_exits_130_without_a_traceback(jobs: str, tmp_path: Path) -> None:
    """The command blocks reading a FIFO that never ends; opening it for writing returns only once the
    command has opened it, so the signal comes while Python code runs (not during start-up). The whole
    process group is signalled, as a terminal's Ctrl-C does, workers included."""
    fifo = tmp_path / "never-ending.jsonl"
    os.mkfifo(fifo)
    interrupted = threading.Event()

    def feed() -> None:  # a few chunks, then the stream stays open, as an endless one would
        with open(fifo, "wb") as stream, contextlib.suppress(BrokenPipeError):
            stream.write((WRONG + b"\n") * 2000)
            stream.flush()
            interrupted.wait()

    command = subprocess.Popen(
        [*HIREHOOKS, "validate", "--jobs", jobs, str(fifo)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    writer = threading.Thread(target=feed)
    writer.start()
    assert command.stdout is not None
    first = command.stdout.readline()  # output has come back: the command and its workers are running
    os.killpg(command.pid, signal.SIGINT)
    _, stderr = command.communicate()
    interrupted.set()
    writer.join()
    assert first.endswith(": /timestamp: expected number, got string\n")
    assert command.returncode == 130
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr


# -- arguments never echo a secret, file names cannot forge lines -------------------------------------

SECRET = "s3cr3t-value"


@pytest.mark.parametrize(
    "arguments",
    [
        ["--header", f"Authorization Bearer {SECRET}"],
        ["--header", f"X-Token: {SECRET}\nX-Forged: 1"],
        ["--header", f"X-Token: {SECRET}\u20ac"],
        ["--basic", SECRET],
        ["--sign-secret", f"whsec_{SECRET}!"],
        ["--sign-secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", f"extra-{SECRET}"],
        [f"--sign-secrt={SECRET}"],
        [f"--b={SECRET}:x"],
        ["--sign-secrt", SECRET],
    ],
    ids=[
        "header-without-colon",
        "header-with-newline",
        "header-not-latin1",
        "basic-without-colon",
        "malformed-secret",
        "extra-positional",
        "misspelt-option-with-equals",
        "abbreviation",
        "misspelt-option",
    ],
)
def test_argument_errors_never_echo_a_value(arguments: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """D34: no type error, unknown argument or ambiguous abbreviation quotes what was given."""
    with pytest.raises(SystemExit) as exited:
        main(["send", "heymilo.interview_started", "--url", "http://127.0.0.1:9/", *arguments])
    assert exited.value.code == 2
    error = capsys.readouterr().err
    assert "error: " in error
    assert SECRET not in error


def test_a_file_name_with_a_newline_cannot_forge_a_line(tmp_path: Path) -> None:
    """D35: a name that does not print is shown quoted with escapes (repr)."""
    forged = tmp_path / "a.jsonl\nforged.jsonl:1: (body): fine"
    forged.write_bytes(WRONG + b"\n")
    escape = tmp_path / "b\x1b[2J.jsonl"
    escape.write_bytes(WRONG + b"\n")
    result = run("validate", str(forged), str(escape))
    assert result.stdout.splitlines() == [
        f"{str(forged)!r}:1: /timestamp: expected number, got string",
        f"{str(escape)!r}:1: /timestamp: expected number, got string",
    ]
    missing = run("validate", str(tmp_path / "gone\n.json"))
    assert missing.returncode == 2
    assert missing.stderr.count("\n") == 1 and "\\n" in missing.stderr


def test_a_key_with_a_newline_cannot_forge_a_line(tmp_path: Path) -> None:
    path = tmp_path / "key.json"
    path.write_text(json.dumps({**json.loads(VALID), "x\nforged.json:1: y": 1}))
    result = run("validate", "--strict", str(path))
    problem = "/x\nforged.json:1: y: unexpected property (strict mode)"
    assert result.stdout.splitlines() == [f"{path}:1: {problem!r}"]


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    name = os.fsdecode(bytes(tmp_path) + b"/\xff.json")
    Path(name).write_bytes(WRONG)
    result = run("validate", name)
    assert result.returncode == 1
    assert result.stdout == f"{name!r}:1: /timestamp: expected number, got string\n"
