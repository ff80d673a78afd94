"""Hirempire's webhook payloads: the seven events and the URL-verification handshake (decisions D53-D57).

Every documented contradiction of the facts sheet (vendor-payload-facts.md §2.7, kept beside the
repository with the seeds) is decided in one decision, and each test here holds one of them; the last
tests hold the examples themselves.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from tools.bundle import SCHEMAS

VENDOR = SCHEMAS / "hirempire"
EXAMPLES = VENDOR / "examples"
JOB_EVENTS = ["job_added", "job_activated", "job_deactivated", "job_deleted"]
APPLICANT_EVENTS = ["applicant_applied", "cv_upload_completed"]
EVENTS = [*JOB_EVENTS, *APPLICANT_EVENTS, "meeting_booked"]
NAMES = [f"hirempire.{event}" for event in [*EVENTS, "url_verification"]]
ONLY_IN_APPLICANT_APPLIED = [  # the applicant's fields cv_upload_completed does not show (D54)
    "/applicant/ai_evaluation/linkedin_differences",
    "/applicant/ai_evaluation/linkedin_match",
    "/applicant/ai_evaluation/linkedin_match_score",
    "/applicant/city",
    "/applicant/linkedin_url",
    "/applicant/media_questions",
    "/applicant/photo",
    "/applicant/special_questions",
    "/applicant/spoken_languages",
]
CHANGELOG_ONLY = [
    # "March 2026 - Webhooks": launch names that the reference does not have
    "job_updated",
    "new_applicant",
    "cv_processed",
    "meeting_created",
    "application_status_changed",
    # "April 2026 - Webhook event types expanded": dotted names, no payload anywhere
    "candidate.stage_changed",
    "candidate.hired",
    "interview.scheduled",
    "requisition.approved",
    "ai_prescreen.completed",
]


def example(stem: str) -> dict[str, Any]:
    body: dict[str, Any] = json.loads((EXAMPLES / f"{stem}.json").read_bytes())
    return body


def paths(problems: list[hirehooks.Problem]) -> list[str]:
    return [problem.path for problem in problems]


def dumped(name: str, body: Any, *, strict: bool = False) -> Any:
    return hirehooks.parse(name, body, strict=strict).model_dump(
        mode="json", by_alias=True, exclude_unset=True
    )


# D53 ------------------------------------------------------------------------------------------------


def test_company_name_is_under_company_in_applicant_events_and_under_name_in_the_others() -> None:
    for event in EVENTS:
        name, body = f"hirempire.{event}", example(event)
        own, other = ("company", "name") if event in APPLICANT_EVENTS else ("name", "company")
        assert set(body["company"]) == {"id", own}
        # the other event family's key in place of the documented one: refused, in both modes
        swapped = copy.deepcopy(body)
        swapped["company"] = {"id": body["company"]["id"], other: body["company"][own]}
        assert paths(hirehooks.validate(name, swapped)) == [f"/company/{own}"]
        with pytest.raises(hirehooks.PayloadError):
            hirehooks.parse(name, swapped)
        # both keys: lenient keeps the undocumented one (D9), strict refuses it
        both = copy.deepcopy(body)
        both["company"][other] = body["company"][own]
        assert hirehooks.validate(name, both) == []
        assert dumped(name, both) == both
        assert paths(hirehooks.validate(name, both, strict=True)) == [f"/company/{other}"]


# D54 ------------------------------------------------------------------------------------------------


def test_shared_objects_are_one_schema_and_applicant_and_ai_evaluation_are_per_event() -> None:
    def definition(event: str, title: str) -> Any:
        return hirehooks.schema(f"hirempire.{event}")["$defs"][title]

    # shared: the full job and {id, name} company of the job events; {id, title} job and {id, company}
    # company of the applicant events (the meeting event shares the first company and the short job)
    for title, events in [
        ("HirempireJob", JOB_EVENTS),
        ("HirempireCompany", [*JOB_EVENTS, "meeting_booked"]),
        ("HirempireJobReference", [*APPLICANT_EVENTS, "meeting_booked"]),
        ("HirempireApplicantEventCompany", APPLICANT_EVENTS),
    ]:
        assert len({json.dumps(definition(event, title), sort_keys=True) for event in events}) == 1
    assert len(definition("job_added", "HirempireJob")["required"]) == 13
    # per event: three applicants, two ai_evaluations, each requiring exactly what its example shows
    applied, cv, meeting = (
        example("applicant_applied"),
        example("cv_upload_completed"),
        example("meeting_booked"),
    )
    for event, body in [
        ("applicant_applied", applied),
        ("cv_upload_completed", cv),
        ("meeting_booked", meeting),
    ]:
        applicant = hirehooks.schema(f"hirempire.{event}")["properties"]["applicant"]
        assert sorted(applicant["required"]) == sorted(body["applicant"]), event
    assert (len(applied["applicant"]), len(cv["applicant"]), len(meeting["applicant"])) == (16, 10, 3)
    assert (len(applied["applicant"]["ai_evaluation"]), len(cv["applicant"]["ai_evaluation"])) == (9, 6)
    # cv_upload_completed's shorter applicant is no applicant_applied applicant ...
    short = copy.deepcopy(applied)
    short["applicant"] = cv["applicant"]
    assert paths(hirehooks.validate("hirempire.applicant_applied", short)) == ONLY_IN_APPLICANT_APPLIED
    # ... and applicant_applied's longer one is a cv_upload_completed applicant with undocumented extras
    long = copy.deepcopy(cv)
    long["applicant"] = applied["applicant"]
    assert hirehooks.validate("hirempire.cv_upload_completed", long) == []
    assert dumped("hirempire.cv_upload_completed", long) == long
    assert (
        paths(hirehooks.validate("hirempire.cv_upload_completed", long, strict=True))
        == ONLY_IN_APPLICANT_APPLIED
    )


# D55 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("event", "where"),
    [
        ("applicant_applied", ("applicant", "years_of_experience")),
        ("cv_upload_completed", ("applicant", "years_of_experience")),
        ("meeting_booked", ("meeting", "duration_minutes")),
        ("applicant_applied", ("applicant", "ai_evaluation", "score")),
        ("applicant_applied", ("applicant", "ai_evaluation", "linkedin_match_score")),
        ("cv_upload_completed", ("applicant", "ai_evaluation", "score")),
    ],
)
def test_number_fields_keep_the_integers_the_docs_send_and_take_fractions(
    event: str, where: tuple[str, ...]
) -> None:
    name, raw = f"hirempire.{event}", (EXAMPLES / f"{event}.json").read_bytes()

    def at(body: Any) -> Any:
        for key in where:
            body = body[key]
        return body

    def set_to(value: Any) -> dict[str, Any]:
        body: dict[str, Any] = json.loads(raw)
        parent = body
        for key in where[:-1]:
            parent = parent[key]
        parent[where[-1]] = value
        return body

    model: Any = hirehooks.parse(name, raw)
    for key in where:
        model = getattr(model, key)
    assert type(model) is int and model == at(json.loads(raw))
    assert json.dumps(dumped(name, raw), sort_keys=True) == json.dumps(json.loads(raw), sort_keys=True)
    fraction = set_to(at(json.loads(raw)) + 0.5)
    assert hirehooks.validate(name, fraction, strict=True) == []
    assert dumped(name, fraction) == fraction
    pointer = "/" + "/".join(where)
    assert paths(hirehooks.validate(name, set_to(str(at(json.loads(raw)))))) == [pointer]
    assert paths(hirehooks.validate(name, set_to(None))) == [pointer]


def test_values_the_docs_give_as_examples_are_open_strings() -> None:
    # enums: only "e.g." lists in the docs; the June 2026 changelog lowercased the REST values
    job = example("job_added")
    job["job"].update(
        career_level="senior", job_type="full-time", workplace_type="onsite", salary_period="Per week"
    )
    job["job"]["sources"] = ["Glassdoor"]
    assert hirehooks.validate("hirempire.job_added", job, strict=True) == []
    applied = example("applicant_applied")
    applied["applicant"]["ai_evaluation"].update(skill_match="Partial", decision="Hold")
    applied["applicant"]["spoken_languages"][0]["fluency"] = "Basic"
    applied["applicant"]["source"] = "Referral"
    assert hirehooks.validate("hirempire.applicant_applied", applied, strict=True) == []
    meeting = example("meeting_booked")
    meeting["meeting"]["meeting_type"] = "Onboarding"
    meeting["job"]["id"] = "abc123def456ghi789jkl"  # the applicant events' id form, without "job_"
    assert hirehooks.validate("hirempire.meeting_booked", meeting, strict=True) == []


# D56 ------------------------------------------------------------------------------------------------


def test_city_is_nullable_media_urls_take_any_json_value_and_nothing_else_is_nullable() -> None:
    name = "hirempire.applicant_applied"
    variant = example("applicant_applied.city-null")
    assert variant["applicant"]["city"] is None
    documented = example("applicant_applied")
    documented["applicant"]["city"] = None
    assert variant == documented  # the variant is the documented example but for the city
    assert hirehooks.validate(name, variant, strict=True) == []
    assert dumped(name, variant, strict=True) == variant
    without_city = example("applicant_applied")
    del without_city["applicant"]["city"]
    assert paths(hirehooks.validate(name, without_city)) == ["/applicant/city"]  # nullable, not optional
    for value in ("https://example.com/a.mp3", 3, True, {"k": [1]}, [1, "a"], None):
        body = example("applicant_applied")
        body["applicant"]["media_questions"] = {"audio_url": value, "video_url": value}
        assert hirehooks.validate(name, body, strict=True) == [], value
        assert dumped(name, body) == body
    assert hirehooks.validate(name, example("applicant_applied.media-urls-set"), strict=True) == []
    # the other applicant fields stay not nullable: no table says so and no example shows null
    for key in ("name", "email", "phone", "location", "nationality", "years_of_experience"):
        body = example("applicant_applied")
        body["applicant"][key] = None
        assert paths(hirehooks.validate(name, body)) == [f"/applicant/{key}"], key
    cv = example("cv_upload_completed")
    cv["applicant"]["location"] = None
    assert paths(hirehooks.validate("hirempire.cv_upload_completed", cv)) == ["/applicant/location"]


# D57 ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("event", CHANGELOG_ONLY)
def test_changelog_only_event_names_are_not_registered(event: str) -> None:
    name = f"hirempire.{event}"
    assert name not in hirehooks.names()
    for call in (hirehooks.validate, hirehooks.parse, hirehooks.redact):
        with pytest.raises(hirehooks.UnknownNameError):
            call(name, b'{"event": "%s", "timestamp": "2026-03-01T00:00:00.000Z"}' % event.encode())


def test_hirempire_names_are_the_seven_reference_events_and_the_handshake() -> None:
    registered = [name for name in hirehooks.events() if name.startswith("hirempire.")]
    assert registered == sorted(NAMES)
    # the registration API's event list (schemas/hirempire/api/create_webhook_request.schema.json) is
    # the same seven names: the handshake is not subscribed to
    request = hirehooks.schema("hirempire.create_webhook_request")
    assert sorted(request["properties"]["events"]["items"]["enum"]) == sorted(EVENTS)
    for event in EVENTS:
        assert hirehooks.schema(f"hirempire.{event}")["properties"]["event"] == {
            "const": event,
            "description": f"Event type identifier (always `{event}` for this payload)",
        }
        wrong = example(event)
        wrong["event"] = next(other for other in EVENTS if other != event)
        assert paths(hirehooks.validate(f"hirempire.{event}", wrong)) == ["/event"]


def test_url_verification_needs_both_challenge_and_type() -> None:
    name = "hirempire.url_verification"
    documented = example("url_verification")
    assert documented == {"challenge": "a1b2c3d4e5f6g7h8i9j0", "type": "url_verification"}
    assert hirehooks.parse(name, documented, strict=True).model_dump() == documented
    # the first version of the docs showed {"challenge"} alone; the current docs and the n8n node send type
    assert paths(hirehooks.validate(name, {"challenge": "a1b2c3d4e5f6g7h8i9j0"})) == ["/type"]
    assert paths(hirehooks.validate(name, {**documented, "type": "event_callback"})) == ["/type"]
    assert paths(hirehooks.validate(name, {"type": "url_verification"})) == ["/challenge"]
    # no event body is a handshake, and the handshake is no event body
    for event in EVENTS:
        assert hirehooks.validate(name, example(event)) != []
        assert hirehooks.validate(f"hirempire.{event}", documented) != []


# The examples and D24 ------------------------------------------------------------------------------


def test_every_name_has_its_documented_example_and_sources_lists_every_file() -> None:
    stored = sorted(path.name for path in EXAMPLES.glob("*.json"))
    assert [f"{name.split('.', 1)[1]}.json" for name in NAMES] == [
        f"{event}.json" for event in [*EVENTS, "url_verification"]
    ]
    assert {f"{name.split('.', 1)[1]}.json" for name in NAMES} <= set(stored)
    sources = (EXAMPLES / "SOURCES.md").read_text()
    assert [file for file in stored if f"`{file}`" not in sources] == []


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.json")), ids=lambda path: path.name)
def test_example_parses_and_round_trips(path: Path) -> None:
    name = "hirempire." + path.name.split(".")[0]
    raw = path.read_bytes()
    for strict in (False, True):
        assert hirehooks.validate(name, raw, strict=strict) == []
        back = dumped(name, raw, strict=strict)
        assert back == json.loads(raw)
        assert json.dumps(back, sort_keys=True) == json.dumps(json.loads(raw), sort_keys=True)


def test_candidate_data_is_redacted_and_identifiers_and_the_organizer_are_kept() -> None:
    applied = hirehooks.redact(
        "hirempire.applicant_applied", (EXAMPLES / "applicant_applied.json").read_bytes()
    )
    applicant = applied["applicant"]
    assert {key for key, value in applicant.items() if value == "[redacted]"} == {
        "name",
        "email",
        "phone",
        "linkedin_url",
        "cv_url",
        "photo",
        "nationality",
        "location",
        "city",
    }
    assert applicant["id"] == "app_xyz789wvu654tsr321" and applicant["years_of_experience"] == 6
    assert applicant["ai_evaluation"]["decision_reason"] == "[redacted]"
    assert applicant["ai_evaluation"]["score"] == 85
    assert applicant["special_questions"][0]["answer"] == "[redacted]"
    assert applicant["media_questions"] == {"audio_url": None, "video_url": None}  # null stays null
    meeting = hirehooks.redact("hirempire.meeting_booked", (EXAMPLES / "meeting_booked.json").read_bytes())
    assert meeting["applicant"] == {
        "id": "app_xyz789wvu654tsr321",
        "name": "[redacted]",
        "email": "[redacted]",
    }
    assert meeting["meeting"]["meeting_link"] == "[redacted]"
    assert meeting["meeting"]["organizer"] == {"name": "Jane Smith", "email": "jane.smith@example.com"}
