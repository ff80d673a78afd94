"""The delivery log on real SQLite files: records round-trip, dedupe holds across threads and across
processes sharing one file, and ``receive`` keeps only what D72 allows (bodies masked, credentials
masked, the delivery id rules)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import random
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from hirehooks import Delivery, auth
from hirehooks._errors import ConfigError, Problem
from hirehooks.store import Record, SQLiteStore, StoreError
from tests.receivers._faults import immutable, open_fresh_together, race_processes, rows

SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
PII = "Zanzibar-Marker-7f3c@example.com"  # planted in a PII field; must never reach the log masked
CREDENTIAL = "Credential-Marker-91ab"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SQLiteStore]:
    log = SQLiteStore(tmp_path / "deliveries.db")
    yield log
    log.close()


def accepted(identity: str, vendor: str = "heymilo", **fields: Any) -> Record:
    return Record(
        vendor=vendor, delivery_id=identity, verdict="accepted", received_at=datetime.now(UTC), **fields
    )


def report(email: str = PII) -> bytes:
    """HeyMilo's documented report with ``email`` as the candidate's (an ``x-pii`` field)."""
    body = hirehooks.examples("heymilo.report_available")["report_available.json"]
    body["metadata"]["candidate_email"] = email
    return json.dumps(body).encode()


def test_every_field_of_a_record_round_trips_through_the_file(tmp_path: Path) -> None:
    path = tmp_path / "log.db"
    writer = SQLiteStore(path)
    when = datetime(2026, 3, 1, 12, 30, 15, 123456, tzinfo=timezone(timedelta(hours=2)))
    original = Record(
        vendor="xobin",
        delivery_id="d-1",
        verdict="invalid",
        received_at=when,
        name="xobin.assessment_start",
        problems=(Problem("/email", "is not a string"), Problem("", 'é 中 \\ "quoted"')),
        body=b"\x00\xffnot text",
        headers={"Content-Type": "application/json", "X-Trace": "t\u00e9"},
        error="builtins.RuntimeError",
    )
    stored = writer.add(original)
    assert stored.seq is not None and stored.verdict == "invalid"
    reader = SQLiteStore(path, create=False)  # another connection, as another process would read it
    for got in (reader.get(stored.seq), next(iter(reader.records()))):
        assert got == stored
        assert got.received_at == when and got.received_at.tzinfo is not None  # the instant, kept in UTC
    writer.close()
    reader.close()


def test_a_record_without_a_name_or_body_round_trips_with_nones(store: SQLiteStore) -> None:
    stored = store.add(accepted("bare"))
    assert store.get(stored.seq or 0) == stored
    assert stored.name is None and stored.body is None and stored.problems == () and stored.error is None
    with pytest.raises(LookupError):
        store.get((stored.seq or 0) + 1)


def test_records_filter_by_time_verdict_and_name_in_the_order_received(store: SQLiteStore) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    made = [
        store.add(
            Record(
                vendor="heymilo",
                delivery_id=f"id-{index}",
                verdict="accepted" if index % 2 else "invalid",
                received_at=start + timedelta(minutes=index),
                name="heymilo.interview_started" if index % 3 else "heymilo.report_available",
            )
        )
        for index in range(6)
    ]
    assert list(store.records()) == made
    assert list(store.records(since=start + timedelta(minutes=4))) == made[4:]
    naive = datetime(2026, 1, 1, 0, 4)  # a naive time is taken as UTC
    assert list(store.records(since=naive)) == made[4:]
    assert list(store.records(verdict="invalid")) == [made[0], made[2], made[4]]
    assert list(store.records(name="heymilo.report_available")) == [made[0], made[3]]
    both = store.records(verdict="accepted", name="heymilo.report_available", since=start)
    assert list(both) == [made[3]]


def test_a_second_accepted_delivery_of_an_id_is_stored_as_duplicate_per_vendor(store: SQLiteStore) -> None:
    first = store.add(accepted("same"))
    second = store.add(accepted("same"))
    other_vendor = store.add(accepted("same", vendor="xobin"))
    assert [first.verdict, second.verdict, other_vendor.verdict] == ["accepted", "duplicate", "accepted"]
    assert [record.verdict for record in store.records()] == ["accepted", "duplicate", "accepted"]
    # a refused delivery of an accepted id is stored as refused, not turned into a duplicate
    invalid = store.add(Record("heymilo", "same", "invalid", datetime.now(UTC)))
    assert invalid.verdict == "invalid"


def test_mark_failed_releases_the_id_for_the_vendors_retry(store: SQLiteStore) -> None:
    first = store.add(accepted("retry-me"))
    assert first.seq is not None
    store.mark_failed(first.seq, "builtins.RuntimeError")
    failed = store.get(first.seq)
    assert failed.verdict == "handler_failed" and failed.error == "builtins.RuntimeError"
    retry = store.add(accepted("retry-me"))
    assert retry.verdict == "accepted"
    assert store.add(accepted("retry-me")).verdict == "duplicate"


def test_dedupe_holds_across_threads_sharing_one_store(store: SQLiteStore) -> None:
    ids = [f"t-{index}" for index in range(200)]
    verdicts: list[tuple[str, str]] = []
    lock, start = threading.Lock(), threading.Barrier(8)

    def work(seed: int) -> None:
        order = random.Random(seed).sample(ids, len(ids))
        start.wait()
        mine = [(identity, store.add(accepted(identity)).verdict) for identity in order]
        with lock:
            verdicts.extend(mine)

    threads = [threading.Thread(target=work, args=(seed,)) for seed in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Counter(verdict for _, verdict in verdicts) == {"accepted": 200, "duplicate": 1400}
    assert {identity for identity, verdict in verdicts if verdict == "accepted"} == set(ids)
    assert Counter(verdict for _, verdict in rows(store.path)) == {"accepted": 200, "duplicate": 1400}


def test_dedupe_holds_across_processes_racing_on_one_file(tmp_path: Path) -> None:
    path = tmp_path / "shared.db"
    ids = [f"p-{index}" for index in range(200)]
    orders = [ids, ids[::-1], random.Random(3).sample(ids, len(ids))]  # two race head-on, one at random
    results = race_processes(path, orders)
    answered = [pair for result in results for pair in result]
    assert len(answered) == 600
    accepted_ids = Counter(identity for identity, verdict in answered if verdict == "accepted")
    assert accepted_ids == Counter(ids)  # exactly one accepted per id
    assert Counter(verdict for _, verdict in answered) == {"accepted": 200, "duplicate": 400}
    stored = rows(path)
    assert Counter(stored) == Counter(answered)  # every answer is a row, and no row is lost
    assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_file_is_in_wal_mode_with_the_sync_level_and_busy_timeout_asked_for(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "log.db", busy_timeout=0.75)
    connection = store._connection()
    assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert connection.execute("PRAGMA busy_timeout").fetchone() == (750,)
    assert connection.execute("PRAGMA synchronous").fetchone() == (1,)  # NORMAL, the default (D76)
    other = sqlite3.connect(tmp_path / "log.db")  # WAL is a property of the file, seen by every opener
    assert other.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    other.close()
    store.close()
    durable = SQLiteStore(tmp_path / "log.db", synchronous="FULL")
    assert durable._connection().execute("PRAGMA synchronous").fetchone() == (2,)
    durable.close()
    with pytest.raises(ConfigError):
        SQLiteStore(tmp_path / "log.db", synchronous="OFF")  # type: ignore[arg-type]


def test_a_record_with_an_unknown_verdict_is_refused_not_stored_as_a_duplicate(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "log.db")
    record = Record("heymilo", "x", "accepted", datetime.now(UTC))
    store.add(record)
    with pytest.raises(ConfigError):
        store.add(replace(record, verdict="lost"))  # type: ignore[arg-type]
    assert [r.verdict for r in store.records()] == ["accepted"]
    store.close()


def test_a_write_lock_held_past_the_busy_timeout_is_a_store_error(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "log.db", busy_timeout=0.05)
    holder = sqlite3.connect(tmp_path / "log.db", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(StoreError) as caught:
        store.add(accepted("locked"))
    assert caught.value.reason == "SQLITE_BUSY"
    holder.execute("ROLLBACK")
    assert store.add(accepted("locked")).verdict == "accepted"  # the same delivery, once the lock is gone
    holder.close()
    store.close()


def test_a_connection_opened_while_the_file_was_read_only_is_reopened_once_it_is_writable(
    tmp_path: Path,
) -> None:
    path = tmp_path / "log.db"
    keeper = SQLiteStore(path)  # holds the -wal and -shm open, as a running receiver does
    store = SQLiteStore(path, busy_timeout=0.05)
    outcome: list[str] = []
    refused, writable = threading.Event(), threading.Event()

    def fresh_thread() -> None:  # this thread's first connection opens during the fault
        try:
            store.add(accepted("ro"))
        except StoreError as error:
            outcome.append(error.reason)
        refused.set()
        writable.wait()
        outcome.append(store.add(accepted("ro")).verdict)

    thread = threading.Thread(target=fresh_thread)
    with immutable(path, path.with_name("log.db-wal")):
        thread.start()
        refused.wait()
    writable.set()
    thread.join()
    assert outcome == ["SQLITE_READONLY", "accepted"]  # not read-only for good
    keeper.close()
    store.close()


def test_create_false_on_a_missing_file_is_a_store_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    with pytest.raises(StoreError) as caught:
        SQLiteStore(missing, create=False)
    assert caught.value.reason == "missing" and str(missing) in str(caught.value)
    assert not missing.exists()  # nothing was created


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "not.db"
    path.write_bytes(b"this is not an SQLite file, not at all" * 100)
    with pytest.raises(StoreError) as caught:
        SQLiteStore(path)
    assert caught.value.reason == "SQLITE_NOTADB"


def test_the_log_keeps_the_body_with_pii_masked_and_raw_only_when_asked(tmp_path: Path) -> None:
    body = report()
    masked_log, raw_log = SQLiteStore(tmp_path / "masked.db"), SQLiteStore(tmp_path / "raw.db", keep_raw=True)
    for log in (masked_log, raw_log):
        hirehooks.receive({"X-Trace": "t"}, body, vendor="heymilo", auth=auth.Unauthenticated(), store=log)
    (masked,), (raw,) = list(masked_log.records()), list(raw_log.records())
    assert masked.body is not None and PII.encode() not in masked.body
    assert PII not in json.dumps(masked.headers)
    kept = json.loads(masked.body)
    assert kept["metadata"]["candidate_email"] == "[redacted]"
    assert kept["interview_id"] == "A1B2C3D4E5F60718"  # what is not PII stays, for debugging
    assert raw.body == body  # byte for byte
    # the same holds for a delivery refused as invalid, and of another vendor (Xobin's e-mail)
    bad = json.dumps({"id": "x", "assessment_id": 1, "started_at": 1, "name": "N", "email": PII}).encode()
    with pytest.raises(hirehooks.PayloadError):
        hirehooks.receive(
            {},
            bad,
            vendor="xobin",
            names=["xobin.assessment_start"],
            auth=auth.Unauthenticated(),
            store=masked_log,
        )
    (invalid,) = masked_log.records(verdict="invalid")
    assert invalid.body is not None and PII.encode() not in invalid.body


def basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


AUTHENTICATORS: list[tuple[auth.Authenticator, dict[str, str]]] = [
    (auth.Basic("xobin", CREDENTIAL), {"Authorization": basic("xobin", CREDENTIAL)}),
    (auth.ApiKey("X-Xobin-Client", CREDENTIAL), {"X-Xobin-Client": CREDENTIAL}),
    (auth.SecretHeader("X-Instaview-Custom", CREDENTIAL), {"x-instaview-custom": CREDENTIAL}),
]


@pytest.mark.parametrize(
    ("authenticator", "credentials"), AUTHENTICATORS, ids=["basic", "apikey", "secretheader"]
)
def test_credential_headers_are_masked_in_the_log(
    store: SQLiteStore, authenticator: auth.Authenticator, credentials: dict[str, str]
) -> None:
    headers = {**credentials, "User-Agent": "xobin-hooks/1"}
    hirehooks.receive(headers, report(), vendor="heymilo", auth=authenticator, store=store)
    wrong = {name: value + "-wrong" for name, value in credentials.items()}
    with pytest.raises(hirehooks.AuthError):  # refused deliveries are recorded, masked just the same
        hirehooks.receive({**headers, **wrong}, report(), vendor="heymilo", auth=authenticator, store=store)
    for record in store.records():
        assert CREDENTIAL not in json.dumps(record.headers)
        assert {record.headers[name] for name in credentials} == {"[redacted]"}
        assert record.headers["User-Agent"] == "xobin-hooks/1"
    assert [record.verdict for record in store.records()] == ["accepted", "unauthenticated"]


def test_an_hmac_header_and_a_standard_webhooks_signature_are_masked(store: SQLiteStore) -> None:
    key = bytes.fromhex("ab" * 32)
    body = report()
    mac = hmac.new(key, body, "sha256").hexdigest()
    hirehooks.receive(
        {"X-Instaview-Mac": mac},
        body,
        vendor="heymilo",
        auth=auth.Hmac(key, header="X-Instaview-Mac"),
        store=store,
    )
    signed = auth.signature_headers(SECRET, body, msg_id="msg_hmac_case")
    hirehooks.receive(signed, body, vendor="heymilo", auth=auth.StandardWebhooks(SECRET), store=store)
    by_mac, by_signature = store.records()
    assert by_mac.headers == {"X-Instaview-Mac": "[redacted]"}
    assert by_signature.headers["webhook-signature"] == "[redacted]"
    assert by_signature.headers["webhook-id"] == "msg_hmac_case"  # not a credential: kept
    assert signed["webhook-signature"] not in json.dumps(by_signature.headers)


def delivered(headers: dict[str, str], body: bytes, vendor: str, store: SQLiteStore, **kw: Any) -> Delivery:
    """``receive`` of a delivery that must be an event, not a handshake."""
    outcome = hirehooks.receive(headers, body, vendor=vendor, store=store, **kw)
    assert isinstance(outcome, Delivery)
    return outcome


def test_the_delivery_id_is_the_webhook_id_header_when_there_is_one(store: SQLiteStore) -> None:
    body = report()
    first = auth.signature_headers(SECRET, body, msg_id="msg_one")
    again = auth.signature_headers(
        SECRET, body, msg_id="msg_one", timestamp=int(first["webhook-timestamp"]) + 1
    )
    other = auth.signature_headers(SECRET, body, msg_id="msg_two")
    verify = auth.StandardWebhooks(SECRET)
    outcomes = [delivered(h, body, "heymilo", store, auth=verify) for h in (first, again, other)]
    assert [(o.id, o.duplicate) for o in outcomes] == [
        ("msg_one", False),
        ("msg_one", True),
        ("msg_two", False),
    ]
    assert [(r.delivery_id, r.verdict) for r in store.records()] == [
        ("msg_one", "accepted"),
        ("msg_one", "duplicate"),
        ("msg_two", "accepted"),
    ]


def test_the_delivery_id_is_instaviews_delivery_id_field(store: SQLiteStore) -> None:
    example = hirehooks.examples("instaview.analysis_completed")["analysis_completed.json"]
    body = json.dumps(example).encode()
    reworded = json.dumps(example, indent=2).encode()  # other bytes, the same delivery
    open_door = auth.Unauthenticated()
    first = delivered({}, body, "instaview", store, auth=open_door)
    second = delivered({}, reworded, "instaview", store, auth=open_door)
    assert first.id == second.id == example["deliveryId"]
    assert [r.verdict for r in store.records()] == ["accepted", "duplicate"]


def test_without_an_id_identical_bodies_are_one_delivery_by_sha256(store: SQLiteStore) -> None:
    body = report()
    spaced = body.replace(b", ", b",  ", 1)  # one byte more: another delivery
    open_door = auth.Unauthenticated()
    outcomes = [delivered({}, b, "heymilo", store, auth=open_door) for b in (body, body, spaced)]
    assert [o.id for o in outcomes] == [
        "sha256:" + hashlib.sha256(body).hexdigest(),
        "sha256:" + hashlib.sha256(body).hexdigest(),
        "sha256:" + hashlib.sha256(spaced).hexdigest(),
    ]
    assert [r.verdict for r in store.records()] == ["accepted", "duplicate", "accepted"]


def test_processes_opening_a_new_log_at_once_all_open_it(tmp_path: Path) -> None:
    """Switching a new file to WAL answers SQLITE_BUSY at once when another process does the same: the
    store tries again within its busy timeout (two uvicorn workers starting on a fresh file)."""
    outcomes = open_fresh_together([tmp_path / f"fresh{n}.db" for n in range(6)], processes=4)
    assert outcomes == ["ok"] * 24


def test_a_thread_waits_for_this_processs_writer_no_longer_than_the_busy_timeout(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "log.db", busy_timeout=0.05)
    with store._writing():  # another thread of this process is writing
        failed: list[StoreError] = []
        thread = threading.Thread(
            target=lambda: failed.extend(
                _raised(lambda: store.add(Record("heymilo", "x", "accepted", datetime.now(UTC))))
            )
        )
        thread.start()
        thread.join(timeout=30)
    assert [error.reason for error in failed] == ["SQLITE_BUSY"]
    assert store.add(Record("heymilo", "x", "accepted", datetime.now(UTC))).verdict == "accepted"
    store.close()


def _raised(call: Any) -> list[StoreError]:
    try:
        call()
    except StoreError as error:
        return [error]
    return []


def test_a_claim_is_held_while_processing_and_settled_by_its_handlers_outcome(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "log.db")
    now = datetime.now(UTC)
    claim = store.add(Record("heymilo", "x", "processing", now))
    with pytest.raises(StoreError) as busy:
        store.add(Record("heymilo", "x", "processing", now))
    assert busy.value.reason == "in_progress"
    assert claim.seq is not None
    store.mark_done(claim.seq)
    assert store.add(Record("heymilo", "x", "processing", now)).verdict == "duplicate"
    store.mark_failed(claim.seq, "builtins.RuntimeError")  # an accepted row released by hand
    assert store.add(Record("heymilo", "x", "accepted", now)).verdict == "accepted"
    assert [r.verdict for r in store.records()] == ["handler_failed", "duplicate", "accepted"]
    store.close()
