"""Every example and variant: valid in both modes, parses, round-trips to the same JSON, is detected."""

from __future__ import annotations

import json
from pathlib import Path

import hirehooks
from tests.conftest import EVENTS, EXAMPLES, NAMES, documented_example, examples_of, load


def test_every_name_has_an_example_and_every_event_its_documented_one() -> None:
    assert [name for name in NAMES if not examples_of(name)] == []
    assert all(documented_example(event).exists() for event in EVENTS)
    assert {name for name, _ in EXAMPLES} == set(NAMES)


def test_example_is_valid_in_both_modes(example: tuple[str, Path]) -> None:
    name, path = example
    assert hirehooks.validate(name, path.read_bytes()) == []
    assert hirehooks.validate(name, path.read_bytes(), strict=True) == []


def test_example_round_trips_to_the_same_json(example: tuple[str, Path]) -> None:
    name, path = example
    for strict in (False, True):
        model = hirehooks.parse(name, path.read_bytes(), strict=strict)
        dumped = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert dumped == load(path)
        # Python == takes 78 == 78.0; the JSON text shows whether an int came back as a float.
        assert json.dumps(dumped, sort_keys=True) == json.dumps(load(path), sort_keys=True)


def test_example_is_detected_as_its_event_and_api_bodies_as_none(example: tuple[str, Path]) -> None:
    name, path = example
    assert hirehooks.detect(path.read_bytes()) == (name if name in EVENTS else None)


def test_variants_cover_each_documented_nullable_branch() -> None:
    names = {path.name for _, path in EXAMPLES}
    assert {
        "interview_started.inner-metadata-null.json",
        "report_available.inner-metadata-null.json",
        "report_available.web-interview-info-null.json",
        "report_available.step-details-null.json",
        "report_available.nullable-values-set.json",
    } <= names
