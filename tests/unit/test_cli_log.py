"""`hirehooks log list|show|export` and `hirehooks replay` over a real delivery log written by
`hirehooks.receive`; replays go over real HTTP on loopback to a receiver sharing that log, or with its own."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from hirehooks import Hooks, receive
from hirehooks._cli import main
from hirehooks.auth import StandardWebhooks, Unauthenticated, signature_headers
from hirehooks.store import Record, SQLiteStore

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
OTHER_SECRET = "whsec_b3RoZXIgc2VjcmV0IGtleSBoZXJl"
WEIRD_ID = "evil\x1b[2J\nid"
WEIRD_NAME = "heymilo.\x1b[31mred\u202e\nforged"
OLD = datetime(2020, 1, 1, tzinfo=UTC)
LAYOUT = {
    "seq",
    "received_at",
    "vendor",
    "name",
    "delivery_id",
    "verdict",
    "problems",
    "error",
    "headers",
    "body",
}


def _example(name: str) -> bytes:
    return json.dumps(next(iter(hirehooks.examples(name).values()))).encode()


STARTED = _example("heymilo.interview_started")
COMPLETED = _example("heymilo.interview_completed")
ASSESSMENT = _example("xobin.assessment_start")
HANDSHAKE = _example("hirempire.url_verification")


@dataclass(frozen=True)
class Log:
    """A delivery log with one record of each verdict; ``seq`` maps a label to its row."""

    path: Path
    seq: dict[str, int]

    def store(self) -> SQLiteStore:
        return SQLiteStore(self.path, create=False)


def _receive(store: SQLiteStore, headers: dict[str, str], body: bytes, *, vendor: str, auth: Any) -> int:
    """The row ``receive`` recorded, whether it returned or raised."""
    with suppress(hirehooks.HirehooksError):
        receive(headers, body, vendor=vendor, auth=auth, store=store)
    return max(record.seq or 0 for record in store.records())


def _signed(store: SQLiteStore, body: bytes, msg_id: str, secret: str = SECRET) -> int:
    """A heymilo delivery signed with ``secret``, to a receiver that verifies ``SECRET``."""
    headers = signature_headers(secret, body, msg_id=msg_id)
    return _receive(store, headers, body, vendor="heymilo", auth=StandardWebhooks(SECRET))


@pytest.fixture
def log(tmp_path: Path) -> Log:
    path = tmp_path / "deliveries.db"
    store = SQLiteStore(path)
    seq = {
        "accepted": _signed(store, STARTED, "msg_started"),
        "failed": _signed(store, COMPLETED, "msg_completed"),
        "duplicate": _signed(store, STARTED, "msg_started"),
        "unauthenticated": _signed(store, STARTED, "msg_forged", secret=OTHER_SECRET),
    }
    store.mark_failed(seq["failed"], "builtins.RuntimeError")  # what Hooks does when a handler raises
    invalid = json.loads(ASSESSMENT)
    invalid["assessment_id"] = "not a number"
    anyone = Unauthenticated()
    seq["invalid"] = _receive(store, {}, json.dumps(invalid).encode(), vendor="xobin", auth=anyone)
    seq["not_json"] = _receive(store, {}, b"not json {", vendor="xobin", auth=anyone)
    seq["handshake"] = _receive(store, {}, HANDSHAKE, vendor="hirempire", auth=anyone)
    seq["weird_id"] = _receive(store, {"webhook-id": WEIRD_ID}, ASSESSMENT, vendor="xobin", auth=anyone)
    weird = Record(
        vendor="heymilo", delivery_id="two words", verdict="invalid", received_at=OLD, name=WEIRD_NAME
    )
    seq["weird_name"] = store.add(weird).seq or 0
    store.close()
    return Log(path, seq)


def _run(argv: list[str]) -> int:
    """``main``'s status, also when argparse ends the run."""
    try:
        return main(argv)
    except SystemExit as exited:
        assert isinstance(exited.code, int)
        return exited.code


def _seqs(output: str) -> list[int]:
    return [int(line.split(" ")[0]) for line in output.splitlines()]


