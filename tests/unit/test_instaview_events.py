"""InstaView's webhook payloads: every example, and each decision of schemas/DECISIONS.md D58-D62.

Internals used: ``replaced`` (a copy of a body with one value changed or deleted), not public API.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

import hirehooks
from hirehooks._walk import replaced
from tests.conftest import EXAMPLES, agreed_problems, documented_example, load

ROOT = Path(__file__).resolve().parents[2]
ENVELOPE = ROOT / "schemas" / "instaview" / "common" / "envelope.schema.json"

DOTTED = {
    "instaview.interview_completed": "interview.completed",
    "instaview.interview_started": "interview.started",
    "instaview.interview_failed": "interview.failed",
    "instaview.analysis_completed": "analysis.completed",
    "instaview.analysis_failed": "analysis.failed",
    "instaview.ping": "ping",
}
# The other two forms of each event type (facts sheet 1.2): seed 003's request names and the codes of
# guides/resources/webhooks.
UPPERCASE = {
    "instaview.interview_completed": "INTERVIEW_COMPLETED",
    "instaview.interview_started": "INTERVIEW_STARTED",
    "instaview.interview_failed": "INTERVIEW_FAILED",
    "instaview.analysis_completed": "ANALYSIS_COMPLETED",
    "instaview.analysis_failed": "ANALYSIS_FAILED",
    "instaview.ping": "PING",
}
CODE = {
    "instaview.analysis_completed": 0,
    "instaview.analysis_failed": 1,
    "instaview.ping": 2,
    "instaview.interview_completed": 3,
    "instaview.interview_failed": 4,
    "instaview.interview_started": 5,
}
EVENTS = sorted(DOTTED)
ENVELOPE_ONLY = [name for name in EVENTS if name != "instaview.interview_completed"]
INSTAVIEW_EXAMPLES = [(name, path) for name, path in EXAMPLES if name in DOTTED]
REQUEST = "instaview.create_webhook_request"
RESPONSE = "instaview.create_webhook_response"


def paths(name: str, body: Any, *, strict: bool = False) -> list[str]:
    """The paths of the problems ``validate`` finds, after checking that ``parse`` agrees."""
    return [problem.path for problem in agreed_problems(name, body, strict=strict)]


def round_trip(name: str, body: Any, *, strict: bool = False) -> Any:
    raw = json.dumps(body).encode()
    return hirehooks.parse(name, raw, strict=strict).model_dump(
        mode="json", by_alias=True, exclude_unset=True
    )


# --- every example ---


def test_instaview_registers_exactly_the_six_documented_payloads_each_with_its_example() -> None:
    assert [name for name in hirehooks.events() if name.startswith("instaview.")] == EVENTS
    assert sorted({name for name, _ in INSTAVIEW_EXAMPLES}) == EVENTS
    assert all(documented_example(name).exists() for name in EVENTS)


@pytest.mark.parametrize(("name", "path"), INSTAVIEW_EXAMPLES, ids=[p.name for _, p in INSTAVIEW_EXAMPLES])
def test_every_example_parses_and_round_trips_in_both_modes(name: str, path: Path) -> None:
    for strict in (False, True):
        assert hirehooks.validate(name, path.read_bytes(), strict=strict) == []
        dumped = hirehooks.parse(name, path.read_bytes(), strict=strict).model_dump(
            mode="json", by_alias=True, exclude_unset=True
        )
        assert dumped == json.loads(path.read_bytes())
        assert json.dumps(dumped, sort_keys=True) == json.dumps(load(path), sort_keys=True)


def test_the_documented_example_reads_as_typed_attributes() -> None:
    completed = hirehooks.parse(
        "instaview.interview_completed", documented_example("instaview.interview_completed").read_bytes()
    )
    assert completed.event == "interview.completed"
    assert completed.deliveryId == "550e8400-e29b-41d4-a716-446655440000"
    assert (completed.data.interviewId, completed.data.status) == ("interview-uuid", "COMPLETED")


# --- D58: a payload's `event` is the dotted name, fixed per schema ---


@pytest.mark.parametrize("name", EVENTS)
def test_payload_event_is_the_dotted_name_only(name: str) -> None:
    body = load(documented_example(name))
    assert body["event"] == DOTTED[name]
    for strict in (False, True):
        assert paths(name, body, strict=strict) == []
        for other in [
            UPPERCASE[name],
            CODE[name],
            DOTTED[name].upper(),
            *(set(DOTTED.values()) - {body["event"]}),
        ]:
            assert paths(name, {**body, "event": other}, strict=strict) == ["/event"]
    assert hirehooks.schema(name)["properties"]["event"]["const"] == DOTTED[name]


# --- D59: the create request takes seed 003's UPPERCASE names, the response any string label ---


def test_registration_request_takes_uppercase_names_and_the_response_any_label() -> None:
    request = load(documented_example(REQUEST))
    assert paths(REQUEST, {**request, "events": sorted(UPPERCASE.values())}) == []
    assert paths(REQUEST, {**request, "events": ["INTERVIEW_COMPLETED", "interview.completed"]}) == [
        "/events/1"
    ]
    assert set(paths(REQUEST, {**request, "events": [3, 0]})) == {"/events/0", "/events/1"}

    response = load(documented_example(RESPONSE))
    dotted = load(documented_example(RESPONSE).with_name("create_webhook_response.dotted-labels.json"))
    assert dotted["events"] == ["interview.completed", "analysis.completed"]  # as get/list-webhooks show
    for strict in (False, True):
        assert paths(RESPONSE, dotted, strict=strict) == []
        assert paths(RESPONSE, {**response, "events": sorted(UPPERCASE.values())}, strict=strict) == []
        assert paths(RESPONSE, {**response, "events": sorted(DOTTED.values())}, strict=strict) == []
        assert paths(RESPONSE, {**response, "events": ["interview.completed", 3]}, strict=strict) == [
            "/events/1"
        ]


# --- D60: the envelope: four required members, timestamp and deliveryId plain strings ---


@pytest.mark.parametrize("name", EVENTS)
def test_timestamp_and_delivery_id_are_strings_of_any_form_and_all_four_members_required(name: str) -> None:
    body = load(documented_example(name))
    for strict in (False, True):
        for timestamp in ["2024-01-20T14:30:00Z", "2024-01-20T14:30:00+02:00", "2024-01-20 14:30", ""]:
            changed = {**body, "timestamp": timestamp}
            assert paths(name, changed, strict=strict) == []
            assert round_trip(name, changed, strict=strict) == changed  # kept as sent, ".000Z" included
        for delivery in ["dlv_123", "550E8400-E29B-41D4-A716-446655440000", ""]:
            assert paths(name, {**body, "deliveryId": delivery}, strict=strict) == []
        for member in ["timestamp", "deliveryId"]:
            for wrong in [1705761000, 1705761000.0, None]:
                assert paths(name, {**body, member: wrong}, strict=strict) == [f"/{member}"]
        for member in ["event", "timestamp", "deliveryId", "data"]:
            assert paths(name, replaced(body, (member,)), strict=strict) == [f"/{member}"]


def test_every_event_repeats_the_common_envelope_with_its_event_fixed() -> None:
    envelope = json.loads(ENVELOPE.read_text())
    Draft202012Validator.check_schema(envelope)
    for name in EVENTS:
        schema = hirehooks.schema(name)
        assert schema["required"] == envelope["required"]
        assert list(schema["properties"]) == list(envelope["properties"])
        for member in ["timestamp", "deliveryId"]:
            assert schema["properties"][member] == envelope["properties"][member]
        assert schema["properties"]["data"]["type"] == "object"
    for _, path in INSTAVIEW_EXAMPLES:
        assert list(Draft202012Validator(envelope).iter_errors(load(path))) == [], path.name


# --- D61: what the docs do not show of `data` stays open; interview.completed's five members ---

RICH = {
    "interviewId": "interview-uuid",
    "analysis": {
        "score": 78,
        "summary": "Strong candidate",
        "criteria": [{"name": "Communication", "score": 4.5}],
    },
    "error": {"message": "Call dropped"},
}


@pytest.mark.parametrize("name", ENVELOPE_ONLY)
def test_data_of_envelope_only_events_is_open_in_both_modes(name: str) -> None:
    body = load(documented_example(name))
    assert "properties" not in hirehooks.schema(name)["properties"]["data"]
    for strict in (False, True):
        for data in [{}, {"interviewId": "interview-uuid", "status": "STARTED"}, RICH]:
            changed = {**body, "data": data}
            assert paths(name, changed, strict=strict) == []
            assert round_trip(name, changed, strict=strict) == changed
        wrong: Any
        for wrong in [[], "error", None]:
            assert paths(name, {**body, "data": wrong}, strict=strict) == ["/data"]
    # A member beside the four (where a failed event's error message might be) is kept leniently and
    # refused in strict mode, as for every object that declares properties (D9).
    beside = {**body, "error": "Connection lost"}
    assert paths(name, beside) == []
    assert round_trip(name, beside) == beside
    assert paths(name, beside, strict=True) == ["/error"]


def test_interview_completed_data_has_its_five_documented_members() -> None:
    name = "instaview.interview_completed"
    body = load(documented_example(name))
    for member in ["interviewId", "callAttemptId", "candidateId", "jobId", "status"]:
        assert paths(name, replaced(body, ("data", member))) == [f"/data/{member}"]
        assert paths(name, replaced(body, ("data", member), 1)) == [f"/data/{member}"]
    for status in ["STARTED", "FAILED", "completed"]:  # no list of values is documented
        assert paths(name, replaced(body, ("data", "status"), status), strict=True) == []
    extended = replaced(body, ("data", "analysis"), {"score": 78})
    assert paths(name, extended) == []
    assert round_trip(name, extended) == extended
    assert paths(name, extended, strict=True) == ["/data/analysis"]


# --- D62: the sourcing and enrichment events have no documented payload: not registered ---

UNDOCUMENTED = [
    "instaview.sourcing_completed",
    "instaview.sourcing_failed",
    "instaview.enrich_completed",
    "instaview.enrich_failed",
    "instaview.SOURCING_COMPLETED",
]


@pytest.mark.parametrize("name", UNDOCUMENTED)
def test_sourcing_and_enrichment_events_are_not_registered(name: str) -> None:
    body = {**load(documented_example("instaview.ping")), "event": "sourcing.completed"}
    with pytest.raises(hirehooks.UnknownNameError):
        hirehooks.parse(name, body)
    with pytest.raises(hirehooks.UnknownNameError):
        hirehooks.validate(name, body)
    with pytest.raises(hirehooks.UnknownNameError):
        hirehooks.schema(name)
    assert name not in hirehooks.names()
    # and no registered InstaView payload takes their names as its event
    for event in ["sourcing.completed", "sourcing.failed", "SOURCING_COMPLETED", "ENRICH_FAILED"]:
        assert all(paths(registered, {**body, "event": event}) == ["/event"] for registered in ENVELOPE_ONLY)
