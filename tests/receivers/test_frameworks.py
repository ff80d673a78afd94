"""Every vendor's deliveries through each framework adapter over real HTTP on loopback (issue 11, D70):
driven by ``hirehooks send`` where it can make the delivery, else by ``hirehooks._send.deliver`` (a
tampered body, a duplicate, a wrong credential) or a raw POST (where the answer's headers matter).

Each test runs in FastAPI (uvicorn), Flask (Werkzeug) and Django (a Werkzeug WSGI server) — the
``receiver`` fixture of conftest.py — with a real ``SQLiteStore`` in ``tmp_path``.
"""

from __future__ import annotations

import functools
import http.client
import importlib
import json
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

import pytest
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, find, settings
from pydantic import BaseModel

import hirehooks
from hirehooks import AuthError, Hooks, auth
from hirehooks._cli import main
from hirehooks._send import deliver, headers_for
from hirehooks.fastapi import endpoint
from hirehooks.store import Record, SQLiteStore
from hirehooks.testing import NearMiss, invalid_payloads
from tests.receivers.conftest import Receiver, Server

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
OTHER_SECRET = "whsec_" + "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3"
TOKEN = "t0ken-for-the-url"
VENDORS = hirehooks.vendors()
HANDSHAKE = "hirempire.url_verification"
TYPICAL = {
    "heymilo": "heymilo.report_available",
    "hirempire": "hirempire.applicant_applied",
    "instaview": "instaview.interview_completed",
    "xobin": "xobin.ai_interview_submission",
}
"""The event of each vendor that the single-delivery tests send."""
UNAUTHORIZED = {"type": "about:blank", "title": "Unauthorized", "status": 401}
FAILED = {"type": "about:blank", "title": "Internal Server Error", "status": 500}
PROBLEM_JSON = "application/problem+json"
CARRIERS = {"authorization", "x-instaview-secret", "x-webhook-key", "webhook-signature"}
"""The headers that carry a credential in these tests."""


def documented(name: str) -> bytes:
    """The documented example of ``name`` as a vendor would send it."""
    return json.dumps(hirehooks.examples(name)[name.split(".")[1] + ".json"], ensure_ascii=False).encode()


class Reply(NamedTuple):
    status: int
    content_type: str | None
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def post(url: str, body: bytes, headers: dict[str, str], *, chunked: bool = False) -> Reply:
    """A raw POST that keeps the whole answer and its Content-Type (``deliver`` keeps neither);
    ``chunked`` sends the body in chunks, with no Content-Length."""
    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=10)
    try:
        target = f"{parts.path}?{parts.query}" if parts.query else parts.path
        if chunked:
            pieces = [body[start : start + 1000] for start in range(0, len(body), 1000)]
            connection.request("POST", target, iter(pieces), headers, encode_chunked=True)
        else:
            connection.request("POST", target, body, headers)
        response = connection.getresponse()
        return Reply(response.status, response.getheader("Content-Type"), response.read())
    finally:
        connection.close()


@dataclass(frozen=True)
class Credential:
    """One way a vendor's deliveries authenticate, and the request parts that carry it (right or wrong)."""

    id: str
    vendor: str
    make: Callable[[], auth.Authenticator]
    token: str | None = None
    header: tuple[str, str] | None = None
    basic: tuple[str, str] | None = None
    secret: str | None = None

    def wrong(self) -> Credential:
        """The same scheme with a credential of the right shape but the wrong value."""
        return replace(
            self,
            token=self.token and "not-the-token",
            header=self.header and (self.header[0], "not-the-value"),
            basic=self.basic and (self.basic[0], "not-the-password"),
            secret=self.secret and OTHER_SECRET,
        )

    def url(self, base: str) -> str:
        return base if self.token is None else f"{base}?token={self.token}"

    def headers(self, body: bytes, msg_id: str | None = None) -> dict[str, str]:
        extra = dict([self.header]) if self.header else None
        return headers_for(body, sign_secret=self.secret, basic=self.basic, extra=extra, msg_id=msg_id)

    def send_options(self) -> list[str]:
        """The ``hirehooks send`` options that carry this credential (the URL carries a token)."""
        options = [] if self.secret is None else ["--sign-secret", self.secret]
        if self.header is not None:
            options += ["--header", f"{self.header[0]}:{self.header[1]}"]
        if self.basic is not None:
            options += ["--basic", ":".join(self.basic)]
        return options