# -- log list -------------------------------------------------------------------------------------------


def test_list_prints_one_line_of_seven_columns_per_record_with_odd_values_quoted(
    log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "list", "--store", str(log.path)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert _seqs(captured.out) == sorted(log.seq.values())  # a newline in a value forged no line
    assert all(len(line.split(" ")) == 7 for line in lines)  # nor a space a column
    accepted = log.store().get(log.seq["accepted"])
    assert lines[0].split(" ") == [
        str(log.seq["accepted"]),
        accepted.received_at.isoformat(),
        "heymilo",
        "heymilo.interview_started",
        "msg_started",
        "accepted",
        "0",
    ]
    invalid = lines[log.seq["invalid"] - 1].split(" ")
    assert invalid[2:4] == ["xobin", "xobin.assessment_start"] and invalid[5] == "invalid"
    assert invalid[6] == "1"
    assert lines[log.seq["not_json"] - 1].split(" ")[3] == "-"  # no name: the body was not JSON
    assert lines[log.seq["weird_id"] - 1].split(" ")[4] == repr(WEIRD_ID)
    assert lines[log.seq["weird_name"] - 1].split(" ")[3:5] == [repr(WEIRD_NAME), r"'two\x20words'"]
    assert "\x1b" not in captured.out and "\u202e" not in captured.out
    assert captured.err == f"{len(log.seq)} records\n"


def test_list_filters_by_verdict_name_vendor_and_since(log: Log, capsys: pytest.CaptureFixture[str]) -> None:
    def listed(*filters: str) -> list[int]:
        assert main(["log", "list", "--store", str(log.path), *filters]) == 0
        return _seqs(capsys.readouterr().out)

    assert listed("--verdict", "accepted") == [log.seq["accepted"], log.seq["weird_id"]]
    assert listed("--verdict", "handler_failed", "--verdict", "duplicate") == [
        log.seq["failed"],
        log.seq["duplicate"],
    ]
    # An unauthenticated delivery has no name: it is refused before its body is looked at.
    assert listed("--name", "heymilo.interview_started") == [log.seq["accepted"], log.seq["duplicate"]]
    assert listed("--vendor", "hirempire") == [log.seq["handshake"]]
    assert listed("--vendor", "xobin", "--verdict", "invalid") == [log.seq["invalid"], log.seq["not_json"]]
    everything = sorted(log.seq.values())
    recent = [seq for seq in everything if seq != log.seq["weird_name"]]  # the one received in 2020
    assert listed("--since", "2021-01-01") == recent
    assert listed("--since", "2019-12-31T23:00:00") == everything  # no zone: UTC, an hour before
    assert listed("--since", "2019-12-31T23:00:00-02:00") == recent  # 01:00 UTC, an hour after
    assert listed("--since", "2020-01-01T00:00:00Z") == everything  # at or after


# -- log show, log export -----------------------------------------------------------------------------------


def test_show_prints_the_record_as_json_with_its_headers_masked(
    log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "show", "--store", str(log.path), str(log.seq["failed"])]) == 0
    output = capsys.readouterr().out
    shown = json.loads(output)
    assert set(shown) == LAYOUT
    stored = log.store().get(log.seq["failed"])
    assert shown["seq"] == log.seq["failed"]
    assert shown["received_at"] == stored.received_at.isoformat()
    assert (shown["vendor"], shown["name"], shown["delivery_id"]) == (
        "heymilo",
        "heymilo.interview_completed",
        "msg_completed",
    )
    assert (shown["verdict"], shown["error"], shown["problems"]) == (
        "handler_failed",
        "builtins.RuntimeError",
        [],
    )
    assert shown["headers"]["webhook-signature"] == "[redacted]"
    assert shown["headers"]["webhook-id"] == "msg_completed"
    assert stored.body is not None and shown["body"] == json.loads(stored.body)
    assert output.startswith('{\n  "seq"')  # indented

    assert main(["log", "show", "--store", str(log.path), str(log.seq["invalid"])]) == 0
    invalid = json.loads(capsys.readouterr().out)
    assert invalid["problems"] == [{"pointer": "/assessment_id", "detail": "expected number, got string"}]

    assert main(["log", "show", "--store", str(log.path), str(log.seq["not_json"])]) == 0
    assert json.loads(capsys.readouterr().out)["body"] is None

    assert main(["log", "show", "--store", str(log.path), str(log.seq["weird_name"])]) == 0
    output = capsys.readouterr().out
    assert output.isascii() and json.loads(output)["name"] == WEIRD_NAME  # escaped, not lost


