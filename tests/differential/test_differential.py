"""Schema and models agree, checked exhaustively on the documented payloads.

Every near miss (each field given each JSON type it may not take, null included; each required field
dropped; each bound crossed) must be rejected by the JSON Schema validator, at exactly that path, with
word-for-word the problems the reference (python-jsonschema) reports, and by both generated models;
every nullable field set to null must stay valid and round-trip.
"""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

import hirehooks
from hirehooks._catalog import bundled_schema, model_class
from hirehooks._problems import pointer
from hirehooks._validation import reference_problems, schema_problems
from hirehooks._walk import replaced
from hirehooks.testing._mutations import mutations, nullable_paths
from tests.conftest import EVENTS, EXAMPLES, NAMES, documented_example, load

# The documented payloads, the variant that gives every nullable field a value (so its wrong types are
# tried too), and every example of the (small) API bodies.
# Bodies none of whose examples has a non-null value where null is allowed.
WITHOUT_NULLABLE_VALUES = {
    "heymilo.interview_completed",
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
        model_class(event, strict=strict).model_validate(body)
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
