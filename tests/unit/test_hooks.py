"""``hirehooks.Hooks``: handler registration and the HTTP answer for every outcome, framework-free
(the adapters only translate these answers; tests/receivers drives them over real HTTP) (D70)."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from hirehooks import auth
from hirehooks._hooks import Answer
from hirehooks.models.heymilo import ReportAvailable
from hirehooks.store import Record, SQLiteStore, StoreError

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
REPORT = json.dumps(hirehooks.examples("heymilo.report_available")["report_available.json"]).encode()


def body_of(answer: Answer) -> Any:
    return json.loads(answer.body)


def hooks_with(tmp_path: Path, **settings: Any) -> hirehooks.Hooks:
    return hirehooks.Hooks(
        vendor="heymilo",
        auth=auth.StandardWebhooks(SECRET),
        store=SQLiteStore(tmp_path / "log.db"),
        **settings,
    )


def test_a_valid_delivery_reaches_its_typed_handler_once_and_a_duplicate_is_answered_without_it(
    tmp_path: Path,
) -> None:
    hooks = hooks_with(tmp_path)
    seen: list[ReportAvailable] = []
    hooks.on("heymilo.report_available")(seen.append)
    headers = auth.signature_headers(SECRET, REPORT)
    first, again = (hooks.respond(headers, REPORT, None) for _ in range(2))
    assert (first.status, body_of(first)["status"]) == (200, "accepted")
    assert (again.status, body_of(again)["status"]) == (200, "duplicate")
    assert [type(event) for event in seen] == [ReportAvailable]


def test_a_delivery_without_a_handler_is_accepted_and_recorded(tmp_path: Path) -> None:
    hooks = hooks_with(tmp_path)
    answer = hooks.respond(auth.signature_headers(SECRET, REPORT), REPORT, None)
    assert answer.status == 200
    assert [record.verdict for record in hooks.setup.store.records()] == ["accepted"]  # type: ignore[union-attr]


def test_an_unauthentic_delivery_is_401_with_nothing_that_says_why(tmp_path: Path) -> None:
    answer = hooks_with(tmp_path).respond({}, REPORT, None)
    assert answer.status == 401
    assert body_of(answer) == {"type": "about:blank", "title": "Unauthorized", "status": 401}
    assert answer.headers["Content-Type"] == "application/problem+json"


def test_an_invalid_body_is_422_problem_json_listing_each_problem(tmp_path: Path) -> None:
    broken = json.loads(REPORT)
    broken["agentic_data"]["web_interview_info"]["summary"]["match_score"] = "78"
    body = json.dumps(broken).encode()
    answer = hooks_with(tmp_path).respond(auth.signature_headers(SECRET, body), body, None)
    assert (answer.status, answer.headers["Content-Type"]) == (422, "application/problem+json")
    problems = hirehooks.validate("heymilo.report_available", body)
    assert body_of(answer) == hirehooks.PayloadError(problems).to_dict()
    assert body_of(answer)["errors"] == [{"pointer": p.path, "detail": p.message} for p in problems]


def test_a_failing_handler_is_500_without_the_body_and_its_delivery_is_handled_on_retry(
    tmp_path: Path,
) -> None:
    hooks = hooks_with(tmp_path)
    calls: list[str] = []

    @hooks.on("heymilo.report_available")
    def flaky(event: ReportAvailable) -> None:
        calls.append(event.interview_id)
        if len(calls) == 1:
            raise RuntimeError(f"cannot store {event.interview_id}")

    headers = auth.signature_headers(SECRET, REPORT)
    failed = hooks.respond(headers, REPORT, None)
    assert failed.status == 500 and b"A1B2C3D4E5F60718" not in failed.body
    retried = hooks.respond(headers, REPORT, None)
    assert retried.status == 200 and len(calls) == 2
    records = list(hooks.setup.store.records())  # type: ignore[union-attr]
    assert [(record.verdict, record.error) for record in records] == [
        ("handler_failed", "builtins.RuntimeError"),
        ("accepted", None),
    ]


def test_an_async_handler_in_a_synchronous_framework_is_500_and_recorded_failed(tmp_path: Path) -> None:
    hooks = hooks_with(tmp_path)

    @hooks.on("heymilo.report_available")
    async def handle(event: ReportAvailable) -> None:  # never awaited here
        raise AssertionError

    assert hooks.respond(auth.signature_headers(SECRET, REPORT), REPORT, None).status == 500
    assert [r.verdict for r in hooks.setup.store.records()] == ["handler_failed"]  # type: ignore[union-attr]


def test_a_handshake_is_answered_with_its_json(tmp_path: Path) -> None:
    hooks = hirehooks.Hooks(vendor="hirempire", auth=auth.UrlToken("t"))
    body = '{"challenge": "\u00e9t\u00e9 \\"x\\"", "type": "url_verification"}'.encode()
    answer = hooks.respond({}, body, "/hooks?token=t")
    assert (answer.status, body_of(answer)) == (200, {"challenge": 'été "x"'})
    assert "été".encode() in answer.body  # UTF-8, not re-escaped


class UnwritableStore(SQLiteStore):
    def add(self, record: Record) -> Record:
        raise StoreError("SQLITE_READONLY", "attempt to write a readonly database")


def test_a_log_that_cannot_be_written_is_503_with_retry_after(tmp_path: Path) -> None:
    hooks = hirehooks.Hooks(
        vendor="heymilo", auth=auth.Unauthenticated(), store=UnwritableStore(tmp_path / "r.db")
    )
    answer = hooks.respond({}, REPORT, None)
    assert (answer.status, answer.headers["Retry-After"]) == (503, "5")


def test_a_body_over_the_limit_is_413(tmp_path: Path) -> None:
    answer = hooks_with(tmp_path, max_bytes=100).respond({}, REPORT, None)
    assert answer.status == 413


def test_handlers_are_registered_once_per_name_the_receiver_takes(tmp_path: Path) -> None:
    hooks = hooks_with(tmp_path, names=["heymilo.report_available"])
    hooks.on("heymilo.report_available")(print)
    with pytest.raises(hirehooks.ConfigError, match="has a handler already"):
        hooks.on("heymilo.report_available")(print)
    with pytest.raises(hirehooks.ConfigError, match=r"not 'heymilo\.interview_started'"):
        hooks.on("heymilo.interview_started")
    handshakes = hirehooks.Hooks(vendor="hirempire", auth=auth.Unauthenticated())
    with pytest.raises(hirehooks.ConfigError, match="is a handshake"):
        handshakes.on("hirempire.url_verification")


def test_a_retry_while_the_handler_runs_is_503_and_after_the_lease_it_takes_the_delivery_over(
    tmp_path: Path,
) -> None:
    """A worker that dies mid-handler leaves its claim ``processing``: a retry within the lease is told
    to come back (503), a retry after it is handled (D73)."""
    store = SQLiteStore(tmp_path / "log.db", lease=3600)
    hooks = hirehooks.Hooks(vendor="heymilo", auth=auth.Unauthenticated(), store=store)
    handled: list[str] = []
    hooks.on("heymilo.report_available")(lambda event: handled.append(event.interview_id))
    crashed = hooks.receive({}, REPORT, None)  # the claim, then the worker dies before its handler ends
    assert isinstance(crashed, hirehooks.Delivery)
    assert [r.verdict for r in store.records()] == ["processing"]
    assert hooks.respond({}, REPORT, None).status == 503
    store.lease = 0.0  # the lease is over
    assert hooks.respond({}, REPORT, None).status == 200 and handled == ["A1B2C3D4E5F60718"]
    records = list(store.records())
    assert [r.verdict for r in records] == ["handler_failed", "accepted"]
    assert records[0].error is not None and records[0].error.startswith("abandoned")
    assert hooks.respond({}, REPORT, None).status == 200 and len(handled) == 1  # now a duplicate


def test_a_handler_interrupted_by_a_base_exception_releases_its_claim(tmp_path: Path) -> None:
    hooks = hooks_with(tmp_path)

    @hooks.on("heymilo.report_available")
    def stop(event: ReportAvailable) -> None:
        raise SystemExit(1)  # a worker told to stop mid-handler

    with pytest.raises(SystemExit):
        hooks.respond(auth.signature_headers(SECRET, REPORT), REPORT, None)
    (record,) = hooks.setup.store.records()  # type: ignore[union-attr]
    assert (record.verdict, record.error) == ("handler_failed", "builtins.SystemExit")


class LostFailures(SQLiteStore):
    def mark_failed(self, seq: int, error: str) -> None:
        raise StoreError("SQLITE_FULL", "database or disk is full")


def test_a_failure_that_cannot_be_recorded_is_503_so_the_vendor_retries(tmp_path: Path) -> None:
    hooks = hirehooks.Hooks(
        vendor="heymilo", auth=auth.Unauthenticated(), store=LostFailures(tmp_path / "l.db")
    )

    @hooks.on("heymilo.report_available")
    def broken(event: ReportAvailable) -> None:
        raise RuntimeError("no")

    assert hooks.respond({}, REPORT, None).status == 503


class AsyncCallable:
    def __init__(self) -> None:
        self.seen: list[str] = []

    async def __call__(self, event: ReportAvailable) -> None:
        self.seen.append(event.interview_id)


def test_every_kind_of_async_handler_is_told_apart_and_never_silently_dropped(tmp_path: Path) -> None:
    async def plain(event: ReportAvailable) -> None: ...

    wrapper = functools.wraps(plain)(lambda event: plain(event))  # a sync decorator over an async def
    for handler in (plain, wrapper, AsyncCallable()):
        hooks = hirehooks.Hooks(vendor="heymilo", auth=auth.Unauthenticated())
        hooks.on("heymilo.report_available")(handler)
        assert hooks.awaits is True, handler
    sneaky = hirehooks.Hooks(
        vendor="heymilo", auth=auth.Unauthenticated(), store=SQLiteStore(tmp_path / "s.db")
    )
    sneaky.on("heymilo.report_available")(lambda event: plain(event))  # sync, yet returns a coroutine
    assert sneaky.awaits is False
    assert sneaky.respond({}, REPORT, None).status == 500  # not a silent 200
    assert [r.verdict for r in sneaky.setup.store.records()] == ["handler_failed"]  # type: ignore[union-attr]