def test_export_writes_one_record_a_line_whose_accepted_bodies_validate(
    log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "export", "--store", str(log.path), "--jsonl"]) == 0
    captured = capsys.readouterr()
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert [record["seq"] for record in records] == sorted(log.seq.values())
    assert all(set(record) == LAYOUT for record in records)
    accepted = [record for record in records if record["verdict"] == "accepted"]
    assert len(accepted) == 2
    for record in accepted:
        assert hirehooks.validate(record["name"], record["body"]) == []
    assert captured.err == f"{len(log.seq)} records\n"

    assert main(["log", "export", "--store", str(log.path), "--jsonl", "--verdict", "invalid"]) == 0
    assert [json.loads(line)["seq"] for line in capsys.readouterr().out.splitlines()] == [
        log.seq["invalid"],
        log.seq["not_json"],
        log.seq["weird_name"],
    ]


def test_export_bodies_is_a_file_hirehooks_validate_reads(
    log: Log, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["log", "export", "--store", str(log.path), "--jsonl", "--bodies", "--vendor", "xobin"]) == 0
    captured = capsys.readouterr()
    bodies = tmp_path / "xobin.jsonl"
    bodies.write_text(captured.out)
    assert len(captured.out.splitlines()) == 2  # the invalid body and the accepted one; not_json left out
    assert captured.err == "2 records\n1 left out: the log holds no JSON body for them\n"
    assert main(["validate", "--event", "xobin.assessment_start", str(bodies)]) == 1
    problems = capsys.readouterr().out.splitlines()
    assert len(problems) >= 1 and all(line.startswith(f"{bodies}:1: ") for line in problems)


# -- usage errors ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["log", "list"],
        ["log", "show", "1", "--store"],
        ["log", "export", "--jsonl"],
        ["replay", "--url", "http://127.0.0.1:9/"],
    ],
    ids=["list", "show", "export", "replay"],
)
def test_a_missing_log_is_a_usage_error_and_is_not_created(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "typo.db"
    argv = [*command, str(missing)] if command[-1] == "--store" else [*command, "--store", str(missing)]
    assert _run(argv) == 2
    assert not missing.exists()
    assert capsys.readouterr().err == f"hirehooks: no delivery log at {missing}\n"


def test_a_file_that_is_not_a_log_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"not an SQLite file " * 40)
    assert _run(["log", "list", "--store", str(junk)]) == 2
    assert capsys.readouterr().err.startswith(
        f"hirehooks: cannot read the delivery log {junk}: SQLITE_NOTADB"
    )


