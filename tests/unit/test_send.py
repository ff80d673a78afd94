"""`hirehooks send` against a real HTTP server on loopback: stored, generated and recorded bodies."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from hirehooks._cli import main
from hirehooks._send import headers_for
from hirehooks.auth import signature_headers, verify, verify_basic

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


ANSWER = ("line one of why\n" + "x" * 600).encode()


class Recorder(BaseHTTPRequestHandler):
    """Answers 204, or the status the path names (``/status/500``, with ``ANSWER`` as its body); keeps
    every request."""

    received: list[dict[str, Any]]

    def _record(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.received.append(
            {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
        )
        if self.path.startswith("/status/"):
            self.send_response(int(self.path.rsplit("/", 1)[1]))
            self.send_header("Content-Length", str(len(ANSWER)))
            self.end_headers()
            self.wfile.write(ANSWER)
        else:
            self.send_response(204)
            self.end_headers()

    do_POST = do_GET = _record

    def log_message(self, *args: Any) -> None:  # keep pytest's output clean
        pass


@pytest.fixture
def server() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    received: list[dict[str, Any]] = []
    handler = type("Handler", (Recorder,), {"received": received})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", received
    httpd.shutdown()
    httpd.server_close()


def test_examples_are_posted_as_json(server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    url, received = server
    assert main(["send", "heymilo.report_available", "--url", url + "/hook"]) == 0
    stored = hirehooks.examples("heymilo.report_available")
    assert [json.loads(request["body"]) for request in received] == list(stored.values())
    assert {request["method"] for request in received} == {"POST"}
    assert {request["headers"]["Content-Type"] for request in received} == {"application/json"}
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines] == list(stored)
    assert all(" 204 in " in line and line.endswith(" ms") for line in lines)


@pytest.mark.parametrize("vendor", ["hirempire", "instaview", "xobin"])
def test_every_stored_payload_of_the_other_vendors_is_sent_and_detected(server: Any, vendor: str) -> None:
    url, received = server
    sent = []
    for name in hirehooks.events(vendor):
        received.clear()
        assert main(["send", name, "--url", url]) == 0
        sent += [(name, hirehooks.detect(request["body"])) for request in received]
    assert sent and all(name == detected for name, detected in sent)


def test_signature_basic_credentials_headers_and_get(server: Any) -> None:
    url, received = server
    argv = ["send", "heymilo.interview_started", "--url", url, "--method", "get", "--sign-secret", SECRET]
    argv += ["--basic", "user:pa ss:word", "--header", "X-Trace: 42"]
    assert main(argv) == 0
    assert len(received) == 2
    for request in received:
        assert request["method"] == "GET"
        verify(SECRET, request["headers"], request["body"])
        verify_basic(request["headers"], "user", "pa ss:word")
        assert request["headers"]["X-Trace"] == "42"


def test_generated_bodies_are_valid(server: Any) -> None:
    url, received = server
    assert main(["send", "xobin.webhook_settings_request", "--url", url, "--generated", "5"]) == 0
    assert len(received) == 5
    assert all(
        hirehooks.validate("xobin.webhook_settings_request", request["body"]) == [] for request in received
    )


def test_a_non_2xx_answer_fails_the_run_and_shows_the_first_500_bytes_of_the_answer(
    server: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    url, _ = server
    assert main(["send", "heymilo.interview_completed", "--url", url + "/status/500"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert len(lines) == 2 * 4
    assert ": 500 in " in lines[0]
    shown = ANSWER[:500].decode().splitlines()
    assert lines[1:4] == [f"    {shown[0]}", f"    {shown[1]}", "    [answer cut at 500 bytes]"]
    assert captured.err == "2 delivered, 2 failed\n"


def test_a_recorded_body_is_sent_as_its_exact_bytes_even_when_invalid(
    server: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, received = server
    path = tmp_path / "recorded.json"
    raw = b'{"interview_id": 7,\n "not": json'
    path.write_bytes(raw)
    assert main(["send", "--body", str(path), "--url", url, "--sign-secret", SECRET]) == 0
    assert [request["body"] for request in received] == [raw]
    assert received[0]["headers"]["Content-Type"] == "application/json"
    verify(SECRET, received[0]["headers"], raw)
    assert capsys.readouterr().out.startswith(f"{path}: 204 in ")


def test_a_jsonl_file_sends_each_line_valid_or_not(
    server: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url, received = server
    path = tmp_path / "recorded.jsonl"
    lines = [b'{"interview_id": "I1"}', b"{broken", b"42"]
    path.write_bytes(lines[0] + b"\r\n\n" + lines[1] + b"\n" + lines[2])
    assert main(["send", "--jsonl", str(path), "--url", url]) == 0
    assert [request["body"] for request in received] == lines
    labels = [line.split(": ")[0] for line in capsys.readouterr().out.splitlines()]
    assert labels == [f"{path}:1", f"{path}:3", f"{path}:4"]


def test_headers_for_adds_content_type_basic_and_extra_around_the_public_signature_headers() -> None:
    """Reaches the private ``_send.headers_for``: the one place send builds its headers."""
    headers = headers_for(b"{}", sign_secret=SECRET, basic=("u", "p"), extra={"X-Trace": "1"})
    assert set(headers) == {
        "Content-Type",
        "User-Agent",
        "X-Trace",
        "Authorization",
        "webhook-id",
        "webhook-timestamp",
        "webhook-signature",
    }
    expected = signature_headers(
        SECRET, b"{}", msg_id=headers["webhook-id"], timestamp=int(headers["webhook-timestamp"])
    )
    assert {name: headers[name] for name in expected} == expected


def test_an_unreachable_endpoint_fails_without_a_traceback(capsys: pytest.CaptureFixture[str]) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert main(["send", "heymilo.interview_completed", "--url", f"http://127.0.0.1:{port}/"]) == 1
    captured = capsys.readouterr()
    assert "Connection refused" in captured.out and "Traceback" not in captured.err


@pytest.mark.parametrize(
    "argv",
    [
        ["send", "heymilo.nope", "--url", "http://127.0.0.1:9/"],
        ["send", "heymilo.interview_started", "--url", "http://127.0.0.1:9/", "--example"],
        ["send", "--url", "http://127.0.0.1:9/", "--body", "a.json", "--jsonl", "b.jsonl"],
        ["send", "heymilo.interview_started", "--url", "http://127.0.0.1:9/", "--body", "a.json"],
        ["send", "--url", "http://127.0.0.1:9/"],
        ["send", "--url", "http://127.0.0.1:9/", "--body", "does-not-exist.json"],
        ["send", "heymilo.interview_started", "--url", "http://127.0.0.1:9/", "--generated", "0"],
        ["send", "heymilo.interview_started", "--url", "http://127.0.0.1:9/", "--header", "no-colon"],
        ["send", "heymilo.interview_started"],
        ["send", "heymilo.interview_started", "--url", "http://127.0.0.1:9/", "--sign-secret", "whsec_%%%"],
    ],
    ids=[
        "unknown-name",
        "example-is-gone",
        "body-and-jsonl",
        "name-and-body",
        "nothing-to-send",
        "unreadable-body",
        "generated-zero",
        "bad-header",
        "no-url",
        "malformed-secret",
    ],
)
def test_usage_errors_exit_two(argv: list[str]) -> None:
    try:
        status = main(argv)
    except SystemExit as exit_:
        status = int(exit_.code or 0)
    assert status == 2


def test_generated_without_hypothesis_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name: None if name == "hypothesis" else real(name)
    )
    assert (
        main(["send", "heymilo.interview_started", "--url", "http://127.0.0.1:9/", "--generated", "2"]) == 2
    )
    assert 'pip install "hirehooks[testing]"' in capsys.readouterr().err
