"""``hirehooks.receive``: authentication first, handshakes, detection among a receiver's names, typed
parse, delivery ids, what the delivery log keeps, and configuration errors (D69, D71, D72)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from hirehooks import auth
from hirehooks._catalog import model_class
from hirehooks._receiving import kept_body
from hirehooks.store import Record, SQLiteStore, StoreError
from tests.conftest import EVENTS

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
OPEN = auth.Unauthenticated()


def raw_example(name: str) -> bytes:
    stem = name.rsplit(".", 1)[-1]
    return json.dumps(hirehooks.examples(name)[f"{stem}.json"], ensure_ascii=False).encode()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    log = SQLiteStore(tmp_path / "deliveries.db")
    yield log
    log.close()


@pytest.mark.parametrize("name", EVENTS)
def test_every_documented_event_is_detected_within_its_vendor_and_parsed_to_its_model(name: str) -> None:
    vendor = name.split(".")[0]
    outcome = hirehooks.receive({}, raw_example(name), vendor=vendor, auth=OPEN)
    assert outcome.name == name
    if isinstance(outcome, hirehooks.Handshake):
        assert name == "hirempire.url_verification"
    else:
        assert type(outcome.event) is model_class(name)
        assert outcome.duplicate is False and outcome.received_at.tzinfo is not None


def test_a_handshake_is_answered_with_the_challenge_exactly_and_recorded(store: SQLiteStore) -> None:
    challenge = 'a1b2 c3\u00e9\u4e2d\\"x'
    body = json.dumps({"challenge": challenge, "type": "url_verification"}).encode()
    outcome = hirehooks.receive({}, body, vendor="hirempire", auth=OPEN, store=store)
    assert isinstance(outcome, hirehooks.Handshake)
    assert outcome.response == {"challenge": challenge}
    assert [record.verdict for record in store.records()] == ["handshake"]


def test_the_handshake_is_answered_whatever_names_the_receiver_takes() -> None:
    challenge = b'{"challenge": "c", "type": "url_verification"}'
    only = ["hirempire.applicant_applied"]
    outcome = hirehooks.receive({}, challenge, vendor="hirempire", auth=OPEN, names=only)
    assert isinstance(outcome, hirehooks.Handshake) and outcome.response == {"challenge": "c"}
    applied = raw_example("hirempire.applicant_applied")
    assert hirehooks.receive({}, applied, vendor="hirempire", auth=OPEN, names=only).name == only[0]


def test_one_name_is_taken_as_given_and_several_are_detected_among_themselves() -> None:
    started = raw_example("heymilo.interview_started")
    report = raw_example("heymilo.report_available")
    only = ["heymilo.interview_started"]
    assert hirehooks.receive({}, started, vendor="heymilo", auth=OPEN, names=only).name == only[0]
    with pytest.raises(hirehooks.PayloadError) as caught:  # parsed as the one name, not detected
        hirehooks.receive({}, b'{"x": 1}', vendor="heymilo", auth=OPEN, names=only)
    assert caught.value.problems == hirehooks.validate(only[0], b'{"x": 1}')
    assert hirehooks.receive({}, report, vendor="heymilo", auth=OPEN).name == "heymilo.report_available"
    # Detection looks only at the names the receiver takes: among these two the report fits
    # only interview_started (interview_completed requires fields it lacks), and it is judged as that.
    two = ["heymilo.interview_started", "heymilo.interview_completed"]
    with pytest.raises(hirehooks.PayloadError) as judged:
        hirehooks.receive({}, report, vendor="heymilo", auth=OPEN, names=two)
    assert judged.value.problems == hirehooks.validate("heymilo.interview_started", report)


def test_a_body_no_event_fits_and_malformed_json_are_payload_errors() -> None:
    with pytest.raises(hirehooks.PayloadError) as unknown:
        hirehooks.receive({}, b'{"hello": "world"}', vendor="heymilo", auth=OPEN)
    assert [problem.path for problem in unknown.value.problems] == [""]
    assert "no heymilo event" in unknown.value.problems[0].message
    with pytest.raises(hirehooks.PayloadError) as malformed:
        hirehooks.receive({}, b'{"interview_id": ', vendor="heymilo", auth=OPEN)
    assert malformed.value.problems == hirehooks.validate("heymilo.interview_started", b'{"interview_id": ')


def test_an_invalid_body_raises_the_problems_validate_finds_and_is_recorded_invalid(
    store: SQLiteStore,
) -> None:
    broken = json.loads(raw_example("heymilo.interview_started"))
    broken["posting_id"] = 42
    body = json.dumps(broken).encode()
    with pytest.raises(hirehooks.PayloadError) as caught:
        hirehooks.receive({}, body, vendor="heymilo", auth=OPEN, store=store)
    expected = hirehooks.validate("heymilo.interview_started", body)
    assert caught.value.problems == expected
    (record,) = store.records()
    assert (record.verdict, record.name, record.problems) == (
        "invalid",
        "heymilo.interview_started",
        tuple(expected),
    )


def test_authentication_is_checked_on_the_raw_body_before_anything_else(store: SQLiteStore) -> None:
    body = raw_example("heymilo.report_available")
    headers = auth.signature_headers(SECRET, body)
    checked = auth.StandardWebhooks(SECRET)
    assert isinstance(hirehooks.receive(headers, body, vendor="heymilo", auth=checked), hirehooks.Delivery)
    reserialised = json.dumps(json.loads(body), indent=1).encode()  # the same JSON, other bytes
    with pytest.raises(hirehooks.AuthError) as caught:
        hirehooks.receive(headers, reserialised, vendor="heymilo", auth=checked, store=store)
    assert caught.value.reason == "bad_signature"
    with pytest.raises(hirehooks.AuthError):  # not even JSON: authentication fails first
        hirehooks.receive(headers, b"not json", vendor="heymilo", auth=checked, store=store)
    assert [(record.verdict, record.name) for record in store.records()] == [("unauthenticated", None)] * 2
    assert all(record.headers["webhook-signature"] == "[redacted]" for record in store.records())


def test_the_delivery_id_is_the_senders_else_the_sha256_of_the_raw_body() -> None:
    body = raw_example("heymilo.report_available")
    assert hirehooks.receive({"Webhook-Id": "msg_1"}, body, vendor="heymilo", auth=OPEN).id == "msg_1"
    assert hirehooks.receive({"svix-id": "msg_2"}, body, vendor="heymilo", auth=OPEN).id == "msg_2"
    digest = "sha256:" + hashlib.sha256(body).hexdigest()
    assert hirehooks.receive({}, body, vendor="heymilo", auth=OPEN).id == digest
    instaview = raw_example("instaview.interview_completed")
    delivery_id = json.loads(instaview)["deliveryId"]
    assert hirehooks.receive({}, instaview, vendor="instaview", auth=OPEN).id == delivery_id


def test_duplicates_are_told_by_the_store_only(store: SQLiteStore) -> None:
    body = raw_example("xobin.ai_interview_submission")
    first = hirehooks.receive({}, body, vendor="xobin", auth=OPEN, store=store)
    second = hirehooks.receive({}, body, vendor="xobin", auth=OPEN, store=store)
    assert isinstance(first, hirehooks.Delivery) and isinstance(second, hirehooks.Delivery)
    assert (first.duplicate, second.duplicate) == (False, True)
    assert [record.verdict for record in store.records()] == ["accepted", "duplicate"]
    without = [hirehooks.receive({}, body, vendor="xobin", auth=OPEN) for _ in range(2)]
    assert [isinstance(d, hirehooks.Delivery) and d.duplicate for d in without] == [False, False]


class FailingStore(SQLiteStore):
    def add(self, record: Record) -> Record:
        raise StoreError("SQLITE_FULL", "database or disk is full")


def test_a_store_that_cannot_write_raises_store_error(tmp_path: Path) -> None:
    with pytest.raises(hirehooks.StoreError) as caught:
        hirehooks.receive(
            {},
            raw_example("heymilo.report_available"),
            vendor="heymilo",
            auth=OPEN,
            store=FailingStore(tmp_path / "full.db"),
        )
    assert caught.value.reason == "SQLITE_FULL" and isinstance(caught.value, hirehooks.HirehooksError)


@pytest.mark.parametrize(
    ("settings", "says"),
    [
        ({"vendor": "heymilo", "auth": None}, "auth is required"),
        ({"vendor": "heymilo", "auth": "whsec_x"}, "authenticator"),
        ({"vendor": "acme", "auth": OPEN}, "unknown vendor"),
        ({"vendor": "heymilo", "auth": OPEN, "names": ["xobin.ai_interview_start"]}, "heymilo's events"),
        ({"vendor": "heymilo", "auth": OPEN, "names": []}, "heymilo's events"),
    ],
)
def test_a_misconfigured_receiver_is_a_config_error(settings: dict[str, Any], says: str) -> None:
    with pytest.raises(hirehooks.ConfigError, match=says):
        hirehooks.receive({}, b"{}", **settings)


def test_the_body_must_be_the_raw_bytes() -> None:
    with pytest.raises(hirehooks.ConfigError, match="raw request bytes"):
        hirehooks.receive({}, "{}", vendor="heymilo", auth=OPEN)  # type: ignore[arg-type]


def test_the_log_keeps_bodies_masked_with_their_types_unless_asked_to_keep_them_raw() -> None:
    body = raw_example("xobin.ai_interview_submission")
    kept = json.loads(kept_body(body, "xobin.ai_interview_submission", keep_raw=False) or b"")
    assert kept == hirehooks.redact("xobin.ai_interview_submission", body, keep_types=True)
    assert kept["candidate_name"] == "[redacted]" and kept["candidate_id"] == json.loads(body)["candidate_id"]
    assert kept_body(body, "xobin.ai_interview_submission", keep_raw=True) == body


@pytest.mark.parametrize("name", EVENTS)
def test_every_documented_event_masked_as_the_log_keeps_it_is_still_valid(name: str) -> None:
    """What is masked is a value, not a field's type: a log's bodies replay and profile as the vendor's
    shapes (D72)."""
    body = raw_example(name)
    kept = kept_body(body, name, keep_raw=False)
    assert kept is not None and hirehooks.validate(name, kept) == []
    assert json.loads(kept) == hirehooks.redact(name, body, keep_types=True)


def test_a_body_of_unknown_shape_is_kept_with_every_string_and_number_masked() -> None:
    body = b'{"email": "jane@example.com", "phone": 5551234, "ok": true, "tags": ["x", null]}'
    kept = json.loads(kept_body(body, None, keep_raw=False) or b"")
    assert kept == {"email": "[redacted]", "phone": 0, "ok": True, "tags": ["[redacted]", None]}
    assert kept_body(b"{not json", None, keep_raw=False) is None


def test_problem_and_payload_error_serialise_as_rfc_9457_problem_details() -> None:
    problem = hirehooks.Problem("/posting_id", "expected string, got integer")
    assert problem.to_dict() == {"pointer": "/posting_id", "detail": "expected string, got integer"}
    details = hirehooks.PayloadError([problem, hirehooks.Problem("", "x")]).to_dict()
    assert details["status"] == 422 and isinstance(details["type"], str) and details["title"]
    assert details["errors"] == [problem.to_dict(), {"pointer": "", "detail": "x"}]
    assert json.loads(json.dumps(details)) == details


def test_a_record_keeps_the_time_received_in_utc(store: SQLiteStore) -> None:
    before = datetime.now().astimezone()
    delivery = hirehooks.receive(
        {}, raw_example("heymilo.report_available"), vendor="heymilo", auth=OPEN, store=store
    )
    assert isinstance(delivery, hirehooks.Delivery) and delivery.seq is not None
    record = store.get(delivery.seq)
    assert record.received_at == delivery.received_at and record.received_at >= before
    assert replace(record, seq=None).delivery_id == delivery.id


def test_an_unauthenticated_body_is_not_kept(store: SQLiteStore) -> None:
    with pytest.raises(hirehooks.AuthError):
        hirehooks.receive(
            {},
            raw_example("heymilo.report_available"),
            vendor="heymilo",
            auth=auth.UrlToken("t"),
            url="/hooks",
            store=store,
        )
    (record,) = store.records()
    assert (record.verdict, record.body, record.raw) == ("unauthenticated", None, False)


@pytest.mark.parametrize(
    "headers", [None, [("webhook-id", "x")], {"webhook-id": b"x"}, {b"a": "b"}, {"a": 5}]
)
def test_headers_that_are_not_a_mapping_of_text_are_a_config_error(headers: Any) -> None:
    with pytest.raises(hirehooks.ConfigError, match="mapping of str to str"):
        hirehooks.receive(headers, raw_example("heymilo.report_available"), vendor="heymilo", auth=OPEN)


def test_a_header_holding_a_lone_surrogate_is_recorded_escaped(store: SQLiteStore) -> None:
    delivery = hirehooks.receive(
        {"webhook-id": "msg_\udc80"},
        raw_example("heymilo.report_available"),
        vendor="heymilo",
        auth=OPEN,
        store=store,
    )
    assert delivery.id == "msg_\\udc80"
    (record,) = store.records()
    assert record.delivery_id == "msg_\\udc80" and record.headers == {"webhook-id": "msg_\\udc80"}


def test_max_bytes_above_the_default_is_honoured() -> None:
    report = json.loads(raw_example("heymilo.report_available"))
    report["agentic_data"]["padding"] = "x" * (17 * 1024 * 1024)  # an undeclared field: open objects
    body = json.dumps(report).encode()
    with pytest.raises(hirehooks.PayloadError, match="over the limit"):
        hirehooks.receive({}, body, vendor="heymilo", auth=OPEN)
    taken = hirehooks.receive({}, body, vendor="heymilo", auth=OPEN, max_bytes=32 * 1024 * 1024)
    assert taken.name == "heymilo.report_available"


def test_an_invalid_instaview_body_keeps_its_delivery_id(store: SQLiteStore) -> None:
    body = json.loads(raw_example("instaview.interview_completed"))
    body["data"]["interviewId"] = 5
    with pytest.raises(hirehooks.PayloadError):
        hirehooks.receive({}, json.dumps(body).encode(), vendor="instaview", auth=OPEN, store=store)
    (record,) = store.records()
    assert (record.verdict, record.delivery_id) == ("invalid", body["deliveryId"])


def test_a_deliverys_repr_shows_no_candidate_data() -> None:
    delivery = hirehooks.receive({}, raw_example("heymilo.report_available"), vendor="heymilo", auth=OPEN)
    assert "jane" not in repr(delivery).lower() and "heymilo.report_available" in repr(delivery)