@pytest.mark.parametrize(
    "arguments",
    [
        ["--verdict", "whsec_s3cr3t"],
        ["--vendor", "whsec_s3cr3t"],
        ["--since", "whsec_s3cr3t"],
        ["--since", "2026-13-01"],
    ],
    ids=["verdict", "vendor", "since", "since-no-such-month"],
)
def test_a_bad_filter_is_a_usage_error_that_does_not_echo_it(
    arguments: list[str], log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(["log", "list", "--store", str(log.path), *arguments]) == 2
    error = capsys.readouterr().err
    assert "error: argument" in error and arguments[1] not in error
    assert _run(["replay", "--store", str(log.path), "--url", "http://127.0.0.1:9/", *arguments]) == 2


def test_an_unknown_name_or_seq_is_a_usage_error(log: Log, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["log", "list", "--store", str(log.path), "--name", "heymilo.nope"]) == 2
    assert "heymilo.nope" in capsys.readouterr().err
    assert _run(["log", "show", "--store", str(log.path), "99"]) == 2
    assert capsys.readouterr().err == f"hirehooks: no delivery 99 in {log.path}\n"
    assert _run(["log", "show", "--store", str(log.path), "0"]) == 2
    assert _run(["log", "export", "--store", str(log.path)]) == 2  # --jsonl: the one format, said


# -- replay ---------------------------------------------------------------------------------------------


@dataclass
class Receiver:
    url: str
    bodies: list[bytes]
    handled: list[str]


Answer = Callable[[dict[str, str], bytes, str], tuple[int, bytes]]


@contextmanager
def _serving(answer: Answer) -> Iterator[Receiver]:
    """A ThreadingHTTPServer on a free loopback port answering each POST with ``answer``."""
    bodies: list[bytes] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            bodies.append(body)
            status, content = answer(dict(self.headers), body, self.path)
            self.send_response(status)
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        def log_message(self, *args: Any) -> None:  # keep pytest's output clean
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Receiver(f"http://127.0.0.1:{httpd.server_address[1]}/hooks", bodies, [])
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@contextmanager
def _hooks_serving(vendor: str, auth: Any, store: SQLiteStore) -> Iterator[Receiver]:
    """A receiver made with ``hirehooks.Hooks``, each of its handlers noting the name it handled."""
    hooks = Hooks(vendor=vendor, auth=auth, store=store)
    handled: list[str] = []

    def noting(name: str) -> Callable[[Any], None]:
        return lambda event: handled.append(name)

    for name in hooks.setup.names:
        hooks.on(name)(noting(name))

    def answer(headers: dict[str, str], body: bytes, path: str) -> tuple[int, bytes]:
        response = hooks.respond(headers, body, path)
        return response.status, response.body

    with _serving(answer) as receiver:
        receiver.handled = handled
        yield receiver


def _new_rows(store: SQLiteStore, after: int) -> list[tuple[str | None, str, str]]:
    return [
        (record.name, record.delivery_id, record.verdict)
        for record in store.records()
        if (record.seq or 0) > after
    ]


def test_replay_signs_afresh_keeping_the_id_so_accepted_is_a_duplicate_and_failed_is_handled_again(
    log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    store = log.store()
    last = max(log.seq.values())
    with _hooks_serving("heymilo", StandardWebhooks(SECRET), store) as receiver:
        argv = ["replay", "--masked", "--store", str(log.path), "--url", receiver.url, "--vendor", "heymilo"]
        assert main([*argv, "--sign-secret", SECRET]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert [line.split(": ")[0] for line in lines] == [
        f"{log.seq['accepted']} heymilo.interview_started msg_started",
        f"{log.seq['failed']} heymilo.interview_completed msg_completed",
    ]
    assert all(": 200 in " in line and line.endswith(" ms") for line in lines)
    assert captured.err == "2 delivered, 0 failed, 0 skipped\n"
    assert _new_rows(store, last) == [
        ("heymilo.interview_started", "msg_started", "duplicate"),  # signature verified, then deduped
        ("heymilo.interview_completed", "msg_completed", "accepted"),
    ]
    assert receiver.handled == ["heymilo.interview_completed"]
    assert receiver.bodies == [store.get(log.seq["accepted"]).body, store.get(log.seq["failed"]).body]


def test_an_unsigned_replay_keeps_the_id_too_and_a_refusal_fails_the_run(
    log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    store = log.store()
    last = max(log.seq.values())
    argv = ["replay", "--masked", "--store", str(log.path), "--vendor", "heymilo", "--verdict", "accepted"]
    with _hooks_serving("heymilo", Unauthenticated(), store) as receiver:
        assert main([*argv, "--url", receiver.url]) == 0
    assert _new_rows(store, last) == [("heymilo.interview_started", "msg_started", "duplicate")]
    with _hooks_serving("heymilo", StandardWebhooks(SECRET), store) as receiver:
        assert main([*argv, "--url", receiver.url]) == 1
    assert receiver.handled == []
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].startswith(f"{log.seq['accepted']} heymilo.interview_started msg_started: 401 in ")
    assert json.loads(lines[2].strip())["status"] == 401  # the start of the answer, indented


def test_replay_by_default_sends_accepted_and_handler_failed_only_with_the_headers_asked_for(
    log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[dict[str, str]] = []

    def answer(headers: dict[str, str], body: bytes, path: str) -> tuple[int, bytes]:
        seen.append({name.lower(): value for name, value in headers.items()})
        return 204, b""

    extra = ["--basic", "user:pa:ss", "--header", "X-Trace: 7"]
    with _serving(answer) as receiver:
        assert main(["replay", "--masked", "--store", str(log.path), "--url", receiver.url, *extra]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [int(line.split(" ")[0]) for line in lines] == [
        log.seq["accepted"],
        log.seq["failed"],
        log.seq["weird_id"],
    ]
    assert lines[2] == (
        f"{log.seq['weird_id']} xobin.assessment_start {WEIRD_ID!r}: skipped, its delivery id cannot be"
        " sent as a webhook-id header"
    )
    assert len(receiver.bodies) == 2
    assert [headers["webhook-id"] for headers in seen] == ["msg_started", "msg_completed"]
    for headers in seen:
        assert "webhook-signature" not in headers  # unsigned: no --sign-secret
        assert headers["authorization"] == "Basic dXNlcjpwYTpzcw=="  # user:pa:ss
        assert (headers["x-trace"], headers["content-type"]) == ("7", "application/json")


def test_an_unreachable_endpoint_fails_the_replay_without_a_traceback(
    log: Log, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/"
    assert main(["replay", "--masked", "--store", str(log.path), "--url", url, "--verdict", "accepted"]) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith(f"{log.seq['accepted']} heymilo.interview_started msg_started: ")
    assert "refused" in captured.out.splitlines()[0]
    assert captured.err == "1 delivered, 1 failed, 1 skipped\n"


def test_replay_sends_an_invalid_body_exactly_and_skips_one_the_log_does_not_hold(
    log: Log, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """To a receiver with a log of its own: the replayed invalid body is refused for the same problems."""
    other = SQLiteStore(tmp_path / "other.db")
    argv = ["replay", "--masked", "--store", str(log.path), "--vendor", "xobin", "--verdict", "invalid"]
    with _hooks_serving("xobin", Unauthenticated(), other) as receiver:
        assert main([*argv, "--url", receiver.url]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].startswith(f"{log.seq['invalid']} xobin.assessment_start sha256:")
    assert ": 422 in " in lines[0]
    assert lines[-1].startswith(f"{log.seq['not_json']} - sha256:")
    assert lines[-1].endswith(": skipped, the log holds no body for it (it was not JSON)")
    assert captured.err == "1 delivered, 1 failed, 1 skipped\n"
    original = log.store().get(log.seq["invalid"])
    assert receiver.bodies == [original.body]
    (replayed,) = other.records()
    assert (replayed.verdict, replayed.delivery_id, replayed.problems) == (
        "invalid",
        original.delivery_id,
        original.problems,
    )


def test_replay_sends_only_bodies_kept_raw_unless_asked_for_masked_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A masked body would feed ``[redacted]`` to live handlers, and its real retry would then be a
    duplicate: it is skipped unless ``--masked`` asks for it (D75)."""
    masked, raw = SQLiteStore(tmp_path / "masked.db"), SQLiteStore(tmp_path / "raw.db", keep_raw=True)
    _signed(masked, STARTED, "msg_masked")
    _signed(raw, STARTED, "msg_raw")

    def answer(headers: dict[str, str], body: bytes, path: str) -> tuple[int, bytes]:
        return 204, b""

    with _serving(answer) as receiver:
        assert main(["replay", "--store", str(masked.path), "--url", receiver.url]) == 0
        assert main(["replay", "--store", str(raw.path), "--url", receiver.url]) == 0
        assert receiver.bodies == [STARTED]  # the raw one, byte for byte
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("msg_masked: skipped, the log keeps its body masked (--masked sends it anyway)")
    assert lines[1].startswith("1 heymilo.interview_started msg_raw: 204 in ")
