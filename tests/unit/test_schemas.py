"""The hand-authored schemas: conventions, and each decision recorded in schemas/DECISIONS.md."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import hirehooks
from hirehooks._catalog import bundled_schema
from hirehooks._walk import positions, replaced
from tests.conftest import documented_example, load

SCHEMAS = Path(__file__).parents[2] / "schemas"
FILES = sorted(SCHEMAS.rglob("*.schema.json"))
REPORT = "heymilo.report_available"


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_schema_file_has_draft_id_title_and_description(path: Path) -> None:
    document = json.loads(path.read_text())
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["$id"] == f"https://hirehooks.invalid/schemas/{path.relative_to(SCHEMAS).as_posix()}"
    assert document["title"] and document["description"]


def test_schema_titles_are_unique() -> None:
    titles = [json.loads(path.read_text())["title"] for path in FILES]
    assert len(titles) == len(set(titles))


def test_report_declares_every_documented_path() -> None:
    # Strict mode closes every object: a documented field the schema missed would be a problem.
    body = load(documented_example(REPORT))
    assert hirehooks.validate(REPORT, body, strict=True) == []
    leaves = [
        path
        for path, _, value in positions(bundled_schema(REPORT), body)
        if not isinstance(value, dict | list)
    ]
    assert len(leaves) == 303


TABLE_SHAPE = {"source": "user_ingestion", "job_id": "F9E8D7C6"}
EXAMPLE_SHAPE = {
    "candidate_metadata_id": "550e8400-e29b-41d4-a716-446655440000",
    "resume_url": "https://example.cdn.heymilo.ai/WORKSPACE123/source/Jane_Doe_12345678.pdf",
}


@pytest.mark.parametrize(
    "inner",
    [EXAMPLE_SHAPE, TABLE_SHAPE, {**TABLE_SHAPE, **EXAMPLE_SHAPE}, {**TABLE_SHAPE, "resume_url": "u"}, None],
    ids=["example-shape", "table-shape", "both-shapes", "table-shape-plus-one", "null"],
)
def test_report_inner_metadata_accepts_either_documented_shape_or_both(inner: dict[str, str] | None) -> None:
    # Decision D48: the report's table says "same structure as interview_started", its example differs.
    body = replaced(load(documented_example(REPORT)), ("metadata", "metadata"), inner)
    for strict in (False, True):
        assert hirehooks.validate(REPORT, body, strict=strict) == []
        dumped = hirehooks.parse(REPORT, body, strict=strict).model_dump(
            mode="json", by_alias=True, exclude_unset=True
        )
        assert dumped == body


@pytest.mark.parametrize(
    ("inner", "paths"),
    [
        ({}, {"/metadata/metadata"}),
        ({"source": "user_ingestion"}, {"/metadata/metadata/job_id"}),
        ({"candidate_metadata_id": "550e8400"}, {"/metadata/metadata/resume_url"}),
        ({"job_id": "F9E8D7C6", "resume_url": "u"}, {"/metadata/metadata"}),
        ({**TABLE_SHAPE, "source": 7}, {"/metadata/metadata/source"}),
    ],
    ids=["empty", "half-table", "half-example", "one-of-each", "wrong-type"],
)
def test_report_inner_metadata_needs_one_complete_documented_shape(
    inner: dict[str, Any], paths: set[str]
) -> None:
    # Decision D48: neither shape complete is what neither part of the docs describes.
    body = replaced(load(documented_example(REPORT)), ("metadata", "metadata"), inner)
    assert {p.path for p in hirehooks.validate(REPORT, body)} == paths
    with pytest.raises(hirehooks.PayloadError) as raised:
        hirehooks.parse(REPORT, body)
    assert {p.path for p in raised.value.problems} == paths


def test_interview_started_inner_metadata_keeps_its_one_documented_shape() -> None:
    # Decision D49: interview_started's table and example agree; the report's shape is not one of its own.
    started = load(documented_example("heymilo.interview_started"))
    swapped = replaced(started, ("metadata", "metadata"), EXAMPLE_SHAPE)
    assert {p.path for p in hirehooks.validate("heymilo.interview_started", swapped)} == {
        "/metadata/metadata/source",
        "/metadata/metadata/job_id",
    }
    extended = replaced(started, ("metadata", "metadata"), {**TABLE_SHAPE, **EXAMPLE_SHAPE})
    assert hirehooks.validate("heymilo.interview_started", extended) == []  # open object (D9)
    assert {p.path for p in hirehooks.validate("heymilo.interview_started", extended, strict=True)} == {
        "/metadata/metadata/candidate_metadata_id",
        "/metadata/metadata/resume_url",
    }


def _untyped_paths(body: Any) -> list[tuple[str | int, ...]]:
    return [
        path for path, schema, _ in positions(bundled_schema(REPORT), body) if path and "type" not in schema
    ]


def test_fields_shown_only_as_null_accept_any_json_value() -> None:
    body = load(documented_example(REPORT))
    untyped = _untyped_paths(body)
    assert len(untyped) == 11
    for path in untyped:
        for value in ("text", 3, 2.5, True, {"k": [1]}, [1, "a"], None):
            changed = replaced(body, path, value)
            assert hirehooks.validate(REPORT, changed) == [], path
            dumped = hirehooks.parse(REPORT, changed).model_dump(
                mode="json", by_alias=True, exclude_unset=True
            )
            assert dumped == changed


def test_extracted_text_is_optional_and_only_in_one_copy() -> None:
    body = load(documented_example(REPORT))
    question = ("interview_data_model", "web_interview_info", "scorecard", "questions", 0)
    assert "extracted_text" not in body["agentic_data"]["web_interview_info"]["scorecard"]["questions"][0]
    assert hirehooks.validate(REPORT, replaced(body, (*question, "extracted_text"))) == []


@pytest.mark.parametrize(
    ("path", "low", "high"),
    [
        (("agentic_data", "web_interview_info", "summary", "match_score"), 0, 100),
        (("agentic_data", "web_interview_info", "scorecard", "questions", 0, "evaluation_score"), 1, 10),
        (
            (
                "interview_data_model",
                "details",
                "workflow_status",
                "step_by_step",
                0,
                "completion_percentage",
            ),
            0,
            1,
        ),
        (("interview_data_model", "company_info", "interview_completion_confidence_threshold"), 0, 1),
    ],
)
def test_documented_ranges_are_enforced_inclusively(path: tuple[str | int, ...], low: int, high: int) -> None:
    body = load(documented_example(REPORT))
    for good in (low, high):
        assert hirehooks.validate(REPORT, replaced(body, path, good)) == []
        hirehooks.parse(REPORT, replaced(body, path, good))
    for bad in (low - 0.5, high + 0.5):
        assert {p.path for p in hirehooks.validate(REPORT, replaced(body, path, bad))} == {
            "/" + "/".join(map(str, path))
        }
        with pytest.raises(hirehooks.PayloadError):
            hirehooks.parse(REPORT, replaced(body, path, bad))


def test_float_fields_keep_the_integers_the_docs_send() -> None:
    raw = documented_example(REPORT).read_bytes()
    dumped = hirehooks.parse(REPORT, raw).model_dump(mode="json", by_alias=True, exclude_unset=True)
    assert dumped["agentic_data"]["web_interview_info"]["communication"]["speech_score"] == -1
    assert json.dumps(dumped) == json.dumps(json.loads(raw))


def test_integral_float_in_an_integer_field_is_the_one_documented_gap() -> None:
    body = replaced(
        load(documented_example(REPORT)),
        ("agentic_data", "web_interview_info", "summary", "match_score"),
        78.0,
    )
    assert hirehooks.validate(REPORT, body) == []  # JSON Schema: 78.0 is an integer
    with pytest.raises(hirehooks.PayloadError) as raised:
        hirehooks.parse(REPORT, body)  # the models: an integer field takes no float
    assert [p.path for p in raised.value.problems] == ["/agentic_data/web_interview_info/summary/match_score"]


def test_every_object_with_properties_is_open_leniently_and_closed_strictly() -> None:
    body = load(documented_example(REPORT))
    objects = [
        path
        for path, schema, value in positions(bundled_schema(REPORT), body)
        if isinstance(value, dict) and "properties" in schema
    ]
    assert len(objects) > 40
    for path in objects:
        extended = replaced(body, (*path, "vendor_added_later"), {"any": ["thing"]})
        assert hirehooks.validate(REPORT, extended) == []
        dumped = hirehooks.parse(REPORT, extended).model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert dumped == extended
        expected = "".join(f"/{part}" for part in (*path, "vendor_added_later"))
        assert [p.path for p in hirehooks.validate(REPORT, extended, strict=True)] == [expected]
        with pytest.raises(hirehooks.PayloadError):
            hirehooks.parse(REPORT, extended, strict=True)


LISTED_NOT_CLOSED = {
    "speaker",
    "interview_type",
    "raw_status",
    "company_overview_delivery_mode",
    "job_overview_delivery_mode",
    "interview_process_overview_delivery_mode",
}


def test_values_the_docs_list_but_do_not_close_are_plain_strings() -> None:
    # Decision D10: "Candidate, bot, user", "e.g., web_interview": sample values, not a closed list.
    body = load(documented_example(REPORT))
    paths = [
        path
        for path, _, value in positions(bundled_schema(REPORT), body)
        if path and path[-1] in LISTED_NOT_CLOSED and isinstance(value, str)
    ]
    assert {path[-1] for path in paths} == LISTED_NOT_CLOSED
    for path in paths:
        unlisted = replaced(body, path, "a value the docs never list")
        assert hirehooks.validate(REPORT, unlisted) == []
        hirehooks.parse(REPORT, unlisted)


def titled(schema: Any) -> dict[str, Any]:
    """Every subschema with a title, anywhere in a document, by title."""
    found: dict[str, Any] = {}
    if isinstance(schema, dict):
        if isinstance(schema.get("title"), str):
            found[schema["title"]] = schema
        for value in schema.values():
            found.update(titled(value))
    elif isinstance(schema, list):
        for value in schema:
            found.update(titled(value))
    return found


NULLABLE_DEFINITIONS = [
    "IngestionMetadata",
    "ReportInnerMetadata",
    "WebInterviewInfo",
    "StepStatusDetails",
    "WebInterviewStageMetadata",
]


def test_definitions_nullable_at_every_use_say_object_or_null() -> None:
    # Decision D11: the definition carries the null, so an error reads "expected object or null".
    definitions = titled([json.loads(path.read_text()) for path in FILES])
    types = [definitions[title]["type"] for title in NULLABLE_DEFINITIONS]
    assert types == [["object", "null"]] * len(NULLABLE_DEFINITIONS)
    body = replaced(load(documented_example(REPORT)), ("agentic_data", "web_interview_info"), "none")
    assert [str(problem) for problem in hirehooks.validate(REPORT, body)] == [
        "/agentic_data/web_interview_info: expected object or null, got string"
    ]
