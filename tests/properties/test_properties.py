"""Property tests on generated bodies: round trips, nulls, schema/model agreement on near misses, redaction.

HeyMilo's two small events are drawn by hypothesis-jsonschema (the reference generator); every other
name (report_available, the other vendors' events, the API bodies) by ``hirehooks.testing.payloads``
(hypothesis-jsonschema needs minutes per 100 reports, and its regex strings may end in the newline
that D17 documents).

Internals are reached for what no public API gives: the shared bundled schema and the model class, the
near misses (``hirehooks.testing._mutations``) and the walk that says which values are marked.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema as reference_strategy
from pydantic import ValidationError

import hirehooks
from hirehooks._catalog import bundled_schema, model_class
from hirehooks._problems import pointer
from hirehooks._redact import MASK, sensitive
from hirehooks._validation import schema_problems
from hirehooks._walk import positions, replaced
from hirehooks.testing import payloads as compiled
from hirehooks.testing._mutations import mutations, nullable_paths
from tests.conftest import EVENTS, NAMES

SMALL_EVENTS = ["heymilo.interview_completed", "heymilo.interview_started"]


def payloads(event: str) -> st.SearchStrategy[Any]:
    # hypothesis-jsonschema rewrites the schema it is given: hand it a copy, never the shared one.
    return reference_strategy(hirehooks.schema(event)) if event in SMALL_EVENTS else compiled(event)


def _round_trips(event: str, body: Any, *, strict: bool = False) -> None:
    raw = json.dumps(body).encode()
    dumped = hirehooks.parse(event, raw, strict=strict).model_dump(
        mode="json", by_alias=True, exclude_unset=True
    )
    assert json.dumps(dumped, sort_keys=True) == json.dumps(body, sort_keys=True)


def test_the_small_events_really_are_drawn_by_the_reference_generator() -> None:
    assert set(SMALL_EVENTS) <= set(EVENTS)


@pytest.mark.parametrize("event", NAMES)
def test_generated_payload_is_valid_and_round_trips(event: str) -> None:
    @given(payloads(event))
    def check(body: Any) -> None:
        assert hirehooks.validate(event, body) == []
        _round_trips(event, body)
        # hypothesis-jsonschema adds unknown keys: strict mode must reject those and nothing else.
        unknown = hirehooks.validate(event, body, strict=True)
        assert all(problem.message == "unexpected property (strict mode)" for problem in unknown)
        if unknown:
            with pytest.raises(hirehooks.PayloadError):
                hirehooks.parse(event, json.dumps(body), strict=True)
        else:
            _round_trips(event, body, strict=True)

    check()


@pytest.mark.parametrize("event", NAMES)
def test_compiled_strategy_draws_only_valid_payloads(event: str) -> None:
    @given(compiled(event))
    def check(body: Any) -> None:
        assert hirehooks.validate(event, body, strict=True) == []

    check()


@pytest.mark.parametrize(
    "event", ["heymilo.interview_started", "heymilo.report_available", "heymilo.v2.api_error"]
)
def test_nullable_field_set_to_null_stays_valid_and_round_trips(event: str) -> None:
    @given(payloads(event), st.data())
    def check(body: Any, data: st.DataObject) -> None:
        paths = nullable_paths(bundled_schema(event), body)
        if not paths:
            return
        nulled = replaced(body, data.draw(st.sampled_from(paths), label="path"), None)
        assert hirehooks.validate(event, nulled) == []
        _round_trips(event, nulled)

    check()


@pytest.mark.parametrize("event", NAMES)
def test_near_miss_is_rejected_by_schema_and_both_models(event: str) -> None:
    @given(payloads(event), st.data())
    def check(body: Any, data: st.DataObject) -> None:
        near_misses = list(mutations(bundled_schema(event), body))
        if not near_misses:  # e.g. an error envelope whose only rules were all met by a missing field
            return
        mutation = data.draw(st.sampled_from(near_misses), label="mutation")
        assert {problem.path for problem in schema_problems(event, mutation.body)} == {pointer(mutation.path)}
        for extra in (None, "forbid"):  # lenient, and strict as parse(strict=True) validates (D30)
            with pytest.raises(ValidationError):
                model_class(event).model_validate(mutation.body, extra=extra)

    check()


@pytest.mark.parametrize(
    "name", ["heymilo.report_available", "xobin.webhook_settings_request", "instaview.create_webhook_request"]
)
def test_redact_masks_exactly_the_marked_values_of_generated_bodies(name: str) -> None:
    """Unknown fields too (``extras``): inside a marked object they go with it, elsewhere they stay (D44).
    The expected result follows the branch each value matches (``positions``), not redact's union."""

    @given(compiled(name, extras=True))
    def check(body: Any) -> None:
        expected = body
        for path, schema, value in positions(bundled_schema(name), body):
            if sensitive(schema) and value is not None:
                expected = replaced(expected, path, MASK)
        assert hirehooks.redact(name, body) == expected
        assert hirehooks.redact(name, json.dumps(body)) == expected

    check()
