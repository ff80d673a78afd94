"""Schema and models agree, checked exhaustively on the documented payloads.

Every near miss (each field given each JSON type it may not take, null included; each required field
dropped; each bound crossed) must be rejected by the JSON Schema validator, at exactly that path, with
word-for-word the problems the reference (python-jsonschema) reports, and by the generated models in
both modes; every nullable field set to null must stay valid and round-trip.

Strict mode closes the open models at validation time (``extra="forbid"``, decision D30): an undeclared
field planted at every depth of every example, and every near miss, is refused exactly as models
generated closed refuse it (same errors at the same locations, from JSON text and from decoded values),
and ``parse(strict=True)`` refuses exactly what ``validate(strict=True)`` reports.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

import orjson
import pytest
from pydantic import BaseModel, ValidationError

import hirehooks
from hirehooks._catalog import bundled_schema, model_class
from hirehooks._codegen import class_name, write_models
from hirehooks._problems import pointer
from hirehooks._validation import reference_problems, schema_problems
from hirehooks._walk import Path, positions, replaced
from hirehooks.testing._mutations import mutations, nullable_paths
from tests.conftest import EVENTS, EXAMPLES, NAMES, documented_example, load
from tests.generated._packages import import_output

# The documented payloads, the variant that gives every nullable field a value (so its wrong types are
# tried too), and every example of the (small) API bodies.
# Bodies none of whose examples has a non-null value where null is allowed.
WITHOUT_NULLABLE_VALUES = {
    "heymilo.interview_completed",
    "hirempire.cv_upload_completed",
    "hirempire.job_activated",
    "hirempire.job_added",
    "hirempire.job_deactivated",
    "hirempire.job_deleted",
    "hirempire.meeting_booked",
    "hirempire.url_verification",
    "instaview.analysis_completed",
    "instaview.analysis_failed",
    "instaview.interview_completed",
    "instaview.interview_failed",
    "instaview.interview_started",
    "instaview.ping",
    "xobin.ai_interview_start",
    "xobin.ai_interview_submission",
    "xobin.assessment_start",
    "xobin.assessment_update",
    "heymilo.v1.create_webhook_request",
    "heymilo.v1.webhook",
    "heymilo.v1.webhook_list",
    "heymilo.v2.api_error_response",
    "heymilo.v2.create_webhook_request",
    "heymilo.v2.http_validation_error",
    "heymilo.v2.validation_error",
    "heymilo.v2.webhook_response",
    "hirempire.create_webhook_request",
    "hirempire.create_webhook_response",
    "hirempire.error_response",
    "instaview.create_webhook_request",
    "instaview.create_webhook_response",
    "xobin.webhook_settings_request",
    "xobin.webhook_settings_response",
}
SUBJECTS = [
    (name, path)
    for name, path in EXAMPLES
    if name not in EVENTS
    or path == documented_example(name)
    or path.name.endswith(".nullable-values-set.json")
]


def _model_accepts(event: str, body: Any, *, strict: bool) -> bool:
    try:
        model_class(event).model_validate(body, extra="forbid" if strict else None)
    except ValidationError:
        return False
    return True


@pytest.mark.parametrize(("event", "path"), SUBJECTS, ids=[path.name for _, path in SUBJECTS])
def test_every_near_miss_is_rejected_by_schema_and_models_at_its_path(event: str, path: Any) -> None:
    root, body = bundled_schema(event), load(path)
    disagreements = []
    tried = 0
    for mutation in mutations(root, body):
        tried += 1
        found = schema_problems(event, mutation.body)
        located = {problem.path for problem in found}
        accepted_by = [
            strict for strict in (False, True) if _model_accepts(event, mutation.body, strict=strict)
        ]
        reference = reference_problems(
            event, mutation.body
        )  # python-jsonschema: the same problems, word for word
        if located != {pointer(mutation.path)} or accepted_by or found != reference:
            disagreements.append((mutation.kind, pointer(mutation.path), found, reference, accepted_by))
    assert tried > 0
    assert disagreements == []


@pytest.mark.parametrize("event", NAMES)
def test_every_nullable_field_set_to_null_stays_valid_and_round_trips(event: str) -> None:
    checked = 0
    for found, path in EXAMPLES:
        if found != event:
            continue
        body = load(path)
        for nullable in nullable_paths(bundled_schema(event), body):
            nulled = replaced(body, nullable, None)
            assert hirehooks.validate(event, nulled) == [], pointer(nullable)
            dumped = hirehooks.parse(event, nulled).model_dump(mode="json", by_alias=True, exclude_unset=True)
            assert dumped == nulled, pointer(nullable)
            checked += 1
    assert checked > 0 or event in WITHOUT_NULLABLE_VALUES


PLANTED = "planted_by_the_test"


def _planted(body: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """``body`` with an undeclared field added to one object, for every object at every depth."""
    if isinstance(body, dict):
        yield path, {**body, PLANTED: {"x": 1}}
        for key, value in body.items():
            for where, changed in _planted(value, (*path, key)):
                yield where, {**body, key: changed}
    elif isinstance(body, list):
        for index, item in enumerate(body):
            for where, changed in _planted(item, (*path, index)):
                yield where, [*body[:index], changed, *body[index + 1 :]]


def _errors(model: type[BaseModel], body: Any, extra: Literal["forbid"] | None) -> list[list[Any] | None]:
    """pydantic's errors (location, type, message) for ``body`` as JSON text and as a decoded value."""
    outcomes: list[list[Any] | None] = []
    for validate, given in ((model.model_validate_json, orjson.dumps(body)), (model.model_validate, body)):
        try:
            validate(given, extra=extra)
            outcomes.append(None)
        except ValidationError as error:
            found = [
                (tuple(map(str, e["loc"])), e["type"], e["msg"]) for e in error.errors(include_url=False)
            ]
            outcomes.append(sorted(found))
    return outcomes


