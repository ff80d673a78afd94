"""Xobin's event payloads (examples; D63 to D66) and the settings request's apikey names (D67)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from tests.conftest import EXAMPLES, documented_example, load

XOBIN_EVENTS = [
    "xobin.ai_interview_start",
    "xobin.ai_interview_submission",
    "xobin.assessment_start",
    "xobin.assessment_update",
]
XOBIN_EXAMPLES = [(name, path) for name, path in EXAMPLES if name in XOBIN_EVENTS]


def _example(name: str) -> dict[str, Any]:
    body: dict[str, Any] = load(documented_example(name))
    return body


def _problems(name: str, body: Any, *, strict: bool = False) -> list[str]:
    return [str(problem) for problem in hirehooks.validate(name, body, strict=strict)]


def test_every_xobin_event_has_an_example() -> None:
    assert sorted({name for name, _ in XOBIN_EXAMPLES}) == XOBIN_EVENTS


@pytest.mark.parametrize(("name", "path"), XOBIN_EXAMPLES, ids=[path.name for _, path in XOBIN_EXAMPLES])
@pytest.mark.parametrize("strict", [False, True])
def test_example_parses_and_round_trips(name: str, path: Path, strict: bool) -> None:
    body = path.read_bytes()
    model = hirehooks.parse(name, body, strict=strict)
    assert model.model_dump(mode="json", by_alias=True, exclude_unset=True) == json.loads(body)


@pytest.mark.parametrize(
    ("name", "field", "documented", "other"),
    [
        ("xobin.assessment_start", "started_at", 1737521866717, 1737521866.717),
        (
            "xobin.ai_interview_submission",
            "completed_date",
            "Jul 05, 2025, 4:42:45 AM",
            "2025-07-05T04:42:45Z",
        ),
        ("xobin.assessment_update", "timestamp", "2026-01-15T10:00:00", "2026-01-15T10:00:00+02:00"),
    ],
)
def test_each_time_field_keeps_its_own_json_type_and_no_format(
    name: str, field: str, documented: Any, other: Any
) -> None:
    # D63: three formats, one per field; each field has one example and no documented format, so the
    # example's JSON type is enforced and no pattern: another rendering of the same type is accepted.
    body = _example(name)
    assert body[field] == documented
    assert _problems(name, {**body, field: other}, strict=True) == []
    wrong = str(documented) if isinstance(documented, int) else 1737521866717
    assert [problem.split(":")[0] for problem in _problems(name, {**body, field: wrong})] == [f"/{field}"]


def test_each_event_keeps_its_own_candidate_field_names() -> None:
    # D64: AI-interview payloads name the candidate candidate_id/_name/_email, Assessment Start
    # id/name/email; neither is taken for the other.
    ai_start = _example("xobin.ai_interview_start")
    renamed = {key: value for key, value in ai_start.items() if key != "candidate_name"}
    assert _problems("xobin.ai_interview_start", {**renamed, "name": ai_start["candidate_name"]}) == [
        "/candidate_name: required property is missing"
    ]
    assessment_start = _example("xobin.assessment_start")
    renamed = {key: value for key, value in assessment_start.items() if key != "name"}
    assert _problems("xobin.assessment_start", {**renamed, "candidate_name": assessment_start["name"]}) == [
        "/name: required property is missing"
    ]
    redacted = hirehooks.redact("xobin.assessment_start", assessment_start)
    assert (redacted["name"], redacted["email"], redacted["id"]) == ("[redacted]", "[redacted]", 2196821)
    redacted = hirehooks.redact("xobin.ai_interview_start", ai_start)
    assert (redacted["candidate_name"], redacted["candidate_email"], redacted["candidate_id"]) == (
        "[redacted]",
        "[redacted]",
        7054,
    )


def test_x_company_id_is_not_declared() -> None:
    # D65: the docs do not say whether x-company-id is a header or a body key; it is not declared, so a
    # body carrying it passes leniently (open object) and strict mode reports it as undeclared.
    body = {**_example("xobin.assessment_update"), "x-company-id": 42}
    assert _problems("xobin.assessment_update", body) == []
    assert hirehooks.parse("xobin.assessment_update", body).model_extra == {"x-company-id": 42}
    assert [problem.split(":")[0] for problem in _problems("xobin.assessment_update", body, strict=True)] == [
        "/x-company-id"
    ]
    schema = hirehooks.schema("xobin.assessment_update")
    assert "x-company-id" not in {*schema["properties"], *schema["properties"]["data"]["properties"]}


def test_cut_off_payloads_declare_the_readable_part_and_stay_open() -> None:
    # D66: what lies beyond the cut is not declared: lenient mode keeps it; the readable part is required.
    submission = {**_example("xobin.ai_interview_submission"), "recommendation": "Not recommended"}
    assert _problems("xobin.ai_interview_submission", submission) == []
    assert hirehooks.parse("xobin.ai_interview_submission", submission).model_extra == {
        "recommendation": "Not recommended"
    }
    update = _example("xobin.assessment_update")
    later = {**update, "data": {**update["data"], "updated_by": {"name": "Jo", "id": 2}, "archived": True}}
    later["data"]["created_by"] = {**later["data"]["created_by"], "role": "admin"}
    assert _problems("xobin.assessment_update", later) == []
    # updated_by is named in the prose, of no documented shape: strict mode takes it, any JSON value.
    assert (
        _problems(
            "xobin.assessment_update", {**update, "data": {**update["data"], "updated_by": 7}}, strict=True
        )
        == []
    )
    missing = {key: value for key, value in submission.items() if key != "integrity_score"}
    assert _problems("xobin.ai_interview_submission", missing) == [
        "/integrity_score: required property is missing"
    ]


@pytest.mark.parametrize("event", ["assessments.create", "assessments.updates"])
def test_assessment_update_event_is_one_of_the_two_documented_values(event: str) -> None:
    # D66: one name for the shared envelope; archive and delete are assessments.updates too.
    body = {**_example("xobin.assessment_update"), "event": event}
    assert hirehooks.parse("xobin.assessment_update", body, strict=True).event == event
    for other in ["assessments.update", "assessments.delete", "ASSESSMENTS.CREATE"]:
        assert [
            problem.split(":")[0]
            for problem in _problems("xobin.assessment_update", {**body, "event": other})
        ] == ["/event"]


def test_start_and_submission_carry_no_event_field() -> None:
    # D66: detection of start and submission is by shape; their schemas declare no event or timestamp.
    for name in ["xobin.ai_interview_start", "xobin.ai_interview_submission", "xobin.assessment_start"]:
        properties = hirehooks.schema(name)["properties"]
        assert not {"event", "type", "timestamp"} & set(properties)
    start = set(hirehooks.schema("xobin.ai_interview_start")["required"])
    submission = set(hirehooks.schema("xobin.ai_interview_submission")["required"])
    assert start - submission == {"response_id"}  # a submission carrying response_id also fits start's set
    assert len(submission) > len(start)


def test_interview_recording_is_a_map_of_urls_marked_as_pii() -> None:
    # D2 and D24 applied: the keys (digit strings) are not explained, so any key is taken; each value
    # must be a string (the example's type) and is a recording link, so candidate data.
    body = _example("xobin.ai_interview_submission")
    recordings = {"session": "https://example.com/r.webm"}
    assert (
        _problems("xobin.ai_interview_submission", {**body, "interview_recording": recordings}, strict=True)
        == []
    )
    assert [
        problem.split(":")[0]
        for problem in _problems("xobin.ai_interview_submission", {**body, "interview_recording": {"1": 1}})
    ] == ["/interview_recording/1"]
    redacted = hirehooks.redact("xobin.ai_interview_submission", body)
    assert set(redacted["interview_recording"].values()) == {"[redacted]"}
    assert redacted["candidate_summary"] == "[redacted]"


def test_settings_request_names_the_api_key_header_key_and_value() -> None:
    # D67: the settings pages' parameter lists name the request's block apikey.key / apikey.value (the
    # response echoes header / apikey); auth may carry the undescribed status flag of the docs' example.
    request = load(documented_example("xobin.webhook_settings_request"))
    documented = {"type": "apikey", "status": True, "apikey": {"key": "X-Webhook-Key", "value": "s3cret"}}
    request["webhooks"]["auth"] = documented
    assert _problems("xobin.webhook_settings_request", request, strict=True) == []
    assert hirehooks.redact("xobin.webhook_settings_request", request)["webhooks"]["auth"]["apikey"] == {
        "key": "X-Webhook-Key",
        "value": "[redacted]",
    }
    request["webhooks"]["auth"] = {
        "type": "apikey",
        "apikey": {"header": "X-Webhook-Key", "apikey": "s3cret"},
    }
    assert {problem.split(":")[0] for problem in _problems("xobin.webhook_settings_request", request)} == {
        "/webhooks/auth/apikey/key",
        "/webhooks/auth/apikey/value",
    }