def _signed(vendor: str) -> Credential:
    return Credential(
        f"{vendor}-standard-webhooks", vendor, lambda: auth.StandardWebhooks(SECRET), secret=SECRET
    )


CREDENTIALS = [
    *(_signed(vendor) for vendor in VENDORS),
    Credential("heymilo-url-token", "heymilo", lambda: auth.UrlToken(TOKEN), token=TOKEN),
    Credential("hirempire-url-token", "hirempire", lambda: auth.UrlToken(TOKEN), token=TOKEN),
    Credential(
        "instaview-secret-header",
        "instaview",
        lambda: auth.SecretHeader("X-Instaview-Secret", "s3cret-value"),
        header=("X-Instaview-Secret", "s3cret-value"),
    ),
    Credential(
        "xobin-api-key",
        "xobin",
        lambda: auth.ApiKey("X-Webhook-Key", "k3y-value"),
        header=("X-Webhook-Key", "k3y-value"),
    ),
    Credential("xobin-basic", "xobin", lambda: auth.Basic("ats", "pa55 word"), basic=("ats", "pa55 word")),
]
credentials = pytest.mark.parametrize("credential", CREDENTIALS, ids=[c.id for c in CREDENTIALS])
vendors = pytest.mark.parametrize("vendor", VENDORS)


@dataclass
class Handled:
    """What the handlers were called with, in order: ``(name, event)``."""

    calls: list[tuple[str, BaseModel]] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def handler(self, name: str) -> Callable[[BaseModel], None]:
        def handle(event: BaseModel) -> None:
            with self.lock:
                self.calls.append((name, event))

        return handle

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


def hooks_for(
    vendor: str, tmp_path: Path, make: Callable[[], auth.Authenticator] | None = None, **options: Any
) -> tuple[Hooks, Handled, SQLiteStore]:
    """A receiver of every ``vendor`` event (Standard Webhooks unless ``make`` says otherwise), logging to
    a fresh SQLite file, with a recording handler on every event but the handshake."""
    store = SQLiteStore(tmp_path / "deliveries.db")
    hooks = Hooks(
        vendor=vendor, auth=(make or (lambda: auth.StandardWebhooks(SECRET)))(), store=store, **options
    )
    handled = Handled()
    for name in hooks.setup.names:
        if name == HANDSHAKE:  # answered by the receiver; a handler for it is a ConfigError
            continue
        hooks.on(name)(handled.handler(name))
    return hooks, handled, store


def verdicts(store: SQLiteStore) -> list[str]:
    return [record.verdict for record in store.records()]


def assert_typed(name: str, event: BaseModel) -> None:
    """``event`` is ``name``'s model, the class ``hirehooks.models.<vendor>`` exports."""
    vendor = name.split(".")[0]
    model = type(hirehooks.parse(name, documented(name)))
    assert type(event) is model
    assert getattr(importlib.import_module(f"hirehooks.models.{vendor}"), model.__name__) is model


def send(*arguments: str) -> int:
    """``hirehooks send`` in this process."""
    return main(["send", *arguments])


def strings_in(value: Any) -> Iterator[str]:
    """Every string value in a JSON document (not its keys: the schema's field names)."""
    if isinstance(value, dict):
        for item in value.values():
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)
    elif isinstance(value, str):
        yield value