@pytest.fixture(scope="module")
def closed_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, type[BaseModel]]:
    """Every name's model generated with ``extra="forbid"`` in the class (what the strict tree was)."""
    schemas = {name: bundled_schema(name) for name in NAMES}
    out = tmp_path_factory.mktemp("closed")
    write_models(out, schemas, extra_fields="forbid")
    return {
        name: getattr(import_output(out, "closed_models", name), class_name(schemas[name]["title"]))
        for name in NAMES
    }


def test_validation_time_forbid_refuses_exactly_as_closed_models(
    closed_models: dict[str, type[BaseModel]],
) -> None:
    compared = refused = 0
    disagreements = []
    for name, path in EXAMPLES:
        body, closed, open_model = load(path), closed_models[name], model_class(name)
        candidates = [changed for _, changed in _planted(body)]
        candidates += [mutation.body for mutation in mutations(bundled_schema(name), body)]
        for candidate in candidates:
            expected = _errors(closed, candidate, None)
            found = _errors(open_model, candidate, "forbid")
            compared += 1
            refused += expected[0] is not None
            if found != expected:
                disagreements.append((name, path.name, candidate, expected, found))
    assert disagreements == []
    assert refused > len(EXAMPLES) and compared > refused  # both outcomes were exercised


@pytest.mark.parametrize("event", NAMES)
def test_a_field_planted_at_any_depth_is_refused_by_strict_parse_where_strict_validate_says(
    event: str,
) -> None:
    planted = 0
    for found, path in EXAMPLES:
        if found != event:
            continue
        example = load(path)
        maps = {  # a map's members are declared by its schema for any name: a planted one is no extra
            where
            for where, schema, _ in positions(bundled_schema(event), example)
            if isinstance(schema.get("additionalProperties"), dict)
        }
        for where, body in _planted(example):
            if where in maps:
                continue
            problems = hirehooks.validate(event, body, strict=True)
            assert hirehooks.validate(event, body) == []
            assert (
                hirehooks.parse(event, body).model_dump(mode="json", by_alias=True, exclude_unset=True)
                == body
            )
            for given in (body, orjson.dumps(body)):  # the decoded and the raw path of parse
                if problems:
                    with pytest.raises(hirehooks.PayloadError) as refused:
                        hirehooks.parse(event, given, strict=True)
                    assert refused.value.problems == problems
                else:
                    hirehooks.parse(event, given, strict=True)
            planted += bool(problems)
            assert not problems or [p.path for p in problems] == [pointer([*where, PLANTED])]
    assert planted > 0
