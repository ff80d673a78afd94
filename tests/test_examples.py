"""Every documented example and variant: valid, parses, round-trips exactly, is detected."""

from __future__ import annotations

import json
from pathlib import Path

import hirehooks
from tests.conftest import EVENTS, EXAMPLES, documented_example, load


def test_every_event_has_its_documented_example() -> None:
    assert hirehooks.events() == EVENTS
    assert all(documented_example(event).exists() for event in EVENTS)


def test_example_is_valid_in_both_modes(example: tuple[str, Path]) -> None:
    event, path = example
    assert hirehooks.validate(event, path.read_bytes()) == []
    assert hirehooks.validate(event, path.read_bytes(), strict=True) == []


def test_example_round_trips_to_the_same_json(example: tuple[str, Path]) -> None:
    event, path = example
    for strict in (False, True):
        model = hirehooks.parse(event, path.read_bytes(), strict=strict)
        dumped = model.model_dump(mode="json", by_alias=True, exclude_unset=True)
        assert dumped == load(path)
        # Python == takes 78 == 78.0; the JSON text shows whether an int came back as a float.
        assert json.dumps(dumped, sort_keys=True) == json.dumps(load(path), sort_keys=True)


def test_example_is_detected_as_its_event(example: tuple[str, Path]) -> None:
    event, path = example
    assert hirehooks.detect(path.read_bytes()) == event


def test_variants_cover_each_documented_nullable_branch() -> None:
    names = {path.name for _, path in EXAMPLES}
    assert {
        "interview_started.inner-metadata-null.json",
        "report_available.inner-metadata-null.json",
        "report_available.web-interview-info-null.json",
        "report_available.step-details-null.json",
        "report_available.nullable-values-set.json",
    } <= names