@functools.cache
def near_miss(name: str) -> NearMiss:
    """A body one wrong type away from a valid ``name`` (the same one every run: derandomized)."""
    return find(
        invalid_payloads(name),
        lambda miss: miss.kind.startswith("wrong type"),
        settings=settings(
            database=None,
            derandomize=True,
            phases=[Phase.generate],
            max_examples=200,
            suppress_health_check=list(HealthCheck),
        ),
    )


# Deliveries that authenticate


@vendors
def test_signed_deliveries_of_every_event_reach_the_handler_with_their_typed_model(
    receiver: Receiver, vendor: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hooks, handled, store = hooks_for(vendor, tmp_path)
    url = receiver.mount(hooks)
    expected: list[str] = []
    for name in hirehooks.events(vendor):
        assert send(name, "--url", url, "--sign-secret", SECRET) == 0, capsys.readouterr().out
        if name != HANDSHAKE:  # answered, never handled
            expected += [name] * len(hirehooks.examples(name))
    assert sorted(handled.names()) == sorted(expected)
    for name, event in handled.calls:
        assert_typed(name, event)
    records = list(store.records())
    assert {record.verdict for record in records} == (
        {"accepted", "handshake"} if vendor == "hirempire" else {"accepted"}
    )
    assert len(records) == sum(len(hirehooks.examples(name)) for name in hirehooks.events(vendor))


@credentials
def test_each_recommended_credential_lets_a_delivery_through(
    receiver: Receiver, credential: Credential, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = TYPICAL[credential.vendor]
    hooks, handled, store = hooks_for(credential.vendor, tmp_path, credential.make)
    url = credential.url(receiver.mount(hooks))
    assert send(name, "--url", url, *credential.send_options()) == 0, capsys.readouterr().out
    assert handled.names() == [name] * len(hirehooks.examples(name))
    for _, event in handled.calls:
        assert_typed(name, event)
    records = list(store.records())
    assert {record.verdict for record in records} == {"accepted"}
    credentials = [value for key, value in credential.headers(b"").items() if key.lower() in CARRIERS]
    logged = json.dumps([dict(record.headers) for record in records])
    assert [value for value in credentials if value in logged] == []  # the log masks them


# Deliveries that do not


@credentials
def test_a_delivery_without_its_credential_is_401_with_nothing_that_says_why(
    receiver: Receiver, credential: Credential, tmp_path: Path
) -> None:
    hooks, handled, store = hooks_for(credential.vendor, tmp_path, credential.make)
    url = receiver.mount(hooks)
    body = documented(TYPICAL[credential.vendor])
    bare = headers_for(body)
    with pytest.raises(AuthError) as refused:  # what the receiver knows and must not tell
        credential.make().check(bare, body, url)
    answer = post(url, body, bare)
    assert (answer.status, answer.content_type, answer.json()) == (401, PROBLEM_JSON, UNAUTHORIZED)
    reason, _, message = str(refused.value).partition(": ")
    assert reason == refused.value.reason
    assert reason.encode() not in answer.body and message.encode() not in answer.body
    assert handled.calls == []
    assert verdicts(store) == ["unauthenticated"]


@credentials
def test_a_wrong_credential_is_401(receiver: Receiver, credential: Credential, tmp_path: Path) -> None:
    hooks, handled, store = hooks_for(credential.vendor, tmp_path, credential.make)
    wrong = credential.wrong()
    body = documented(TYPICAL[credential.vendor])
    sent = deliver(wrong.url(receiver.mount(hooks)), body, extra=wrong.headers(body))
    assert (sent.status, json.loads(sent.answer)) == (401, UNAUTHORIZED)
    assert handled.calls == []
    assert verdicts(store) == ["unauthenticated"]


@vendors
def test_a_body_tampered_after_signing_is_401(receiver: Receiver, vendor: str, tmp_path: Path) -> None:
    hooks, handled, store = hooks_for(vendor, tmp_path)
    signed = documented(TYPICAL[vendor])
    tampered = signed.replace(b'"', b'"x', 1)  # the first key renamed: still JSON, another body
    assert tampered != signed
    sent = deliver(receiver.mount(hooks), tampered, extra=auth.signature_headers(SECRET, signed))
    assert (sent.status, json.loads(sent.answer)) == (401, UNAUTHORIZED)
    assert handled.calls == []
    assert verdicts(store) == ["unauthenticated"]


# Duplicates, invalid bodies, handshakes


@credentials
def test_a_duplicate_is_200_and_handled_once(
    receiver: Receiver, credential: Credential, tmp_path: Path
) -> None:
    """Standard Webhooks: the same ``webhook-id`` again; otherwise the same body again (its SHA-256)."""
    hooks, handled, store = hooks_for(credential.vendor, tmp_path, credential.make)
    url = credential.url(receiver.mount(hooks))
    body = documented(TYPICAL[credential.vendor])
    first, again = (deliver(url, body, extra=credential.headers(body, msg_id="msg_same")) for _ in range(2))
    assert (first.status, json.loads(first.answer)["status"]) == (200, "accepted")
    assert (again.status, json.loads(again.answer)["status"]) == (200, "duplicate")
    assert json.loads(first.answer)["id"] == json.loads(again.answer)["id"]
    assert handled.names() == [TYPICAL[credential.vendor]]
    records = list(store.records())
    assert [record.verdict for record in records] == ["accepted", "duplicate"]
    assert len({record.delivery_id for record in records}) == 1


@pytest.mark.parametrize("name", hirehooks.events())
def test_an_invalid_body_is_422_problem_json_listing_what_validate_finds(
    receiver: Receiver, name: str, tmp_path: Path
) -> None:
    vendor = name.split(".")[0]
    hooks, handled, store = hooks_for(vendor, tmp_path, names=[name])
    body = json.dumps(near_miss(name).body, ensure_ascii=False).encode()
    expected = [problem.to_dict() for problem in hirehooks.validate(name, body)]
    assert expected  # a near miss is invalid
    answer = post(receiver.mount(hooks), body, headers_for(body, sign_secret=SECRET))
    assert (answer.status, answer.content_type) == (422, PROBLEM_JSON)
    assert answer.json()["errors"] == expected
    assert handled.calls == []
    (record,) = store.records()
    assert (record.verdict, [problem.to_dict() for problem in record.problems]) == ("invalid", expected)


@vendors
def test_a_chunked_body_with_no_content_length_is_read_whole(
    receiver: Receiver, vendor: str, tmp_path: Path
) -> None:
    hooks, handled, store = hooks_for(vendor, tmp_path)
    body = documented(TYPICAL[vendor])
    answer = post(receiver.mount(hooks), body, headers_for(body, sign_secret=SECRET), chunked=True)
    assert answer.status == 200, answer.body
    assert len(handled.calls) == 1 and verdicts(store) == ["accepted"]


@vendors
def test_malformed_json_is_422(receiver: Receiver, vendor: str, tmp_path: Path) -> None:
    hooks, handled, store = hooks_for(vendor, tmp_path)
    body = documented(TYPICAL[vendor])[:-1]  # the closing brace lost
    answer = post(receiver.mount(hooks), body, headers_for(body, sign_secret=SECRET))
    assert (answer.status, answer.content_type) == (422, PROBLEM_JSON)
    assert answer.json()["errors"] == [p.to_dict() for p in hirehooks.validate(TYPICAL[vendor], body)]
    assert answer.json()["errors"][0]["pointer"] == ""
    assert handled.calls == []
    assert verdicts(store) == ["invalid"]


CHALLENGES = ["a1b2c3d4e5f6g7h8i9j0", "défi ✓ 挑戦 🔑", 'quote " backslash \\ line\u2028end ']


@pytest.mark.parametrize("challenge", CHALLENGES, ids=["documented", "non-ascii", "escapes"])
def test_the_handshake_is_answered_with_the_challenge_exactly_and_not_handled(
    receiver: Receiver, challenge: str, tmp_path: Path
) -> None:
    hooks, handled, store = hooks_for("hirempire", tmp_path, lambda: auth.UrlToken(TOKEN))
    body = json.dumps({"challenge": challenge, "type": "url_verification"}, ensure_ascii=False).encode()
    answer = post(receiver.mount(hooks) + f"?token={TOKEN}", body, headers_for(body))
    assert (answer.status, answer.content_type) == (200, "application/json")
    assert answer.json() == {"challenge": challenge}
    assert handled.calls == []
    assert verdicts(store) == ["handshake"]


# Failures, limits, async handlers


@vendors
def test_a_failing_handler_is_500_without_the_body_and_the_retry_is_handled(
    receiver: Receiver, vendor: str, tmp_path: Path
) -> None:
    name = TYPICAL[vendor]
    store = SQLiteStore(tmp_path / "deliveries.db")
    hooks = Hooks(vendor=vendor, auth=auth.StandardWebhooks(SECRET), store=store)
    calls: list[BaseModel] = []

    @hooks.on(name)
    def flaky(event: BaseModel) -> None:
        calls.append(event)
        if len(calls) == 1:
            raise RuntimeError(f"could not store {event.model_dump_json()}")  # a message quoting the body

    url = receiver.mount(hooks)
    body = documented(name)
    failed = post(url, body, headers_for(body, sign_secret=SECRET, msg_id="msg_flaky"))
    assert (failed.status, failed.content_type, failed.json()) == (500, PROBLEM_JSON, FAILED)
    leaked = [text for text in strings_in(json.loads(body)) if len(text) > 3 and text.encode() in failed.body]
    assert leaked == []
    (record,) = store.records()
    assert (record.verdict, record.error) == ("handler_failed", "builtins.RuntimeError")
    retried = deliver(url, body, sign_secret=SECRET, msg_id="msg_flaky")
    assert (retried.status, json.loads(retried.answer)["status"]) == (200, "accepted")
    assert len(calls) == 2
    assert verdicts(store) == ["handler_failed", "accepted"]


@pytest.mark.parametrize("size", [1001, 3 * 1024 * 1024], ids=["just-over", "megabytes-over"])
def test_a_body_over_max_bytes_is_413_and_not_handled(receiver: Receiver, size: int, tmp_path: Path) -> None:
    hooks, handled, store = hooks_for("heymilo", tmp_path, max_bytes=1000)
    started = json.loads(documented("heymilo.interview_started"))  # a small event, padded to size
    started["padding"] = ""
    started["padding"] = "x" * (size - len(json.dumps(started).encode()))
    body = json.dumps(started).encode()
    assert len(body) == size
    sent = deliver(receiver.mount(hooks), body, sign_secret=SECRET)
    assert sent.status == 413, sent.error
    assert handled.calls == []
    assert verdicts(store) == []


def test_an_async_handler_is_awaited_in_fastapi(asgi_server: Server, tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "deliveries.db")
    hooks = Hooks(vendor="heymilo", auth=auth.StandardWebhooks(SECRET), store=store)
    awaited: list[BaseModel] = []

    @hooks.on("heymilo.report_available")
    async def report(event: BaseModel) -> None:
        awaited.append(event)

    body = documented("heymilo.report_available")
    sent = deliver(Receiver(asgi_server).mount(hooks), body, sign_secret=SECRET)
    assert (sent.status, json.loads(sent.answer)["status"]) == (200, "accepted")
    assert [type(event).__name__ for event in awaited] == ["ReportAvailable"]
    assert verdicts(store) == ["accepted"]


def test_an_async_handler_is_refused_by_flask_and_django_or_answered_500_when_registered_late(
    wsgi_receiver: Receiver, tmp_path: Path
) -> None:
    """WSGI frameworks call handlers synchronously: an ``async def`` one is a setup fault, a
    ``ConfigError`` when the view is made, and 500 for a handler registered after it."""
    store = SQLiteStore(tmp_path / "deliveries.db")
    hooks = Hooks(vendor="heymilo", auth=auth.StandardWebhooks(SECRET), store=store)
    awaited: list[BaseModel] = []

    async def report(event: BaseModel) -> None:
        awaited.append(event)

    early = Hooks(vendor="heymilo", auth=auth.StandardWebhooks(SECRET))
    early.on("heymilo.report_available")(report)
    with pytest.raises(hirehooks.ConfigError, match="synchronously"):
        wsgi_receiver.mount(early)
    url = wsgi_receiver.mount(hooks)
    hooks.on("heymilo.report_available")(report)  # after the view was made
    body = documented("heymilo.report_available")
    sent = deliver(url, body, sign_secret=SECRET)
    assert (sent.status, json.loads(sent.answer)) == (500, FAILED)
    assert awaited == []
    (record,) = store.records()
    assert (record.verdict, record.error) == ("handler_failed", "hirehooks._errors.ConfigError")


# The delivery log


def test_the_log_keeps_every_delivery_with_its_verdict(receiver: Receiver, tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "log.db")
    hooks = Hooks(vendor="hirempire", auth=auth.StandardWebhooks(SECRET), store=store)
    hooks.on("hirempire.applicant_applied")(lambda event: None)

    @hooks.on("hirempire.cv_upload_completed")
    def broken(event: BaseModel) -> None:
        raise ValueError("the ATS is down")

    url = receiver.mount(hooks)
    applied, upload, handshake = (
        documented(f"hirempire.{n}") for n in ("applicant_applied", "cv_upload_completed", "url_verification")
    )
    invalid = json.dumps(near_miss("hirempire.applicant_applied").body).encode()
    sent = [
        ("msg_1", applied, True, 200),
        ("msg_1", applied, True, 200),
        ("msg_2", invalid, True, 422),
        ("msg_3", applied, False, 401),
        ("msg_4", upload, True, 500),
        ("msg_5", handshake, True, 200),
    ]
    for msg_id, body, signed, status in sent:
        headers = headers_for(body, sign_secret=SECRET, msg_id=msg_id)
        if not signed:
            del headers["webhook-signature"]
        assert post(url, body, headers).status == status
    records = list(store.records())
    assert [(r.delivery_id, r.verdict, r.name) for r in records] == [
        ("msg_1", "accepted", "hirempire.applicant_applied"),
        ("msg_1", "duplicate", "hirempire.applicant_applied"),
        ("msg_2", "invalid", "hirempire.applicant_applied"),
        ("msg_3", "unauthenticated", None),
        ("msg_4", "handler_failed", "hirempire.cv_upload_completed"),
        ("msg_5", "handshake", HANDSHAKE),
    ]
    signatures = [
        value
        for record in records
        for key, value in record.headers.items()
        if key.lower() == "webhook-signature"
    ]
    assert signatures == ["[redacted]"] * 5  # every signed delivery's, masked
    times = [record.received_at for record in records]
    assert times == sorted(times)


# Async correctness


class GatedStore:
    """A ``SQLiteStore`` whose ``add`` waits until the test opens the gate: a slow database."""

    def __init__(self, store: SQLiteStore) -> None:
        self.store = store
        self.keep_raw = store.keep_raw
        self.entered = threading.Event()
        self.gate = threading.Event()

    def add(self, record: Record) -> Record:
        self.entered.set()
        assert self.gate.wait(10), "the gate was never opened"
        return self.store.add(record)

    def mark_failed(self, seq: int, error: str) -> None:
        self.store.mark_failed(seq, error)

    def records(self, **filters: Any) -> Iterator[Record]:
        return self.store.records(**filters)

    def get(self, seq: int) -> Record:
        return self.store.get(seq)


def test_the_event_loop_answers_other_requests_while_a_large_delivery_waits_on_the_log(
    asgi_server: Server, tmp_path: Path
) -> None:
    """A 5 MB delivery is parsed and held at the log's ``add`` (run in the thread pool) while another
    request is answered on the same uvicorn server: had parsing or the log run on the event loop, the
    second request would wait for the gate, which opens only after it is answered (ordering, no timing)."""
    store = GatedStore(SQLiteStore(tmp_path / "deliveries.db"))
    hooks = Hooks(
        vendor="heymilo", auth=auth.StandardWebhooks(SECRET), store=store, max_bytes=8 * 1024 * 1024
    )
    app = FastAPI()
    app.add_api_route("/hooks", endpoint(hooks), methods=["POST"])

    async def ping() -> dict[str, bool]:  # runs on the event loop itself
        return {"pong": True}

    app.add_api_route("/ping", ping, methods=["POST"])
    base = asgi_server.serve(app)
    report = json.loads(documented("heymilo.report_available"))
    report["padding"] = "x" * 5 * 1024 * 1024
    body = json.dumps(report).encode()
    order: list[str] = []
    answers: list[Reply] = []

    def slow() -> None:
        answers.append(post(base + "/hooks", body, headers_for(body, sign_secret=SECRET)))
        order.append("delivery")

    delivery = threading.Thread(target=slow)
    delivery.start()
    try:
        assert store.entered.wait(10), "the delivery never reached the log"
        pong = post(base + "/ping", b"", {})  # the loop is free: answered while the log is held
        order.append("ping")
        assert pong.json() == {"pong": True}
    finally:
        store.gate.set()
        delivery.join(20)
    assert order == ["ping", "delivery"]
    assert answers[0].status == 200
    assert verdicts(store.store) == ["accepted"]


# The real command


def test_the_hirehooks_command_delivers_to_each_framework(receiver: Receiver, tmp_path: Path) -> None:
    hooks, handled, store = hooks_for("heymilo", tmp_path)
    url = receiver.mount(hooks)
    command = str(Path(sys.executable).with_name("hirehooks"))
    name = "heymilo.report_available"
    count = len(hirehooks.examples(name))
    signed = subprocess.run(
        [command, "send", name, "--url", url, "--sign-secret", SECRET],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (signed.returncode, signed.stderr) == (0, f"{count} delivered, 0 failed\n")
    assert signed.stdout.count(": 200 in ") == count
    unsigned = subprocess.run(
        [command, "send", name, "--url", url], capture_output=True, text=True, timeout=60
    )
    assert (unsigned.returncode, unsigned.stderr) == (1, f"{count} delivered, {count} failed\n")
    assert unsigned.stdout.count(": 401 in ") == count
    answers = [json.loads(line) for line in unsigned.stdout.splitlines() if line.startswith("    ")]
    assert answers == [UNAUTHORIZED] * count
    assert handled.names() == [name] * count
    assert verdicts(store) == ["accepted"] * count + ["unauthenticated"] * count


def test_the_asgi_endpoint_serves_a_plain_starlette_app_too(asgi_server: Server, tmp_path: Path) -> None:
    """``hirehooks.fastapi.endpoint`` is a Starlette endpoint: ``Route(path, endpoint(hooks))``."""
    from starlette.applications import Starlette
    from starlette.routing import Route

    hooks, handled, store = hooks_for("hirempire", tmp_path)
    asgi_server.serve(Starlette(routes=[Route("/hooks", endpoint(hooks), methods=["POST"])]))
    body = documented("hirempire.applicant_applied")
    answer = post(asgi_server.url + "/hooks", body, headers_for(body, sign_secret=SECRET))
    assert (answer.status, answer.json()["status"]) == (200, "accepted")
    assert handled.names() == ["hirempire.applicant_applied"] and verdicts(store) == ["accepted"]
