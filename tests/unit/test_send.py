"""`hirehooks send` against a real HTTP server on loopback."""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

import hirehooks
from hirehooks._cli import main
from hirehooks.auth import verify, verify_basic

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"


class Recorder(BaseHTTPRequestHandler):
    """Answers 204, or the status the path names (``/status/500``); keeps every request."""

    received: list[dict[str, Any]]

    def _record(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.received.append(
            {"method": self.command, "path": self.path, "headers": dict(self.headers), "body": body}
        )
        self.send_response(int(self.path.rsplit("/", 1)[1]) if self.path.startswith("/status/") else 204)
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


def test_a_non_2xx_answer_fails_the_run(server: Any, capsys: pytest.CaptureFixture[str]) -> None:
    url, _ = server
    assert main(["send", "heymilo.interview_completed", "--url", url + "/status/500"]) == 1
    captured = capsys.readouterr()
    assert ": 500 in " in captured.out
    assert captured.err.endswith("failed\n") and "2 failed" in captured.err


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
        [
            "send",
            "heymilo.interview_started",
            "--url",
            "http://127.0.0.1:9/",
            "--example",
            "--generated",
            "2",
        ],
        ["send", "heymilo.interview_started", "--url", "http://127.0.0.1:9/", "--header", "no-colon"],
        ["send", "heymilo.interview_started"],
        ["send", "heymilo.interview_started", "--url", "http://127.0.0.1:9/", "--sign-secret", "whsec_%%%"],
    ],
    ids=["unknown-name", "example-and-generated", "bad-header", "no-url", "malformed-secret"],
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
