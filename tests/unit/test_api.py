"""Unit tests of the public API: bad bodies, errors, detection, schemas, no network."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from types import MappingProxyType
from typing import Any

import pytest

import hirehooks
from hirehooks import PayloadError, Problem, UnknownEventError
from hirehooks._problems import pointer
from hirehooks._validation import _document, _engine, _reference, closed
from tests.conftest import EVENTS, NAMES, documented_example, examples_of, load

STARTED = "heymilo.interview_started"
REPORT = "heymilo.report_available"


def test_events_lists_the_three_heymilo_events() -> None:
    assert hirehooks.events("heymilo") == ["heymilo.interview_completed", "heymilo.interview_started", REPORT]
    assert hirehooks.events()[:3] == hirehooks.events("heymilo")


def test_openapi_of_an_unknown_vendor_is_a_lookup_error() -> None:
    with pytest.raises(UnknownEventError, match="unknown vendor 'nope'; known: heymilo, hirempire"):
        hirehooks.openapi("nope")


def test_a_decoded_list_is_a_body_too() -> None:
    listed = load(documented_example("heymilo.v1.webhook_list"))
    assert hirehooks.validate("heymilo.v1.webhook_list", listed) == []
    assert hirehooks.parse("heymilo.v1.webhook_list", listed).model_dump(mode="json") == listed


def test_body_may_be_bytes_bytearray_memoryview_str_or_mapping() -> None:
    raw = documented_example(STARTED).read_bytes()
    data = json.loads(raw)
    for body in (raw, bytearray(raw), memoryview(raw), raw.decode(), data, MappingProxyType(data)):
        assert hirehooks.parse(STARTED, body).model_dump(mode="json", exclude_unset=True) == data


def test_a_body_of_another_python_type_is_a_type_error() -> None:
    with pytest.raises(TypeError, match="body must be bytes, str, a mapping or a sequence, not set"):
        hirehooks.parse(STARTED, {1, 2})  # type: ignore[arg-type]


@pytest.mark.parametrize("scalar", [None, True, 5, 1.5])
def test_a_decoded_json_scalar_is_a_problem_not_a_type_error(scalar: object) -> None:
    expected = hirehooks.validate(STARTED, json.dumps(scalar))
    assert expected and expected[0].path == "" and expected[0].message.startswith("expected object, got ")
    assert hirehooks.validate(STARTED, scalar) == expected
    with pytest.raises(hirehooks.PayloadError) as refused:
        hirehooks.parse(STARTED, scalar)
    assert refused.value.problems == expected
    assert hirehooks.detect(scalar) is None


def test_validate_reports_every_problem_at_once_sorted_by_path() -> None:
    body = load(documented_example(REPORT))
    body["interview_id"] = 5
    body["metadata"].pop("candidate_email")
    body["agentic_data"]["web_interview_info"]["summary"]["match_score"] = 101
    assert hirehooks.validate(REPORT, body) == [
        Problem(
            "/agentic_data/web_interview_info/summary/match_score", "101 is out of range: must be at most 100"
        ),
        Problem("/interview_id", "expected string, got integer"),
        Problem("/metadata/candidate_email", "required property is missing"),
    ]


def test_parse_raises_payload_error_with_the_same_problems_as_validate() -> None:
    body = load(documented_example(REPORT))
    body["timestamp"] = "1770817943"
    with pytest.raises(PayloadError) as raised:
        hirehooks.parse(REPORT, body)
    assert (
        raised.value.problems
        == hirehooks.validate(REPORT, body)
        == [Problem("/timestamp", "expected number, got string")]
    )
    assert str(raised.value) == "1 problem(s): /timestamp: expected number, got string"


def test_payload_error_message_shows_five_problems_and_counts_the_rest() -> None:
    error = PayloadError(Problem(f"/{i}", "bad") for i in range(7))
    assert str(error) == "7 problem(s): /0: bad; /1: bad; /2: bad; /3: bad; /4: bad; and 2 more"


def test_problem_shows_path_and_message() -> None:
    assert str(Problem("/a/0/b", "expected string, got null")) == "/a/0/b: expected string, got null"
    assert str(Problem("", "malformed JSON")) == "(body): malformed JSON"


def test_pointer_escapes_tilde_and_slash() -> None:
    assert pointer(["a/b", "c~d", 0]) == "/a~1b/c~0d/0"
    assert pointer([]) == ""


@pytest.mark.parametrize("call", [hirehooks.parse, hirehooks.validate])
def test_unknown_event_is_a_lookup_error_naming_the_known_ones(call: Any) -> None:
    with pytest.raises(UnknownEventError) as raised:
        call("heymilo.nope", b"{}")
    assert str(raised.value).startswith("unknown name 'heymilo.nope'; known: heymilo.interview_completed")
    with pytest.raises(LookupError):
        hirehooks.schema("nope")


def test_detect_prefers_the_event_requiring_the_most_fields() -> None:
    report = load(documented_example(REPORT))
    started_keys = {"interview_id", "posting_id", "timestamp", "metadata"}
    assert started_keys < report.keys()
    assert hirehooks.detect(report) == REPORT
    assert hirehooks.detect({key: report[key] for key in started_keys}) == STARTED


def test_detect_names_an_invalid_body_of_a_known_shape_and_none_otherwise() -> None:
    completed = load(documented_example("heymilo.interview_completed"))
    assert hirehooks.detect({**completed, "timestamp": "late"}) == "heymilo.interview_completed"
    assert hirehooks.detect({"interview_id": "A1"}) is None
    assert hirehooks.detect({}) is None


@pytest.mark.parametrize("event", EVENTS)
def test_schema_returns_a_fresh_copy(event: str) -> None:
    first = hirehooks.schema(event)
    first["properties"].clear()
    assert hirehooks.schema(event)["properties"]


def test_closed_closes_declared_objects_only() -> None:
    schema = {
        "type": "object",
        "properties": {"a": {"type": ["object", "null"]}, "b": {"items": {"properties": {"c": {}}}}},
        "$defs": {"D": {"properties": {}}},
    }
    assert closed(schema) == {
        "type": "object",
        "properties": {
            "a": {"type": ["object", "null"]},
            "b": {"items": {"properties": {"c": {}}, "additionalProperties": False}},
        },
        "$defs": {"D": {"properties": {}, "additionalProperties": False}},
        "additionalProperties": False,
    }
    assert "additionalProperties" not in schema


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("hirehooks tried to open a socket")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    caches = (_document, _engine, _reference)
    for cache in caches:  # build the validators afresh, under the ban
        cache.cache_clear()
    yield
    for cache in caches:
        cache.cache_clear()


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("name", NAMES)
def test_schemas_load_and_validate_without_network(name: str) -> None:
    raw = examples_of(name)[0].read_bytes()
    assert hirehooks.validate(name, raw, strict=True) == []
    assert hirehooks.parse(name, raw, strict=True)
    assert hirehooks.validate(name, b'[{"interview_id": 1}]') != []  # invalid for every name


def test_examples_are_packaged_documented_one_first() -> None:
    stored = hirehooks.examples(REPORT)
    assert next(iter(stored)) == "report_available.json"
    assert stored["report_available.json"] == load(documented_example(REPORT))
    assert len(stored) == len(examples_of(REPORT)) > 1
    stored["report_available.json"]["interview_id"] = "changed"
    assert hirehooks.examples(REPORT)["report_available.json"]["interview_id"] != "changed"


def test_importing_hirehooks_loads_no_model_and_no_test_dependency() -> None:
    # Models load on first use of their name; jsonschema (the reference) and Hypothesis on first use too.
    # pydantic itself loads with hirehooks, so a first parse only builds its event's classes.
    code = (
        "import sys, hirehooks; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'jsonschema', 'hypothesis'} "
        "or m.startswith('hirehooks_generated.')), 'pydantic' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[] True"
